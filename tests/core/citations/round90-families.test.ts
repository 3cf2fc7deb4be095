// Table tests for what rounds 88–90 (collective management and licensing; pharmaceutical regulation and patents;
// software licensing and IT regulation) showed once run and read: two EAEU agreements by their titles, «Договор о
// создании ЕАЭС», a translation's "Agreement on Trade Aspects of Intellectual Property Rights", the critical
// information infrastructure law and the law on languages registered.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('EAEU agreements and the EAEU Treaty by the names texts give them', () => {
  table([
    ['The Agreement on Common Principles and Rules for the Treatment of Medicines within the EAEU applies.',
      [['eaeu-medicines-agreement-2014', 'Agreement on Common Principles and Rules for the Treatment of Medicines']]],
    ['The EAEU Agreement on Collective Management of Copyright entered into force in 2019.',
      [['eaeu-collective-management-agreement-2017', 'EAEU Agreement on Collective Management of Copyright']]],
    ['See Article 33 of the Agreement on Trade Aspects of Intellectual Property Rights.',
      [['wto-trips:33', 'Article 33 of the Agreement on Trade Aspects of Intellectual Property Rights']]],
  ], 'en');
  table([
    ['в соответствии со статьями 4 и 8 Соглашения о единых принципах и правилах обращения лекарственных средств в рамках ЕАЭС',
      [['eaeu-medicines-agreement-2014:4', 'статьями 4 и 8 Соглашения о единых принципах и правилах обращения лекарственных средств'],
        ['eaeu-medicines-agreement-2014:8', 'статьями 4 и 8 Соглашения о единых принципах и правилах обращения лекарственных средств']]],
    ['Положения Договора о создании ЕАЭС применяются.', [['eaeu-treaty', 'Договора о создании ЕАЭС']]],
  ], 'ru');
});

describe('Laws IT compliance notes cite', () => {
  table([
    // (its number is also 2013's anti-piracy law's: the title after it says which)
    ['Federal Law No. 187-FZ "On the Security of Critical Information Infrastructure of the Russian Federation" applies.',
      [['ru-fl-187-fz-2017', 'Federal Law No. 187-FZ']]],
    ['Article 3 of the Law on Languages of the Peoples of the Russian Federation requires Russian.',
      [['ru-law-1807-1-1991:3', 'Article 3 of the Law on Languages of the Peoples of the Russian Federation']]],
  ], 'en', '2024-01-01');
});
