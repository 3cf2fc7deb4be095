// Test helpers for citation tables: run extraction and compare key/text pairs, checking spans on the way.
import { expect, it } from 'vitest';
import { extractCitations, type ExtractContext } from '../../../shared/core/citations/index.js';

export type Row = [sentence: string, expected: Array<[key: string, text: string]>];

/** Extracts, checks every span against the text, and returns [key, text] pairs in order. */
export function cite(text: string, ctx: ExtractContext): Array<[string, string]> {
  const out = extractCitations(text, ctx);
  for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.text);
  for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.start);
  return out.map((c) => [c.key, c.text]);
}

/** One test per row: the sentence's citations ([key, text] pairs, in order), read in `lang` (with the text's `date`). */
export function citeTable(rows: Row[], lang: 'en' | 'ru', date?: string): void {
  for (const [sentence, expected] of rows) {
    it(`${lang}${date ? ` (${date})` : ''}: ${JSON.stringify(sentence.slice(0, 110))}`, () => {
      expect(cite(sentence, { lang, ...(date ? { date } : {}) })).toEqual(expected);
    });
  }
}
