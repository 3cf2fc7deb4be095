// Table tests for instruments named before their provisions, elsewhere in the sentence or the text, and "the Code".
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const rows: Row[] = [
  // IIPA 2017 Special 301 report on Russia
  ['• Amend the Civil Code in Article 1229, and the Presidium Decision (2009), to provide civil liability for commercial ',
    [['ru-civil-code:1229', 'Article 1229']]],
  ['• Amend the Administrative Code by eliminating the for-profit requirement in Article 7.12 (Administrative Offences), ',
    // named eight words before its article: a citation of its own too (as the external gold's labellers count it)
    [['ru-admin-code', 'Administrative Code'], ['ru-admin-code:7.12', 'Article 7.12']]],
  ['Administrative Enforcement: The Administrative Code (Article 7.12) provides a range of fines on natural \npersons (1,500 to 2000 rubles, US$25 to US$33)',
    [['ru-admin-code:7.12', 'Article 7.12']]],
  // Instrument named later in the sentence
  ['Under Article 146, as amended in 2003, the Criminal Code punishes large-scale infringement.', [['ru-criminal-code:146', 'Article 146']]],
  // Instrument named earlier in the text
  ['The Civil Code was enacted in 2006. Article 1253 allows liquidation of infringing companies.',
    [['ru-civil-code', 'Civil Code'], ['ru-civil-code:1253', 'Article 1253']]],
  // "the Code": the last code named
  ['The Criminal Code was amended. Article 146 of the Code was not.',
    [['ru-criminal-code', 'Criminal Code'], ['ru-criminal-code:146', 'Article 146 of the Code']]],
  ['Civil Code Article 1229 protects technological measures.', [['ru-civil-code:1229', 'Article 1229']]],
];

describe('en-instrument-first', () => {
  it.each(rows)('%j', (sentence, expected) => {
    expect(cite(sentence, { lang: 'en' })).toEqual(expected);
  });

  it('prefers the instrument attached to the article over one named earlier', () => {
    expect(cite('Amend the Civil Code and Article 146 of the Criminal Code.', { lang: 'en' })).toEqual([
      ['ru-civil-code', 'Civil Code'],
      ['ru-criminal-code:146', 'Article 146 of the Criminal Code'],
    ]);
  });

  it('says nothing when no instrument can be found, or "the Code" has no antecedent', () => {
    expect(cite('Article 146 was never amended to cover camcording.', { lang: 'en' })).toEqual([]);
    expect(cite('Article 146 of the Code was never amended.', { lang: 'en' })).toEqual([]);
  });

  it('in a statute, a bare article is the statute\'s own', () => {
    expect(cite('the rules of Article 1233 apply', { lang: 'en', selfInstrument: 'ru-civil-code' })).toEqual([['ru-civil-code:1233', 'Article 1233']]);
  });
});
