// Trims an approximate match's edges the way the annotator selected them: whole words stay whole words.
import { isWordChar } from './match-text.js';
import type { TextQuoteSelector } from './types.js';

const SPACE = /\s/;
const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);

/**
 * Moves [start, end) of `text` (one clause's text) so that its edges are of the kind the quote's edges were: a quote
 * that began at a word's start begins at one (a match that starts inside a word takes the whole word, one that starts
 * on punctuation or space moves to the next word); the same at the end; surrounding spaces the quote did not have are
 * dropped. Returns null when nothing is left.
 */
export function snapEdges(text: string, start: number, end: number, quote: TextQuoteSelector): { start: number; end: number } | null {
  const { exact, prefix, suffix } = quote;
  if (isWordChar(exact[0]) && !isWordChar(prefix[prefix.length - 1])) {
    if (isWordChar(text[start])) while (start > 0 && isWordChar(text[start - 1])) start--;
    else while (start < end && !isWordChar(text[start])) start++;
  } else if (!isSpace(exact[0])) {
    while (start < end && isSpace(text[start])) start++;
  }
  if (isWordChar(exact[exact.length - 1]) && !isWordChar(suffix[0])) {
    if (isWordChar(text[end - 1])) while (end < text.length && isWordChar(text[end])) end++;
    else while (end > start && !isWordChar(text[end - 1])) end--;
  } else if (!isSpace(exact[exact.length - 1])) {
    while (end > start && isSpace(text[end - 1])) end--;
  }
  return start < end ? { start, end } : null;
}
