// Table tests for forms worked on in the fourteenth session, while rounds 67–69 (procedural documents, legislative
// material, Eurasian documents) were collected unseen: the EAEU Treaty's numbered annexes by number alone, and the items
// of an instrument numbered in items named by its title or by the annex it is (the Decisions of the Eurasian bodies
// have their own family tests, en- and ru-eurasian-decisions).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe("The EAEU Treaty's annexes and their items (English)", () => {
  table([
    ['as set out in Annex 22 to the Treaty on the Eurasian Economic Union', [['eaeu-treaty-annex-22', 'Annex 22 to the Treaty on the Eurasian Economic Union']]],
    // ("of" the Treaty, as notes write it)
    ['Annex 26 of the Treaty of the Eurasian Economic Union (EUEU) provides', [['eaeu-treaty-annex-26', 'Annex 26 of the Treaty of the Eurasian Economic Union']]],
    ['paragraph 16 of the Protocol on the Protection and Enforcement of Intellectual Property Rights',
      [['eaeu-treaty-annex-26:16', 'paragraph 16 of the Protocol on the Protection and Enforcement of Intellectual Property Rights']]],
    ['clause 3 of the Statute of the Court of the EAEU', [['eaeu-treaty-annex-2:3', 'clause 3 of the Statute of the Court of the EAEU']]],
    ['Item 43 of the Regulation on the Eurasian Economic Commission (Annex No. 1 to the Treaty on the Eurasian Economic Union)',
      [['eaeu-treaty-annex-1:43', 'Item 43 of the Regulation on the Eurasian Economic Commission (Annex No. 1 to the Treaty on the Eurasian Economic Union']]],
    ['item 3 of Decision of the Board of the Eurasian Economic Commission of 6 March 2018 No. 35',
      [['eec-board-decision-35-2018:3', 'item 3 of Decision of the Board of the Eurasian Economic Commission of 6 March 2018 No. 35']]],
    // (never an item of an instrument numbered in articles or paragraphs: a Protocol of Accession's paragraph is a report's)
    ['paragraph 2 of the Protocol No. 1 to the Convention', [['echr-protocol-1', 'Protocol No. 1 to the Convention']]],
  ], 'en');
});

describe("The EAEU Treaty's annexes and their items (Russian)", () => {
  table([
    ['в соответствии с приложением № 7 к Договору о ЕАЭС', [['eaeu-treaty-annex-7', 'приложением № 7 к Договору о ЕАЭС']]],
    ['абзацем вторым пункта 43 Положения о Евразийской экономической комиссии (приложение № 1 к Договору о Евразийском экономическом союзе от 29 мая 2014 года)',
      [['eaeu-treaty-annex-1:43', 'абзацем вторым пункта 43 Положения о Евразийской экономической комиссии (приложение № 1 к Договору о Евразийском экономическом союзе']]],
    // (the rules a resolution approved keep their own reading)
    ['пунктом 5 Правил, утвержденных постановлением Правительства РФ от 16.11.2015 № 1236', [['ru-gov-1236-2015:5', 'пунктом 5 Правил, утвержденных постановлением Правительства РФ от 16.11.2015 № 1236']]],
  ], 'ru');
});
