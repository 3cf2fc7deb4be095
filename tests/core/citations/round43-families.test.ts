// Table tests for the families of forms rounds 42–43 of the external gold showed once run (then read and added to
// dev): a statute's table of contents cites nothing ("Section II. Copyright (Articles 5 - 34)"), «Положение о
// пошлинах» as the fee schedule of its era (1993's or 2008's), acts of the 1990s in capitals and with two-digit years
// («УКАЗА Президента РФ от 11.09.97 N 1008»), a translator's "Russian Federation Act … No. 3520-I", "the GATT-TRIPS",
// «статьи 5 Протокола» as the protocol named before, and registry breadth (the health laws of 1993 and 2011, the
// Software Law by its English names, the U.S.-Russian Trade Agreement of 1992).
import { describe, expect, it } from 'vitest';
import { cite, citeTable as table } from './helpers.js';

describe('Russian forms', () => {
  table([
    ['пункт 7 Положения о пошлинах', [['ru-gov-793-1993:7', 'пункт 7 Положения о пошлинах']]],
  ], 'ru', '1997-08-20');
  table([
    ['п. 1 Положения о пошлинах', [['ru-gov-941-2008:1', 'п. 1 Положения о пошлинах']]],
    // the Eurasian Patent Organization's own (registered since round 74)
    ['п. 1 Положения о пошлинах Евразийской патентной организации', [['eapo-fees-statute', 'Положения о пошлинах Евразийской патентной организации']]],
    ['во исполнение УКАЗА Президента РФ от 11.09.97 N 1008 и ПОСТАНОВЛЕНИЕМ Правительства РФ от 22.08.2003 N 519',
      [['ru-ukaz-1008-1997', 'УКАЗА Президента РФ от 11.09.97 N 1008'], ['ru-gov-519-2003', 'ПОСТАНОВЛЕНИЕМ Правительства РФ от 22.08.2003 N 519']]],
    ['Федеральный закон от 19.07.95 N 110-ФЗ', [['ru-fl-110-fz-1995', 'Федеральный закон от 19.07.95 N 110-ФЗ']]],
    ['Россия присоединилась к Протоколу к Мадридскому соглашению. Согласно подпунктам "b" и "c" пункта 2 статьи 5 Протокола срок продлен.',
      [['madrid-protocol', 'Протоколу к Мадридскому соглашению'], ['madrid-protocol:5/2/b', 'подпунктам "b" и "c" пункта 2 статьи 5 Протокола'], ['madrid-protocol:5/2/c', 'подпунктам "b" и "c" пункта 2 статьи 5 Протокола']]],
    ['Федеральный закон «Об основах охраны здоровья граждан в Российской Федерации»', [['ru-fl-323-fz-2011', 'Федеральный закон «Об основах охраны здоровья граждан в Российской Федерации»']]],
  ], 'ru', '2020-01-01');
});

describe('English forms', () => {
  table([
    ['Russian Federation Act of 23 September 1992 No. 3520-I on trademarks', [['ru-law-3520-1-1992', 'Act of 23 September 1992 No. 3520-I']]],
    // any other act
    ['the Act No. 5 of Ukraine', []],
    ['Article 39.3 of the GATT-TRIPS', [['wto-trips:39/3', 'Article 39.3 of the GATT-TRIPS']]],
    ['the law on the Legal Protection of Computer Programs and Databases', [['ru-law-3523-1-1992', 'law on the Legal Protection of Computer Programs']]],
    ['the U.S.-Russian Trade Agreement of 1992', [['us-ru-trade-agreement-1992', 'U.S.-Russian Trade Agreement']]],
    ["Fundamentals of the Legislation of the Russian Federation on the Protection of Citizens' Health", [['ru-law-5487-1-1993', "Fundamentals of the Legislation of the Russian Federation on the Protection of Citizens' Health"]]],
  ], 'en', '1998-01-01');
});

describe("a statute's table of contents", () => {
  it('cites nothing; its articles below are read as ever', () => {
    const text = 'LAW OF THE RUSSIAN FEDERATION ON COPYRIGHT AND NEIGHBOURING RIGHTS\n\nSection I. General Provisions (Articles 1 - 4)\n\nSection II. Copyright (Articles 5 - 34)\n\nArticle 2. Legislation\n\nThe legislation consists of the Civil Code, of this Law and of Article 5 of this Law.';
    const keys = cite(text, { lang: 'en', selfInstrument: 'ru-law-5351-1-1993' }).map(([k]) => k);
    expect(keys.filter((k) => /^ru-law-5351-1-1993:(?:[1-4]|[6-9]|[12]\d|3[0-4])$/.test(k))).toEqual([]);
    expect(keys).toContain('ru-law-5351-1-1993:5');
  });
});
