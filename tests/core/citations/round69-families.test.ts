// Table tests for the forms read from rounds 67–69 (procedural documents, legislative material, Eurasian documents)
// after their one run: a code's part before a range of its articles after the code's name ("Civil Code Part 4, Articles
// 1477-1510"), the Law on Information by that short name, the EAEU Trademarks Treaty and the Eurasian Patent Regulations
// by the names guides give them, a Eurasian body's decision as a translation words it, the items of a Protocol placed by
// its annex, a decision's own dated heading, a law title another CIS state shares, and two Eurasian treaties.
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../shared/core/citations/index.js';
import { citeTable as table } from './helpers.js';

describe('Forms read from rounds 67–69 (English)', () => {
  table([
    ['the claim relies on Civil Code Part 4, Articles 1477-1479 and the Paris Convention.',
      [['ru-civil-code:1477', 'Articles 1477-1479'], ['ru-civil-code:1478', 'Articles 1477-1479'], ['ru-civil-code:1479', 'Articles 1477-1479'], ['paris-convention', 'Paris Convention']]],
    ['Amendments to the Law on Information allow blocking mirror sites.', [['ru-fl-149-fz-2006', 'Law on Information']]],
    // (never 1995's law, nor another state's, nor a law on information technologies)
    ['Law on Information, Informatization and Protection of Information', [['ru-fl-24-fz-1995', 'Law on Information, Informatization and Protection of Information']]],
    ['The Kazakh Law on Information was amended too.', []],
    ['the Law on Information Technologies', []],
    ['Agreement on the EAEU Trademarks, Service Marks and Appellations of Origin of Goods', [['eaeu-trademarks-treaty-2020', 'Agreement on the EAEU Trademarks, Service Marks and Appellations of Origin of Goods']]],
    ['the EAEU Trademark Treaty entered into force', [['eaeu-trademarks-treaty-2020', 'EAEU Trademark Treaty']]],
    ['EAPR Rule 30 sets the time limit.', [['eurasian-patent-regulations:30', 'Rule 30']]],
    ['Rule 30 of the Eurasian Patent Regulations', [['eurasian-patent-regulations:30', 'Rule 30 of the Eurasian Patent Regulations']]],
    ['decision of Board of the Euroasian economic commission of November 6, 2014 No. 200', [['eec-board-decision-200-2014', 'decision of Board of the Euroasian economic commission of November 6, 2014 No. 200']]],
    ['paragraph 1 of Art. 3 of the Agreement on the Unified customs register of objects of intellectual property of state members of the Customs union',
      [['cu-ip-customs-register-agreement-2010:3/1', 'paragraph 1 of Art. 3 of the Agreement on the Unified customs register of objects of intellectual property']]],
    // a CIS state's law of the title Russia's bore, in a sentence on that state
    ['The primary legislation comprises the Civil Code of Kyrgyz Republic, the Law “On Trademarks, Service Marks and Appellations of Origin”, Law “On Copyright and Neighbouring Rights”.', []],
    ['Russia’s Law “On Copyright and Neighbouring Rights” was replaced in 2008.', [['ru-law-5351-1-1993', 'Law “On Copyright and Neighbouring Rights”']]],
  ], 'en');
});

describe('Forms read from rounds 67–69 (Russian)', () => {
  table([
    ['в соответствии с пунктом 4 Протокола о мерах нетарифного регулирования в отношении третьих стран (приложение N 7 к Договору о Евразийском экономическом союзе от 29 мая 2014 года)',
      [['eaeu-treaty-annex-7:4', 'пунктом 4 Протокола о мерах нетарифного регулирования в отношении третьих стран (приложение N 7 к Договору о Евразийском экономическом союзе']]],
    ['статьей 19 Договора о Евразийской экономической комиссии от 18 ноября 2011 года', [['eec-commission-treaty-2011:19', 'статьей 19 Договора о Евразийской экономической комиссии']]],
  ], 'ru');
});

describe("A Eurasian decision's own dated heading", () => {
  it('an English translation headed by its date and number cites itself nowhere', () => {
    const text = 'of June 20, 2023 No. 80\n\nAbout approval of rules\n\n1. Approve the enclosed Rules.\n\n2. This Decision becomes effective after 30 calendar days.\n\nApproved by Decision of Board of the Eurasian economic commission of June 20, 2023 No. 80';
    expect(extractCitations(text, { lang: 'en' }).map((c) => c.key)).toEqual([]);
  });
  it('a Russian one headed by its name and quoted title, its body and its type on a line of its own', () => {
    const text = 'Решение Коллегии Евразийской экономической комиссии от 12.05.2020 N 64 "О внесении изменений в раздел 1.10 перечня товаров"\n\nКОЛЛЕГИЯ ЕВРАЗИЙСКОЙ ЭКОНОМИЧЕСКОЙ КОМИССИИ\n\nРЕШЕНИЕ\n\nот 12 мая 2020 г. N 64\n\nВ соответствии со статьей 46 Договора о Евразийском экономическом союзе от 29 мая 2014 года';
    expect(extractCitations(text, { lang: 'ru' }).map((c) => c.key)).toEqual(['eaeu-treaty:46']);
  });
});
