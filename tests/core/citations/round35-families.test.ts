// Table tests for the families of forms rounds 34–35 of the external gold showed once run (then read and added to
// dev): items listed as letters after "п.п." («п.п. б, в ч. 3 ст. 146», «п.п.«а,б» ч.6 ст.171.1»), several parts in
// an article's brackets («19 (чч. 1 и 2)»), a treaty's quoted Latin sub-items («п. “i” ст. 1»), a stray full stop
// before the article («ч. 3. ст. 180»), a glued part number ("part2 of article 238.1"), Russia's WTO accession
// protocol and «Соглашение о ВТО» by their usual names.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Russian forms', () => {
  table([
    ['Действия квалифицированы по п.п. б, в ч. 3 ст. 146 УК РФ.',
      [['ru-criminal-code:146/3/б', 'п.п. б, в ч. 3 ст. 146 УК РФ'], ['ru-criminal-code:146/3/в', 'п.п. б, в ч. 3 ст. 146 УК РФ']]],
    ['Возбуждено дело по п.п.«а,б» ч.6 ст.171.1 УК РФ.',
      [['ru-criminal-code:171.1/6/а', 'п.п.«а,б» ч.6 ст.171.1 УК РФ'], ['ru-criminal-code:171.1/6/б', 'п.п.«а,б» ч.6 ст.171.1 УК РФ']]],
    // a lone bare letter is a word as often ("в" is "in"): nothing but the rest of the chain
    ['Это п. в ч. 3 ст. 146 УК РФ.', [['ru-criminal-code:146/3', 'ч. 3 ст. 146 УК РФ']]],
    ['в соответствии с Конституцией Российской Федерации, ее ст. 19 (чч. 1 и 2) и 34 (ч. 1)',
      [['ru-constitution', 'Конституцией Российской Федерации'], ['ru-constitution:19/1', 'ст. 19 (чч. 1 и 2) и 34 (ч. 1)'], ['ru-constitution:19/2', 'ст. 19 (чч. 1 и 2) и 34 (ч. 1)'], ['ru-constitution:34/1', 'ст. 19 (чч. 1 и 2) и 34 (ч. 1)']]],
    ['согласно п. “vi” ст. 1 Женевского акта Гаагского соглашения', [['hague-agreement:1/vi', 'п. “vi” ст. 1 Женевского акта Гаагского соглашения']]],
    // Roman figures unquoted stay an article's, and only a treaty's
    ['согласно ст. VII Всемирной конвенции об авторском праве', [['universal-copyright-convention:7', 'ст. VII Всемирной конвенции об авторском праве']]],
    ['Он осужден по ч. 3. ст. 180 УК РФ.', [['ru-criminal-code:180/3', 'ч. 3. ст. 180 УК РФ']]],
    ['Соглашение о ВТО вступило в силу для России в 2012 году.', [['wto-agreement', 'Соглашение о ВТО']]],
  ], 'ru');
});

describe('English forms', () => {
  table([
    ['charged under paragraph “a” of part2 of article 238.1 of the Criminal Code',
      [['ru-criminal-code:238.1/2/a', 'paragraph “a” of part2 of article 238.1 of the Criminal Code']]],
    ['Putin signed the law ratifying the WTO Accession Protocol, so Russia joins in August.', [['wto-protocol-rus', 'WTO Accession Protocol']]],
    ['the federal law on the protocol on Russia’s accession to the Marrakesh Agreement', [['wto-protocol-rus', 'protocol on Russia’s accession to the Marrakesh Agreement']]],
    // another state's protocol
    ["Kazakhstan's WTO Accession Protocol was signed in 2015.", []],
  ], 'en');
});
