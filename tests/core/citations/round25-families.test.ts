// Table tests for the families of forms round 25 of the external gold showed: "provision 1 of Article 1274" (a
// translation's пункт); flattened superscripts of articles Part IV inserted ("Article 13601" is 1360.1); Protocol No. 1
// to the ECHR; TRIPS «прав на интеллектуальную собственность»; the WTO's Final Act; a gazette's issue with its part
// ("N 52 (часть I), ст. 5038" is no article).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('round 25', () => {
  table([
    ['provision 1 of Article 1274 CC RF', [['ru-civil-code:1274/1', 'provision 1 of Article 1274 CC RF']]],
    ['Part 3 of Article 1359, Article 1360 and Article 13601 of the Civil Code',
      [['ru-civil-code:1359/3', 'Part 3 of Article 1359'], ['ru-civil-code:1360', 'Article 1360'], ['ru-civil-code:1360.1', 'Article 13601 of the Civil Code']]],
    ['Article 1(1) of Protocol No. 1 to European Convention on Human Rights protects property.',
      [['echr-protocol-1:1/1', 'Article 1(1) of Protocol No. 1 to European Convention on Human Rights']]],
  ], 'en');
  table([
    ['Соглашение о торговых аспектах прав на интеллектуальную собственность (Приложения 1 Марракешского заключительного акта об учреждении ВТО)',
      [['wto-trips', 'Соглашение о торговых аспектах прав на интеллектуальную собственность'], ['wto-agreement', 'Марракешского заключительного акта об учреждении ВТО']]],
    ['(Собрание законодательства Российской Федерации, 2005, N 52 (часть I), ст. 5038; 2007, N 1 (ч. I), ст. 29) и ст. 393 Таможенного кодекса',
      [['ru-customs-code:393', 'ст. 393 Таможенного кодекса']]],
  ], 'ru');
});
