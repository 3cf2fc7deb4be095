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
  for (let round = 0; round < rounds; round++) {
    const matches = approxSearch(haystack, pattern, maxErrors);
    if (matches.length === 0) break;
    found.push(...matches);
    if (round + 1 < rounds) haystack = mask(haystack, matches);
  }
  return found;
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
  if (expected.length === 0) return text.length === 0 ? 1 : 0;
  if (text.length === 0) return 0;
  if (text === expected) return 1;
  const best = approxSearch(text, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}
