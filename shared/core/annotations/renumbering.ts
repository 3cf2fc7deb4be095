// Whether one clause id could be another renumbered: a sibling inserted or deleted before it shifts one ordinal.

/** Largest shift of one ordinal (number or single letter) that counts as renumbering. */
export const MAX_RENUMBER_SHIFT = 3;

const TOKENS = /\d+|\p{L}+|[^\d\p{L}]+/gu;

/**
 * True when clause `toId`'s path is `fromId`'s with exactly one ordinal changed by at most MAX_RENUMBER_SHIFT: a number
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

/** Clause ids are "docId/path": the paths, when both ids name the same document. */
function withoutDocument(a: string, b: string): [string, string] {
  const slash = a.indexOf('/');
  return slash > 0 && b.startsWith(a.slice(0, slash + 1)) ? [a.slice(slash + 1), b.slice(slash + 1)] : [a, b];
}

function ordinalShift(x: string, y: string): boolean {
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Math.abs(Number(x) - Number(y)) <= MAX_RENUMBER_SHIFT;
  if (/^\p{L}$/u.test(x) && /^\p{L}$/u.test(y)) return Math.abs(x.charCodeAt(0) - y.charCodeAt(0)) <= MAX_RENUMBER_SHIFT;
  return false;
}
