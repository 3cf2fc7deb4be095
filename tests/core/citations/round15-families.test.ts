// Table tests for the families of forms round 15 of the external gold showed: "Article N of this law", a dated name
// settled by the number written after it, titles and variants of treaties and laws, the TRIPS Council (no citation),
// "чч.", "§ 1218 ДРГ", and a government order cited alone in Russian.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';


describe('"this law", and a dated name settled by its number', () => {
  table([
    ['The Code of Administrative Offenses applies. There is a Federal Law “On Customs Regulation” (311-FZ). Article 183 of this law provides for liability.',
      [['ru-admin-code', 'Code of Administrative Offenses'], ['ru-fl-311-fz-2010', 'Federal Law “On Customs Regulation” (311-FZ'], ['ru-fl-311-fz-2010:183', 'Article 183 of this law']]],
    // "this law" with no law named before says nothing
    ['The Civil Code applies. Article 5 of this law is strict.', [['ru-civil-code', 'Civil Code']]],
  ], 'en');
});

describe('treaties and laws by their other titles', () => {
  table([
    ['Article 15(2) of the UPOV 1991 Convention', [['upov-convention:15/2', 'Article 15(2) of the UPOV 1991 Convention']]],
    ['the Protocol to the Madrid Agreement', [['madrid-protocol', 'Protocol to the Madrid Agreement']]],
    ['the Federal Law on Drug Circulation', [['ru-fl-61-fz-2010', 'Federal Law on Drug Circulation']]],
    ['the Federal Law on the Protection of Selection Achievements', [['ru-law-5605-1-1993', 'Federal Law on the Protection of Selection Achievements']]],
    ['Federal Law No. 281-FZ "On Special Economic and Coercive Measures"', [['ru-fl-281-fz-2006', 'Federal Law No. 281-FZ']]],
    ['unlike the European Patent Convention', [['european-patent-convention', 'European Patent Convention']]],
    // the WTO body is no citation of the agreement
    ['notified to the Council for TRIPS; Minutes of the TRIPS Council', []],
  ], 'en');
  table([
    ['присоединение к договору Всемирной организации интеллектуальной собственности (ВОИС) по авторскому праву и договору ВОИС об исполнениях и фонограммах',
      [['wipo-wct', 'договору Всемирной организации интеллектуальной собственности (ВОИС) по авторскому праву'], ['wipo-wppt', 'договору ВОИС об исполнениях и фонограммах']]],
    // the plural is treaties of a kind
    ['международные договоры о патентной кооперации', []],
  ], 'ru');
});

describe('Russian parts, report paragraphs and orders', () => {
  table([
    // (the code, with words between, is named on its own too: round51-families)
    ['УК РФ содержит в чч.2-3 ст.146 санкции', [['ru-criminal-code', 'УК РФ'], ['ru-criminal-code:146/2', 'чч.2-3 ст.146'], ['ru-criminal-code:146/3', 'чч.2-3 ст.146']]],
    ['Согласно § 1218 ДРГ Российской Федерации обязательства', [['wto-wpr-rus:1218', '§ 1218 ДРГ Российской Федерации']]],
    ['Правительство РФ издало распоряжение № 3718-р (далее "Распоряжение") 31 декабря 2020 г. Распоряжение действует год.',
      [['ru-gov-3718-r-2020', 'распоряжение № 3718-р'], ['ru-gov-3718-r-2020', 'Распоряжение']]],
  ], 'ru');
});
