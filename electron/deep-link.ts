// Deep links (lextrace://clause/<id>, lextrace://provision/<key>) parsed and validated into app paths.
import { decodePathTail, encodePathTail } from '../shared/core/app-paths.js';

export const DEEP_LINK_SCHEME = 'lextrace';

const MAX_ID = 300;
const MAX_PATH = 2000;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The app path a deep link asks for ("/clause/<id>", encoded as renderer/routing.ts formats it), or null
 * for anything malformed or unknown.
 */
export function parseDeepLink(url: string): string | null {
  // URL would silently resolve "a/../b"; a link with dot segments is malformed, not a route.
  const rawTail = decodeTail(url.replace(/^[^:]*:\/\//, '').split(/[?#]/, 1)[0]!);
  if (rawTail.split('/').some((s) => s === '.' || s === '..')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${DEEP_LINK_SCHEME}:` || parsed.username || parsed.password || parsed.port) return null;
  const value = decodeTail(parsed.pathname.replace(/^\/+/, '').replace(/\/+$/, ''));
  if (!value || CONTROL.test(value) || value.split('/').some((s) => s === '' || s === '.' || s === '..')) return null;
  switch (parsed.hostname) {
    case 'clause':
      return value.length <= MAX_ID ? `/clause/${encodeTail(value)}` : null;
    case 'provision':
      return value.length <= 200 ? `/provision/${encodeTail(value)}` : null;
    default:
      return null;
  }
}

/** The first deep link among command-line arguments (Windows and Linux pass it there), if any. */
export function findDeepLink(argv: readonly string[]): string | null {
  for (const arg of argv) {
    if (arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}://`)) return parseDeepLink(arg);
  }
  return null;
}

/** A root-relative app path main may send to the renderer: no scheme, no host, no control characters. */
export function isAppPath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_PATH &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.includes('\\') &&
    !CONTROL.test(value)
  );
}

/** The app path of a document (after File › Import…). */
export function documentPath(docId: string): string {
  return `/doc/${encodeTail(docId)}`;
}

/** Segment-wise encoding that keeps '/' and ':' readable, as the renderer's routes do. */
export const encodeTail = encodePathTail;

function decodeTail(value: string): string {
  return decodePathTail(value) ?? '';
}
