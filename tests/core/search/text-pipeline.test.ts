import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemKey, tokenizeWordsStartingWith } from '../../../shared/core/search/text-pipeline.js';
import { CORPUS_DIR } from '../../helpers/temp-db.js';
import { highlightSpans, makeSnippet, markSnippet, stemWord, tokenize } from '../../../shared/core/search/index.js';

// Sentences from the shipped corpus (IIPA 2017 report, Civil Code Part IV art. 1229).
const IIPA = 'Pirates obtain their source materials for infringing copies by camcording films at local theaters, and';
const CIVIL_CODE =
  '1. Гражданин или юридическое лицо, обладающие исключительным правом на результат интеллектуальной деятельности';

describe('text pipeline', () => {
  it.each([
    ['camcording', 'camcord'],
    ['camcord', 'camcord'],
    ['camcords', 'camcord'],
    ['Piracy', 'piraci'],
    ['исключительное', 'исключительн'],
    ['исключительного', 'исключительн'],
    ['права', 'прав'],
    ['право', 'прав'],
    ['1229', '1229'],
    ['the', null],
    ['и', null],
  ])('stems %s as %s (English or Russian by its letters; stop words dropped)', (word, stem) => {
    expect(stemWord(word.toLowerCase())).toBe(stem);
  });

  it('gives each word its exact span in the text', () => {
    for (const text of [IIPA, CIVIL_CODE, 'holder’s rights — ё-mail «ИС»']) {
      for (const token of tokenize(text)) expect(text.slice(token.start, token.end).toLowerCase().replace(/ё/g, 'е').replace(/’s$/, '')).toBe(token.word);
    }
  });

  it('highlights the words matching the query stems at their offsets in the original text', () => {
    const spans = highlightSpans(IIPA, { stems: new Set(['camcord', 'film']), prefixes: [], phrases: [] });
    expect(spans.map(([s, e]) => IIPA.slice(s, e))).toEqual(['camcording', 'films']);
    const ru = highlightSpans(CIVIL_CODE, { stems: new Set(), prefixes: [], phrases: [['исключительн', 'прав']] });
    expect(ru.map(([s, e]) => CIVIL_CODE.slice(s, e))).toEqual(['исключительным', 'правом']);
  });

  it('highlights a phrase only where its words are adjacent once stop words are left out, as the index sees them', () => {
    const phrase = { stems: new Set<string>(), prefixes: [], phrases: [['sourc', 'materi']] };
    expect(highlightSpans(IIPA, phrase).map(([s, e]) => IIPA.slice(s, e))).toEqual(['source', 'materials']);
    const acrossStopWords = 'the source of the materials';
    expect(highlightSpans(acrossStopWords, phrase).map(([s, e]) => acrossStopWords.slice(s, e))).toEqual(['source', 'materials']);
    expect(highlightSpans('the source code and build materials', phrase)).toEqual([]);
    const reversed = { stems: new Set<string>(), prefixes: [], phrases: [['materi', 'sourc']] };
    expect(highlightSpans(IIPA, reversed)).toEqual([]);
  });

  it('cuts a snippet around the first highlight and marks the matches in it', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}${IIPA}`;
    const spans = highlightSpans(text, { stems: new Set(['camcord']), prefixes: [], phrases: [] });
    const snippet = makeSnippet(text, spans, 120);
    expect(snippet.snippet.startsWith('…')).toBe(true);
    expect(text.slice(snippet.start, snippet.end)).toContain('camcording');
    expect(markSnippet(text, snippet, spans)).toContain('by [camcording] films');
  });

  it('finds exactly the words whose first letters are a given prefix, as a word-by-word walk would', () => {
    const texts = ['iipa-2017-special-301-russia.txt', 'ru-civil-code-part4.html'].map((f) => readFileSync(join(CORPUS_DIR, 'documents', f), 'utf8'));
    const prefixSets = [['pir', 'cam'], ['исп', 'пра'], ['ст'], ['122', 'art'], ['hol', 'rig'], ['объ', 'ее'], ['e']];
    for (const prefixes of prefixSets) {
      let found = 0;
      for (const text of texts) {
        const all = tokenize(text);
        const walked = all.filter((t) => prefixes.some((p) => stemKey(text.slice(t.start, t.end)).startsWith(p)));
        expect(tokenizeWordsStartingWith(text, prefixes)).toEqual(walked);
        found += walked.length;
      }
      expect(found).toBeGreaterThan(0);
    }
  });
});
