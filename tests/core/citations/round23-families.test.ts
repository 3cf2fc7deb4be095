// Table tests for the families of forms round 23 of the external gold showed: rules of a treaty's Regulations ("PCT
// Rule 51bis", "правилом 63 Патентной инструкции"); the Eurasian, Customs Union and CIS treaties by their titles;
// "Женевская конвенция 1971 г."; "Протокол № 26 к Договору о ЕАЭС"; a code named inside a law's title; "the Convention"
// after a protocol named with it.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe("rules of a treaty's Regulations", () => {
  table([
    ['Under PCT Rule 51bis the Office may require a translation.', [['wipo-pct-regulations:51bis', 'Rule 51bis']]],
    ['Rule 4.1 of the PCT Regulations', [['wipo-pct-regulations:4.1', 'Rule 4.1 of the PCT Regulations']]],
    // a code has no rules; "as a rule" is no rule
    ['Rule 12 of the Civil Code', [['ru-civil-code', 'Civil Code']]],
    ['as a rule 5 days are given', []],
  ], 'en');
  table([
    // (the convention named inside its Regulations' name is a reference of its own)
    ['в соответствии с правилом 63 Патентной инструкции к Евразийской патентной конвенции',
      [['eurasian-patent-regulations:63', 'правилом 63 Патентной инструкции к Евразийской патентной конвенции'], ['eurasian-patent-convention', 'Патентной инструкции к Евразийской патентной конвенции']]],
  ], 'ru');
});

describe('treaties by their titles', () => {
  table([
    ['the Agreement on Unified Principles of Regulation in the Sphere of Intellectual Property Protection', [['cu-ipr-agreement-2010', 'Agreement on Unified Principles of Regulation in the Sphere of Intellectual Property']]],
    ['the Agreement on Unified Principles and Rules of Competition', [['cu-competition-agreement-2010', 'Agreement on Unified Principles and Rules of Competition']]],
    ['the Treaty on the Establishment of Eurasian Economic Community', [['eurasec-treaty-2000', 'Treaty on the Establishment of Eurasian Economic Community']]],
    ['the Treaty on Trademarks, Service Marks and Appellations of Origin of Goods of the Eurasian Economic Union', [['eaeu-trademarks-treaty-2020', 'Treaty on Trademarks, Service Marks and Appellations of Origin of Goods of the Eurasian Economic Union']]],
    ['the Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled', [['marrakesh-vip-treaty', 'Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled']]],
    // "the Convention" after a protocol to it is that convention
    ['According to the Protocol on the Protection of Industrial Designs to the Eurasian Patent Convention, the System established pursuant to Article 1(1) of the Convention protects designs.',
      [['eurasian-patent-convention-designs-protocol-2019', 'Protocol on the Protection of Industrial Designs'], ['eurasian-patent-convention', 'Eurasian Patent Convention'], ['eurasian-patent-convention:1/1', 'Article 1(1) of the Convention']]],
  ], 'en');
  table([
    ['Женевская конвенция 1971 г. и Протокол № 26 к Договору о ЕАЭС', [['phonograms-convention', 'Женевская конвенция 1971 г.'], ['eaeu-treaty-annex-26', 'Протокол № 26 к Договору о ЕАЭС']]],
    ['Конвенция о распространении несущих программы сигналов, передаваемых через спутники', [['brussels-satellite-convention', 'Конвенция о распространении несущих программы сигналов, передаваемых через спутники']]],
    ['Договор о создании единой таможенной территории и формировании таможенного союза', [['cu-customs-territory-treaty-2007', 'Договор о создании единой таможенной территории и формировании таможенного союза']]],
  ], 'ru');
});
