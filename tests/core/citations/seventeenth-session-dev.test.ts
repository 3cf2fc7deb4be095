// Table tests for forms worked on in the seventeenth session from dev (rounds 1–75) only, while rounds 76–78 were
// collected unseen: a translation's sub-item and item given with the same word, a dotted part number closed by a dot
// before a code's Latin initials.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe("A translation's «подп. 26 п. 2 ст. 149» with the same word twice", () => {
  table([
    // (dev round 40: a note on the VAT exemption for software)
    ['Until 2021 the exemption under clause 26, clause 2 of article 149 of the Tax Code applied to licences.',
      [['ru-tax-code:149/2/26', 'clause 26, clause 2 of article 149 of the Tax Code']]],
    // (a list in reading order stays a list: never a two-digit item inside a one-digit clause)
    ['Clauses 12, 13 of Article 1259 of the Civil Code apply.',
      [['ru-civil-code:1259/12', 'Clauses 12, 13 of Article 1259 of the Civil Code'], ['ru-civil-code:1259/13', 'Clauses 12, 13 of Article 1259 of the Civil Code']]],
  ], 'en');
});

describe("A part's dotted number closed by a dot before the article of a code given by its Latin initials", () => {
  table([
    // (dev: a note on VAT for software, «п. 4.6. ст. 83 НК РФ»)
    ['The registration follows cl. 4.6. Art. 83 of RFTC at the place of the buyer.',
      [['ru-tax-code:83/4.6', 'cl. 4.6. Art. 83 of RFTC']]],
  ], 'en');
});
