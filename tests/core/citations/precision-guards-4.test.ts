// Counter-examples a review of rounds 36-39's families wrote to break them (each failed before its fix): a "-r" order of
// a ministry, an agency, a region or another state ("Rosstat Order No. 123-r", "Order No. 3718-r of the Government of
// Kazakhstan"); a relative clause taken for a law's unquoted title ("Law No. 54-FZ On Assemblies, which was adopted in
// 2004"); «ПП» as the Plenum's resolution, a year-less government resolution in a sentence on another state, a year
// after the date («1236 от 16 ноября 2011 г.»), a year taken for a number; other Fundamentals («Основ законодательства
// о нотариате»); a demonstrative after another state's code or law («Гражданский кодекс Украины … ст. 5 этого
// кодекса»); the EAPO's fee regulation; another state's ratification law; "the aforementioned article by Ivanov".
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('review of the round 36-39 families: orders, resolutions, anaphora, titles abroad', () => {
  table([
    ['Rosstat Order No. 123-r dated 1 March 2019 approved the form.', []],
    ['Roskomnadzor Order No. 5-r of 3 May 2018', []],
    ["The Moscow City Government's Order No. 3718-r", []],
    ['Resolution No. 3718-r of the Moscow City Government', []],
    ['Order No. 3718-r of the Government of Kazakhstan', []],
    ['On 7 July 2019, Law No. 54-FZ On Assemblies, which was adopted in 2004, became stricter.', []],
    ['On 7 July 2019, Law No. 99-FZ On Licensing was discussed in Moscow, and was adopted in August.', []],
    ['Article 1252 of the Civil Code applies. As noted in the aforementioned article by Ivanov, courts differ.', [['ru-civil-code:1252', 'Article 1252 of the Civil Code']]],
    // the intended readings
    ['Order No. 3718-r of 31 December 2020 allowed it.', [['ru-gov-3718-r-2020', 'Order No. 3718-r of 31 December 2020']]],
    ['Order No. 3718-r of the Government of the Russian Federation allowed it.', [['ru-gov-3718-r-2020', 'Order No. 3718-r of the Government of the Russian Federation']]],
    ['Article 1362(2) of the Civil Code allows extension. Under the abovementioned Article, the term is extended.',
      [['ru-civil-code:1362/2', 'Article 1362(2) of the Civil Code'], ['ru-civil-code:1362', 'the abovementioned Article']]],
  ], 'en', '2021-03-01');
  table([
    ['Пленум ВС РФ в ПП № 10 от 23.04.2019 разъяснил.', []],
    ['Согласно ПП № 1236 Пленума суды учитывают.', []],
    ['В Казахстане постановление правительства № 1236 от 16 ноября запрещает закупку.', []],
    ['В Беларуси постановление правительства 1236 от 16 ноября запрещает закупку.', []],
    ['Постановление правительства 2019 от 16 ноября', []],
    ['Постановление правительства 1236 от 16 ноября 2011 г. утвердило порядок.', [['ru-gov-1236-2011', 'Постановление правительства 1236 от 16 ноября 2011 г.']]],
    // (the Fundamentals on Notaries are an act of their own since the registry knows them)
    ['Основы гражданского законодательства Союза ССР и республик 1991 г. Статья 3 Основ законодательства РФ о нотариате иная.',
      [['su-law-2211-1-1991', 'Основы гражданского законодательства Союза ССР и республик'], ['ru-law-4462-1-1993:3', 'Статья 3 Основ законодательства РФ о нотариате']]],
    ['ГК РФ и Гражданский кодекс Республики Казахстан. Ст. 961 указанного кодекса.', [['ru-civil-code', 'ГК РФ']]],
    ['Ст. 1229 ГК РФ. Гражданский кодекс Украины иначе. Ст. 5 этого кодекса гласит.', [['ru-civil-code:1229', 'Ст. 1229 ГК РФ']]],
    ['Федеральный закон № 149-ФЗ. Статья 10.1 данного закона. Закон Украины об информации. Статья 5 этого закона.',
      [['ru-fl-149-fz-2006', 'Федеральный закон № 149-ФЗ'], ['ru-fl-149-fz-2006:10.1', 'Статья 10.1 данного закона']]],
    ['Положение о пошлинах ЕАПО', []],
    // (the Eurasian Patent Organization's own statute, registered since round 74: never the Government's of 2008)
    ['п. 3 Положения о пошлинах Евразийской патентной организации', [['eapo-fees-statute', 'Положения о пошлинах Евразийской патентной организации']]],
    ['закон о географических указаниях Европейского союза', []],
    ['Армения приняла закон о ратификации Женевского акта Гаагского соглашения.', [['hague-agreement', 'Женевского акта Гаагского соглашения']]],
    // the intended readings
    ['ПП РФ № 1236 запрещает закупку.', [['ru-gov-1236-2015', 'ПП РФ № 1236']]],
    ['пп. 1 п. 2 ст. 1270 ГК РФ', [['ru-civil-code:1270/2/1', 'пп. 1 п. 2 ст. 1270 ГК РФ']]],
    ['Бернская конвенция подписана в 1886 году. Статья 5 этой конвенции устанавливает принцип.',
      [['berne-convention', 'Бернская конвенция'], ['berne-convention:5', 'Статья 5 этой конвенции']]],
    ['Закон о защите прав потребителей. Статья 5 данного закона.', [['ru-law-2300-1-1992', 'Закон о защите прав потребителей'], ['ru-law-2300-1-1992:5', 'Статья 5 данного закона']]],
    ['согласно п. 1 Положения о пошлинах', [['ru-gov-941-2008:1', 'п. 1 Положения о пошлинах']]],
  ], 'ru', '2021-03-01');
});
