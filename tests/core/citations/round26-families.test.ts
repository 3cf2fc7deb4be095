// Table tests for the families of forms round 26 of the external gold showed: "Special 301" in a sentence about the
// United States (a US instrument's name is no Russian nickname to drop there); lists joined by "&" ("Articles 18 & 26");
// the TRIPS amendment Protocol «об изменении Соглашения по торговым аспектам …»; «информтехнологиях».
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('round 26', () => {
  table([
    ['Whereas Russia remains on the Special 301 Priority Watch List compiled by the United States Trade Representative (USTR)', [['us-special-301', 'Special 301']]],
    // a Russian law's nickname in a sentence about the United States stays that state's
    ['In the United States, Trade Secret Law protects know-how.', []],
    ['Civil Code of the Russian Federation: Chapter 3, Articles 18 & 26', [
      ['ru-civil-code', 'Civil Code of the Russian Federation'], ['ru-civil-code:18', 'Articles 18 & 26'], ['ru-civil-code:26', 'Articles 18 & 26']]],
  ], 'en');
  table([
    ['ратификация Протокола об изменении Соглашения по торговым аспектам прав интеллектуальной собственности и поправки к закону «Об информации, информтехнологиях и о защите информации»', [
      ['wto-trips-amendment-protocol-2005', 'Протокола об изменении Соглашения по торговым аспектам прав интеллектуальной собственности'],
      ['ru-fl-149-fz-2006', 'закону «Об информации, информтехнологиях и о защите информации»']]],
  ], 'ru');
});
