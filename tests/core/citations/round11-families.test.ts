// Table tests for the families of forms round 11 of the external gold showed: abbreviated clauses ("cl.", "subcl."),
// codes' English and transliterated initialisms ("RFTC", "UK RF"), "п.п." before an item as a sub-item, "#" and ordinal
// days in a law's number and date, the Kremlin's "executive order", press and year names of laws, and a code or treaty
// named well before its article in the sentence as a citation of its own.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';


describe('abbreviated clauses and initialisms of codes', () => {
  table([
    ['VAT is charged under cl. 3 art. 174.2 of RFTC.', [['ru-tax-code:174.2/3', 'cl. 3 art. 174.2 of RFTC']]],
    ['exempt under subcl. 26 cl. 2 art. 149 of the Tax Code', [['ru-tax-code:149/2/26', 'subcl. 26 cl. 2 art. 149 of the Tax Code']]],
    ['liability under Article 146 UK RF and Art. 1252 GK RF', [['ru-criminal-code:146', 'Article 146 UK RF'], ['ru-civil-code:1252', 'Art. 1252 GK RF']]],
    ['Art. 14.10 KoAP RF', [['ru-admin-code:14.10', 'Art. 14.10 KoAP RF']]],
  ], 'en');
  table([
    ['освобождены по п.п. 26 п. 2 ст. 149 НК РФ', [['ru-tax-code:149/2/26', 'п.п. 26 п. 2 ст. 149 НК РФ']]],
    // "п.п." before a list and the article lists items
    ['п.п. 1, 2 ст. 1229 ГК РФ', [['ru-civil-code:1229/1', 'п.п. 1, 2 ст. 1229 ГК РФ'], ['ru-civil-code:1229/2', 'п.п. 1, 2 ст. 1229 ГК РФ']]],
  ], 'ru');
});

describe("acts by number and date as translations write them, and the Kremlin's executive orders", () => {
  table([
    ['Federal law # 265 dated July 31th, 2020 amended the rules.', [['ru-fl-265-fz-2020', 'Federal law # 265 dated July 31th, 2020']]],
    ['Presidential executive orders No. 79 of February 28, 2022, On Imposing Special Economic Measures',
      [['ru-ukaz-79-2022', 'Presidential executive orders No. 79 of February 28, 2022']]],
    ['Executive Order of the President of the Russian Federation No. 322 of May 27, 2022',
      [['ru-ukaz-322-2022', 'Executive Order of the President of the Russian Federation No. 322 of May 27, 2022']]],
  ], 'en');
});

describe('laws by press name, by year, and by what they enact', () => {
  table([
    ['The Anti-piracy Law came into force on 1 August 2013.', [['ru-fl-187-fz-2013', 'Anti-piracy Law']]],
    // the later law, and the generic phrase, are not 2013's
    // never 187-FZ: "the second" one is 364-FZ of 2014 by the press's name (round 24), only where Russia is named
    // (Spain, Korea and Italy had theirs); "the new" one is left alone
    ['the second Anti-Piracy Law and the new Anti-Piracy Law of 2014; an anti-piracy law in general', []],
    ["Russia's second Anti-Piracy Law and the new Anti-Piracy Law of 2014", [['ru-fl-364-fz-2014', 'Anti-Piracy Law']]],
    ['the Russian copyright law of 1993 and the 1993 Copyright Law', [['ru-law-5351-1-1993', 'Russian copyright law of 1993'], ['ru-law-5351-1-1993', '1993 Copyright Law']]],
    // (the code named inside the act's name is a reference of its own)
    ['the Implementation act for Part IV of the Civil Code', [['ru-civil-code', 'Implementation act for Part IV of the Civil Code'], ['ru-fl-231-fz-2006', 'Implementation act for Part IV of the Civil Code']]],
  ], 'en');
  table([
    ['Римская конвенция об охране прав исполнителей, производителей фонограмм и организаций эфирного вещания',
      [['rome-convention', 'Римская конвенция об охране прав исполнителей, производителей фонограмм и организаций эфирного вещания']]],
  ], 'ru');
});

describe('a code or treaty named well before its article in the sentence is a citation of its own', () => {
  table([
    ['The Berne Convention entered into force in Russia in 1995, but Russia expressed reservation regarding Article 18.',
      [['berne-convention', 'Berne Convention'], ['berne-convention:18', 'Article 18']]],
    // right before it (one word between at most), it places the article; a phrase between names it on its own
    ['The reference is to the Berne Convention (see Article 9).', [['berne-convention:9', 'Article 9']]],
    ['The reference is to the Berne Convention according to which (Article 9) the right applies.', [['berne-convention', 'Berne Convention'], ['berne-convention:9', 'Article 9']]],
  ], 'en');
});
