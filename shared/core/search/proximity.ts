// Re-ranking signals read from a clause's text: whether the query's words stand in it as a phrase or close together,
// and how much of a heading the query covers.
import { WORD_RE } from '../text/word-pattern.js';
import { stemKey, stemsOf, tokenizeWordsStartingWith } from './text-pipeline.js';

/** 2: the words stand in order with only stop words between them; 1: all within `near` words; 0: neither. */
export type ProximityTier = 0 | 1 | 2;

/** The tier of `text` for the query's word stems (in query order, at least two distinct). */
export function proximityTier(text: string, stems: readonly string[], near: number): ProximityTier {
  const wanted = new Set(stems);
  const tokens = tokenizeWordsStartingWith(text, [...wanted].map(stemKey)).filter((t) => t.stem !== null && wanted.has(t.stem));
  if (new Set(tokens.map((t) => t.stem)).size < wanted.size) return 0;
  // Words between two tokens: stop words do not count for a phrase (the index leaves them out), every word does for near.
  const gap = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start);
  for (let i = 0; i + stems.length <= tokens.length; i++) {
    let k = 0;
    while (k < stems.length && tokens[i + k]!.stem === stems[k] && (k === 0 || stemsOf(gap(i + k - 1, i + k)).length === 0)) k++;
    if (k === stems.length) return 2;
  }
  for (let i = 0; i < tokens.length; i++) {
    const seen = new Set<string>();
    let words = 0;
    for (let j = i; j < tokens.length; j++) {
      if (j > i) words += countWords(gap(j - 1, j)) + 1;
      if (words > near + wanted.size) break;
      seen.add(tokens[j]!.stem!);
      if (seen.size === wanted.size) return 1;
    }
  }
  return 0;
}

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD_RE)) n++;
  return n;
}

/** The share of a heading's words the query covers, its label ("Статья 1229.", "Article 5", "§ 2") and numbers left out. */
export function headingCoverage(text: string, queryStems: ReadonlySet<string>): number {
  const title = text.replace(/^\s*(?:статья|article|art\.|chapter|глава|раздел|section|part|часть|§)?\s*[\p{N}.\-–()]*\s*/iu, '');
  const stems = stemsOf(title).filter((s) => !/^\p{N}+$/u.test(s));
  if (stems.length === 0) return 0;
  return stems.filter((s) => queryStems.has(s)).length / stems.length;
}
