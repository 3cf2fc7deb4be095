// Table tests for families of citation forms (not instances): codes named by their enacting laws, article-then-part
// order, ranges to an inserted article, English parts without "of", unknown instruments, capitals, government acts,
// federal-law variants, anaphora to a code's part, lists of titled laws, Latin ordinals, reproduced headings, split
// numbers, and English passages in Russian texts (and the reverse). Each row is one variant a real text uses.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const RU = { lang: 'ru' } as const;
const EN = { lang: 'en' } as const;

const keys = (text: string, lang: 'en' | 'ru'): string[] => cite(text, { lang }).map(([k]) => k);

describe('a code named by its enacting law is the code', () => {
  const rows: Row[] = [
    ['Гражданский кодекс Российской Федерации (часть четвертая) от 18.12.2006 N 230-ФЗ',
      [['ru-civil-code', 'Гражданский кодекс Российской Федерации (часть четвертая) от 18.12.2006 N 230-ФЗ']]],
    ['Кодекс Российской Федерации об административных правонарушениях от 30.12.2001 N 195-ФЗ',
      [['ru-admin-code', 'Кодекс Российской Федерации об административных правонарушениях от 30.12.2001 N 195-ФЗ']]],
    ['Уголовный кодекс Российской Федерации от 13.06.1996 N 63-ФЗ (ред. от 29.05.2024)',
      [['ru-criminal-code', 'Уголовный кодекс Российской Федерации от 13.06.1996 N 63-ФЗ']]],
    ['Арбитражный процессуальный кодекс Российской Федерации от 24.07.2002 N 95-ФЗ',
      [['ru-arbitrazh-procedure-code', 'Арбитражный процессуальный кодекс Российской Федерации от 24.07.2002 N 95-ФЗ']]],
    ['Гражданский процессуальный кодекс Российской Федерации от 14.11.2002 N 138-ФЗ',
      [['ru-civil-procedure-code', 'Гражданский процессуальный кодекс Российской Федерации от 14.11.2002 N 138-ФЗ']]],
    ['Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 N 51-ФЗ',
      [['ru-civil-code', 'Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 N 51-ФЗ']]],
    ['"Гражданский кодекс Российской Федерации (часть четвертая)" от 18.12.2006 N 230-ФЗ (ред. от 22.07.2024)',
      [['ru-civil-code', 'Гражданский кодекс Российской Федерации (часть четвертая)" от 18.12.2006 N 230-ФЗ']]],
    ['ст. 1252 Гражданского кодекса Российской Федерации (часть четвертая) от 18.12.2006 N 230-ФЗ',
      [['ru-civil-code:1252', 'ст. 1252 Гражданского кодекса Российской Федерации (часть четвертая) от 18.12.2006 N 230-ФЗ']]],
    ['Federal Law No. 195-FZ of 30 December 2001 (Code of Administrative Offences)',
      [['ru-admin-code', 'Federal Law No. 195-FZ of 30 December 2001 (Code of Administrative Offences']]],
    ['the Criminal Code of the Russian Federation No. 63-FZ of 13 June 1996',
      [['ru-criminal-code', 'Criminal Code of the Russian Federation No. 63-FZ of 13 June 1996']]],
    // the code's transliterated name and its enacting law are one name of the code (translit.ts)
    ['Kodeks Rossiyskoy Federacii ob administrativnyh pravonarusheniyah: Federal\'nyy zakon ot 30 dekabrya 2001g. № 195-FZ // Dostup',
      [['ru-admin-code', 'Kodeks Rossiyskoy Federacii ob administrativnyh pravonarusheniyah: Federal\'nyy zakon ot 30 dekabrya 2001g. № 195-FZ']]],
    // the enacting law alone, with its year
    ['Федеральный закон от 18.12.2006 № 230-ФЗ', [['ru-civil-code', 'Федеральный закон от 18.12.2006 № 230-ФЗ']]],
    // another year's law of the same number is another law
    ['Федеральный закон от 28.06.2022 № 195-ФЗ', [['ru-fl-195-fz-2022', 'Федеральный закон от 28.06.2022 № 195-ФЗ']]],
    // the introductory law is not the code
    ['Федеральный закон от 18.12.2006 № 231-ФЗ «О введении в действие части четвертой Гражданского кодекса Российской Федерации»',
      [['ru-fl-231-fz-2006', 'Федеральный закон от 18.12.2006 № 231-ФЗ'], ['ru-civil-code', 'части четвертой Гражданского кодекса Российской Федерации']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, /[а-яё]/i.test(s.slice(0, 12)) ? RU : EN)).toEqual(expected));

  it('a statute\'s own enacting number under its signature is no citation', () => {
    expect(cite('Президент Российской Федерации\n\nМосква, Кремль\n\n13 июня 1996 года\n\n№ 63-ФЗ', { lang: 'ru', selfInstrument: 'ru-criminal-code' })).toEqual([]);
    expect(cite('13 июня 1996 года\n\n№ 63-ФЗ', RU)).toEqual([['ru-criminal-code', '№ 63-ФЗ']]);
  });

  it('never yields a law without its year', () => {
    expect(keys('Федеральный закон № 420-ФЗ', 'ru')).toEqual([]);
    expect(keys('Federal Law No. 420-FZ', 'en')).toEqual([]);
    expect(keys('Law No. 146-FZ', 'en')).toEqual([]); // 146-FZ: Civil Code Part Three (2001) and Tax Code Part One (1998)
    expect(keys('Article 5 of Federal Law No. 420-FZ', 'en')).toEqual([]);
    expect(keys('статья 5 Федерального закона № 420-ФЗ', 'ru')).toEqual([]);
  });
});

describe('article before its part, undotted and lower-case abbreviations', () => {
  const ru: Row[] = [
    ['Ст 180 ч 3 ук рф', [['ru-criminal-code:180/3', 'Ст 180 ч 3 ук рф']]],
    ['ст. 146 ч. 2 УК РФ', [['ru-criminal-code:146/2', 'ст. 146 ч. 2 УК РФ']]],
    ['ст.180 ч.3 УК', [['ru-criminal-code:180/3', 'ст.180 ч.3 УК']]],
    ['ст. 1252 п. 5 ГК РФ', [['ru-civil-code:1252/5', 'ст. 1252 п. 5 ГК РФ']]],
    ['ст. 1270 п. 2 пп. 1 ГК РФ', [['ru-civil-code:1270/2/1', 'ст. 1270 п. 2 пп. 1 ГК РФ']]],
    ['ст. 146 ч. 3 п. «в» УК РФ', [['ru-criminal-code:146/3/в', 'ст. 146 ч. 3 п. «в» УК РФ']]],
    ['статья 146 часть 2 УК РФ', [['ru-criminal-code:146/2', 'статья 146 часть 2 УК РФ']]],
    ['ст. 7.12 ч. 1 коап рф', [['ru-admin-code:7.12/1', 'ст. 7.12 ч. 1 коап рф']]],
    ['ст 1252 гк рф', [['ru-civil-code:1252', 'ст 1252 гк рф']]],
    ['ч 2 ст 146 ук рф', [['ru-criminal-code:146/2', 'ч 2 ст 146 ук рф']]],
    ['п 3 ст 1252 ГК РФ', [['ru-civil-code:1252/3', 'п 3 ст 1252 ГК РФ']]],
    ['по ст. 14.10 ч. 2 КоАП РФ', [['ru-admin-code:14.10/2', 'ст. 14.10 ч. 2 КоАП РФ']]],
    ['ст. 146 ч. 3 УК РФ и ст. 180 ч. 1 УК РФ', [['ru-criminal-code:146/3', 'ст. 146 ч. 3 УК РФ'], ['ru-criminal-code:180/1', 'ст. 180 ч. 1 УК РФ']]],
    ['статьи 1252 части четвертой ГК РФ', [['ru-civil-code:1252', 'статьи 1252 части четвертой ГК РФ']]],
  ];
  const en: Row[] = [
    ['Article 146, Part 2 of the Criminal Code', [['ru-criminal-code:146/2', 'Article 146, Part 2 of the Criminal Code']]],
    ['Art. 1252, para. 5 of the Civil Code', [['ru-civil-code:1252/5', 'Art. 1252, para. 5 of the Civil Code']]],
    ['Article 1270, paragraph 2, subparagraph 1 of the Civil Code', [['ru-civil-code:1270/2/1', 'Article 1270, paragraph 2, subparagraph 1 of the Civil Code']]],
    ['Art. 146 Part 3 of the Criminal Code', [['ru-criminal-code:146/3', 'Art. 146 Part 3 of the Criminal Code']]],
    ['Article 1252 (5) of the Civil Code', [['ru-civil-code:1252/5', 'Article 1252 (5) of the Civil Code']]],
    ['Art. 1252 par. 5 Civil Code', [['ru-civil-code:1252/5', 'Art. 1252 par. 5 Civil Code']]],
  ];
  it.each(ru)('ru: %j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
  it.each(en)('en: %j', (s, expected) => expect(cite(s, EN)).toEqual(expected));

  it('never takes hours, a single letter or a list marker for a part', () => {
    expect(cite('в 10 ч 30 мин', RU)).toEqual([]);
    expect(cite('п 3 договора', RU)).toEqual([]);
    expect(cite('ст 3 договора от 01.02.2020', RU)).toEqual([]);
  });
});

describe('ranges to an inserted article or item', () => {
  const rows: Row[] = [
    ['подпункты 6 - 8.1 пункта 2 статьи 1270 ГК РФ', ['6', '7', '8', '8.1'].map((s) => [`ru-civil-code:1270/2/${s}`, 'подпункты 6 - 8.1 пункта 2 статьи 1270 ГК РФ'] as [string, string])],
    ['статьи 1229-1231.1 ГК РФ', ['1229', '1230', '1231', '1231.1'].map((a) => [`ru-civil-code:${a}`, 'статьи 1229-1231.1 ГК РФ'] as [string, string])],
    ['статьи 1252 - 1253.1 ГК РФ', ['1252', '1253', '1253.1'].map((a) => [`ru-civil-code:${a}`, 'статьи 1252 - 1253.1 ГК РФ'] as [string, string])],
    ['ст. 1252-1254 ГК РФ', ['1252', '1253', '1254'].map((a) => [`ru-civil-code:${a}`, 'ст. 1252-1254 ГК РФ'] as [string, string])],
  ];
  const en: Row[] = [
    ['Articles 1253–1253.1 of the Civil Code', [['ru-civil-code:1253', 'Articles 1253–1253.1 of the Civil Code'], ['ru-civil-code:1253.1', 'Articles 1253–1253.1 of the Civil Code']]],
    ['Articles 1252-1253.1 of the Civil Code', ['1252', '1253', '1253.1'].map((a) => [`ru-civil-code:${a}`, 'Articles 1252-1253.1 of the Civil Code'] as [string, string])],
    ['subparagraphs 6 to 8.1 of paragraph 2 of Article 1270 of the Civil Code',
      ['6', '7', '8', '8.1'].map((s) => [`ru-civil-code:1270/2/${s}`, 'subparagraphs 6 to 8.1 of paragraph 2 of Article 1270 of the Civil Code'] as [string, string])],
  ];
  it.each(rows)('ru: %j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
  it.each(en)('en: %j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
});

describe('English parts without "of"', () => {
  const rows: Row[] = [
    ['subparagraph 6 Article 1359 and Article 1487 of the Civil Code of Russia',
      [['ru-civil-code:1359/6', 'subparagraph 6 Article 1359'], ['ru-civil-code:1487', 'Article 1487 of the Civil Code of Russia']]],
    ['paragraph 3 Article 1252 of the Civil Code', [['ru-civil-code:1252/3', 'paragraph 3 Article 1252 of the Civil Code']]],
    ['item 2 Art. 1270 of the Civil Code', [['ru-civil-code:1270/2', 'item 2 Art. 1270 of the Civil Code']]],
    ['Part 2 Art. 146 of the Criminal Code', [['ru-criminal-code:146/2', 'Part 2 Art. 146 of the Criminal Code']]],
    ['p. 3 Art. 1252 Civil Code', [['ru-civil-code:1252/3', 'p. 3 Art. 1252 Civil Code']]],
    ['clause 1, Article 1229 of the Civil Code', [['ru-civil-code:1229/1', 'clause 1, Article 1229 of the Civil Code']]],
    ['sub-clause 2 clause 1 Article 1270 of the Civil Code', [['ru-civil-code:1270/1/2', 'sub-clause 2 clause 1 Article 1270 of the Civil Code']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
});

describe('an article of an instrument the registry does not know falls to no code', () => {
  const en: Row[] = [
    ['Under the Civil Code, article 16 of the appendix No. 26 to the Treaty on the Eurasian Economic Union applies',
      [['ru-civil-code', 'Civil Code'], ['eaeu-treaty-annex-26:16', 'article 16 of the appendix No. 26 to the Treaty on the Eurasian Economic Union']]],
    ['Article 16 of Annex 26 to the Treaty on the Eurasian Economic Union', [['eaeu-treaty-annex-26:16', 'Article 16 of Annex 26 to the Treaty on the Eurasian Economic Union']]],
    ['the Treaty on the Eurasian Economic Union of 29 May 2014', [['eaeu-treaty', 'Treaty on the Eurasian Economic Union']]],
    ['Under the Civil Code and Article 5 of the Protocol on Accession, Russia', [['ru-civil-code', 'Civil Code']]],
    ['The Civil Code applies; Article 3 of the Agreement between Russia and Belarus does not.', [['ru-civil-code', 'Civil Code']]],
    ['Under the Civil Code, Article 2 of the Regulation on State Registration applies.', [['ru-civil-code', 'Civil Code']]],
    ['Civil Code. Article 7 of the Decree of the President No. 188 lists', [['ru-civil-code', 'Civil Code']]],
    ['The Civil Code governs. Article 4 of Law No. 101-FZ does not.', [['ru-civil-code', 'Civil Code']]],
  ];
  const ru: Row[] = [
    ['ГК РФ и статья 16 Протокола об охране и защите прав на объекты интеллектуальной собственности', [
      ['ru-civil-code', 'ГК РФ'], ['eaeu-treaty-annex-26:16', 'статья 16 Протокола об охране и защите прав на объекты интеллектуальной собственности']]],
    ['ГК РФ и статья 5 Протокола о присоединении', [['ru-civil-code', 'ГК РФ']]],
    ['ГК РФ и статьи 3 соглашения между Россией и Беларусью', [['ru-civil-code', 'ГК РФ']]],
    ['ГК РФ; п. 3 договора аренды', [['ru-civil-code', 'ГК РФ']]],
    ['статья 16 Приложения № 26 к Договору о Евразийском экономическом союзе', [['eaeu-treaty-annex-26:16', 'статья 16 Приложения № 26 к Договору о Евразийском экономическом союзе']]],
    ['Договор о Евразийском экономическом союзе от 29 мая 2014 года', [['eaeu-treaty', 'Договор о Евразийском экономическом союзе']]],
    ['ГК РФ. Согласно статьи 4 Федерального закона «О кадастровой деятельности»', [['ru-civil-code', 'ГК РФ']]],
    ['ГК РФ. Статьей 3 Соглашения между Россией и Беларусью', [['ru-civil-code', 'ГК РФ']]],
    ['ГК РФ. В статье 2 Положения о государственной регистрации', [['ru-civil-code', 'ГК РФ']]],
  ];
  it.each(en)('en: %j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
  it.each(ru)('ru: %j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
});

describe('names in any case; capitals are no ordinary words', () => {
  const en: Row[] = [
    // a report's own title page in capitals is its heading (the shipped corpus's gold)
    ['2015 SPECIAL 301 REPORT ON COPYRIGHT PROTECTION', []],
    ['inconsistencies with the WTO TRIPs Agreement', [['wto-trips', 'WTO TRIPs Agreement']]],
    ['under TRIPs', [['wto-trips', 'TRIPs']]],
    ['the code of administrative offences of the Russian Federation', [['ru-admin-code', 'code of administrative offences of the Russian Federation']]],
    // a translation's "clause" for a code's article: a dotted or four-digit number, the code right after it
    ['stipulated by clause 14.10. of the code of administrative offences of the Russian Federation.',
      [['ru-admin-code:14.10', 'clause 14.10. of the code of administrative offences of the Russian Federation']]],
    ['item 1252 of the Civil Code', [['ru-civil-code:1252', 'item 1252 of the Civil Code']]],
    ['item 1.2 of the TRIPS Agreement', [['wto-trips', 'TRIPS Agreement']]],
    ['clause 5 of the Civil Code', [['ru-civil-code', 'Civil Code']]],
    ['AMENDMENTS TO THE CIVIL CODE', [['ru-civil-code', 'CIVIL CODE']]],
    ['ARTICLE 1252 OF THE CIVIL CODE', [['ru-civil-code:1252', 'ARTICLE 1252 OF THE CIVIL CODE']]],
    ['the civil code of the Russian Federation', [['ru-civil-code', 'civil code of the Russian Federation']]],
    ['the BERNE CONVENTION', [['berne-convention', 'BERNE CONVENTION']]],
  ];
  const ru: Row[] = [
    ['ГРАЖДАНСКИЙ КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ', [['ru-civil-code', 'ГРАЖДАНСКИЙ КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ']]],
    ['СТАТЬЯ 146 УК РФ', [['ru-criminal-code:146', 'СТАТЬЯ 146 УК РФ']]],
    ['по ст. 14.10 коап', [['ru-admin-code:14.10', 'ст. 14.10 коап']]],
    ['в соответствии с гк рф', [['ru-civil-code', 'гк рф']]],
  ];
  it.each(en)('en: %j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
  it.each(ru)('ru: %j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
  it('never takes ordinary words in capitals for a name', () => {
    expect(cite('THE SPECIAL REPORT ON 301 SITES', EN)).toEqual([]);
    expect(cite('TRIP ADVISORY', EN)).toEqual([]);
    expect(cite('ук', RU)).toEqual([]);
    expect(cite('УК «Жилсервис» обслуживает дом', RU).filter(([k]) => k !== 'ru-criminal-code')).toEqual([]);
  });
});

describe('government acts', () => {
  const en: Row[] = [
    ['Regulation of the Russian Government (No 506 as of March 29, 2022) establishes', [['ru-gov-506-2022', 'Regulation of the Russian Government (No 506 as of March 29, 2022']]],
    ['Government Decree No. 506 of 29 March 2022', [['ru-gov-506-2022', 'Government Decree No. 506 of 29 March 2022']]],
    ['RF Government Resolution No. 992 dated 29 December 2007', [['ru-gov-992-2007', 'RF Government Resolution No. 992 dated 29 December 2007']]],
    ['Resolution of the Government of the Russian Federation of 29.03.2022 No. 506', [['ru-gov-506-2022', 'Resolution of the Government of the Russian Federation of 29.03.2022 No. 506']]],
    ['Decree of the Government of the Russian Federation No. 506 dated March 29, 2022', [['ru-gov-506-2022', 'Decree of the Government of the Russian Federation No. 506 dated March 29, 2022']]],
    ['Russian Government Regulation No. 506 of March 29, 2022', [['ru-gov-506-2022', 'Russian Government Regulation No. 506 of March 29, 2022']]],
    ['Government Resolution No. 506 (29 March 2022)', [['ru-gov-506-2022', 'Government Resolution No. 506 (29 March 2022']]],
    // named again by kind and issuer, after the one government act of the text
    ['Regulation of the Russian Government (No 506 as of March 29, 2022) applies. The Regulation of Russian Government does not legalize counterfeits.',
      [['ru-gov-506-2022', 'Regulation of the Russian Government (No 506 as of March 29, 2022'], ['ru-gov-506-2022', 'Regulation of Russian Government']]],
    // a bare "the Regulation" is no reference; an undated act is none either, unless the registry knows the domain cites
    // it by number alone (2022's parallel-imports resolution)
    ['Government Decree No. 506 of 29 March 2022 applies. The Regulation is aimed at parallel imports.', [['ru-gov-506-2022', 'Government Decree No. 506 of 29 March 2022']]],
    ['Government Resolution No. 507', []],
    ['Government Resolution No. 506', [['ru-gov-506-2022', 'Government Resolution No. 506']]],
  ];
  const ru: Row[] = [
    ['Постановление Правительства РФ от 29.03.2022 N 506', [['ru-gov-506-2022', 'Постановление Правительства РФ от 29.03.2022 N 506']]],
    ['постановлением Правительства Российской Федерации от 29 марта 2022 г. № 506', [['ru-gov-506-2022', 'постановлением Правительства Российской Федерации от 29 марта 2022 г. № 506']]],
    ['Постановление Правительства РФ № 506 от 29.03.2022', [['ru-gov-506-2022', 'Постановление Правительства РФ № 506 от 29.03.2022']]],
    ['пункт 1 постановления Правительства РФ от 29.03.2022 N 506', [['ru-gov-506-2022:1', 'пункт 1 постановления Правительства РФ от 29.03.2022 N 506']]],
  ];
  it.each(en)('en: %j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
  it.each(ru)('ru: %j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
});

describe('federal-law typos and variants', () => {
  const en: Row[] = [
    ['Federal Law No. 214-FL of 23 July 2025', [['ru-fl-214-fz-2025', 'Federal Law No. 214-FL of 23 July 2025']]],
    ['On 2 July 2013 Russia adopted FZ-187, the anti-piracy law.', [['ru-fl-187-fz-2013', 'FZ-187'], ['ru-fl-187-fz-2013', 'anti-piracy law']]],
    ['Law No. 149-FZ', [['ru-fl-149-fz-2006', 'Law No. 149-FZ']]],
    ['Federal Law 187-FZ of July 2, 2013', [['ru-fl-187-fz-2013', 'Federal Law 187-FZ of July 2, 2013']]],
    ['Federal Law No. 214-FZ dated 23.07.2025', [['ru-fl-214-fz-2025', 'Federal Law No. 214-FZ dated 23.07.2025']]],
    ['Federal Law No. 193-FZ, signed on June 28, 2022, amends Part Four', [['ru-fl-193-fz-2022', 'Federal Law No. 193-FZ']]],
    ['Federal Law No 214-FZ', []],
    ['On 7 July 2025, Federal Law No. 214-FL «On Amendments to Part Four of the Civil Code» was published.',
      [['ru-fl-214-fz-2025', 'Federal Law No. 214-FL'], ['ru-civil-code', 'Part Four of the Civil Code']]],
    // a date the sentence gives for something else is not the act's
    ['On 24 November 2014, Federal Law No. 420-FZ amended the Code.', []],
    ['Federal Law No. 420-FZ was amended on 24 November 2014.', []],
    ['In 2015 the Duma amended Federal Law No. 149-FZ again.', [['ru-fl-149-fz-2006', 'Federal Law No. 149-FZ']]],
  ];
  const ru: Row[] = [
    ['ФЗ № 187 от 02.07.2013', [['ru-fl-187-fz-2013', 'ФЗ № 187 от 02.07.2013']]],
    ['закон № 187-ФЗ', [['ru-fl-187-fz-2013', 'закон № 187-ФЗ']]],
    ['ФЗ № 187', [['ru-fl-187-fz-2013', 'ФЗ № 187']]],
    ['Федеральный закон от 23.07.2025 № 214-ФЗ', [['ru-fl-214-fz-2025', 'Федеральный закон от 23.07.2025 № 214-ФЗ']]],
    ['Федеральным законом № 193-ФЗ, подписанным 28 июня 2022 г., внесены изменения', [['ru-fl-193-fz-2022', 'Федеральным законом № 193-ФЗ']]],
    ['закон № 420-ФЗ', []],
  ];
  it.each(en)('en: %j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
  it.each(ru)('ru: %j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
});

describe('anaphora to a part of the cited code, and parts of the article under discussion', () => {
  it('"Part IV" alone after Part IV of the Civil Code was named', () => {
    expect(cite('draft Part IV of the Civil Code on IPR. Some 20 amendments to Part IV were accepted.', EN)).toEqual([
      ['ru-civil-code', 'Part IV of the Civil Code'], ['ru-civil-code', 'Part IV'],
    ]);
    expect(cite('Part IV was adopted in 2006.', EN)).toEqual([]);
    expect(cite('Part Four of the Civil Code entered into force in 2008; Part Four replaced the 1992-1993 laws.', EN)).toEqual([
      ['ru-civil-code', 'Part Four of the Civil Code'], ['ru-civil-code', 'Part Four'],
    ]);
    // another instrument's part, and a part of an article, are not the code's
    expect(cite('Part IV of the Civil Code was adopted. Part III of the TRIPS Agreement covers enforcement; Part III sets out remedies.', EN)).toEqual([
      ['ru-civil-code', 'Part IV of the Civil Code'], ['wto-trips', 'TRIPS Agreement'],
    ]);
  });
  it('"частью 2 настоящей статьи" in a text quoting one article', () => {
    expect(cite('Частью 1 статьи 14.10 КоАП РФ запрещено ..., за исключением случаев, предусмотренных частью 2 настоящей статьи, – влечет штраф.', RU)).toEqual([
      ['ru-admin-code:14.10/1', 'Частью 1 статьи 14.10 КоАП РФ'], ['ru-admin-code:14.10/2', 'частью 2 настоящей статьи'],
    ]);
    expect(cite('Part 1 of Article 146 of the Criminal Code punishes ..., except for the cases provided for by part 2 of this Article.', EN)).toEqual([
      ['ru-criminal-code:146/1', 'Part 1 of Article 146 of the Criminal Code'], ['ru-criminal-code:146/2', 'part 2 of this Article'],
    ]);
    // two articles under discussion: nothing
    expect(keys('Статьи 146 и 180 УК РФ. Частью 2 настоящей статьи предусмотрено', 'ru')).toEqual(['ru-criminal-code:146', 'ru-criminal-code:180']);
  });
});

describe('lists of titled laws', () => {
  const rows: Row[] = [
    ['федеральные законы «Об информации, информационных технологиях и о защите информации» и «О коммерческой тайне»', [
      ['ru-fl-149-fz-2006', 'федеральные законы «Об информации, информационных технологиях и о защите информации»'], ['ru-fl-98-fz-2004', '«О коммерческой тайне»']]],
    ['законы «О коммерческой тайне», «О защите конкуренции» и «Об информации, информационных технологиях и о защите информации»', [
      ['ru-fl-98-fz-2004', 'законы «О коммерческой тайне»'], ['ru-fl-135-fz-2006', '«О защите конкуренции»'], ['ru-fl-149-fz-2006', '«Об информации, информационных технологиях и о защите информации»']]],
  ];
  const en: Row[] = [
    ['the Federal Laws "On Commercial Secrets" and "On Protection of Competition"', [
      ['ru-fl-98-fz-2004', 'Federal Laws "On Commercial Secrets"'], ['ru-fl-135-fz-2006', '"On Protection of Competition"']]],
  ];
  it.each(rows)('ru: %j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
  it.each(en)('en: %j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
  it('a quoted title that is no registered law is nothing', () => {
    expect(cite('законы «О коммерческой тайне» и «О ветеринарии»', RU)).toEqual([['ru-fl-98-fz-2004', 'законы «О коммерческой тайне»']]);
  });
});

describe('Latin ordinal articles', () => {
  const rows: Array<[string, 'en' | 'ru', Array<[string, string]>]> = [
    ['ст. 10 bis Парижской конвенции', 'ru', [['paris-convention:10bis', 'ст. 10 bis Парижской конвенции']]],
    ['статья 10ter Парижской конвенции', 'ru', [['paris-convention:10ter', 'статья 10ter Парижской конвенции']]],
    ['статьей 6-quinquies Парижской конвенции', 'ru', [['paris-convention:6quinquies', 'статьей 6-quinquies Парижской конвенции']]],
    ['Article 6bis of the Paris Convention', 'en', [['paris-convention:6bis', 'Article 6bis of the Paris Convention']]],
    ['Article 6quinquies of the Paris Convention', 'en', [['paris-convention:6quinquies', 'Article 6quinquies of the Paris Convention']]],
    ['Article 10 bis of the Paris Convention', 'en', [['paris-convention:10bis', 'Article 10 bis of the Paris Convention']]],
    ['Articles 6bis and 6ter of the Paris Convention', 'en', [['paris-convention:6bis', 'Articles 6bis and 6ter of the Paris Convention'], ['paris-convention:6ter', 'Articles 6bis and 6ter of the Paris Convention']]],
    ['Article 14bis(2) of the Berne Convention', 'en', [['berne-convention:14bis/2', 'Article 14bis(2) of the Berne Convention']]],
    // a short form defined after the instrument's year
    ['ст. 10 bis Парижской конвенции по охране промышленной собственности 1883 г. (далее по тексту - Парижская конвенция). Парижская конвенция', 'ru', [
      ['paris-convention:10bis', 'ст. 10 bis Парижской конвенции по охране промышленной собственности'], ['paris-convention', 'Парижская конвенция']]],
  ];
  it.each(rows)('%j', (s, lang, expected) => expect(cite(s, { lang })).toEqual(expected));
});

describe('a reproduced provision\'s heading is no citation', () => {
  it('Russian and English', () => {
    expect(cite('Статья 1244 ГК РФ. Государственная аккредитация организаций по управлению правами\n\n1. Организации вправе', RU)).toEqual([]);
    expect(cite('Статья 1244 Гражданского кодекса РФ. Государственная аккредитация\n\nТекст', RU)).toEqual([]);
    expect(cite('Article 1244 of the Civil Code. State Accreditation of Organizations\n\n1. Organizations', EN)).toEqual([]);
    expect(cite('Статья 146 УК РФ. Нарушение авторских и смежных прав\n\n1. Присвоение авторства', RU)).toEqual([]);
    // in running text the same words cite
    expect(keys('Согласно ст. 1244 ГК РФ. Далее', 'ru')).toEqual(['ru-civil-code:1244']);
    expect(keys('See Article 1244 of the Civil Code. It provides', 'en')).toEqual(['ru-civil-code:1244']);
  });
});

describe('article numbers split by a space', () => {
  it('joins only within the instrument\'s range and never a list', () => {
    expect(cite('пунктом 1 статьи 1 477 части четвертой Гражданского кодекса Российской Федерации', RU)).toEqual([
      ['ru-civil-code:1477/1', 'пунктом 1 статьи 1 477 части четвертой Гражданского кодекса Российской Федерации'],
    ]);
    expect(keys('статьи 1 252 ГК РФ', 'ru')).toEqual(['ru-civil-code:1252']);
    expect(keys('статьи 1, 252 ГК РФ', 'ru')).toEqual(['ru-civil-code:1', 'ru-civil-code:252']);
    expect(keys('статьи 14 10 КоАП РФ', 'ru')).not.toContain('ru-admin-code:1410');
    expect(keys('статьи 1 477 УК РФ', 'ru')).toEqual(['ru-criminal-code']); // the Criminal Code has no article 1477
    expect(keys('статьи 1 999 ГК РФ', 'ru')).toEqual(['ru-civil-code']); // beyond the Civil Code's last article
    expect(keys('статьи 1 477,5 ГК РФ', 'ru')).not.toContain('ru-civil-code:1477');
  });
});

describe('English passages in Russian texts, and Russian ones in English texts', () => {
  it('an English abstract in a Russian article', () => {
    expect(cite('Аннотация.\n\nThe article considers Article 1252 of the Civil Code of the Russian Federation and Part 2 of Article 146 of the Criminal Code.\n\nВ статье рассматривается ст. 1252 ГК РФ.', RU)).toEqual([
      ['ru-civil-code:1252', 'Article 1252 of the Civil Code of the Russian Federation'],
      ['ru-criminal-code:146/2', 'Part 2 of Article 146 of the Criminal Code'],
      ['ru-civil-code:1252', 'ст. 1252 ГК РФ'],
    ]);
  });
  it('a Russian reference list in an English article', () => {
    expect(cite('The article studies piracy.\n\nReferences\n\n1. Уголовный кодекс Российской Федерации от 13.06.1996 N 63-ФЗ // СЗ РФ. 1996. № 25. Ст. 2954.', EN)).toEqual([
      ['ru-criminal-code', 'Уголовный кодекс Российской Федерации от 13.06.1996 N 63-ФЗ'],
    ]);
  });
});

describe('negatives in court and commentary style', () => {
  const rows: Array<[string, 'en' | 'ru']> = [
    ['Решение Арбитражного суда по делу № А40-12345/2019 от 12.03.2020', 'ru'],
    ['постановление Суда по интеллектуальным правам от 10.10.2020 № С01-1450/2018 по делу № А40-1450/2018', 'ru'],
    ['дело № 2-1450/2018, стр. 1252', 'ru'],
    ['Бюллетень ВС РФ, 2019, № 7, ст. 12', 'ru'],
    ['Российская газета, 1993, № 237, с. 1252', 'ru'],
    ['штраф 1 500 рублей, 1252 тыс. руб.', 'ru'],
    ['case No. A40-12345/2019 of 12 March 2020', 'en'],
    ['Ruling No. 1450/2018 at p. 1252', 'en'],
    ['Official Gazette 2006, No. 52 (Part 1), Art. 5496', 'en'],
    ['RUB 1,252,000 in damages on 14 October 2020', 'en'],
    ['pages 1229-1231 of the volume', 'en'],
  ];
  it.each(rows)('%j', (s, lang) => expect(cite(s, { lang })).toEqual([]));
});

describe('footnote marks glued to a name', () => {
  it('the name ends before the mark, and its definition still applies', () => {
    expect(cite('пунктом 1 статьи 1477 Гражданского кодекса Российской Федерации1 (далее — ГК РФ). Согласно статье 1481 ГК РФ', RU)).toEqual([
      ['ru-civil-code:1477/1', 'пунктом 1 статьи 1477 Гражданского кодекса Российской Федерации'], ['ru-civil-code:1481', 'статье 1481 ГК РФ'],
    ]);
    expect(keys('Article 9 of the Berne Convention12 requires', 'en')).toEqual(['berne-convention:9']);
    expect(keys('the Civil Code 2.5 million', 'en')).toEqual(['ru-civil-code']);
  });
});

describe('more forms of law firms, USTR/WTO and Russian courts', () => {
  const ru: Row[] = [
    // courts: the article and its part after "по", the code's full name in the instrumental case
    ['признан виновным в совершении преступления, предусмотренного ч. 3 ст. 146 Уголовного кодекса Российской Федерации',
      [['ru-criminal-code:146/3', 'ч. 3 ст. 146 Уголовного кодекса Российской Федерации']]],
    ['на основании ст.ст. 167, 176 АПК РФ', [['ru-arbitrazh-procedure-code:167', 'ст.ст. 167, 176 АПК РФ'], ['ru-arbitrazh-procedure-code:176', 'ст.ст. 167, 176 АПК РФ']]],
    ['руководствуясь статьями 110, 167 - 170 Арбитражного процессуального кодекса Российской Федерации', [
      ...['110', '167', '168', '169', '170'].map((a) => [`ru-arbitrazh-procedure-code:${a}`, 'статьями 110, 167 - 170 Арбитражного процессуального кодекса Российской Федерации'] as [string, string])]],
    ['подп. 1 п. 4 ст. 1515 ГК РФ', [['ru-civil-code:1515/4/1', 'подп. 1 п. 4 ст. 1515 ГК РФ']]],
    ['п. 3 ст. 1252, ст. 1301 ГК РФ', [['ru-civil-code:1252/3', 'п. 3 ст. 1252'], ['ru-civil-code:1301', 'ст. 1301 ГК РФ']]],
    ['ст. 14.10 Кодекса РФ об административных правонарушениях', [['ru-admin-code:14.10', 'ст. 14.10 Кодекса РФ об административных правонарушениях']]],
    ['ч. 1 ст. 14.10 КоАП России', [['ru-admin-code:14.10/1', 'ч. 1 ст. 14.10 КоАП']]],
    ['статьей 1253.1 ГК РФ', [['ru-civil-code:1253.1', 'статьей 1253.1 ГК РФ']]],
    ['ст. 144.1 ГПК РФ', [['ru-civil-procedure-code:144.1', 'ст. 144.1 ГПК РФ']]],
    ['статьи 39 Соглашения ТРИПС', [['wto-trips:39', 'статьи 39 Соглашения ТРИПС']]],
    ['ст. 6 bis Парижской конвенции', [['paris-convention:6bis', 'ст. 6 bis Парижской конвенции']]],
    ['ст.ст.1229,1252 ГК РФ', [['ru-civil-code:1229', 'ст.ст.1229,1252 ГК РФ'], ['ru-civil-code:1252', 'ст.ст.1229,1252 ГК РФ']]],
    ['Соглашение о торговых аспектах прав интеллектуальной собственности - ст. 39 ТРИПС', [['wto-trips:39', 'ст. 39 ТРИПС']]],
    ['вносятся в ГК РФ (ст. 1253.1 ГК РФ)', [['ru-civil-code', 'ГК РФ'], ['ru-civil-code:1253.1', 'ст. 1253.1 ГК РФ']]],
    ['Указ Президента РФ от 06.03.1997 N 188', [['ru-ukaz-188-1997', 'Указ Президента РФ от 06.03.1997 N 188']]],
    ['Указом Президента Российской Федерации № 188 от 6 марта 1997 г.', [['ru-ukaz-188-1997', 'Указом Президента Российской Федерации № 188 от 6 марта 1997 г.']]],
    ['Уголовный кодекс Российской Федерации (УК РФ)', [['ru-criminal-code', 'Уголовный кодекс Российской Федерации']]],
    // a Plenum's ruling and its paragraphs are no code's
    ['п. 55 Постановления Пленума Верховного Суда РФ от 23.04.2019 № 10', []],
    ['суммы свыше 1 000,50 руб.', []],
    // never: case numbers, registrations, dates and sums in a court's text
    ['Дело № А40-123456/2019-12-345, постановление от 12.03.2020 № 09АП-1234/2020', []],
    ['свидетельство № 1252 на товарный знак, зарегистрированный 14.10.2010', []],
    ['взыскать 1 300 000 руб. компенсации и 26 000 руб. госпошлины', []],
  ];
  const en: Row[] = [
    // law firms
    ['Art. 1252(3) of the RF Civil Code', [['ru-civil-code:1252/3', 'Art. 1252(3) of the RF Civil Code']]],
    ['under Article 1484 of the Russian Civil Code', [['ru-civil-code:1484', 'Article 1484 of the Russian Civil Code']]],
    ['Articles 1229, 1252 and 1253 of the Civil Code', ['1229', '1252', '1253'].map((a) => [`ru-civil-code:${a}`, 'Articles 1229, 1252 and 1253 of the Civil Code'] as [string, string])],
    ['Arts. 1250-1254 of the Civil Code', ['1250', '1251', '1252', '1253', '1254'].map((a) => [`ru-civil-code:${a}`, 'Arts. 1250-1254 of the Civil Code'] as [string, string])],
    ['Article 14.10 of the Russian Code of Administrative Offences', [['ru-admin-code:14.10', 'Article 14.10 of the Russian Code of Administrative Offences']]],
    ['Article 180 of the Russian Criminal Code', [['ru-criminal-code:180', 'Article 180 of the Russian Criminal Code']]],
    // USTR and WTO
    // a treaty's dotted paragraph: article 39, paragraph 3 (dotted.ts)
    ['consistent with Article 39.3 of the TRIPS Agreement', [['wto-trips:39/3', 'Article 39.3 of the TRIPS Agreement']]],
    ['Articles 41 and 61 of the TRIPS Agreement', [['wto-trips:41', 'Articles 41 and 61 of the TRIPS Agreement'], ['wto-trips:61', 'Articles 41 and 61 of the TRIPS Agreement']]],
    ['paragraphs 1218-1220 of the Working Party Report', ['1218', '1219', '1220'].map((p) => [`wto-wpr-rus:${p}`, 'paragraphs 1218-1220 of the Working Party Report'] as [string, string])],
    ['Article 6bis of the Paris Convention (well-known marks)', [['paris-convention:6bis', 'Article 6bis of the Paris Convention']]],
    ['Point 1226 of the Report of the Working Party on the Accession of the Russian Federation',
      [['wto-wpr-rus:1226', 'Point 1226 of the Report of the Working Party on the Accession of the Russian Federation']]],
    ['paragraph 1339 of the Report of the Working Party', [['wto-wpr-rus:1339', 'paragraph 1339 of the Report of the Working Party']]],
    ['the Report of the Working Party on the Accession of Viet Nam', []],
    ['point 3 of Article 1252 of the Civil Code', [['ru-civil-code:1252/3', 'point 3 of Article 1252 of the Civil Code']]],
    // a code's abbreviation defined in brackets is that code's, later too
    ['Article 146 of the Criminal Code of the Russian Federation (CC RF) punishes piracy; Article 180 CC RF covers trademarks.',
      [['ru-criminal-code:146', 'Article 146 of the Criminal Code of the Russian Federation'], ['ru-criminal-code:180', 'Article 180 CC RF']]],
    ['Presidential Decree No. 188 of 6 March 1997', [['ru-ukaz-188-1997', 'Presidential Decree No. 188 of 6 March 1997']]],
    ['Decree of the President of the Russian Federation of 6 March 1997 No. 188', [['ru-ukaz-188-1997', 'Decree of the President of the Russian Federation of 6 March 1997 No. 188']]],
    ['Presidential Decree No. 188', []],
    ['paragraph 55 of Resolution of the Plenum of the Supreme Court No. 10', []],
    // never: WTO document symbols, dispute numbers, years, sums and pages
    ['WT/DS362/R, paragraph 7.12 of the panel report', []],
    ['In 2012, Russia paid USD 1,252 million (see page 146 and Table 3).', []],
    ['the 2013 law took effect on 1 August 2013', []],
  ];
  it.each(ru)('ru: %j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
  it.each(en)('en: %j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
});
