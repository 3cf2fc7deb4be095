// Table tests for the families of forms round 27 of the external gold showed: a law's date in a bracket right after its
// number, the month abbreviated ("Federal Law No. 28-FZ (Mar. 18, 2019"); "article 1259 of Book IV of the Civil Code";
// a number before the article word ("1259 статья", "по 146 статье", "273-й статье"); a part after the code
// ("ст. 1252 ГК РФ ч. 4"); "On Protecting Children from Information …".
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('round 27', () => {
  table([
    ['Government of Russia, Law Federal Law 139-FZ (July 28, 2012; amended Federal Law No. 28-FZ (Mar. 18, 2019).', [
      ['ru-fl-139-fz-2012', 'Federal Law 139-FZ (July 28, 2012'], ['ru-fl-28-fz-2019', 'Federal Law No. 28-FZ (Mar. 18, 2019']]],
    ['article 1259 of Book IV of the Civil Code of the Russian Federation', [['ru-civil-code:1259', 'article 1259 of Book IV of the Civil Code of the Russian Federation']]],
    ['the federal law "On Protecting Children from Information Harmful to Their Health and Development"', [['ru-fl-436-fz-2010', 'federal law "On Protecting Children from Information Harmful to Their Health and Development"']]],
  ], 'en');
  table([
    ['1259 статья Гражданского кодекса РФ защищает произведения', [['ru-civil-code:1259', '1259 статья Гражданского кодекса РФ']]],
    ['Хакеров судят по 273-й статье УК РФ, а также по 146 статье УК РФ', [['ru-criminal-code:273', '273-й статье УК РФ'], ['ru-criminal-code:146', '146 статье УК РФ']]],
    // counts of articles and years are no articles
    ['В кодексе 273 статьи и 100 статей', []],
    ['в 2008 статья утратила силу', []],
    ['по ст. 1252 ГК РФ ч. 4 правообладатель', [['ru-civil-code:1252/4', 'ст. 1252 ГК РФ ч. 4']]],
    // a part that starts the next citation stays that one's
    ['ст. 1252 ГК РФ, ч. 4 ст. 1515 ГК РФ', [['ru-civil-code:1252', 'ст. 1252 ГК РФ'], ['ru-civil-code:1515/4', 'ч. 4 ст. 1515 ГК РФ']]],
  ], 'ru');
});
