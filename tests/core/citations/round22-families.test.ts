// Table tests for the families of forms round 22 of the external gold showed: an article's number written right before
// a code's abbreviation ("183 УК РФ", "146 ук рф часть 3"), and "clause 9 of Article 247(1)" (the words' part is the
// bracket's sub-item).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe("an article's number before a code's abbreviation", () => {
  table([
    ['Ответственность за разглашение коммерческой тайны предусмотрена 183 УК РФ.', [['ru-criminal-code:183', '183 УК РФ']]],
    ['стал закон, 183 УК РФ', [['ru-criminal-code:183', '183 УК РФ']]],
    // (the part after the code is the same citation, cited once)
    ['146 ук рф часть 3. Теория всего', [['ru-criminal-code:146/3', '146 ук рф часть 3']]],
    // a list's later number, a level's, a year, an amount, a law's number: nothing of its own
    ['ст. 1252 и 1301 ГК РФ', [['ru-civil-code:1252', 'ст. 1252 и 1301 ГК РФ'], ['ru-civil-code:1301', 'ст. 1252 и 1301 ГК РФ']]],
    ['часть 4 ГК РФ', [['ru-civil-code', 'ГК РФ']]],
    ['с 2008 ГК РФ действует', [['ru-civil-code', 'ГК РФ']]],
    ['штраф 5000 НК РФ', [['ru-tax-code', 'НК РФ']]],
  ], 'ru');
});

describe("a part's sub-item named before an article with its part in brackets", () => {
  table([
    ['clause 9 of Article 247(1) of the APC', [['ru-arbitrazh-procedure-code:247/1/9', 'clause 9 of Article 247(1) of the APC']]],
    ['paragraph 2 of Article 10(1) of the Berne Convention', [['berne-convention:10/1/2', 'paragraph 2 of Article 10(1) of the Berne Convention']]],
    // without a bracket the words' part is the article's
    ['paragraph 5 of Article 1252 of the Civil Code', [['ru-civil-code:1252/5', 'paragraph 5 of Article 1252 of the Civil Code']]],
  ], 'en');
});
