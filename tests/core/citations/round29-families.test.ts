// Table tests for the families of forms round 29 of the external gold showed: a law's date after "as of" ("Federal Law
// No. 549-FL as of December 27, 2018"), and the Hague Agreement's Geneva Act by its date ("the Geneva Act of 2nd July
// 1999"; the Lisbon Agreement's Geneva Act is 2015's).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('round 29', () => {
  table([
    ['Federal Law No. 549-FL as of December 27, 2018 "On Amendments to Part Four of the Civil Code"', [
      ['ru-fl-549-fz-2018', 'Federal Law No. 549-FL as of December 27, 2018'], ['ru-civil-code', 'Part Four of the Civil Code']]],
    ['Russia joined the Geneva Act of 2nd July 1999 in 2017.', [['hague-agreement', 'Geneva Act of 2nd July 1999']]],
    // a Geneva Act with no date or treaty named is left alone
    ['Russia joined the Geneva Act in 2017.', []],
  ], 'en');
});
