// Approximate quote matching (after hypothesis/client's match-quote.ts): candidate places and context similarity.
import approxSearch from 'approx-string-match';

/** A place in a text where a pattern matches with `errors` edits. */
export interface TextMatch {
  start: number;
  end: number;
  errors: number;
}

/** Masks found places so that a further search reports the next-best ones (never part of normalised text). */
const MASK = '\u0000';

/**
 * The places in `text` where `pattern` matches with at most `maxErrors` edits, best first by rounds: the first round
 * finds the lowest-error places, each later round masks what was found and looks again (approx-string-match only
 * reports the lowest error count, and a slightly worse place may be the right one).
 */
export function approxMatches(text: string, pattern: string, maxErrors: number, rounds: number): TextMatch[] {
  const found: TextMatch[] = [];
  let haystack = text;
  let unmasked = text.length;
  for (let round = 0; round < rounds && unmasked >= pattern.length - maxErrors; round++) {
    const matches = approxSearch(haystack, pattern, maxErrors);
    if (matches.length === 0) break;
    found.push(...matches);
    if (round + 1 < rounds) {
      haystack = mask(haystack, matches);
      unmasked = longestUnmasked(haystack);
    }
  }
  return found;
}

/** The longest stretch of `text` without masked characters (no match fits in less than the pattern minus its budget). */
function longestUnmasked(text: string): number {
  let longest = 0;
  for (const part of text.split(MASK)) longest = Math.max(longest, part.length);
  return longest;
}

function mask(text: string, matches: readonly TextMatch[]): string {
  const spans = [...matches].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + MASK.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * How well `text` agrees with `expected`, 0..1: 1 minus the edits of the best approximate occurrence of `expected`
 * in `text` per character of `expected` (hypothesis's textMatchScore). An empty `expected` agrees only with empty text.
 */
export function similarity(text: string, expected: string): number {
  return similarityTo(expected)(text);
}

/** similarity(·, expected) as a function, prepared once for comparing many texts with the same `expected`. */
export function similarityTo(expected: string): (text: string) => number {
  if (expected.length === 0) return (text) => (text.length === 0 ? 1 : 0);
  if (expected.length > 32) {
    return (text) => {
      if (text.length === 0) return 0;
      const best = approxSearch(text, expected, expected.length)[0];
      return best ? 1 - best.errors / expected.length : 0;
    };
  }
  const m = expected.length;
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = expected.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  const ones = m === 32 ? -1 : (1 << m) - 1;
  return (text) => {
    if (text.length === 0) return 0;
    if (text === expected) return 1;
    return 1 - minSubstringDistance(text, peq, m, last, ones) / m;
  };
}

/** Myers' bit-parallel search (pattern of at most 32 characters): the least edit distance of the pattern to any substring. */
function minSubstringDistance(text: string, peq: ReadonlyMap<number, number>, m: number, last: number, ones: number): number {
  let pv = ones;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) ^ pv) | eq) & ones;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph = (ph << 1) & ones;
    mh = (mh << 1) & ones;
    pv = (mh | ~(xv | ph)) & ones;
    mv = ph & xv;
    if (score < best) best = score;
  }
  return best;
}
