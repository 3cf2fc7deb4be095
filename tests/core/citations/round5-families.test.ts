// Table tests for the families of forms read after round 5 of the external gold set: the WTO covered agreements and the
// other Russian codes in the registry, Roman-numbered treaty articles, the 2006 side letter's names, parts listed in
// brackets after an article, name variants by word order, and more. Each row is one variant a real text uses; the
// negatives are words that must stay uncited.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';
import type { ExtractContext } from '../../../shared/core/citations/index.js';

const EN = { lang: 'en' } as const;
const RU = { lang: 'ru' } as const;
const langOf = (s: string): ExtractContext => (/[а-яё]/i.test(s.slice(0, 40)) ? RU : EN);

describe('the WTO covered agreements and the other Russian codes, by name and abbreviation in both languages', () => {
  const rows: Row[] = [
    ['the General Agreement on Tariffs and Trade 1994', [['wto-gatt-1994', 'General Agreement on Tariffs and Trade 1994']]],
    ['the General Agreement on Tariffs and Trade (GATT) 1994', [['wto-gatt-1994', 'General Agreement on Tariffs and Trade (GATT) 1994']]],
    ['than provided under the GATT, GATS and TRIPS', [['wto-gatt-1994', 'GATT'], ['wto-gats', 'GATS'], ['wto-trips', 'TRIPS']]],
    ['the GATT 1994', [['wto-gatt-1994', 'GATT 1994']]],
    ['Генеральное соглашение по тарифам и торговле 1994 года', [['wto-gatt-1994', 'Генеральное соглашение по тарифам и торговле 1994 года']]],
    ['нормы ГАТТ 1994', [['wto-gatt-1994', 'ГАТТ 1994']]],
    ['the General Agreement on Trade in Services (GATS)', [['wto-gats', 'General Agreement on Trade in Services']]],
    ['Генерального соглашения по торговле услугами (ГАТС)', [['wto-gats', 'Генерального соглашения по торговле услугами']]],
    ['the Dispute Settlement Understanding', [['wto-dsu', 'Dispute Settlement Understanding']]],
    ['Article 22 of the DSU', [['wto-dsu:22', 'Article 22 of the DSU']]],
    ['the Understanding on Rules and Procedures Governing the Settlement of Disputes', [['wto-dsu', 'Understanding on Rules and Procedures Governing the Settlement of Disputes']]],
    ['the Agreement on Technical Barriers to Trade', [['wto-tbt', 'Agreement on Technical Barriers to Trade']]],
    ['the SPS Agreement', [['wto-sps', 'SPS Agreement']]],
    ['Labor Code', [['ru-labor-code', 'Labor Code']]],
    ['the Labour Code of the Russian Federation', [['ru-labor-code', 'Labour Code of the Russian Federation']]],
    ['Article 81 of the Russian Labor Code', [['ru-labor-code:81', 'Article 81 of the Russian Labor Code']]],
    ['Трудовой кодекс Российской Федерации', [['ru-labor-code', 'Трудовой кодекс Российской Федерации']]],
    ['ч. 1 ст. 81 ТК РФ', [['ru-labor-code:81/1', 'ч. 1 ст. 81 ТК РФ']]],
    ['Article 346.43 of the Tax Code', [['ru-tax-code:346.43', 'Article 346.43 of the Tax Code']]],
    ['ст. 149 НК РФ', [['ru-tax-code:149', 'ст. 149 НК РФ']]],
    ['the Family Code of the Russian Federation', [['ru-family-code', 'Family Code of the Russian Federation']]],
    ['ст. 38 Семейного кодекса РФ', [['ru-family-code:38', 'ст. 38 Семейного кодекса РФ']]],
    ['п. 1 ст. 36 СК РФ', [['ru-family-code:36/1', 'п. 1 ст. 36 СК РФ']]],
    ['the Housing Code', [['ru-housing-code', 'Housing Code']]],
    ['ст. 30 Жилищного кодекса', [['ru-housing-code:30', 'ст. 30 Жилищного кодекса']]],
    ['ст. 30 ЖК РФ', [['ru-housing-code:30', 'ст. 30 ЖК РФ']]],
    ['the Land Code of the RF', [['ru-land-code', 'Land Code of the RF']]],
    ['ст. 39.1 ЗК РФ', [['ru-land-code:39.1', 'ст. 39.1 ЗК РФ']]],
    ['Кодекс административного судопроизводства Российской Федерации', [['ru-admin-procedure-code', 'Кодекс административного судопроизводства Российской Федерации']]],
    ['ч. 1 ст. 218 КАС РФ', [['ru-admin-procedure-code:218/1', 'ч. 1 ст. 218 КАС РФ']]],
    ['Article 218 of the Code of Administrative Procedure of the Russian Federation', [['ru-admin-procedure-code:218', 'Article 218 of the Code of Administrative Procedure of the Russian Federation']]],
    ['the Code of Administrative Court Procedure', [['ru-admin-procedure-code', 'Code of Administrative Court Procedure']]],
    ['ст. 4 АПК РФ', [['ru-arbitrazh-procedure-code:4', 'ст. 4 АПК РФ']]],
    ['Таможенный кодекс ЕАЭС', [['eaeu-customs-code-2017', 'Таможенный кодекс ЕАЭС']]],
    // (the 1947 GATT is an instrument of its own since the eleventh session: never the 1994 one)
    ['Article 2 of GATT 1947', [['gatt-1947:2', 'Article 2 of GATT 1947']]],
    // negatives: not these instruments
    ['the labor market and the code of conduct', []],
    ['ТК ТС', [['cu-customs-code-2009', 'ТК ТС']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('articles in Roman figures, only where the instrument numbers its articles so', () => {
  const rows: Row[] = [
    ['Article X of the General Agreement on Tariffs and Trade (GATT) 1994', [['wto-gatt-1994:10', 'Article X of the General Agreement on Tariffs and Trade (GATT) 1994']]],
    ['Article X of the GATT 1994', [['wto-gatt-1994:10', 'Article X of the GATT 1994']]],
    ['Article VI of the General Agreement on Trade in Services (GATS)', [['wto-gats:6', 'Article VI of the General Agreement on Trade in Services']]],
    ['Article VI of the GATS', [['wto-gats:6', 'Article VI of the GATS']]],
    ['Article XVI:4 of the WTO Agreement', [['wto-agreement:16/4', 'Article XVI:4 of the WTO Agreement']]],
    ['Article XX(b) of the GATT', [['wto-gatt-1994:20/b', 'Article XX(b) of the GATT']]],
    ['Articles III and XI of the GATT 1994', [['wto-gatt-1994:11', 'Articles III and XI of the GATT 1994'], ['wto-gatt-1994:3', 'Articles III and XI of the GATT 1994']]],
    ['Article XIV of GATS', [['wto-gats:14', 'Article XIV of GATS']]],
    // the key's article stays Arabic; a part, a chapter and a code are what they are
    ['Part IV of the Civil Code', [['ru-civil-code', 'Part IV of the Civil Code']]],
    ['Article IV of the Civil Code', [['ru-civil-code', 'Civil Code']]],
    ['Chapter II of the GATS', [['wto-gats', 'GATS']]],
    ['article x of the GATT', [['wto-gatt-1994', 'GATT']]],
    ['Article 5(1)(i) of the Berne Convention', [['berne-convention:5/1/i', 'Article 5(1)(i) of the Berne Convention']]],
    ['Article IIII of the GATT', [['wto-gatt-1994', 'GATT']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('the 2006 U.S.-Russia side letter by its names and defined short form', () => {
  const rows: Row[] = [
    ['the recent signing of the 2006 U.S.-Russia IPR Bilateral Agreement', [['us-ru-ipr-agreement-2006', '2006 U.S.-Russia IPR Bilateral Agreement']]],
    ['obligations as stipulated in the IPR Bilateral Agreement.', [['us-ru-ipr-agreement-2006', 'IPR Bilateral Agreement']]],
    ['under the Bilateral Agreement on IPR', [['us-ru-ipr-agreement-2006', 'Bilateral Agreement on IPR']]],
    ['the 2006 IPR Agreement', [['us-ru-ipr-agreement-2006', '2006 IPR Agreement']]],
    ['the U.S.-Russia Intellectual Property Rights Agreement', [['us-ru-ipr-agreement-2006', 'U.S.-Russia Intellectual Property Rights Agreement']]],
    ['entered into a IPR Bilateral Agreement (“Side Letter”) in the context of accession. According to the Side Letter, support',
      [['us-ru-ipr-agreement-2006', 'IPR Bilateral Agreement'], ['us-ru-ipr-agreement-2006', 'Side Letter']]],
    // negatives: any country's IPR agreement, a side letter never named
    ['an IPR agreement with China', []],
    ['a side letter to the contract', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('parts in brackets after an article, listed', () => {
  const rows: Row[] = [
    ['articles 1252(4), 1487 and 1515 (1,2 and 4) of the Russian Civil Code', [
      ['ru-civil-code:1252/4', 'articles 1252(4), 1487 and 1515 (1,2 and 4) of the Russian Civil Code'],
      ['ru-civil-code:1487', 'articles 1252(4), 1487 and 1515 (1,2 and 4) of the Russian Civil Code'],
      ['ru-civil-code:1515/1', 'articles 1252(4), 1487 and 1515 (1,2 and 4) of the Russian Civil Code'],
      ['ru-civil-code:1515/2', 'articles 1252(4), 1487 and 1515 (1,2 and 4) of the Russian Civil Code'],
      ['ru-civil-code:1515/4', 'articles 1252(4), 1487 and 1515 (1,2 and 4) of the Russian Civil Code']]],
    ['Article 1515(1), (2) and (4) of the Civil Code', [
      ['ru-civil-code:1515/1', 'Article 1515(1), (2) and (4) of the Civil Code'], ['ru-civil-code:1515/2', 'Article 1515(1), (2) and (4) of the Civil Code'],
      ['ru-civil-code:1515/4', 'Article 1515(1), (2) and (4) of the Civil Code']]],
    ['Article 1252 (1, 2) of the Civil Code', [['ru-civil-code:1252/1', 'Article 1252 (1, 2) of the Civil Code'], ['ru-civil-code:1252/2', 'Article 1252 (1, 2) of the Civil Code']]],
    // nested brackets stay one part; a bracket that is no list stays out
    ['Article 1252(5)(b) of the Civil Code', [['ru-civil-code:1252/5/b', 'Article 1252(5)(b) of the Civil Code']]],
    ['Article 1252 (as amended) of the Civil Code', [['ru-civil-code:1252', 'Article 1252']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('names by another word order or a shorter title', () => {
  const rows: Row[] = [
    ['Law "On Information, Protection of Information and Information Technologies";', [['ru-fl-149-fz-2006', 'Law "On Information, Protection of Information and Information Technologies"']]],
    ['the Federal Law on Information, Information Technologies and Protection of Information', [['ru-fl-149-fz-2006', 'Federal Law on Information, Information Technologies and Protection of Information']]],
    ['Article 41 of the Agreement on Trade-related Intellectual Property Rights (TRIPS)', [['wto-trips:41', 'Article 41 of the Agreement on Trade-related Intellectual Property Rights']]],
    ['the Agreement on Trade-Related Aspects of Intellectual Property Rights', [['wto-trips', 'Agreement on Trade-Related Aspects of Intellectual Property Rights']]],
    ['Article 170 of the Commercial Procedural Code of the Russian Federation', [['ru-arbitrazh-procedure-code:170', 'Article 170 of the Commercial Procedural Code of the Russian Federation']]],
    ['the Commercial Procedure Code', [['ru-arbitrazh-procedure-code', 'Commercial Procedure Code']]],
    // 1995's law on information and informatization is another act, never 2006's (the registry knows it since round 11)
    ['the Law "On Information, Informatization and Protection of Information"', [['ru-fl-24-fz-1995', 'Law "On Information, Informatization and Protection of Information"']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe("a bare 'the Constitution' in a text about Russian law is Russia's", () => {
  const rows: Row[] = [
    ['The Russian Constitutional Court assessed whether the provisions of the Civil Code are in line with the Constitution.',
      [['ru-civil-code', 'Civil Code'], ['ru-constitution', 'Constitution']]],
    ['The following laws regulate trade secrets in Russia:\n\nConstitution;\n\nCriminal Code;', [['ru-constitution', 'Constitution'], ['ru-criminal-code', 'Criminal Code']]],
    ['Under Article 44 of the Constitution of the Russian Federation authors are protected. The Constitution also guarantees',
      [['ru-constitution:44', 'Article 44 of the Constitution of the Russian Federation'], ['ru-constitution', 'Constitution']]],
    ['В соответствии со ст. 44 Конституции РФ ... Конституция гарантирует свободу творчества', [['ru-constitution:44', 'ст. 44 Конституции РФ'], ['ru-constitution', 'Конституция']]],
    ['Article 15 of the Constitution guarantees that international treaties of Russia prevail.', [['ru-constitution:15', 'Article 15 of the Constitution']]],
    // negatives: the court, the adjective, another country's, a text about no country
    ['the Russian Constitutional Court ruled that the provisions are constitutional', []],
    ['Russia and the United States: the U.S. Constitution protects speech, and the Constitution also', []],
    ['The Constitution of Ukraine and the Russian Civil Code', [['ru-civil-code', 'Russian Civil Code']]],
    ['A constitution is the basic law of a state; the Constitution is supreme.', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('a government act cited as "Decree No. N": its year from its sentence, a full citation before, or the text', () => {
  const rows: Row[] = [
    ['Actually, the Government adopted Decree No. 299 on March 6, 2022, amending the Methods.', [['ru-gov-299-2022', 'Decree No. 299']]],
    ['On October 18, 2021, the Government approved the Methods for Determining Remuneration (Decree No. 1767), which stated',
      [['ru-gov-1767-2021', 'Decree No. 1767']]],
    ['Government Decree of 6 March 2022 No. 299 amended the Methods. Under Decree No. 299 the remuneration is 0.5 percent.',
      [['ru-gov-299-2022', 'Government Decree of 6 March 2022 No. 299'], ['ru-gov-299-2022', 'Decree No. 299']]],
    ['Правительство приняло постановление № 299 6 марта 2022 года.', [['ru-gov-299-2022', 'постановление № 299']]],
    // negatives: a court's ruling, a president's decree without its year, a decree with no government in sight or no year
    ['In resolution No. 8-P dated 13 February 2018 the Russian Constitutional Court assessed', []],
    ['Resolution No. 10 of the Plenum of the Supreme Court of 23 April 2019; the Government', []],
    ['The Government relied on Decree No. 298 in its practice.', []],
    // (2022's compensation decree: the registry knows the domain cites it by number alone)
    ['The Government relied on Decree No. 299 in its practice.', [['ru-gov-299-2022', 'Decree No. 299']]],
    ['Decree No. 299 of 2022 is discussed below.', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
  it('takes the text date only where the sentence names the Government', () => {
    expect(cite('The Government relied on Decree No. 299.', { lang: 'en', date: '2022-05-01' })).toEqual([['ru-gov-299-2022', 'Decree No. 299']]);
    expect(cite('The ministry relied on Decree No. 299. The Government agreed.', { lang: 'en', date: '2022-05-01' })).toEqual([]);
  });
});

describe('a dotted article with a space for its dot, right before a code numbering its articles by chapter', () => {
  const rows: Row[] = [
    ['14 10 КоАП', [['ru-admin-code:14.10', '14 10 КоАП']]],
    ['наказание по ст. 7 12 КоАП РФ', [['ru-admin-code:7.12', 'ст. 7 12 КоАП РФ']]],
    ['статья 14 33 КоАП', [['ru-admin-code:14.33', 'статья 14 33 КоАП']]],
    // negatives: a chapter the code lacks, another code, no code right after
    ['ст. 35 10 КоАП', [['ru-admin-code', 'КоАП']]],
    ['с 5 10 НК РФ', [['ru-tax-code', 'НК РФ']]],
    ['штраф 14 10 тысяч рублей по КоАП', [['ru-admin-code', 'КоАП']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('"these articles" / «указанные статьи»: each article of the list just cited', () => {
  const L = 'Articles 1273 and 1306 of the Civil Code';
  const rows: Row[] = [
    [`${L}: These articles appear to be broad. Please explain how these articles address the test.`, [
      ['ru-civil-code:1273', L], ['ru-civil-code:1306', L], ['ru-civil-code:1273', 'These articles'], ['ru-civil-code:1306', 'These articles'],
      ['ru-civil-code:1273', 'these articles'], ['ru-civil-code:1306', 'these articles']]],
    ['Статьи 1273 и 1306 ГК РФ допускают копирование. Указанные статьи применяются', [
      ['ru-civil-code:1273', 'Статьи 1273 и 1306 ГК РФ'], ['ru-civil-code:1306', 'Статьи 1273 и 1306 ГК РФ'],
      ['ru-civil-code:1273', 'Указанные статьи'], ['ru-civil-code:1306', 'Указанные статьи']]],
    // a single article before is "the same article", not a list; a list two paragraphs back, or none, names nothing
    ['Согласно ст. 1273 ГК РФ ... в силу указанной статьи', [['ru-civil-code:1273', 'ст. 1273 ГК РФ'], ['ru-civil-code:1273', 'указанной статьи']]],
    [`${L} apply.\n\nOther text.\n\nMore text. These articles are old.`, [['ru-civil-code:1273', L], ['ru-civil-code:1306', L]]],
    ['These articles are interesting.', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('"these articles" after two lists in one sentence names neither', () => {
  it('a statute sentence with two lists', () => {
    const s = 'предусмотренных статьями 205 и 206 настоящего Кодекса, либо статьями 277 и 278 настоящего Кодекса, не ниже предусмотренного указанными статьями';
    expect(cite(s, { lang: 'ru', selfInstrument: 'ru-criminal-code' }).map(([, t]) => t)).not.toContain('указанными статьями');
  });
});
