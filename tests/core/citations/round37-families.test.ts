// Table tests for the families of forms rounds 36–37 of the external gold showed once run (then read and added to
// dev): the Law on Protection of Competition by its unquoted short title («Статья 14 Закона о защите конкуренции»),
// a law or code named again by a demonstrative («п. 2 ст. 14 данного закона»), "anti-piracy law" in lower case
// (No. 187-FZ once passed), a government order by its "-r" number alone ("Order No. 3718-r (the "Order")").
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Russian forms', () => {
  table([
    ['Статьей 14.2 Закона о защите конкуренции запрещается. Согласно п. 2 ст. 14 данного закона так.',
      [['ru-fl-135-fz-2006:14.2', 'Статьей 14.2 Закона о защите конкуренции'], ['ru-fl-135-fz-2006:14/2', 'п. 2 ст. 14 данного закона']]],
    ['ФАС нашла нарушение закона о конкуренции.', [['ru-fl-135-fz-2006', 'закона о конкуренции']]],
    ['Согласно ст. 1270 ГК РФ, а также ст. 1229 указанного кодекса.',
      [['ru-civil-code:1270', 'ст. 1270 ГК РФ'], ['ru-civil-code:1229', 'ст. 1229 указанного кодекса']]],
    // another state's law of that title; a demonstrative with no provision is no reference
    ['В Германии закон о защите конкуренции (GWB) запрещает злоупотребление доминирующим положением.', []],
    ['Закон о защите конкуренции Республики Казахстан принят в 2022 году.', []],
    ['Этого закона хватит.', []],
  ], 'ru');
});

describe('English forms', () => {
  table([
    ["Russia's anti-piracy law came into force on August 1.", [['ru-fl-187-fz-2013', 'anti-piracy law']]],
    // any anti-piracy law, the second one (364-FZ has its own names), and a text from before the law
    ['Russia needs an anti-piracy law.', []],
    // the law in force, whichever it is ("Further revisions to the current anti-piracy law are needed", IIPA 2017)
    ['Further revisions to the current anti-piracy law in Russia are needed.', []],
    ['An anti-piracy law is needed in Russia.', []],
    ['On 31 December 2020 the Government of the Russian Federation adopted Order No. 3718-r (the "Order"), which allowed an American company\'s patents to be used. The Order was adopted under Article 1360 of the Civil Code.',
      [['ru-gov-3718-r-2020', 'Order No. 3718-r'], ['ru-gov-3718-r-2020', 'Order'], ['ru-civil-code:1360', 'Article 1360 of the Civil Code']]],
    // a number the registry knows alone keeps its year in a later text
    ["The Government's Order No. 3718-r allowed it.", [['ru-gov-3718-r-2020', "Government's Order No. 3718-r"]]],
    ['Order No. 3718-r of 31 December 2020 allowed it.', [['ru-gov-3718-r-2020', 'Order No. 3718-r of 31 December 2020']]],
  ], 'en', '2021-03-01');
  // before the law was passed, the words name no act
  table([["Russia's anti-piracy law is weak.", []]], 'en', '2012-05-01');
});
