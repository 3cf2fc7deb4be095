// Table tests for the families of forms round 14 of the external gold showed: presidential decrees "of the Russian
// Federation" and listed by date and number, government orders (распоряжения, "No. 3718-р"), an unquoted "(the Order)"
// definition, a law's heading in capitals, chapters and sections of a code, and the WIPO Convention.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';


describe('presidential decrees, and acts listed by date and number', () => {
  table([
    ['(as amended of the Presidential decree of the Russian Federation of 15.02.2024 No. 122)',
      [['ru-ukaz-122-2024', 'Presidential decree of the Russian Federation of 15.02.2024 No. 122']]],
    ['provided by presidential decrees of the Russian Federation of February 28, 2022 No. 79 "About special measures" of March 1, 2022 No. 81 "About measures" and of March 5, 2022 No. 95 "About creditors", I decide:',
      [['ru-ukaz-79-2022', 'presidential decrees of the Russian Federation of February 28, 2022 No. 79'], ['ru-ukaz-81-2022', 'of March 1, 2022 No. 81'], ['ru-ukaz-95-2022', 'of March 5, 2022 No. 95']]],
  ], 'en');
});

describe('government orders (распоряжения) keep their "-r"', () => {
  table([
    ['On 31 December 2020, the Russian Government issued order no. 3718-р of 31 December 2020 (the Order) on a patent. The Order names the drug.',
      // (its date after its number is part of its citation, as a federal law's is: "Order no. 947 dated 25 May 2022")
      [['ru-gov-3718-r-2020', 'order no. 3718-р of 31 December 2020'], ['ru-gov-3718-r-2020', 'Order']]],
    ['the Order of the Government of the Russian Federation dated 03.05.2022 No. 430r lists the states',
      [['ru-gov-430-r-2022', 'Order of the Government of the Russian Federation dated 03.05.2022 No. 430r']]],
    // an order without its "-р" is anyone's order, unless its sentence says the Government issued it (then a
    // translation's word for a resolution, постановление: "the Government issued Order no. 1767", round 20)
    ['the Ministry issued order No. 5 in 2020', []],
    ['order No. 5 of 2020 sets the rates', []],
    ['the Government issued order No. 5 in 2020', [['ru-gov-5-2020', 'order No. 5']]],
  ], 'en');
  table([
    ['распоряжение Правительства РФ от 31.12.2020 № 3718-р', [['ru-gov-3718-r-2020', 'распоряжение Правительства РФ от 31.12.2020 № 3718-р']]],
  ], 'ru');
});

describe("a law's heading in capitals", () => {
  table([
    ['FEDERAL LAW OF FEBRUARY 7, 2003, # 22-FZ ON AMENDING THE PATENT LAW', [['ru-fl-22-fz-2003', 'FEDERAL LAW OF FEBRUARY 7, 2003, # 22-FZ']]],
  ], 'en');
});

describe("a code's chapters and sections", () => {
  table([
    ['The Civil Code says so in Ch. 70.', [['ru-civil-code', 'Civil Code'], ['ru-civil-code', 'Ch. 70']]],
  ], 'en');
  table([
    ['Налоговый кодекс РФ дополнен главой 25.3.', [['ru-tax-code', 'Налоговый кодекс РФ'], ['ru-tax-code', 'главой 25.3']]],
    // the code named right after the section is its own, whatever was named before
    ['ст. 146 УК РФ. Положения раздела VII ГК РФ.', [['ru-criminal-code:146', 'ст. 146 УК РФ'], ['ru-civil-code', 'раздела VII ГК РФ']]],
  ], 'ru');
});

describe('the WIPO Convention', () => {
  table([
    ['the Stockholm Convention on the Establishment of the World Intellectual Property Organization of 1967',
      [['wipo-convention', 'Stockholm Convention on the Establishment of the World Intellectual Property Organization']]],
  ], 'en');
  table([
    ['Конвенция, учреждающая Всемирную организацию интеллектуальной собственности', [['wipo-convention', 'Конвенция, учреждающая Всемирную организацию интеллектуальной собственности']]],
  ], 'ru');
});
