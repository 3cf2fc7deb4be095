// Normalised word tokens with their spans: case, quote marks, apostrophes, ellipses and line breaks do not matter.
import { WORD_RE } from '../text/word-pattern.js';

export interface WordToken {
  /** Lower-case word without apostrophes ("Russia’s" → "russias"). */
  word: string;
  start: number;
  end: number;
}

export const APOSTROPHES_RE = /['’]/gu;

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    out.push({ word: m[0].toLowerCase().replace(APOSTROPHES_RE, ''), start, end: start + m[0].length });
  }
  return out;
}
