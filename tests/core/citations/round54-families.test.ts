// Table tests for the forms rounds 52–54 of the external gold showed once run (their one run is the ninth session's
// holdout figure; these were written after it, so they count for the next holdout only): a numbered act's date after
// its quoted title ("Federal Law No. 454-FZ “On the Seed Industry” of December 30, 2021"), and codes listed by their
// adjectives before one plural code word ("the Civil, Administrative or Criminal Codes", «Гражданского, Уголовного и
// Административного кодексов»); a part of the code named last ("Part 4 of the Code", «части четвертой Кодекса»); "the
// Agreement on Eurasian Economic Union"; the Law on Information by its quoted short title («закона "Об информации"»).
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
    // (garant.ru, 2006)
    ['Part 4 of the Civil Code of the Russian Federation is entered into force. The acts are brought in compliance with Part 4 of the Code.',
      [['ru-civil-code', 'Part 4 of the Civil Code of the Russian Federation'], ['ru-civil-code', 'Part 4 of the Code']]],
    // a code not in parts has none; a bare "the Code" is no citation
    ['The Criminal Code applies. Part 2 of the Code is special. The Code is strict.', [['ru-criminal-code', 'Criminal Code']]],
    // (dejalex.com, 2019)
    ['the Agreement on Eurasian Economic Union of 29 May 2014', [['eaeu-treaty', 'Agreement on Eurasian Economic Union']]],
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
    ['Гражданский кодекс РФ. Положения части четвертой Кодекса применяются.', [['ru-civil-code', 'Гражданский кодекс РФ'], ['ru-civil-code', 'части четвертой Кодекса']]],
    // (dzen.ru, 2022); never 1995's law
    ['статья 15.3 закона "Об информации" позволяет блокировать', [['ru-fl-149-fz-2006:15.3', 'статья 15.3 закона "Об информации"']]],
    ['закон «Об информации, информатизации и защите информации»', [['ru-fl-24-fz-1995', 'закон «Об информации, информатизации и защите информации»']]],
  ], 'ru');
});
