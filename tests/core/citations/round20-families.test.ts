// Table tests for the families of forms round 20 of the external gold showed: a government's "Order no. 1767" (a
// translation's word for a resolution) and "Decree No. 3718-p" (a Latin "p" for "р"); a registered act's number alone
// in a sentence giving two years; "article 31 of the 1994 TRIPS Agreement" and "of Russia’s Administrative Offense
// Code"; a code named inside a resolution's title; "под эту статью"; "постановление от 29 марта 2022 года №506".
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe("a government's acts as translations name them", () => {
  table([
    ['On 18 October 2021, the Government issued Order no. 1767 laying down the method of calculation.', [['ru-gov-1767-2021', 'Order no. 1767']]],
    ['On 31 December 2020, the Russian government issued Decree No. 3718-p which allows the company to use six patents.', [['ru-gov-3718-r-2020', 'Decree No. 3718-p']]],
    // two years in the sentence: the one registered act of that number
    ['On January 31, 2020, the Russian Government issued Order No. 3718-r, which allows it until January 1, 2022.', [['ru-gov-3718-r-2020', 'Order No. 3718-r']]],
    ['On March 6 the Russian Federation issued Decree No. 299, under which owners of patents get nothing.', [['ru-gov-299-2022', 'Decree No. 299']]],
    // a ministry's order is no government's
    ['The Ministry issued Order No. 15 in 2020, and the Government agreed.', []],
  ], 'en', '2022-05-01');
  table([
    ['Правительство России приняло постановление от 29 марта 2022 года №506 «О товарах (группах товаров), в отношении которых не могут применяться отдельные положения Гражданского кодекса Российской Федерации о защите исключительных прав».',
      [['ru-gov-506-2022', 'постановление от 29 марта 2022 года №506 «О товарах (группах товаров), в отношении которых не могут применяться отдельные положения'],
        ['ru-civil-code', 'Гражданского кодекса Российской Федерации']]],
  ], 'ru');
});

describe('an instrument after a year or a possessive', () => {
  table([
    ['the right provided by article 1360 of the Russian Civil Code and article 31 of the 1994 TRIPS Agreement',
      [['ru-civil-code:1360', 'article 1360 of the Russian Civil Code'], ['wto-trips:31', 'article 31 of the 1994 TRIPS Agreement']]],
    ['under Article 7.12 (Part 1) of Russia’s Administrative Offense Code', [['ru-admin-code:7.12/1', 'Article 7.12 (Part 1) of Russia’s Administrative Offense Code']]],
  ], 'en');
});

describe('a demonstrative "эту статью" outside a statute', () => {
  table([
    ['6 января 2012 г. вступили в силу поправки в ст. 146 Уголовного кодекса. Ранее под эту статью попадали распространители.',
      [['ru-criminal-code:146', 'ст. 146 Уголовного кодекса'], ['ru-criminal-code:146', 'эту статью']]],
    // a paper speaking of itself
    ['В этой статье мы рассмотрим ст. 146 УК РФ.', [['ru-criminal-code:146', 'ст. 146 УК РФ']]],
  ], 'ru');
});
