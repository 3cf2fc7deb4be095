// Table tests for the families of forms round 24 of the external gold showed: the anti-piracy laws by their order
// ("the first anti-piracy law", "the second, ‘anti-piracy’ law", «второй антипиратский закон»); the Information Law's
// quoted title alone; "paragraph 16 of Appendix No. 26" (an annex that numbers items); a document symbol is no
// treaty ("PCT/RO/101"); the treaty named inside its Regulations' name.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('round 24: names and items', () => {
  table([
    ['Russia’s first anti-piracy law of 2013 and the second, ‘anti-piracy’ law of 2014',
      [['ru-fl-187-fz-2013', 'anti-piracy law'], ['ru-fl-364-fz-2014', 'anti-piracy’ law']]],
    ['Federal Law № 149-FZ dated July 27, 2006\n\n"On Information, Information Technologies, and Information Protection" (PDF)',
      [['ru-fl-149-fz-2006', 'Federal Law № 149-FZ dated July 27, 2006\n\n"On Information, Information Technologies, and Information Protection"']]],
    ['under paragraph 16 of Appendix No. 26 to the Treaty on the Eurasian Economic Union', [['eaeu-treaty-annex-26:16', 'paragraph 16 of Appendix No. 26 to the Treaty on the Eurasian Economic Union']]],
    // an annex of a treaty that numbers articles: its paragraph is no article
    ['paragraph 2 of Annex 1 to the Berne Convention', [['berne-convention', 'Berne Convention']]],
  ], 'en');
  table([
    ['второй антипиратский закон вступил в силу', [['ru-fl-364-fz-2014', 'антипиратский закон']]],
    ['Инструкция к договору о патентной кооперации; форма PCT/RO/101; Бланки заявления PCT', [
      ['wipo-pct', 'Инструкция к договору о патентной кооперации'], ['wipo-pct-regulations', 'Инструкция к договору о патентной кооперации'], ['wipo-pct', 'PCT']]],
  ], 'ru');
});
