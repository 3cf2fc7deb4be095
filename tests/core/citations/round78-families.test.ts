// Table tests for forms read from rounds 76–78 (organisations' regulations and policies, contract and procurement
// documents, tax, accounting and customs practice) after their one run: presidential decrees with the issuer after the
// number or without "the", a law's title as translations word it, a range of bracketed parts, a trailing paragraph
// before a footnote's stop, a code's abbreviation then the number, a paragraph between sub-items and their item, the
// WTO and Customs Union customs valuation agreements, a federal law with its date left out and a spaced dash, a short
// form defined after a semicolon, "Part 3 of this norm", Russia's tax treaties with the UK, Cyprus and Germany, a
// sub-paragraph's Latin letter closed by a bracket.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe("Organisations' regulations and policies (round 76)", () => {
  table([
    // (an anti-corruption policy: the approving decree named with "Decree of President", the law by a translated title)
    ['The company, implementing the National Strategy (approved by Decree of President of the Russian Federation № 460 dated April 13, 2010), affirms this policy.',
      [['ru-ukaz-460-2010', 'Decree of President of the Russian Federation № 460 dated April 13, 2010']]],
    ['The Regulation follows Decree No. 378 dated 29.06.2018 of the President of the Russian Federation “On Anti-Corruption National Plan for 2018–2020”.',
      [['ru-ukaz-378-2018', 'Decree No. 378 dated 29.06.2018 of the President of the Russian Federation']]],
    // (never another state's president)
    ['It follows Decree No. 378 dated 29.06.2018 of the President of Ukraine.', []],
    ['Taking into account the Federal Law № 273-FZ «On Preventing Corruption» (the «Anti-corruption Law») dated 25.12.2008, the company acts.',
      [['ru-fl-273-fz-2008', 'Federal Law № 273-FZ']]],
    // (the 2012 education law of the same number keeps its own date)
    ['Federal Law № 273-FZ of 29.12.2012 «On Education in the Russian Federation» applies to the university.',
      [['ru-fl-273-fz-2012', 'Federal Law № 273-FZ of 29.12.2012']]],
  ], 'en');
  table([
    // (a library's copying rules: the date left out, a spaced dash before ФЗ)
    ['Правила разработаны в соответствии с Федеральный закон от № 78 — ФЗ «О библиотечном деле».',
      [['ru-fl-78-fz-1994', 'Федеральный закон от № 78 — ФЗ']]],
    // (a decision record's link words: the code's abbreviation, then the article's number)
    ['Программы охраняются как литературные произведения ([ГК РФ 1261](https://www.consultant.ru/document/cons_doc_LAW_64629/)), а открытая лицензия — по ГК РФ 1286.1 — заключается в упрощённом порядке.',
      [['ru-civil-code:1261', 'ГК РФ 1261'], ['ru-civil-code:1286.1', 'ГК РФ 1286.1']]],
    // (never a year, a number a word follows, or one past the code's articles)
    ['Изменения в ГК РФ 2008 г. и ГК РФ 10 лет спустя; ГК РФ 1999.', [['ru-civil-code', 'ГК РФ'], ['ru-civil-code', 'ГК РФ'], ['ru-civil-code', 'ГК РФ']]],
  ], 'ru');
});

describe('Contract and procurement documents (round 77)', () => {
  table([
    // (a patent firm's guide to a trademark licence: a range of bracketed parts inside a list of articles)
    ['The licence is governed by Articles 1232, 1233(1) to (3), 1235 to 1238 and 1490 of Part IV of the Civil Code.',
      [
        ...['1232', '1233/1', '1233/2', '1233/3', '1235', '1236', '1237', '1238', '1490'].map((k) => [`ru-civil-code:${k}`, 'Articles 1232, 1233(1) to (3), 1235 to 1238 and 1490 of Part IV of the Civil Code'] as [string, string]),
      ]],
    ['See Article 1515(1)-(3) of the Civil Code.',
      [['ru-civil-code:1515/1', 'Article 1515(1)-(3) of the Civil Code'], ['ru-civil-code:1515/2', 'Article 1515(1)-(3) of the Civil Code'], ['ru-civil-code:1515/3', 'Article 1515(1)-(3) of the Civil Code']]],
    // (a procurement guide: a part of "this norm", the article cited just before)
    ['Under Part 1 of Article 14 of Federal Law No. 44-FZ the national regime applies. Part 3 of this norm lets the Government ban foreign software.',
      [['ru-fl-44-fz-2013:14/1', 'Part 1 of Article 14 of Federal Law No. 44-FZ'], ['ru-fl-44-fz-2013:14/3', 'Part 3 of this norm']]],
    // (a bare "This norm" is as often a rule's: no reference)
    ['Under Article 14 of Federal Law No. 44-FZ the national regime applies. This norm of business ethics is old.',
      [['ru-fl-44-fz-2013:14', 'Article 14 of Federal Law No. 44-FZ']]],
  ], 'en');
  table([
    // (a short form defined after a semicolon inside the citation's brackets is no citation of its own)
    ['Участник должен обладать правами (п. 8 ч. 1 ст. 31 Федерального закона от 5 апреля 2013 г. № 44-ФЗ “О контрактной системе в сфере закупок товаров, работ, услуг для обеспечения государственных и муниципальных нужд”; далее – Закон № 44-ФЗ).',
      [['ru-fl-44-fz-2013:31/1/8', 'п. 8 ч. 1 ст. 31 Федерального закона от 5 апреля 2013 г. № 44-ФЗ']]],
  ], 'ru');
});

describe('Tax, accounting and customs practice (round 78)', () => {
  table([
    // (a book's footnote: the paragraph after the article, then the footnote's stop)
    ['Footnotes 1 Civil Code of the Russian Federation, Art. 1225 paragraph 1. 2 See below.',
      [['ru-civil-code:1225/1', 'Art. 1225 paragraph 1']]],
    ['Royalties are added under Item 7 of Part 1 of Article 5 of the Agreement between the governments of Russia, Belarus and Kazakhstan of January 25, 2008 "On the Determination of the Customs Value of Goods Transported through the Customs Border of the Customs Union".',
      [['cu-customs-valuation-agreement-2008:5/1/7', 'Item 7 of Part 1 of Article 5 of the Agreement between the governments of Russia, Belarus and Kazakhstan of January 25, 2008 "On the Determination of the Customs Value of Goods Transported through the Customs Border of the Customs Union']]],
    ['Article 8.1 of the WTO Customs Valuation Agreement adds royalties to the price.',
      [['wto-customs-valuation-agreement:8/1', 'Article 8.1 of the WTO Customs Valuation Agreement']]],
    // (Russia's tax treaties, each by its partner)
    ['The royalties are exempt under the double tax treaty between Russia and the UK, and the Cyprus-Russia Double Taxation Convention applies to the licensor.',
      [['uk-ru-double-taxation-convention-1994', 'double tax treaty between Russia and the UK'], ['cy-ru-double-taxation-convention-1998', 'Cyprus-Russia Double Taxation Convention']]],
    // (never a treaty whose partner is not named: "the double tax treaty" alone)
    ['The double tax treaty reduces the rate to 5 per cent.', []],
  ], 'en');
  table([
    // (a paragraph of the item the sub-items stand in, which keys do not carry)
    ['Срок определяется согласно пп. 1 - 3, 5, 6 абз. 3 п. 3 ст. 257 НК РФ.',
      ['1', '2', '3', '5', '6'].map((n) => [`ru-tax-code:257/3/${n}`, 'пп. 1 - 3, 5, 6 абз. 3 п. 3 ст. 257 НК РФ'] as [string, string])],
    ['Норма закреплена в Соглашении по применению статьи VII Генерального соглашения по тарифам и торговле 1994 года, в соответствии с пунктом 1 статьи 8 которого добавляются роялти.',
      [['wto-customs-valuation-agreement', 'Соглашении по применению статьи VII Генерального соглашения по тарифам и торговле 1994 года'], ['wto-customs-valuation-agreement:8/1', 'пунктом 1 статьи 8']]],
    // (a ministry's letter: the treaty by its words and its partner in the paragraph, then its articles by the defined
    // short form, a sub-paragraph's Latin letter closed by a bracket)
    ['Между Российской Федерацией и Федеративной Республикой Германия действует соглашение об избежании двойного налогообложения в отношении налогов на доходы и имущество от 29 мая 1996 г. (далее - Соглашение). Согласно подпункту b) пункта 1 статьи 3 Соглашения термин "лицо" включает компании.',
      [['de-ru-double-taxation-convention-1996', 'соглашение об избежании двойного налогообложения в отношении налогов на доходы и имущество'], ['de-ru-double-taxation-convention-1996:3/1/b', 'подпункту b) пункта 1 статьи 3 Соглашения']]],
    // (another partner's treaty is none of these)
    ['Между Российской Федерацией и Республикой Индия действует соглашение об избежании двойного налогообложения.', []],
    ['См. статью 5 Соглашения об определении таможенной стоимости товаров, перемещаемых через таможенную границу таможенного союза.',
      [['cu-customs-valuation-agreement-2008:5', 'статью 5 Соглашения об определении таможенной стоимости товаров, перемещаемых через таможенную границу таможенного союза']]],
  ], 'ru');
});

describe("The review's counter-examples: what the new rules must not read", () => {
  table([
    // (a bare "this norm", a page number, a reversed or overlong range, a valuation agreement of shares, another state's law)
    ['Article 1229 of the Civil Code applies. In terms of this norm the author decides.', [['ru-civil-code:1229', 'Article 1229 of the Civil Code']]],
    ['Commentary to the Civil Code, Art. 1259, p. 45. 4 Ibid.', [['ru-civil-code:1259', 'Art. 1259']]],
    ['Article 1233(3) to (1) of the Civil Code applies.', [['ru-civil-code:1233/3', 'Article 1233(3) to (1) of the Civil Code']]],
    ['The parties signed a Valuation Agreement on 5 May 2020 under which the shares were priced.', []],
    ['The Agreement on Customs Valuation of the Eurasian Economic Union applies.', []],
    ["Ukraine's agency enforces the Law on Preventing Corruption; Article 45 applies.", []],
  ], 'en');
  table([
    // (a footnote's or a list's number after a code, a partner named after other words or in another sentence, a second
    // sub-item level after a paragraph)
    ['Это следует из ст. 1259 ГК РФ 12. Далее автор пишет.', [['ru-civil-code:1259', 'ст. 1259 ГК РФ']]],
    ['Список источников: 12. ГК РФ 130. НК РФ', [['ru-civil-code', 'ГК РФ'], ['ru-tax-code', 'НК РФ']]],
    ['С Республикой Индия действует соглашение об избежании двойного налогообложения, в отличие от Германии.', []],
    ['Компания из Германии получает доход. Статья 7 Соглашения об избежании двойного налогообложения между Россией и Нидерландами применяется.', []],
    // (two chains, the first borrowing the second's article, never one four-level key)
    ['Срок по пп. 1 абз. 2 пп. 3 п. 4 ст. 257 НК РФ.', [['ru-tax-code:257/1', 'пп. 1 абз. 2'], ['ru-tax-code:257/4/3', 'пп. 3 п. 4 ст. 257 НК РФ']]],
  ], 'ru');
});
