// Table tests for forms read from rounds 79–81 (annual reports and filings, government strategies and policy papers,
// legal dictionaries and reference entries) after their one run: government decrees listed after a plural head, a
// date with its day in quotes, «Правительства России», issuers' names for the communications, strategic-investments and
// data-retention laws (the 1995 communications law in a text written before 2004), "the Defence of Competition", the
// Eurasian Patent Office's own English names, a gazette's further positions, «КРФ», and no government act's item past
// 300.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Annual reports, filings and policy papers (rounds 79–80)', () => {
  table([
    // (the patent office's annual report: two government decrees after one plural head)
    ['Decrees of the Government of the Russian Federation of January 26, 2012 No. 9 and of April 26, 2012 No. 402 set the control procedure.',
      [['ru-gov-9-2012', 'Decrees of the Government of the Russian Federation of January 26, 2012 No. 9'], ['ru-gov-402-2012', 'of April 26, 2012 No. 402']]],
    // (a listed operator's annual report; a rating agency's note)
    ['The main law regulating telecommunications in the Russian Federation is the Communications Law, which came into effect on 1 January 2004. Foreign investment is restricted by the Strategic Enterprises Law.',
      [['ru-fl-126-fz-2003', 'Communications Law'], ['ru-fl-57-fz-2008', 'Strategic Enterprises Law']]],
    ['Rostelecom will be the hardest hit by Russia’s data retention law, which requires storing traffic for six months.',
      [['ru-fl-374-fz-2016', 'data retention law']]],
    ['In the F-1, Yandex cites the Strategic Companies Law and the Federal Law on the Defence of Competition.',
      [['ru-fl-57-fz-2008', 'Strategic Companies Law'], ['ru-fl-135-fz-2006', 'Federal Law on the Defence of Competition']]],
    // (never another state's data retention law, nor a text with no Russia in it)
    ['The EU data retention law was annulled by the Court of Justice in 2014.', []],
    ['The German Communications Law regulates carriers.', []],
  ], 'en');
  table([
    ['В Постановлении Правительства Российской Федерации от «29» марта 2022 г. № 506 определён порядок.',
      [['ru-gov-506-2022', 'Постановлении Правительства Российской Федерации от «29» марта 2022 г. № 506']]],
    ['Постановление Правительства России от 31 марта 2020 г. N 390 изменило программу.',
      [['ru-gov-390-2020', 'Постановление Правительства России от 31 марта 2020 г. N 390']]],
    // (a list of a code's articles after a government resolution, the code's name cut by the stored copy: none of the
    // resolution's items)
    ['Согласно Постановлению Правительства Российской Федерации от 29 марта 2022 г. № 506 не применяются положения статей 1252, 1254, 1301 Гражданск',
      [['ru-gov-506-2022', 'Постановлению Правительства Российской Федерации от 29 марта 2022 г. № 506']]],
    // (a gazette's further positions of one issue are no articles)
    ['Федеральный закон "О защите конкуренции" (Собрание законодательства Российской Федерации, 2006, N 31, ст. 3434; 2007, N 49, ст. 6079, ст. 6080, ст. 6081; N 50, ст. 6247, ст. 6249).',
      [['ru-fl-135-fz-2006', 'Федеральный закон "О защите конкуренции"']]],
  ], 'ru');
  // (a text written before 2004: its "Law on Communication" is the 1995 law)
  table([
    ['The Law on Communication regulates the telecommunications sector in Russia.', [['ru-fl-15-fz-1995', 'Law on Communication']]],
  ], 'en', '1999-03-01');
  table([
    ['The Law on Communication regulates the telecommunications sector in Russia.', [['ru-fl-126-fz-2003', 'Law on Communication']]],
  ], 'en', '2010-03-01');
});

describe('Dictionaries and reference entries (round 81)', () => {
  table([
    ['Rule 5 of the Administrative Instructions under the Eurasian Patent Convention and the EAPO Statute on Fees apply.',
      [['eurasian-patent-administrative-regulations:5', 'Rule 5 of the Administrative Instructions under the Eurasian Patent Convention'], ['eurasian-patent-convention', 'Administrative Instructions under the Eurasian Patent Convention'], ['eapo-fees-statute', 'EAPO Statute on Fees']]],
  ], 'en');
  table([
    ['Тайна переписки охраняется (ч. 2 ст. 23 КРФ).', [['ru-constitution:23/2', 'ч. 2 ст. 23 КРФ']]],
    // (never «КРФ об АП», the Code of Administrative Offences)
    ['Штраф назначен по ст. 7.12 КРФ об АП.', []],
  ], 'ru');
});

describe("The review's counter-examples: what the read rules must not take", () => {
  table([
    ['Нарушены пункты 390, 391 Правил противопожарного режима, утвержденных постановлением Правительства РФ от 16.09.2020 № 1479.',
      [['ru-gov-1479-2020:390', 'пункты 390, 391 Правил противопожарного режима, утвержденных постановлением Правительства РФ от 16.09.2020 № 1479'], ['ru-gov-1479-2020:391', 'пункты 390, 391 Правил противопожарного режима, утвержденных постановлением Правительства РФ от 16.09.2020 № 1479']]],
    ['Суд сослался на Постановление Пленума ВС РФ № 25, ст. 10, ст. 168, ст. 170 ГК РФ.', [['ru-civil-code:168', 'ст. 168'], ['ru-civil-code:170', 'ст. 170 ГК РФ']]],
    ['Штраф по ст. 12.8 КРФ АП и ст. 12.15 КРФ-АП.', []],
    ['Постановление Правительства РФ от “29” марта 2022 г. № 506 действует.', [['ru-gov-506-2022', 'Постановление Правительства РФ от “29” марта 2022 г. № 506']]],
  ], 'ru');
  table([
    ['In Spain, the Law on the Defence of Competition (Law 15/2007) applies.', []],
    ['LinkedIn was blocked in Russia in 2016 for violating the data storage law.', []],
    ['Turkcell, unlike its Russian peers, is subject to the Electronic Communications Law No. 5809.', []],
    ['The EAPO Statute on Fees for Legally Significant Actions Related to Eurasian Design Patents was adopted.', []],
  ], 'en');
  // (a text written after the 2003 law's adoption: its "Law on Communications" is that law)
  table([
    ['Article 29 of the Law on Communications of 7 July 2003 applies in Russia.', [['ru-fl-126-fz-2003:29', 'Article 29 of the Law on Communications']]],
  ], 'en', '2003-10-01');
});
