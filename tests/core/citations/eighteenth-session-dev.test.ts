// Table tests for what the eighteenth session worked on from dev (rounds 1–81) only, while rounds 82–84 were collected
// unseen: a bill named before the law it became is no reference; a short form defined after a gazette's long list.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe("A bill's words before a law's name: the bill is no reference, the acts named inside its title are", () => {
  table([
    // (dev round 80: a note on the platform economy bill's passage)
    ['22 июля 2025 Госдумой был принят проект федерального закона о платформенной экономике.', []],
    // (dev round 36: a note on a trade-secret bill)
    ['Проект федерального закона "О коммерческой тайне" обсуждался в 2003 году.', []],
    ['Проект федерального закона «О внесении изменений в Федеральный закон «Об информации, информационных технологиях и о защите информации»».',
      [['ru-fl-149-fz-2006', 'Федеральный закон «Об информации, информационных технологиях и о защите информации»']]],
  ], 'ru');
  table([
    ['The draft Federal Law "On Personal Data" was tabled in 2005.', []],
    ['The bill amends Federal Law No. 152-FZ of 27 July 2006.', [['ru-fl-152-fz-2006', 'Federal Law No. 152-FZ of 27 July 2006']]],
  ], 'en');
});

describe("A short form defined after a gazette's positions, however many", () => {
  const gazette = `(Собрание законодательства Российской Федерации, 1996, N 17, ст. 1918; ${Array.from({ length: 40 }, (_, i) => `${2001 + (i % 14)}, N ${i + 3}, ст. ${1000 + i * 7}`).join('; ')})`;
  table([
    // (dev round 79: the Bank of Russia's disclosure regulation)
    [`пунктом 4 статьи 22 Федерального закона от 22 апреля 1996 года N 39-ФЗ "О рынке ценных бумаг" ${gazette} (далее - Федеральный закон "О рынке ценных бумаг").`,
      [['ru-fl-39-fz-1996:22/4', 'пунктом 4 статьи 22 Федерального закона от 22 апреля 1996 года N 39-ФЗ']]],
  ], 'ru');
});
