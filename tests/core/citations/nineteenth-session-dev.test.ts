// Table tests for what the nineteenth session worked on from dev (rounds 1–90) only, while rounds 91–93 were collected
// unseen: a law's date after "from" (a translation's «от»); a decree the President of the Russian Federation adopted;
// an amending law in a bracket is no antecedent of "the present Federal Law"; "Concerning" for a title's «О».
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe("A law's date after \"from\", read as its adoption only where its number alone names no registered law", () => {
  table([
    // (dev round 90: a note on the localisation rule)
    ['The amendments were introduced by the Federal Law No. 23-FZ from 28.02.2025.', [['ru-fl-23-fz-2025', 'Federal Law No. 23-FZ from 28.02.2025']]],
    // (a registered law's entry into force is no adoption: 364-FZ is the 2014 law)
    ['Law No. 364-FZ from 1 May 2015 allows permanent blocking.', [['ru-fl-364-fz-2014', 'Law No. 364-FZ from 1 May 2015']]],
  ], 'en');
});

describe('A decree the President of the Russian Federation adopted is his, not the Government\'s', () => {
  table([
    // (dev round 90: a note on critical information infrastructure)
    ['On 30 March 2022, the President of the Russian Federation adopted Decree No. 166 "On Measures to Ensure Technological Independence" (hereinafter — Decree No. 166).',
      [['ru-ukaz-166-2022', 'Decree No. 166']]],
    // (the Russian Federation itself adopting it stays the Government's)
    ['On 6 March 2022, the Russian Federation adopted Decree No. 299 on compensation.', [['ru-gov-299-2022', 'Decree No. 299']]],
  ], 'en');
});

describe('An amending law named in a bracket is no antecedent of "the present Federal Law"', () => {
  table([
    // (dev round 90: the quoted article is 152-FZ's, not the amending law's)
    ['The amendments to the Article 18 of the Federal Law No. 152-FZ (introduced by the Federal Law No. 23-FZ from 28.02.2025) came into force: “… except in cases specified in the paragraph 2 of the Part 1 of the Article 6 of the present Federal Law.”',
      [['ru-fl-152-fz-2006:18', 'Article 18 of the Federal Law No. 152-FZ'], ['ru-fl-23-fz-2025', 'Federal Law No. 23-FZ from 28.02.2025'], ['ru-fl-152-fz-2006:6/1/2', 'paragraph 2 of the Part 1 of the Article 6 of the present Federal Law']]],
    // (outside a bracket the law named last stays the antecedent)
    ['Article 18 of the Federal Law No. 152-FZ was amended. The Federal Law No. 23-FZ of 28.02.2025 says in Article 1 of the present Federal Law that it applies.',
      [['ru-fl-152-fz-2006:18', 'Article 18 of the Federal Law No. 152-FZ'], ['ru-fl-23-fz-2025', 'Federal Law No. 23-FZ of 28.02.2025'], ['ru-fl-23-fz-2025:1', 'Article 1 of the present Federal Law']]],
  ], 'en');
  table([
    ['часть 1 статьи 6 (в ред. Федерального закона от 28.02.2025 № 23-ФЗ) указанного Федерального закона',
      [['ru-fl-23-fz-2025', 'Федерального закона от 28.02.2025 № 23-ФЗ']]],
  ], 'ru');
});

describe('A title\'s «О» translated "Concerning" or "Regarding"', () => {
  table([
    // (dev round 90: a law firm's note)
    // (dev round 90: the amending law's title names the law it amends)
    ['Federal Law “Concerning Amendments to the Federal Law “Concerning Personal Data”” was published.',
      [['ru-fl-152-fz-2006', 'Federal Law “Concerning Personal Data”']]],
    ['The Federal Law "Regarding Personal Data" governs operators.', [['ru-fl-152-fz-2006', 'Federal Law "Regarding Personal Data"']]],
    // (a title no registered law has stays unread)
    ['The Federal Law "Concerning Garden Gnomes" was never adopted.', []],
  ], 'en');
});
