// Reads a statute clause's structural path ("art1252/5/2", "art146/note") as a provision key.
import { provisionKey } from './keys.js';

/** The article number a statute clause belongs to ("art1253.1/2" → "1253.1"), or undefined. */
export function articleOfPath(path: string): string | undefined {
  return /^art([0-9][0-9.]*)(?:\/|$)/.exec(path)?.[1];
}

/** The provision key whose text a statute clause holds: art1252 → :1252, art1252/5 → :1252/5, deeper → its part. */
export function provisionKeyOfPath(instrument: string, path: string): string | undefined {
  const m = /^art([0-9][0-9.]*)(?:\/([^/]+))?/.exec(path);
  if (!m) return undefined;
  return provisionKey(instrument, m[1], m[2]);
}
