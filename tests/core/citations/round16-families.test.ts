// Table tests for the families of forms round 16 of the external gold showed: a bare government act cited again after
// its first citation (and "government" in lower case), the Kremlin's executive orders by title and listed number first,
// "¹" for a mis-encoded "№", a footnote mark after a closing quote, federal constitutional laws by title, Soviet and
// RSFSR acts, "ЗоАП", a code's part right after the code, and names that are no act ("Trade Secrets Law in Russia", a
// chapter's quoted title).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';


describe('government and presidential acts', () => {
  table([
    ['The Russian government adopted Decree No. 506 on March 29, 2022. Decree No. 506 came into force on March 30.',
      [['ru-gov-506-2022', 'Decree No. 506'], ['ru-gov-506-2022', 'Decree No. 506']]],
    ['The Executive Order complements Presidential executive orders No. 79, On Imposing Special Economic Measures of February 28, 2022, No. 81, On Additional Measures of March 1, 2022, and No. 95, On a Temporary Procedure for Meeting Obligations of March 5, 2022.',
      [['ru-ukaz-79-2022', 'Presidential executive orders No. 79'], ['ru-ukaz-81-2022', 'No. 81'], ['ru-ukaz-95-2022', 'No. 95']]],
    ['The President signed the Executive Order on temporary procedure for meeting obligations to certain right holders.',
      [['ru-ukaz-322-2022', 'on temporary procedure for meeting obligations to certain right holders']]],
    ['On March 12, 2014 the President signed Federal Law ¹ 35-FZ of March 12, 2014.', [['ru-fl-35-fz-2014', 'Federal Law ¹ 35-FZ of March 12, 2014']]],
  ], 'en');
});

describe('laws by title', () => {
  table([
    ['изменений1 в Федеральный конституционный закон «Об арбитражных судах в Российской Федерации»3 (далее – Закон об арбитражных судах). Дела перечислены статьей 43.3 Закона об арбитражных судах.',
      [['ru-fl-1-fkz-1995', 'Федеральный конституционный закон «Об арбитражных судах в Российской Федерации»'], ['ru-fl-1-fkz-1995:43.3', 'статьей 43.3 Закона об арбитражных судах']]],
    ['Федеральный конституционный закон «О судебной системе Российской Федерации»', [['ru-fl-1-fkz-1996', 'Федеральный конституционный закон «О судебной системе Российской Федерации»']]],
    ['по ЗоАП и Основам гражданского законодательства; Закон РСФСР «О собственности в РСФСР»',
      [['ru-law-5351-1-1993', 'ЗоАП'], ['su-law-2211-1-1991', 'Основам гражданского законодательства'], ['ru-law-443-1-1990', 'Закон РСФСР «О собственности в РСФСР»']]],
  ], 'ru');
});

describe("a code's part right after the code, and names that are no act", () => {
  table([
    ['amending the Civil Code, including its Part IV, “Rights to the Results”.', [['ru-civil-code', 'Civil Code'], ['ru-civil-code', 'Part IV']]],
    ['This review covers Chapter 72 of the RF Civil Code «The Patent Law».', [['ru-civil-code', 'Chapter 72 of the RF Civil Code']]],
    ['Trade Secrets Law in Russia: an overview', []],
    // another instrument's part is not the code's
    ['The TRIPS Agreement has a Part IV too.', [['wto-trips', 'TRIPS Agreement']]],
  ], 'en');
});
