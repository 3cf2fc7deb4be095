// Table tests for the families of forms read after round 3 of the external gold set: treaty paragraphs in dotted
// notation, pages (never provisions), Russian laws by English short names (and names of two eras), more instruments by
// name, Russian names in any Latin transliteration, a statute's editorial notes, and a doubled article word. Each row is
// one variant a real text uses; the negatives are numbers and names that must stay uncited.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';
import type { ExtractContext } from '../../../shared/core/citations/index.js';

const EN = { lang: 'en' } as const;
const RU = { lang: 'ru' } as const;
const langOf = (s: string): ExtractContext => (/[а-яё]/i.test(s.slice(0, 40)) ? RU : EN);

describe('a treaty paragraph in dotted notation is article and paragraph (registry: dottedParagraphs)', () => {
  const rows: Row[] = [
    ['Checklist of Issues on Enforcement under TRIPS Art. 63.2', [['wto-trips:63/2', 'Art. 63.2']]],
    ['Russia committed to implementing TRIPS Article 39.3 requirements', [['wto-trips:39/3', 'Article 39.3']]],
    ['Article 39.3 of TRIPS', [['wto-trips:39/3', 'Article 39.3 of TRIPS']]],
    ['Berne Convention Art. 6bis.1', [['berne-convention:6bis/1', 'Art. 6bis.1']]],
    ['Article 63.2(a) of the TRIPS Agreement', [['wto-trips:63/2/a', 'Article 63.2(a) of the TRIPS Agreement']]],
    ['Articles 41.1 and 41.2 of TRIPS', [['wto-trips:41/1', 'Articles 41.1 and 41.2 of TRIPS'], ['wto-trips:41/2', 'Articles 41.1 and 41.2 of TRIPS']]],
    ['Article 10bis.3 of the Paris Convention', [['paris-convention:10bis/3', 'Article 10bis.3 of the Paris Convention']]],
    ['Article 14.1 of the WPPT', [['wipo-wppt:14/1', 'Article 14.1 of the WPPT']]],
    ['Article 6.1 of the European Convention on Human Rights', [['echr-convention:6/1', 'Article 6.1 of the European Convention on Human Rights']]],
    ['ст. 39.3 ТРИПС', [['wto-trips:39/3', 'ст. 39.3 ТРИПС']]],
    ['п. 2 ст. 6bis Бернской конвенции', [['berne-convention:6bis/2', 'п. 2 ст. 6bis Бернской конвенции']]],
    // a Russian code's dotted numbers stay articles
    ['Article 7.12 of the Administrative Code', [['ru-admin-code:7.12', 'Article 7.12 of the Administrative Code']]],
    ['Section 1253.1 of the Civil Code', [['ru-civil-code:1253.1', 'Section 1253.1 of the Civil Code']]],
    ['ч. 1 ст. 14.10 КоАП РФ', [['ru-admin-code:14.10/1', 'ч. 1 ст. 14.10 КоАП РФ']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('a page is never an article or a paragraph', () => {
  const rows: Row[] = [
    ['Point 1226 at p. 316 of the Report of the Working Party on the accession of the Russian Federation to the World Trade Organization',
      [['wto-wpr-rus:1226', 'Point 1226 at p. 316 of the Report of the Working Party on the accession of the Russian Federation to the World Trade Organization']]],
    ['item 1226 of the Report of the Working Party', [['wto-wpr-rus:1226', 'item 1226 of the Report of the Working Party']]],
    ['paragraph 1339 of the Working Party Report (page 316)', [['wto-wpr-rus:1339', 'paragraph 1339 of the Working Party Report']]],
    ['See the Working Party Report, pp. 12–14.', [['wto-wpr-rus', 'Working Party Report']]],
    ['The Working Party Report at page 316 records it.', [['wto-wpr-rus', 'Working Party Report']]],
    ['пункт 1226 на с. 316 Доклада Рабочей группы', [['wto-wpr-rus:1226', 'пункт 1226 на с. 316 Доклада Рабочей группы']]],
    ['пункт 1226 (стр. 316) Доклада Рабочей группы', [['wto-wpr-rus:1226', 'пункт 1226 (стр. 316) Доклада Рабочей группы']]],
    ['Доклад Рабочей группы, с. 316', [['wto-wpr-rus', 'Доклад Рабочей группы']]],
    // a translation's "p." before an article is its item (пункт), not a page
    ['p. 3 Art. 1252 Civil Code', [['ru-civil-code:1252/3', 'p. 3 Art. 1252 Civil Code']]],
    // negatives
    ['Sergeev A.P. Intellectual Property Law. Moscow, 2004. P. 45; pp. 112-114.', []],
    ['Сергеев А.П. Право интеллектуальной собственности. М., 2004. С. 45; стр. 12.', []],
    ['Гражданское право / под ред. А.П. Сергеева. Т. 3. С. 1252.', []],
    ['Commentary to the Civil Code, 2nd ed., p. 1252.', [['ru-civil-code', 'Civil Code']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('Russian laws by English short names; a name of two eras by its date', () => {
  const rows: Array<[string, ExtractContext, Array<[string, string]>]> = [
    ['the Competition Law', EN, [['ru-fl-135-fz-2006', 'Competition Law']]],
    ['Article 10 of the Competition Law', EN, [['ru-fl-135-fz-2006:10', 'Article 10 of the Competition Law']]],
    ['the Law on Protection of Competition', EN, [['ru-fl-135-fz-2006', 'Law on Protection of Competition']]],
    ['the Russian Competition Law', EN, [['ru-fl-135-fz-2006', 'Russian Competition Law']]],
    // the Law on Customs Regulation: 311-FZ of 2010 until August 2018, then 289-FZ of 2018
    ['WTR 2016\n\n27 April 2016\n\nthe Law on Customs Regulation; and', EN, [['ru-fl-311-fz-2010', 'Law on Customs Regulation']]],
    ['In 2012 the Law on Customs Regulation was amended.', EN, [['ru-fl-311-fz-2010', 'Law on Customs Regulation']]],
    ['In 2019, Russia applied its Law on Customs Regulation.', EN, [['ru-fl-289-fz-2018', 'Law on Customs Regulation']]],
    ['the Federal Law "On Customs Regulation in the Russian Federation"', { lang: 'en', date: '2015-03-01' },
      [['ru-fl-311-fz-2010', 'Federal Law "On Customs Regulation in the Russian Federation"']]],
    ['Федеральный закон «О таможенном регулировании в Российской Федерации»', { lang: 'ru', date: '2020-01-15' },
      [['ru-fl-289-fz-2018', 'Федеральный закон «О таможенном регулировании в Российской Федерации»']]],
    // no date, or an ambiguous one: nothing
    ['the Law on Customs Regulation', EN, []],
    ['In 2018 the Law on Customs Regulation changed.', EN, []],
    ['Федеральный закон «О таможенном регулировании в Российской Федерации»', RU, []],
    // before the 2006 law, "the Competition Law" was another act
    ['In 2004 the Competition Law was applied to IP licences.', EN, []],
    // negatives: the field, another jurisdiction's, a journal or practice group
    ['EU Competition Law and the Journal of Competition Law', EN, []],
    ['Competition Law practice of the firm; antitrust and competition law', EN, []],
  ];
  it.each(rows)('%j', (s, ctx, expected) => expect(cite(s, ctx)).toEqual(expected));
});

describe('instruments by name: TRIPS abbreviated, customs codes, postal and trade agreements, the Marrakesh Agreement, the Accession Protocol', () => {
  const rows: Row[] = [
    ['the Agreement on Trade-Related Aspects of IP Rights', [['wto-trips', 'Agreement on Trade-Related Aspects of IP Rights']]],
    ['the Agreement on Trade Related Aspects of Intellectual Property Rights', [['wto-trips', 'Agreement on Trade Related Aspects of Intellectual Property Rights']]],
    ['the Customs Code of the Customs Union', [['cu-customs-code-2009', 'Customs Code of the Customs Union']]],
    ['Article 331 of the Customs Code of the Customs Union', [['cu-customs-code-2009:331', 'Article 331 of the Customs Code of the Customs Union']]],
    ['the Customs Code of the Eurasian Economic Union and the EAEU Customs Code',
      [['eaeu-customs-code-2017', 'Customs Code of the Eurasian Economic Union'], ['eaeu-customs-code-2017', 'EAEU Customs Code']]],
    ['Таможенный кодекс Таможенного союза и ТК ЕАЭС', [['cu-customs-code-2009', 'Таможенный кодекс Таможенного союза'], ['eaeu-customs-code-2017', 'ТК ЕАЭС']]],
    ['ст. 328 Таможенного кодекса Евразийского экономического союза', [['eaeu-customs-code-2017:328', 'ст. 328 Таможенного кодекса Евразийского экономического союза']]],
    ['the Customs Code of the Russian Federation', [['ru-customs-code', 'Customs Code of the Russian Federation']]],
    ['the Universal Postal Convention', [['upu-postal-convention', 'Universal Postal Convention']]],
    ['Всемирной почтовой конвенции', [['upu-postal-convention', 'Всемирной почтовой конвенции']]],
    ["obligations under the 1992 U.S.-Russian Federation Trade Agreement", [['us-ru-trade-agreement-1992', '1992 U.S.-Russian Federation Trade Agreement']]],
    ['the Agreement on Trade Relations between the United States of America and the Russian Federation',
      [['us-ru-trade-agreement-1992', 'Agreement on Trade Relations between the United States of America and the Russian Federation']]],
    ['the U.S.-Russia Trade Agreement of 1992', [['us-ru-trade-agreement-1992', 'U.S.-Russia Trade Agreement of 1992']]],
    ['the Marrakesh Agreement', [['wto-agreement', 'Marrakesh Agreement']]],
    // its articles are in Roman figures (round5-families.test.ts): keyed in Arabic, the colon's number a paragraph
    ['Article XVI:4 of the Marrakech Agreement Establishing the World Trade Organization', [['wto-agreement:16/4', 'Article XVI:4 of the Marrakech Agreement Establishing the World Trade Organization']]],
    ['являющимся приложением к Марракешскому соглашению', [['wto-agreement', 'Марракешскому соглашению']]],
    ['положения Марракешского соглашения', [['wto-agreement', 'Марракешского соглашения']]],
    ['Марракешское соглашение об учреждении Всемирной торговой организации', [['wto-agreement', 'Марракешское соглашение об учреждении Всемирной торговой организации']]],
    ['ратифицирован Протокол о присоединении Российской Федерации к Марракешскому соглашению об учреждении Всемирной торговой организации от 15 апреля 1994 г.',
      [['wto-protocol-rus', 'Протокол о присоединении Российской Федерации'], ['wto-agreement', 'Марракешскому соглашению об учреждении Всемирной торговой организации']]],
    ['Протокола о присоединении России к ВТО', [['wto-protocol-rus', 'Протокола о присоединении России к ВТО']]],
    ['the Protocol on the Accession of the Russian Federation to the Marrakesh Agreement',
      [['wto-protocol-rus', 'Protocol on the Accession of the Russian Federation'], ['wto-agreement', 'Marrakesh Agreement']]],
    // its document symbol right after the name only repeats it
    ["Russia's Accession Protocol (WT/L/839)", [['wto-protocol-rus', "Russia's Accession Protocol"]]],
    ['the commitments of WT/L/839', [['wto-protocol-rus', 'WT/L/839']]],
    // negatives: another accession of Russia's; the Marrakesh Treaty (for the blind) is no WTO instrument (its own key)
    ['Протокол о присоединении Российской Федерации к Конвенции', []],
    ['the Marrakesh Treaty to Facilitate Access to Published Works', [['marrakesh-vip-treaty', 'Marrakesh Treaty']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('Russian names in Latin transliteration, any scheme (translit.ts)', () => {
  const rows: Row[] = [
    ["Grazhdanskij kodeks Rossijskoj Federacii (chast' chetvertaja) ot 18.12.2006 N 230-FZ (red. ot 08.12.2011)",
      [['ru-civil-code', "Grazhdanskij kodeks Rossijskoj Federacii (chast' chetvertaja) ot 18.12.2006 N 230-FZ"]]],
    ['Grazhdanskiy kodeks Rossiyskoy Federatsii', [['ru-civil-code', 'Grazhdanskiy kodeks Rossiyskoy Federatsii']]],
    ["Grazhdanskii kodeks Rossiiskoi Federatsii (chast' chetvertaia)", [['ru-civil-code', 'Grazhdanskii kodeks Rossiiskoi Federatsii']]],
    ['Kodeks Rossijskoj Federacii ob administrativnyh pravonarushenijah', [['ru-admin-code', 'Kodeks Rossijskoj Federacii ob administrativnyh pravonarushenijah']]],
    ['Kodeks Rossiyskoy Federatsii ob administrativnykh pravonarusheniyakh', [['ru-admin-code', 'Kodeks Rossiyskoy Federatsii ob administrativnykh pravonarusheniyakh']]],
    ['Ugolovnyj kodeks Rossijskoj Federacii', [['ru-criminal-code', 'Ugolovnyj kodeks Rossijskoj Federacii']]],
    ['Ugolovnyy kodeks RF', [['ru-criminal-code', 'Ugolovnyy kodeks RF']]],
    ["Arbitrazhnyj processual'nyj kodeks Rossijskoj Federacii", [['ru-arbitrazh-procedure-code', "Arbitrazhnyj processual'nyj kodeks Rossijskoj Federacii"]]],
    ['Arbitrazhnyi protsessual’nyi kodeks', [['ru-arbitrazh-procedure-code', 'Arbitrazhnyi protsessual’nyi kodeks']]],
    ["Ugolovno-processual'nyj kodeks RF", [['ru-criminal-procedure-code', "Ugolovno-processual'nyj kodeks RF"]]],
    ['Konstitutsiya Rossiyskoy Federatsii', [['ru-constitution', 'Konstitutsiya Rossiyskoy Federatsii']]],
    ['Bernskaja konvencija ob ohrane literaturnyh i hudozhestvennyh proizvedenij', [['berne-convention', 'Bernskaja konvencija ob ohrane literaturnyh i hudozhestvennyh proizvedenij']]],
    ["Federal'nyj zakon ot 27.07.2006 N 149-FZ", [['ru-fl-149-fz-2006', 'ot 27.07.2006 N 149-FZ']]],
    // negatives: English words are no transliteration, and abbreviations are left out ("UK" is no УК)
    ['The UK and the US codes of conduct; the Kodak case; a code of practice', []],
    ['Postanovlenie Plenuma Verhovnogo Suda RF ot 26.04.2007 N 14', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
});

describe("a statute's editorial notes are about its own article", () => {
  const GPK = { lang: 'ru', selfInstrument: 'ru-civil-procedure-code', selfArticle: '144.1' } as const;
  const rows: Row[] = [
    ['Пункт 1 изменен с 1 января 2022 г. - Федеральный закон от 30 декабря 2021 г. N 440-ФЗ',
      [['ru-civil-procedure-code:144.1/1', 'Пункт 1'], ['ru-fl-440-fz-2021', 'Федеральный закон от 30 декабря 2021 г. N 440-ФЗ']]],
    ['Положения части 1 (в редакции Федерального закона от 30 декабря 2021 г. N 440-ФЗ) применяются при наличии технической возможности',
      [['ru-civil-procedure-code:144.1/1', 'части 1'], ['ru-fl-440-fz-2021', 'Федерального закона от 30 декабря 2021 г. N 440-ФЗ']]],
    ['Часть 1 изменена с 1 мая 2015 г. - Федеральный закон от 24 ноября 2014 г. N 364-ФЗ',
      [['ru-civil-procedure-code:144.1/1', 'Часть 1'], ['ru-fl-364-fz-2014', 'Федеральный закон от 24 ноября 2014 г. N 364-ФЗ']]],
    ['Информация об изменениях: Федеральным законом от 24 ноября 2014 г. N 364-ФЗ в часть 1 внесены изменения',
      [['ru-fl-364-fz-2014', 'Федеральным законом от 24 ноября 2014 г. N 364-ФЗ'], ['ru-civil-procedure-code:144.1/1', 'часть 1']]],
    ['Часть 3 дополнена с 1 мая 2015 г.', [['ru-civil-procedure-code:144.1/3', 'Часть 3']]],
    ['Пункт 2 утратил силу с 1 октября 2019 г.', [['ru-civil-procedure-code:144.1/2', 'Пункт 2']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, GPK)).toEqual(expected));

  it('only in a statute text with its article, and not in its prose', () => {
    expect(cite('Пункт 1 изменен с 1 января 2022 г.', RU)).toEqual([]);
    expect(cite('Суд вправе принять меры, указанные в части 2.', GPK)).toEqual([]);
  });
});

describe('a doubled article word keeps its parts', () => {
  const rows: Row[] = [
    ['предусмотренной частью 2 статьи ст. 14.10 Кодекса Российской Федерации об административных правонарушениях',
      [['ru-admin-code:14.10/2', 'частью 2 статьи ст. 14.10 Кодекса Российской Федерации об административных правонарушениях']]],
    ['пункта 3 статьи ст. 1252 ГК РФ', [['ru-civil-code:1252/3', 'пункта 3 статьи ст. 1252 ГК РФ']]],
    ['ч. 1 статьи ст. 180 УК РФ', [['ru-criminal-code:180/1', 'ч. 1 статьи ст. 180 УК РФ']]],
    ['подпункта 1 пункта 4 статьи статьи 1515 ГК РФ', [['ru-civil-code:1515/4/1', 'подпункта 1 пункта 4 статьи статьи 1515 ГК РФ']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
});

describe('breadth: more forms of WTO/USTR, law-firm and Russian court texts', () => {
  const rows: Row[] = [
    // a range of a treaty's part (up to 40 articles: TRIPS Part III)
    ['Articles 41 through 61 of the TRIPS Agreement', Array.from({ length: 21 }, (_, i) => [`wto-trips:${41 + i}`, 'Articles 41 through 61 of the TRIPS Agreement'] as [string, string])],
    // parts in brackets after the article
    ['Article 50 (paragraphs 1 and 2) of TRIPS', [['wto-trips:50/1', 'Article 50 (paragraphs 1 and 2) of TRIPS'], ['wto-trips:50/2', 'Article 50 (paragraphs 1 and 2) of TRIPS']]],
    ['Article 1252 (para. 5) of the Civil Code', [['ru-civil-code:1252/5', 'Article 1252 (para. 5) of the Civil Code']]],
    // abbreviations: "WPR", "CCRF"
    ['paragraph 1339 of the WPR', [['wto-wpr-rus:1339', 'paragraph 1339 of the WPR']]],
    ['Art. 1519 of the Civil Code of the Russian Federation (CCRF); Art. 1515 CCRF',
      [['ru-civil-code:1519', 'Art. 1519 of the Civil Code of the Russian Federation'], ['ru-civil-code:1515', 'Art. 1515 CCRF']]],
    // a Latin ordinal after a full stop
    ['ст. 10.bis Парижской конвенции', [['paris-convention:10bis', 'ст. 10.bis Парижской конвенции']]],
    // a presidential decree by its title, and its items as articles
    ['указ президента РФ «Об утверждении Перечня сведений конфиденциального характера»',
      [['ru-ukaz-188-1997', 'указ президента РФ «Об утверждении Перечня сведений конфиденциального характера»']]],
    ['пункт 3 Указа Президента Российской Федерации от 6 марта 1997 г. № 188',
      [['ru-ukaz-188-1997:3', 'пункт 3 Указа Президента Российской Федерации от 6 марта 1997 г. № 188']]],
    ['Item 1 of Presidential Decree No. 188 of 6 March 1997', [['ru-ukaz-188-1997:1', 'Item 1 of Presidential Decree No. 188 of 6 March 1997']]],
    ['Указ № 188', []],
    // the ratifying law, the Protocol and the Marrakesh Agreement named in its title
    ['Федеральный закон от 21.07.2012 № 126-ФЗ «О ратификации Протокола о присоединении Российской Федерации к Марракешскому соглашению об учреждении Всемирной торговой организации от 15 апреля 1994 г.»',
      [['ru-fl-126-fz-2012', 'Федеральный закон от 21.07.2012 № 126-ФЗ'], ['wto-protocol-rus', 'Протокола о присоединении Российской Федерации'],
        ['wto-agreement', 'Марракешскому соглашению об учреждении Всемирной торговой организации']]],
    // negatives: foreign and EU law, US sections, case numbers, Plenum rulings and information letters
    ['Section 301 of the Trade Act of 1974; Section 1201 of the DMCA; 17 U.S.C. § 512(c)', []],
    ['Article 8 of the Enforcement Directive 2004/48/EC; Article L.335-2 of the French Intellectual Property Code', []],
    ['по делу № А40-1252/2018 (ст. 1252)', []],
    ['п. 55 Постановления Пленума ВС РФ от 23.04.2019 № 10; п. 5 Информационного письма Президиума ВАС РФ от 13.12.2007 № 122', []],
    ['Определение ВС РФ от 20.04.2017 № 305-ЭС16-19063, с. 5', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});
