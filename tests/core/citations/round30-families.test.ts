// Table tests for the families of forms round 30 of the external gold showed: a case database's record of an ECHR
// judgment ("Application number(s): 10795/14") is the Court's own document, so its bare "Article 10" is the
// Convention's.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('round 30', () => {
  table([
    ['KHARITONOV v. RUSSIA\n\nApplication number(s): 10795/14\n\nConclusion: Violation of Article 10 - Freedom of expression', [['echr-convention:10', 'Article 10']]],
    // without the record's number, a bare "Article 10" names nothing
    ['KHARITONOV v. RUSSIA\n\nConclusion: Violation of Article 10 - Freedom of expression', []],
  ], 'en');
});
