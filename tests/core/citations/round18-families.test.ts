// Table tests for the families of forms round 18 of the external gold showed: the RSFSR's civil codes of 1964 (never
// today's Civil Code), "no." in lower case before a law's number, and a code named twice in a row ("ГК РСФСР и
// Гражданский кодекс РСФСР": no definition without a bracket).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('the RSFSR codes of 1964', () => {
  table([
    ['Article 16 of the Civil Code of the RSFSR and the Civil Procedure Code of the RSFSR',
      [['ru-rsfsr-civil-code:16', 'Article 16 of the Civil Code of the RSFSR'], ['ru-rsfsr-civil-procedure-code', 'Civil Procedure Code of the RSFSR']]],
    // today's code stays today's
    ['Article 1259 of the Civil Code of the Russian Federation', [['ru-civil-code:1259', 'Article 1259 of the Civil Code of the Russian Federation']]],
    ['Federal Constitutional Law no. 4-FKZ of 6 December 2011 and Federal Law no.422-FZ of 8 December 2011',
      [['ru-fl-4-fkz-2011', 'Federal Constitutional Law no. 4-FKZ of 6 December 2011'], ['ru-fl-422-fz-2011', 'Federal Law no.422-FZ of 8 December 2011']]],
  ], 'en');
  table([
    ['ст. 141 ГК РСФСР и Гражданский кодекс РСФСР', [['ru-rsfsr-civil-code:141', 'ст. 141 ГК РСФСР'], ['ru-rsfsr-civil-code', 'Гражданский кодекс РСФСР']]],
  ], 'ru');
});
