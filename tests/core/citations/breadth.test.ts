// Table tests for citation forms beyond the texts the engine was developed on (Consultant/Garant Russian, law-firm,
// WTO and USTR English): each row is a form a family claims.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const RU = { lang: 'ru' } as const;
const EN = { lang: 'en' } as const;

const russian: Row[] = [
  ['абз. 2 п. 1 ст. 1252 ГК РФ', [['ru-civil-code:1252/1', 'абз. 2 п. 1 ст. 1252 ГК РФ']]],
  ['пп. 1 п. 2 ст. 1270 ГК РФ', [['ru-civil-code:1270/2/1', 'пп. 1 п. 2 ст. 1270 ГК РФ']]],
  ['п.п. 1, 2 ст. 1229 ГК РФ', [['ru-civil-code:1229/1', 'п.п. 1, 2 ст. 1229 ГК РФ'], ['ru-civil-code:1229/2', 'п.п. 1, 2 ст. 1229 ГК РФ']]],
  ['ст.ст. 1229, 1270 ГК', [['ru-civil-code:1229', 'ст.ст. 1229, 1270 ГК'], ['ru-civil-code:1270', 'ст.ст. 1229, 1270 ГК']]],
  ['статей 1229 и 1270 ГК РФ', [['ru-civil-code:1229', 'статей 1229 и 1270 ГК РФ'], ['ru-civil-code:1270', 'статей 1229 и 1270 ГК РФ']]],
  ['ч.1 ст.146 УК', [['ru-criminal-code:146/1', 'ч.1 ст.146 УК']]],
  ['ст. 7.12 КоАП', [['ru-admin-code:7.12', 'ст. 7.12 КоАП']]],
  ['гл. 70 ГК РФ', [['ru-civil-code', 'гл. 70 ГК РФ']]],
  ['главой 70 Гражданского кодекса Российской Федерации', [['ru-civil-code', 'главой 70 Гражданского кодекса Российской Федерации']]],
  ['пункт 1339 Доклада Рабочей группы', [['wto-wpr-rus:1339', 'пункт 1339 Доклада Рабочей группы']]],
  ['Федеральный закон от 02.07.2013 № 187-ФЗ', [['ru-fl-187-fz-2013', 'Федеральный закон от 02.07.2013 № 187-ФЗ']]],
  ['Федеральный закон № 187-ФЗ от 02.07.2013', [['ru-fl-187-fz-2013', 'Федеральный закон № 187-ФЗ от 02.07.2013']]],
  ['187-ФЗ от 02.07.2013', [['ru-fl-187-fz-2013', '187-ФЗ от 02.07.2013']]],
  ['Федеральным законом от 24 ноября 2014 г. N 364-ФЗ', [['ru-fl-364-fz-2014', 'Федеральным законом от 24 ноября 2014 г. N 364-ФЗ']]],
  ['ФЗ от 28.12.2013 г. № 431-ФЗ', [['ru-fl-431-fz-2013', 'ФЗ от 28.12.2013 г. № 431-ФЗ']]],
  ['ч. 3 ст. 1252 ГК РФ не применяется', [['ru-civil-code:1252/3', 'ч. 3 ст. 1252 ГК РФ']]],
  ['ст. 1301 ГК РФ, ст. 1311 ГК РФ', [['ru-civil-code:1301', 'ст. 1301 ГК РФ'], ['ru-civil-code:1311', 'ст. 1311 ГК РФ']]],
  ['ст. 12 Бернской конвенции', [['berne-convention:12', 'ст. 12 Бернской конвенции']]],
  ['статьи 41 Соглашения ТРИПС', [['wto-trips:41', 'статьи 41 Соглашения ТРИПС']]],
  // never: dates, amounts, case, registration and gazette numbers
  ['решение от 10.12.2020 по делу № 12-295/2020, штраф 10 000 руб.', []],
  ['СЗ РФ, 2006, № 52, ст. 5496', []],
];

const english: Row[] = [
  ['Art. 1229 of the RF Civil Code', [['ru-civil-code:1229', 'Art. 1229 of the RF Civil Code']]],
  ['Civil Code of the RF, Art. 1229', [['ru-civil-code:1229', 'Art. 1229']]],
  ['Clause 3 of Article 1252 of the Civil Code', [['ru-civil-code:1252/3', 'Clause 3 of Article 1252 of the Civil Code']]],
  ['Sub-clause 1 of Clause 2 of Article 1270 of the Civil Code', [['ru-civil-code:1270/2/1', 'Sub-clause 1 of Clause 2 of Article 1270 of the Civil Code']]],
  ['Paragraph 4 of Article 1515 of the Civil Code', [['ru-civil-code:1515/4', 'Paragraph 4 of Article 1515 of the Civil Code']]],
  ['Articles 1301, 1311 and 1515 of the Civil Code', [
    ['ru-civil-code:1301', 'Articles 1301, 1311 and 1515 of the Civil Code'], ['ru-civil-code:1311', 'Articles 1301, 1311 and 1515 of the Civil Code'],
    ['ru-civil-code:1515', 'Articles 1301, 1311 and 1515 of the Civil Code']]],
  ['Art.1301 CC RF', [['ru-civil-code:1301', 'Art.1301 CC RF']]],
  ['Chapter 70 of the Civil Code', [['ru-civil-code', 'Chapter 70 of the Civil Code']]],
  ['the RF Code of Administrative Offences', [['ru-admin-code', 'RF Code of Administrative Offences']]],
  ['Article 7.12 CAO', [['ru-admin-code:7.12', 'Article 7.12 CAO']]],
  ['Article 7.12 of the CAO RF', [['ru-admin-code:7.12', 'Article 7.12 of the CAO RF']]],
  ['TRIPS Art. 41', [['wto-trips:41', 'Art. 41']]],
  ['Article 61 of TRIPS', [['wto-trips:61', 'Article 61 of TRIPS']]],
  ['Article 61 of the TRIPS Agreement', [['wto-trips:61', 'Article 61 of the TRIPS Agreement']]],
  ['the Berne Convention, Art. 9(2)', [['berne-convention:9/2', 'Art. 9(2)']]],
  ['WT/ACC/RUS/70, para 1339', [['wto-wpr-rus:1339', 'para 1339']]],
  ['paragraph 1339 of the Working Party Report', [['wto-wpr-rus:1339', 'paragraph 1339 of the Working Party Report']]],
  ['Federal Law of July 2, 2013 No. 187-FZ', [['ru-fl-187-fz-2013', 'Federal Law of July 2, 2013 No. 187-FZ']]],
  ['Law No. 187-FZ dated 02.07.2013', [['ru-fl-187-fz-2013', 'Law No. 187-FZ dated 02.07.2013']]],
  ['Federal Law No. 187-FZ of 2 July 2013', [['ru-fl-187-fz-2013', 'Federal Law No. 187-FZ of 2 July 2013']]],
  ['Federal Law No. 364-FZ dated November 24, 2014', [['ru-fl-364-fz-2014', 'Federal Law No. 364-FZ dated November 24, 2014']]],
  ['Part 2 of Article 146 of the Criminal Code', [['ru-criminal-code:146/2', 'Part 2 of Article 146 of the Criminal Code']]],
  ['Article 146(2) of the Criminal Code', [['ru-criminal-code:146/2', 'Article 146(2) of the Criminal Code']]],
  // never: dates, amounts, page and case numbers
  ['On July 2, 2013 the court fined it RUB 100,000 (case No. A40-12345/2013, p. 12).', []],
];

describe('breadth', () => {
  it.each(russian)('ru: %j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
  it.each(english)('en: %j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
});
