// Whether one clause id could be another renumbered: a sibling inserted or deleted before it shifts one ordinal.

/** Largest shift of one ordinal (number or single letter) that counts as renumbering. */
export const MAX_RENUMBER_SHIFT = 3;

const TOKENS = /\d+|\p{L}+|[^\d\p{L}]+/gu;

/**
 * True when `to` is `from` with exactly one ordinal changed by at most MAX_RENUMBER_SHIFT: a number ("I.A.3" →
 * "I.A.4", "art184/5" → "art184/6", "p12" → "p14") or a single letter ("I.A.1.b" → "I.A.1.c").
 */
export function isRenumbering(from: string, to: string): boolean {
  const a = from.match(TOKENS) ?? [];
  const b = to.match(TOKENS) ?? [];
  if (a.length !== b.length) return false;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (++changed > 1 || !ordinalShift(x, y)) return false;
  }
  return changed === 1;
}

function ordinalShift(x: string, y: string): boolean {
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Math.abs(Number(x) - Number(y)) <= MAX_RENUMBER_SHIFT;
  if (/^\p{L}$/u.test(x) && /^\p{L}$/u.test(y)) return Math.abs(x.charCodeAt(0) - y.charCodeAt(0)) <= MAX_RENUMBER_SHIFT;
  return false;
}
