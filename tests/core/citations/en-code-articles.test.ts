// Table tests for English article references ("Article 1252(5) of the Civil Code", lists, ranges, parts, notes).
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const rows: Row[] = [
  // IIPA 2017 Special 301 report on Russia
  ['Article 1229 of the Civil Code provides a cause of action against importers of technological protection',
    [['ru-civil-code:1229', 'Article 1229 of the Civil Code']]],
  ['Last, IIPA recommends that Article 1252(5) of the Civil Code, which currently includes remedies for the',
    [['ru-civil-code:1252/5', 'Article 1252(5) of the Civil Code']]],
  ['widespread dissemination of unauthorized content cannot benefit from the liability privileges in Article 1253 \nof the Civil Code). ',
    [['ru-civil-code:1253', 'Article 1253 \nof the Civil Code']]],
  ['The Government of Russia should amend Article 146 of \nthe Criminal Code to effectively address illicit camcording in theaters (a 2013 amendment was never adopted).',
    [['ru-criminal-code:146', 'Article 146 of \nthe Criminal Code']]],
  ['the minimal criminal damage thresholds established under the (revised and \nincreased) Article 146 of the Criminal Code. ',
    [['ru-criminal-code:146', 'Article 146 of the Criminal Code']]],
  // 09MOSCOW521 (lower-case "code", the year 2008 right before)
  ['the Russian Anti-Piracy Organization (RAPO) told us that 6,885 \ncriminal cases were initiated in 2008 under on Article 146 of the \nCriminal code (which provides for the punishment of IPR crimes). ',
    [['ru-criminal-code:146', 'Article 146 of the \nCriminal code']]],
  // Lists, ranges, parts, notes
  ['Articles 1252 and 1253 of the Civil Code set out the remedies.',
    [['ru-civil-code:1252', 'Articles 1252 and 1253 of the Civil Code'], ['ru-civil-code:1253', 'Articles 1252 and 1253 of the Civil Code']]],
  ['Arts. 1252-1254 of the Civil Code apply.',
    [['ru-civil-code:1252', 'Arts. 1252-1254 of the Civil Code'], ['ru-civil-code:1253', 'Arts. 1252-1254 of the Civil Code'], ['ru-civil-code:1254', 'Arts. 1252-1254 of the Civil Code']]],
  ['The Criminal Code punishes camcording under Art. 146(2).', [['ru-criminal-code:146/2', 'Art. 146(2)']]],
  ['paragraph 5 of Article 1252 of the Civil Code lists the remedies.', [['ru-civil-code:1252/5', 'paragraph 5 of Article 1252 of the Civil Code']]],
  ['Parts 1 and 2 of Article 146 of the Criminal Code of the Russian Federation differ.',
    [['ru-criminal-code:146/1', 'Parts 1 and 2 of Article 146 of the Criminal Code of the Russian Federation'],
      ['ru-criminal-code:146/2', 'Parts 1 and 2 of Article 146 of the Criminal Code of the Russian Federation']]],
  ['The thresholds are set in the note to Article 146 of the Criminal Code.', [['ru-criminal-code:146/note', 'the note to Article 146 of the Criminal Code']]],
  ['subparagraph 2 of paragraph 1 of Article 1270 of the Civil Code', [['ru-civil-code:1270/1/2', 'subparagraph 2 of paragraph 1 of Article 1270 of the Civil Code']]],
  ['Article 1253.1 of the Civil Code governs information intermediaries.', [['ru-civil-code:1253.1', 'Article 1253.1 of the Civil Code']]],
  ['Article 1253^1 of the Civil Code governs information intermediaries.', [['ru-civil-code:1253.1', 'Article 1253^1 of the Civil Code']]],
  ['Article 1253¹ of the Civil Code governs information intermediaries.', [['ru-civil-code:1253.1', 'Article 1253¹ of the Civil Code']]],
  ['Article  1229\nof the Civil Code', [['ru-civil-code:1229', 'Article  1229\nof the Civil Code']]],
  ['Articles 1229 to 1231 of the Civil Code',
    [['ru-civil-code:1229', 'Articles 1229 to 1231 of the Civil Code'], ['ru-civil-code:1230', 'Articles 1229 to 1231 of the Civil Code'], ['ru-civil-code:1231', 'Articles 1229 to 1231 of the Civil Code']]],
];

describe('en-code-articles', () => {
  it.each(rows)('%j', (sentence, expected) => {
    expect(cite(sentence, { lang: 'en' })).toEqual(expected);
  });

  it('expands a small range but keeps only the ends of a large one', () => {
    expect(cite('Articles 1 - 400 of the Civil Code', { lang: 'en' }).map(([k]) => k)).toEqual(['ru-civil-code:1', 'ru-civil-code:400']);
  });

  it('reads "this Article" as the statute\'s own article only when it is known', () => {
    const text = 'The acts referred to in paragraph 2 of this Article are punished.';
    expect(cite(text, { lang: 'en', selfInstrument: 'ru-criminal-code', selfArticle: '146' })).toEqual([['ru-criminal-code:146/2', 'paragraph 2 of this Article']]);
    expect(cite(text, { lang: 'en', selfInstrument: 'ru-criminal-code' })).toEqual([]);
  });
});
