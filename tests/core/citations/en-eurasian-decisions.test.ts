// Table tests for the en-eurasian-decisions family: the decisions of the Eurasian bodies by body, number and date, as
// translations and law-firm notes write them ("Decision of Board of the Eurasian economic commission of March 6, 2018
// No. 35", "EEC Board Decision No. 148 of 2 September 2019"), never a decision whose body is not named.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Decisions of the Eurasian bodies (English)', () => {
  table([
    ['according to Decision of Board of the Eurasian economic commission of March 6, 2018 No. 35',
      [['eec-board-decision-35-2018', 'Decision of Board of the Eurasian economic commission of March 6, 2018 No. 35']]],
    ['EEC Board Decision No. 148 of 2 September 2019 launched the register.', [['eec-board-decision-148-2019', 'EEC Board Decision No. 148 of 2 September 2019']]],
    ['under Decision No. 12 of the Council of the Eurasian Economic Commission dated 20 March 2015', [['eec-council-decision-12-2015', 'Decision No. 12 of the Council of the Eurasian Economic Commission dated 20 March 2015']]],
    ['Customs Union Commission Decision No. 257 of 20 May 2010 sets the form.', [['cu-commission-decision-257-2010', 'Customs Union Commission Decision No. 257 of 20 May 2010']]],
    // (no body named: "decision No. 148" alone could be anyone's)
    ['The register went live under decision No. 148 of 2 September 2019.', []],
  ], 'en');
});
