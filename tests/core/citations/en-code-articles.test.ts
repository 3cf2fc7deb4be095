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
  ['The Criminal Code punishes camcording under Art. 146(2).', [['ru-criminal-code', 'Criminal Code'], ['ru-criminal-code:146/2', 'Art. 146(2)']]],
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
  // Abbreviations and other names of the codes
  ['Art. 1252(5) CC RF lists the remedies.', [['ru-civil-code:1252/5', 'Art. 1252(5) CC RF']]],
  ['Article 1229 of the RF Civil Code', [['ru-civil-code:1229', 'Article 1229 of the RF Civil Code']]],
  ['under Article 7.12 of the Code of Administrative Offences', [['ru-admin-code:7.12', 'Article 7.12 of the Code of Administrative Offences']]],
  ['fines under Art. 7.12 CAO', [['ru-admin-code:7.12', 'Art. 7.12 CAO']]],
  ['Article 7.12 of the RF Code on Administrative Offenses', [['ru-admin-code:7.12', 'Article 7.12 of the RF Code on Administrative Offenses']]],
  // "Section" and "ST" need their instrument next to them
  ['Section 1253.1 of the Civil Code governs information intermediaries.', [['ru-civil-code:1253.1', 'Section 1253.1 of the Civil Code']]],
  // uksirius43.ru (English rendering of УК РФ art. 146): "ST" transliterates "ст."
  ['ST 146 of the Criminal Code of the Russian Federation.', [['ru-criminal-code:146', 'ST 146 of the Criminal Code of the Russian Federation']]],
  // Parts, paragraphs and sub-items in every order
  ['For cases of major damage under Part 2 of Art. 146 of the Criminal Code (related to illegal use of copyright objects',
    [['ru-criminal-code:146/2', 'Part 2 of Art. 146 of the Criminal Code']]],
  ['Article 146(2) of the Criminal Code', [['ru-criminal-code:146/2', 'Article 146(2) of the Criminal Code']]],
  ['paras 2 and 3 of Article 146 of the Criminal Code',
    [['ru-criminal-code:146/2', 'paras 2 and 3 of Article 146 of the Criminal Code'], ['ru-criminal-code:146/3', 'paras 2 and 3 of Article 146 of the Criminal Code']]],
  // IRIS 2007-8:1/32: parts listed before "Art." without "of"
  ['as well as if said actions have caused substantial damage (para 2, 3 Art. 146 of the Criminal Code);',
    [['ru-criminal-code:146/2', 'para 2, 3 Art. 146 of the Criminal Code'], ['ru-criminal-code:146/3', 'para 2, 3 Art. 146 of the Criminal Code']]],
  // ips-bureau.com: the part after the article, between commas
  ['when the above acts are committed on a particularly large scale (over one million rubles), article 146, paragraph 3, of the Criminal Code of the Russian Federation, which provides',
    [['ru-criminal-code:146/3', 'article 146, paragraph 3, of the Criminal Code of the Russian Federation']]],
  ['Article 1270, paragraph 1, subparagraph 2 of the Civil Code', [['ru-civil-code:1270/1/2', 'Article 1270, paragraph 1, subparagraph 2 of the Civil Code']]],
  ['Article 10 § 1 of the European Convention on Human Rights', [['echr-convention:10/1', 'Article 10 § 1 of the European Convention on Human Rights']]],
  // WT/ACC/RUS/70: a sub-paragraph in brackets, "the Convention" = the convention named last
  ['when the Russian Federation became a party to the Rome Convention on 26 May 2003, it did so with the following reservations: non-application of the phonogram criteria (in accordance with paragraph 1(b) of Article 5 of the Convention)',
    [['rome-convention', 'Rome Convention'], ['rome-convention:5/1/b', 'paragraph 1(b) of Article 5 of the Convention']]],
  // a statute translation's items (the external gold's labelling example)
  ['provided for by Subitems 6-8 of Item 2 of Article 1270 of the Civil Code',
    [['ru-civil-code:1270/2/6', 'Subitems 6-8 of Item 2 of Article 1270 of the Civil Code'], ['ru-civil-code:1270/2/7', 'Subitems 6-8 of Item 2 of Article 1270 of the Civil Code'],
      ['ru-civil-code:1270/2/8', 'Subitems 6-8 of Item 2 of Article 1270 of the Civil Code']]],
  // Lists and ranges
  ['Articles 1229, 1252 and 1253 of the Civil Code',
    [['ru-civil-code:1229', 'Articles 1229, 1252 and 1253 of the Civil Code'], ['ru-civil-code:1252', 'Articles 1229, 1252 and 1253 of the Civil Code'],
      ['ru-civil-code:1253', 'Articles 1229, 1252 and 1253 of the Civil Code']]],
  ['Articles 1250–1254 of the Civil Code',
    [['ru-civil-code:1250', 'Articles 1250–1254 of the Civil Code'], ['ru-civil-code:1251', 'Articles 1250–1254 of the Civil Code'], ['ru-civil-code:1252', 'Articles 1250–1254 of the Civil Code'],
      ['ru-civil-code:1253', 'Articles 1250–1254 of the Civil Code'], ['ru-civil-code:1254', 'Articles 1250–1254 of the Civil Code']]],
  // altusintel.com: "the same article" is the article cited just before
  ['For cases of major damage under Part 2 of Art. 146 of the Criminal Code, the threshold has been raised. Similarly, for particularly large damage under Part 3 of the same article, the new threshold is set at 2 million rubles.',
    [['ru-criminal-code:146/2', 'Part 2 of Art. 146 of the Criminal Code'], ['ru-criminal-code:146/3', 'Part 3 of the same article']]],
  ['amendments are also expected in Art. 165 of the Criminal Code. The threshold for particularly large damage under the same article has also been increased',
    [['ru-criminal-code:165', 'Art. 165 of the Criminal Code'], ['ru-criminal-code:165', 'the same article']]],
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
    // uksirius43.ru: a number written as a word, and the article itself
    const ctx = { lang: 'en', selfInstrument: 'ru-criminal-code', selfArticle: '146' } as const;
    expect(cite('3. The acts provided for in part two of this article, if they are committed:', ctx)).toEqual([['ru-criminal-code:146/2', 'part two of this article']]);
    expect(cite('Note. The acts provided for in this article are recognized as committed on a large scale', ctx)).toEqual([['ru-criminal-code:146', 'this article']]);
  });

  it('reads an editorial note\'s item as the statute\'s own', () => {
    expect(cite('(Item 4 as amended by Federal Law No. 35-FZ of 12.03.2014)', { lang: 'en', selfInstrument: 'ru-civil-code', selfArticle: '1244' })).toEqual([
      ['ru-civil-code:1244/4', 'Item 4'],
      ['ru-fl-35-fz-2014', 'Federal Law No. 35-FZ of 12.03.2014'],
    ]);
    expect(cite('Item 4 as amended by the new law', { lang: 'en' })).toEqual([]);
  });

  it('gives an amending law\'s bare parts to the article it is changing ("in Article 14.10:")', () => {
    // ealegislation.com, Federal Law No. 194-FZ of 2013 (machine translation)
    const text = 'Bring in the Russian Federation Code of Administrative Offences following changes:\n\n2) in Article 14.10:\n\na) in paragraph one shall be replaced with words the word "Illegal" "1. Illegal", after words of "homogeneous goods" to add with words ", except as specified, provided by part 2 of this Article,";\n\nb) add with part 2 following of content:';
    expect(cite(text, { lang: 'en' })).toEqual([
      ['ru-admin-code', 'Russian Federation Code of Administrative Offences'],
      ['ru-admin-code:14.10', 'Article 14.10'],
      ['ru-admin-code:14.10/1', 'paragraph one'],
      ['ru-admin-code:14.10/2', 'part 2 of this Article'],
      ['ru-admin-code:14.10/2', 'part 2'],
    ]);
    // without such a scope a bare part names nothing
    expect(cite('b) add with part 2 following of content', { lang: 'en' })).toEqual([]);
  });

  it('does not read "that Article 1252" as "the same article", nor a gazette\'s "st." as an article', () => {
    expect(cite('IIPA recommends that Article 1252(5) of the Civil Code', { lang: 'en' })).toEqual([['ru-civil-code:1252/5', 'Article 1252(5) of the Civil Code']]);
    expect(cite('Amend the Criminal Code (1999, N 28, st. 3489-3491; 2001, N 11, sect. 1002)', { lang: 'en' })).toEqual([['ru-criminal-code', 'Criminal Code']]);
    expect(cite('the list under the U.S. Trade Act, Section 301 of which', { lang: 'en' })).toEqual([]);
  });
});
