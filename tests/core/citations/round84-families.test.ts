// Table tests for what rounds 82–84 (legislative materials; NGO, human-rights and international organisations' reports;
// teaching and assessment materials) showed once run and read: treaties human-rights texts cite, the foreign agents law
// by its names and era, a dotted article before a bare code abbreviation, "the Trips Agreement", "the TEAEU", British
// spellings of a law's title.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Treaties texts on Russian law cite beside it', () => {
  table([
    ['See Article 102 of the United Nations Charter.', [['un-charter:102', 'Article 102 of the United Nations Charter']]],
    ['Russia is party to the International Covenant on Civil and Political Rights.', [['un-iccpr-1966', 'International Covenant on Civil and Political Rights']]],
    ['The Anti-Counterfeiting Trade Agreement (ACTA) was signed in 2011; ACTA never entered into force.',
      [['acta', 'Anti-Counterfeiting Trade Agreement'], ['acta', 'ACTA']]],
    ['The syllabus covers GATT, TRIPS and TRIMS.', [['wto-gatt-1994', 'GATT'], ['wto-trips', 'TRIPS'], ['wto-trims', 'TRIMS']]],
    // (a test's title case; never a bare "trips")
    ['Which of these is covered by the Trips Agreement? School trips are not.', [['wto-trips', 'Trips Agreement']]],
    ['Amending the TEAEU takes a protocol.', [['eaeu-treaty', 'TEAEU']]],
  ], 'en');
  table([
    ['ст. 1-19 РКНМ', Array.from({ length: 19 }, (_, i) => [`coe-convention-157:${i + 1}`, 'ст. 1-19 РКНМ'] as [string, string]).sort((a, b) => (a[0] < b[0] ? -1 : 1))],
    ['положения Рамочной конвенции о защите национальных меньшинств', [['coe-convention-157', 'Рамочной конвенции о защите национальных меньшинств']]],
  ], 'ru');
});

describe("The foreign agents law by its names: No. 121-FZ of 2012 until No. 255-FZ of 2022 replaced it", () => {
  table([
    ['In Russia the “Foreign Agents” Law of 2012 and the law on foreign agents were applied.',
      [['ru-fl-121-fz-2012', '“Foreign Agents” Law'], ['ru-fl-121-fz-2012', 'law on foreign agents']]],
    // (never another state's: the United States' is its registration act)
    ['The foreign agents law of the United States dates from 1938.', []],
  ], 'en', '2013-05-01');
  table([['In Russia the foreign agents law was tightened again.', [['ru-fl-255-fz-2022', 'foreign agents law']]]], 'en', '2024-05-01');
  table([['Закон об «иностранных агентах» применяется к НКО.', [['ru-fl-121-fz-2012', 'Закон об «иностранных агентах»']]]], 'ru', '2015-05-01');
});

describe("A dotted article's number before a code's bare abbreviation", () => {
  table([
    ['Задержанных судили по 20.29 КоАП.', [['ru-admin-code:20.29', '20.29 КоАП']]],
    ['По 282.3 УК возбуждено дело.', [['ru-criminal-code:282.3', '282.3 УК']]],
    // (a whole number before a bare «УК» may count management companies: never an article; the abbreviation alone is
    // still read as the code, as it was before)
    ['В городе работают 3 УК.', [['ru-criminal-code', 'УК']]],
  ], 'ru');
});

describe("A law's title in British spelling", () => {
  table([
    ['The Federal Law "On Non-Commercial Organisations" applies.', [['ru-fl-7-fz-1996', 'Federal Law "On Non-Commercial Organisations"']]],
  ], 'en');
});
