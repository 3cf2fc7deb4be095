// Table tests for the forms rounds 52–54 of the external gold showed once run (their one run is the ninth session's
// holdout figure; these were written after it, so they count for the next holdout only): a numbered act's date after
// its quoted title ("Federal Law No. 454-FZ “On the Seed Industry” of December 30, 2021"), and codes listed by their
// adjectives before one plural code word ("the Civil, Administrative or Criminal Codes", «Гражданского, Уголовного и
// Административного кодексов»).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('English forms', () => {
  table([
    // (gorodissky.com, 2024)
    ['Federal Law No. 454-FZ “On the Seed Industry” of December 30, 2021 regulates seeds.', [['ru-fl-454-fz-2021', 'Federal Law No. 454-FZ']]],
    ['Law No. 123-FZ “On Pedigree Stock Breeding” dated August 03, 1995', [['ru-fl-123-fz-1995', 'Law No. 123-FZ']]],
    // (a date of something else after the title is not tied: "was amended on")
    ['Federal Law No. 454-FZ “On the Seed Industry” was amended on December 30, 2023.', []],
    // (workingrede; rapsinews.com, 2020)
    ['Copyright infringement is addressed by the Civil, Administrative or Criminal Codes of Russia.',
      [['ru-admin-code', 'Civil, Administrative or Criminal Codes'], ['ru-civil-code', 'Civil, Administrative or Criminal Codes'], ['ru-criminal-code', 'Civil, Administrative or Criminal Codes']]],
    ['liability under the Criminal and Administrative Offences Codes', [['ru-admin-code', 'Criminal and Administrative Offences Codes'], ['ru-criminal-code', 'Criminal and Administrative Offences Codes']]],
    // another state's codes, and one adjective alone, are no list
    ['Both the Civil and Criminal Codes of France apply.', []],
    ['the Civil Codes of the CIS states', []],
  ], 'en');
});

describe('Russian forms', () => {
  table([
    ['Федеральный закон № 454-ФЗ «О семеноводстве» от 30.12.2021 регулирует семеноводство.', [['ru-fl-454-fz-2021', 'Федеральный закон № 454-ФЗ']]],
    // (troy.ru)
    ['нормы Гражданского, Уголовного и Административного кодексов РФ', [
      ['ru-admin-code', 'Гражданского, Уголовного и Административного кодексов'], ['ru-civil-code', 'Гражданского, Уголовного и Административного кодексов'],
      ['ru-criminal-code', 'Гражданского, Уголовного и Административного кодексов']]],
    ['нормы Гражданского и Уголовного кодексов Франции', []],
  ], 'ru');
});
