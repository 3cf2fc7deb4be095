// Sets an approximate match's edges the way the annotator selected them: whole words, where the stored context meets the quote.
import { isWordChar, normaliseForMatch } from './match-text.js';
import type { TextQuoteSelector } from './types.js';

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
/** How far (characters) an edge may move to where the stored context fits. */
const ALIGN_SLACK = 32;
/** Characters of context that must agree for an edge to move there. */
const MIN_ALIGNED = 5;

const SPACE = /\s/;
const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);

/**
 * The edges of an approximate match [start, end) in a clause's text (which starts at `clauseBase` in `docText`):
 * first snapped to the kind of edge the quote had (snapEdges); then, when the quote's first (last) word is not at
 * the edge, moved to the nearby word boundary where the stored prefix ends (suffix begins), if that fits clearly
 * better: a replaced first or last word stays in the range, words inserted just outside it stay out.
 */
export function alignEdges(docText: string, clauseBase: number, text: string, start: number, end: number, quote: TextQuoteSelector): { start: number; end: number } | null {
  const snapped = snapEdges(text, start, end, quote);
  if (!snapped) return null;
  ({ start, end } = snapped);
  const prefix = normaliseForMatch(quote.prefix);
  const suffix = normaliseForMatch(quote.suffix);
  const startsWord = startsAtWord(quote);
  const endsWord = endsAtWord(quote);
  const words = Array.from(quote.exact.matchAll(WORD_RUN), (m) => normaliseForMatch(m[0]));
  const firstWord = words[0] ?? '';
  const lastWord = words[words.length - 1] ?? '';
  if (prefix && startsWord && !normaliseForMatch(text.slice(start, start + 2 * firstWord.length)).startsWith(firstWord)) {
    const fit = (s: number): number => commonSuffix(normaliseForMatch(docText.slice(Math.max(0, clauseBase + s - 2 * prefix.length), clauseBase + s)), prefix);
    start = bestBoundary(start, Math.max(0, start - ALIGN_SLACK), Math.min(end - 1, start + ALIGN_SLACK), (s) => s === 0 || (isWordChar(text[s]) && !isWordChar(text[s - 1])), fit);
  }
  if (suffix && endsWord && !normaliseForMatch(text.slice(Math.max(0, end - 2 * lastWord.length), end)).endsWith(lastWord)) {
    const fit = (e: number): number => commonPrefix(normaliseForMatch(docText.slice(clauseBase + e, clauseBase + e + 2 * suffix.length)), suffix);
    end = bestBoundary(end, Math.max(start + 1, end - ALIGN_SLACK), Math.min(text.length, end + ALIGN_SLACK), (e) => e === text.length || (isWordChar(text[e - 1]) && !isWordChar(text[e])), fit);
  }
  return start < end ? { start, end } : null;
}

/** Among boundaries in [from, to], the one where `fit` is clearly better than at `current` (nearest first on ties). */
function bestBoundary(current: number, from: number, to: number, isBoundary: (at: number) => boolean, fit: (at: number) => number): number {
  let best = current;
  let bestFit = fit(current);
  for (let distance = 1; distance <= ALIGN_SLACK; distance++) {
    for (const at of [current - distance, current + distance]) {
      if (at < from || at > to || !isBoundary(at)) continue;
      const f = fit(at);
      if (f > bestFit && f >= MIN_ALIGNED) {
        best = at;
        bestFit = f;
      }
    }
  }
  return best;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const startsAtWord = ({ exact, prefix }: TextQuoteSelector): boolean => isWordChar(exact[0]) && !isWordChar(prefix[prefix.length - 1]);
const endsAtWord = ({ exact, suffix }: TextQuoteSelector): boolean => isWordChar(exact[exact.length - 1]) && !isWordChar(suffix[0]);

/**
 * Moves [start, end) of `text` (one clause's text) so that its edges are of the kind the quote's edges were: a quote
 * that began at a word's start begins at one (a match that starts inside a word takes the whole word, one that starts
 * on punctuation or space moves to the next word); the same at the end; surrounding spaces the quote did not have are
 * dropped. Returns null when nothing is left.
 */
export function snapEdges(text: string, start: number, end: number, quote: TextQuoteSelector): { start: number; end: number } | null {
  const { exact } = quote;
  if (startsAtWord(quote)) {
    if (isWordChar(text[start])) while (start > 0 && isWordChar(text[start - 1])) start--;
    else while (start < end && !isWordChar(text[start])) start++;
  } else if (!isSpace(exact[0])) {
    while (start < end && isSpace(text[start])) start++;
  }
  if (endsAtWord(quote)) {
    if (isWordChar(text[end - 1])) while (end < text.length && isWordChar(text[end])) end++;
    else while (end > start && !isWordChar(text[end - 1])) end--;
  } else if (!isSpace(exact[exact.length - 1])) {
    while (end > start && isSpace(text[end - 1])) end--;
  }
  return start < end ? { start, end } : null;
}
