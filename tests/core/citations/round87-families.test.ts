// Table tests for what rounds 85–87 (patent and trademark office practice; sanctions compliance and regional acts;
// platform rules and blocking notices) showed once run and read: decrees "of the Russian President", a date's comma
// without its space, "the Federal Act … No. 149-ФЗ", a title cut with an ellipsis, the countersanctions and cash
// registers laws, a bare number of a law the text names by its words, lists of rules, nothing inside a web address.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Acts as sanctions compliance notes cite them', () => {
  table([
    ['Decree of the Russian President No. 592 dated 22 October 2018 applies.', [['ru-ukaz-592-2018', 'Decree of the Russian President No. 592 dated 22 October 2018']]],
    ['Presidential Decree №430 of July 5,2022 applies.', [['ru-ukaz-430-2022', 'Presidential Decree №430 of July 5,2022']]],
    ['Federal Law “On Measures (Countermeasures) in Response to Unfriendly Actions of the USA and/or Other Foreign States” (Federal Law 127-ФЗ, the Law on Countersanctions).',
      [['ru-fl-127-fz-2018', 'Federal Law “On Measures (Countermeasures) in Response to Unfriendly Actions of the USA'], ['ru-fl-127-fz-2018', 'Federal Law 127-ФЗ'], ['ru-fl-127-fz-2018', 'Law on Countersanctions']]],
    // (the number alone, with no law of that number named by its words, is still the one texts cite it for)
    ['Federal Law 127-ФЗ governs insolvency.', [['ru-fl-127-fz-2002', 'Federal Law 127-ФЗ']]],
  ], 'en', '2018-07-01');
});

describe('Platform terms and blocking notices', () => {
  table([
    ['Article 10.2 of the Federal Act of the Russian Federation No. 149-ФЗ dated 27.07.2006 applies.',
      [['ru-fl-149-fz-2006:10.2', 'Article 10.2 of the Federal Act of the Russian Federation No. 149-ФЗ dated 27.07.2006']]],
    ['Article 15.2 of the Federal Law “On Information ...” applies.', [['ru-fl-149-fz-2006:15.2', 'Article 15.2 of the Federal Law “On Information ...”']]],
    // ("Federal Act" only before a Russian federal law's number)
    ['The Swiss Federal Act No. 235 of 19 June 1992 on Data Protection.', []],
    // (nothing inside a web address)
    ['See http://pravo.gov.ru/proxy/ips/?docbody=&nd=102049359&intelsearch=125-FZ for the text.', []],
  ], 'en', '2017-06-01');
  table([
    ['Продавец применяет ККТ согласно Федеральному закону № 54-ФЗ «О применении контрольно-кассовой техники при осуществлении расчетов».',
      [['ru-fl-54-fz-2003', 'Федеральному закону № 54-ФЗ']]],
  ], 'ru', '2020-01-01');
});

describe("Lists of a Regulations' rules", () => {
  table([
    ['Rules 53, 48 and 16 of Patent Regulations under the Eurasian Patent Convention apply.', [
      ['eurasian-patent-regulations:16', 'Rules 53, 48 and 16 of Patent Regulations under the Eurasian Patent Convention'],
      ['eurasian-patent-regulations:48', 'Rules 53, 48 and 16 of Patent Regulations under the Eurasian Patent Convention'],
      ['eurasian-patent-regulations:53', 'Rules 53, 48 and 16 of Patent Regulations under the Eurasian Patent Convention'],
      ['eurasian-patent-convention', 'Patent Regulations under the Eurasian Patent Convention'],
    ]],
    ['Under PCT Rules 4.1 and 51bis the Office may ask.', [['wipo-pct-regulations:4.1', 'Rules 4.1 and 51bis'], ['wipo-pct-regulations:51bis', 'Rules 4.1 and 51bis']]],
  ], 'en');
  table([
    ['согласно правилами 63, 67 и 68 Патентной инструкции к ЕАПК', [
      ['eurasian-patent-regulations:63', 'правилами 63, 67 и 68 Патентной инструкции'],
      ['eurasian-patent-regulations:67', 'правилами 63, 67 и 68 Патентной инструкции'],
      ['eurasian-patent-regulations:68', 'правилами 63, 67 и 68 Патентной инструкции'],
      ['eurasian-patent-convention', 'ЕАПК'],
    ]],
  ], 'ru');
});
