// Table tests for the families of forms rounds 38–39 of the external gold showed once run (then read and added to
// dev): a government resolution without its date or number sign («Постановление правительства 1236 от 16 ноября»,
// «ПП № 1236»), a law's year from "On <date>, Law No. … <unquoted title> was published", a title's "Ethanol, Alcoholic"
// and "of the Intellectual Property Rights", "the abovementioned Article", «Статья 152 Основ», a rule's lettered item
// («правилом 22.1(а) Инструкции к РСТ»), and a commentary's bare items of the article it comments.
import { describe, expect, it } from 'vitest';
import { cite, citeTable as table } from './helpers.js';

describe('Russian forms', () => {
  table([
    ['Постановление правительства 1236 от 16 ноября запрещает закупку.', [['ru-gov-1236-2015', 'Постановление правительства 1236']]],
    ['согласно ПП № 1236 заказчик обязан', [['ru-gov-1236-2015', 'ПП № 1236']]],
    ['Правительство приняло Постановление 1236 от 16.11. о запрете.', [['ru-gov-1236-2015', 'Постановление 1236']]],
    // a resolution of a court's plenum, and no government named
    ['Постановление 1236 от 16.11. суда отменено.', []],
    ['Постановление Правительства РФ № 1236 запрещает', [['ru-gov-1236-2015', 'Постановление Правительства РФ № 1236']]],
    // a region's government; a number the registry does not know alone, with no year
    ['Постановление Правительства Москвы № 123 от 1 марта', []],
    ['Постановление Правительства РФ № 5 запрещает', []],
    ['Действовали Основы гражданского законодательства Союза ССР и республик от 31 мая 1991 г. Статья 152 Основ определяла достижения.',
      [['su-law-2211-1-1991', 'Основы гражданского законодательства Союза ССР и республик'], ['su-law-2211-1-1991:152', 'Статья 152 Основ']]],
    ['Основной закон страны.', []],
    ['согласно правилу 22.1(а) Инструкции к РСТ', [['wipo-pct-regulations:22.1/а', 'правилу 22.1(а) Инструкции к РСТ'], ['wipo-pct', 'Инструкции к РСТ']]],
  ], 'ru', '2020-05-01');
});

describe('English forms', () => {
  table([
    ['On July 26, 2019, Law No. 230-FZ On Amendments to Articles 1 and 23.1 of the Federal Law On State Regulation of the Production and Circulation of Ethanol, Alcoholic and Alcohol-Containing Products was published.',
      [['ru-fl-230-fz-2019', 'Law No. 230-FZ'], ['ru-fl-171-fz-1995:1', 'Articles 1 and 23.1 of the Federal Law On State Regulation of the Production and Circulation of Ethanol'], ['ru-fl-171-fz-1995:23.1', 'Articles 1 and 23.1 of the Federal Law On State Regulation of the Production and Circulation of Ethanol']]],
    // a date the sentence gives for something else is no year of the act
    ['On July 26, 2019, the court held that Law No. 233-FZ applies.', []],
    ['the draft federal law “On the Adoption of Protocol Amending the Agreement on Trade-Related Aspects of the Intellectual Property Rights”',
      [['wto-trips-amendment-protocol-2005', 'Protocol Amending the Agreement on Trade-Related Aspects of the Intellectual Property Rights']]],
    ['Article 1362(2) of the Civil Code allows extension. Under the abovementioned Article, the term is extended.',
      [['ru-civil-code:1362/2', 'Article 1362(2) of the Civil Code'], ['ru-civil-code:1362', 'the abovementioned Article']]],
    ['under Rule 22.1(a) of the PCT Regulations', [['wipo-pct-regulations:22.1/a', 'Rule 22.1(a) of the PCT Regulations']]],
  ], 'en', '2020-02-19');
});

// laws the registry learnt from dev: by title, by the press's names, by number in the years after them
describe('more registered laws', () => {
  table([
    ['Russia adopted the Federal Act on the ratification of the Geneva Act of the Hague Agreement.',
      [['hague-agreement', 'Federal Act on the ratification of the Geneva Act of the Hague Agreement'], ['ru-fl-56-fz-2017', 'Federal Act on the ratification of the Geneva Act of the Hague Agreement']]],
    ['Russia: the Regulation on Fees was amended.', [['ru-gov-941-2008', 'Regulation on Fees']]],
    ['The Lugovoy law allows blocking in Russia.', [['ru-fl-398-fz-2013', 'Lugovoy law']]],
    ['Russia passed its law on geographical indications in 2019.', [['ru-fl-230-fz-2019', 'law on geographical indications']]],
    // another state's
    ['The EU law on geographical indications for crafts was adopted in 2023.', []],
  ], 'en', '2020-03-01');
  table([
    ['Федеральный закон «О ратификации Женевского акта Гаагского соглашения о международной регистрации промышленных образцов» вступил в силу.',
      [['hague-agreement', 'Федеральный закон «О ратификации Женевского акта Гаагского соглашения о международной регистрации промышленных образцов»'], ['ru-fl-56-fz-2017', 'Федеральный закон «О ратификации Женевского акта Гаагского соглашения о международной регистрации промышленных образцов»']]],
    ['согласно п. 1 Положения о пошлинах', [['ru-gov-941-2008:1', 'п. 1 Положения о пошлинах']]],
    ['закон Лугового вступил в силу', [['ru-fl-398-fz-2013', 'закон Лугового']]],
    ['закон о региональных брендах принят', [['ru-fl-230-fz-2019', 'закон о региональных брендах']]],
    // a President's decree by its number and a bracketed year; never one with neither
    ['в Указе Президента № 490 (2019) говорится об ИИ', [['ru-ukaz-490-2019', 'Указе Президента № 490 (2019)']]],
    ['Указом Президента РФ № 17 установлен порядок', []],
    ['согласно Федеральному закону № 123-ФЗ (2020) об эксперименте', [['ru-fl-123-fz-2020', 'Федеральному закону № 123-ФЗ (2020)']]],
  ], 'ru', '2020-03-01');
  table([
    ['President Decree #322 “On temporary process of monetary obligation performance” was signed.', [['ru-ukaz-322-2022', 'President Decree #322']]],
    ['US President Decree #322 "On tariffs" was signed.', []],
  ], 'en', '2022-05-30');
  // a number the registry knows, in the years after its law
  table([['Federal Law No. 549-FZ took effect.', [['ru-fl-549-fz-2018', 'Federal Law No. 549-FZ']]]], 'en', '2019-06-01');
});

describe('treaties by their other names', () => {
  table([
    ['It must comply with TRIPS and the WIPO treaties.', [['wto-trips', 'TRIPS'], ['wipo-wct', 'WIPO treaties'], ['wipo-wppt', 'WIPO treaties']]],
    ['Amend Part IV to implement the digital treaties.', [['wipo-wct', 'digital treaties'], ['wipo-wppt', 'digital treaties']]],
    ['Russia joined many WIPO treaties.', []],
    ['the EAEU Agreement on Trademarks and Geographical Indications', [['eaeu-trademarks-treaty-2020', 'EAEU Agreement on Trademarks and Geographical Indications']]],
    ['the treaty on trademarks, service marks, and protected designations of origin of goods of the Eurasian Economic Union',
      [['eaeu-trademarks-treaty-2020', 'treaty on trademarks, service marks, and protected designations of origin of goods of the Eurasian Economic Union']]],
  ], 'en', '2021-01-01');
});

describe("a commentary's bare items", () => {
  const commentary = 'Статья 1345. Патентные права\n\nКомментарий к статье 1345\n\n1. Пункт 1 ст. 1345 определяет, что права патентные.\n\n2. Пункт 2 устанавливает, что права принадлежат автору.';
  it('are the commented article\'s in a text given that article', () => {
    expect(cite(commentary, { lang: 'ru', selfInstrument: 'ru-civil-code', selfArticle: '1345' })).toEqual([
      ['ru-civil-code:1345', 'статье 1345'], ['ru-civil-code:1345/1', 'Пункт 1 ст. 1345'], ['ru-civil-code:1345/2', 'Пункт 2']]);
  });
  it('but not in the statute itself', () => {
    const statute = 'Статья 1345. Патентные права\n\n1. Права патентные.\n\n2. Пункт 2 устанавливает иное.';
    expect(cite(statute, { lang: 'ru', selfInstrument: 'ru-civil-code', selfArticle: '1345' })).toEqual([]);
  });
});
