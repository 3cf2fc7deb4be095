// Whether one clause id could be another renumbered: a sibling inserted or deleted before it shifts one ordinal.

/**
 * Largest shift of one ordinal (number or single letter) that counts as renumbering: up (items inserted before it)
 * and down (items deleted before it; rarer: repealed provisions usually keep their numbers).
 */
export const MAX_RENUMBER_UP = 6;
export const MAX_RENUMBER_DOWN = 3;

const TOKENS = /\d+|\p{L}+|[^\d\p{L}]+/gu;

/**
 * True when clause `toId`'s path is `fromId`'s with exactly one ordinal shifted (MAX_RENUMBER_UP/DOWN): a number
 * ("I.A.3" → "I.A.4", "art184/5" → "art184/6", "art158/2/г" → "art158/3/г", "p12" → "p14") or a single letter
 * ("I.A.1.b" → "I.A.1.c"). In a nested path the first level ("art159.1/3") is never renumbered: statutes add
 * articles as 159.1, 159.2, ... and a neighbouring article's part is another clause, not this one moved.
 */
export function isRenumbering(fromId: string, toId: string): boolean {
  const [from, to] = withoutDocument(fromId, toId);
  const a = from.match(TOKENS) ?? [];
  const b = to.match(TOKENS) ?? [];
  if (a.length !== b.length) return false;
  let changed = 0;
  let level = 0;
  const nested = from.includes('/');
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.includes('/')) level++;
    if (x === y) continue;
    if (++changed > 1 || !ordinalShift(x, y) || (nested && level === 0)) return false;
  }
  return changed === 1;
}

/** The ids `id` could have after renumbering (one ordinal shifted, see isRenumbering). */
export function renumberings(id: string): string[] {
  const slash = id.indexOf('/');
  const docPrefix = slash > 0 ? id.slice(0, slash + 1) : '';
  const path = id.slice(docPrefix.length);
  const tokens = path.match(TOKENS) ?? [];
  const nested = path.includes('/');
  const out: string[] = [];
  let level = 0;
  tokens.forEach((token, i) => {
    if (token.includes('/')) level++;
    if (nested && level === 0) return;
    for (let shift = -MAX_RENUMBER_DOWN; shift <= MAX_RENUMBER_UP; shift++) {
      const shifted = shiftOrdinal(token, shift);
      if (shift !== 0 && shifted !== null) out.push(docPrefix + [...tokens.slice(0, i), shifted, ...tokens.slice(i + 1)].join(''));
    }
  });
  return out;
}

function shiftOrdinal(token: string, shift: number): string | null {
  if (/^\d+$/.test(token)) return Number(token) + shift >= 0 ? String(Number(token) + shift) : null;
  if (!/^\p{L}$/u.test(token)) return null;
  const shifted = String.fromCharCode(token.charCodeAt(0) + shift);
  return /^\p{L}$/u.test(shifted) ? shifted : null;
}

/** Clause ids are "docId/path": the paths, when both ids name the same document. */
function withoutDocument(a: string, b: string): [string, string] {
  const slash = a.indexOf('/');
  return slash > 0 && b.startsWith(a.slice(0, slash + 1)) ? [a.slice(slash + 1), b.slice(slash + 1)] : [a, b];
}

function ordinalShift(x: string, y: string): boolean {
  const shift = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(y) - Number(x) : /^\p{L}$/u.test(x) && /^\p{L}$/u.test(y) ? y.charCodeAt(0) - x.charCodeAt(0) : NaN;
  return shift >= -MAX_RENUMBER_DOWN && shift <= MAX_RENUMBER_UP;
}
