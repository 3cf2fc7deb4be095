// Table tests for forms read from rounds 58–60 after their one run (GitHub notices, issue threads, privacy policies and
// READMEs): a numbered act without its year in a text that uses its title's subject words anywhere, not only around it
// ("152-ФЗ" in an issue's title, «персональных данных» paragraphs later), the series before the number ("ФЗ-152"), a part after its article with commas ("Ст. 6, ч.1, п.1"), a number split by a space never
// read into a law's number ("ст. 6 152-ФЗ"), an agency's "No. 7 of Article 15.1." for «п. 7 ст. 15.1», and bare articles
// of the federal law under discussion over a code named before it.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('English forms', () => {
  table([
    // (compliance notes and issue threads, 2024–2026)
    ['All user data is stored in Russia in compliance with 152-FZ.\n\nWe never sell it.\n\nPersonal data of users is encrypted.', [['ru-fl-152-fz-2006', '152-FZ']]],
    ['Under FZ-152 personal data must be processed with consent.', [['ru-fl-152-fz-2006', 'FZ-152']]],
    ['Article 18(5) of 152-FZ requires databases of personal data located in Russia.', [['ru-fl-152-fz-2006:18/5', 'Article 18(5) of 152-FZ']]],
    // (a law texts cite by number alone, since the twelfth session: 152-FZ is the Law on Personal Data even where the
    // text never speaks of personal data)
    ['All builds comply with 152-FZ.', [['ru-fl-152-fz-2006', '152-FZ']]],
    // (a Roskomnadzor notice in English, github/gov-takedowns)
    ['based on No. 7 of Article 15.1. of the Federal Law dated 27.07.2006 No. 149-FZ "On Information, Information Technologies and Information Protection"',
      [['ru-fl-149-fz-2006:15.1/7', 'No. 7 of Article 15.1. of the Federal Law dated 27.07.2006 No. 149-FZ "On Information, Information Technologies and Information Protection"']]],
  ], 'en', '2024-06-01');
});

describe('Russian forms', () => {
  table([
    ['Баннер согласия нужен по ФЗ-152 «О персональных данных».', [['ru-fl-152-fz-2006', 'ФЗ-152']]],
    ['# 152-ФЗ: полоса согласия\n\nЗачем\n\nАналитика — это обработка персональных данных.', [['ru-fl-152-fz-2006', '152-ФЗ']]],
    ['согласие на обработку персональных данных по ст. 6, 9 ФЗ-152', [['ru-fl-152-fz-2006:6', 'ст. 6, 9 ФЗ-152'], ['ru-fl-152-fz-2006:9', 'ст. 6, 9 ФЗ-152']]],
    ['Обработка персональных данных разрешена по ч. 1 ст. 6 152-ФЗ.', [['ru-fl-152-fz-2006:6/1', 'ч. 1 ст. 6 152-ФЗ']]],
    // (a number split by a space is still one before a code: «статьи 1 477 ГК РФ»)
    ['статьи 1 477 ГК РФ', [['ru-civil-code:1477', 'статьи 1 477 ГК РФ']]],
    ['Согласно ФЗ-152. Ст. 6, ч.1, п.1 разрешает обработку персональных данных с согласия.', [['ru-fl-152-fz-2006', 'ФЗ-152'], ['ru-fl-152-fz-2006:6/1/1', 'Ст. 6, ч.1, п.1']]],
    // (a part before another article of its own stays that article's)
    ['ст. 1252, п. 5 ст. 1253 ГК РФ', [['ru-civil-code:1252', 'ст. 1252'], ['ru-civil-code:1253/5', 'п. 5 ст. 1253 ГК РФ']]],
    // the federal law under discussion takes the bare articles, over a code named before it
    ['Cookie — это персональные данные. Штраф — по ч. 2 ст. 13.11 КоАП РФ.\n\nПрименяются общие нормы 152-ФЗ.\n\nТехнические cookie не требуют согласия (п. 5 ч. 1 ст. 6).',
      [['ru-admin-code:13.11/2', 'ч. 2 ст. 13.11 КоАП РФ'], ['ru-fl-152-fz-2006', '152-ФЗ'], ['ru-fl-152-fz-2006:6/1/5', 'п. 5 ч. 1 ст. 6']]],
    // (never a law amending a code, for an article beyond a law's: "ст. 149" after 265-ФЗ is the Tax Code's)
    ['Налоговый кодекс РФ изменён. Федеральный закон № 265-ФЗ от 31.07.2020 вступил в силу. Льгота — подп. 26 п. 2 ст. 149.',
      [['ru-tax-code', 'Налоговый кодекс РФ'], ['ru-fl-265-fz-2020', 'Федеральный закон № 265-ФЗ от 31.07.2020'], ['ru-tax-code:149/2/26', 'подп. 26 п. 2 ст. 149']]],
  ], 'ru', '2024-06-01');
});

// A review's counter-examples to the session's rules, each answered.
describe('what the new rules must not read', () => {
  table([
    // (the law under discussion is never an amending act, nor a law named beside a code)
    ['Осужден по ч. 2 ст. 228 УК РФ (в ред. Федерального закона от 07.12.2011 № 420-ФЗ). Суд применил ст. 64.',
      [['ru-criminal-code:228/2', 'ч. 2 ст. 228 УК РФ'], ['ru-fl-420-fz-2011', 'Федерального закона от 07.12.2011 № 420-ФЗ'], ['ru-criminal-code:64', 'ст. 64']]],
    ['По КоАП РФ за нарушение Федерального закона № 152-ФЗ «О персональных данных» грозит штраф. Штраф по ст. 13.11.',
      [['ru-admin-code', 'КоАП РФ'], ['ru-fl-152-fz-2006', 'Федерального закона № 152-ФЗ'], ['ru-admin-code:13.11', 'ст. 13.11']]],
    // (parts after a comma: never another article's, never another document's)
    ['Осужден по ст. 105, п. «ж» ч. 2 ст. 105 УК РФ', [['ru-criminal-code:105', 'ст. 105'], ['ru-criminal-code:105/2/ж', 'п. «ж» ч. 2 ст. 105 УК РФ']]],
    ['ст. 30, ч. 3, ст. 228.1, ч. 4 УК РФ', [['ru-criminal-code:30/3', 'ст. 30, ч. 3'], ['ru-criminal-code:228.1/4', 'ст. 228.1, ч. 4 УК РФ']]],
    ['по ст. 309, п. 1 договора и ГК РФ', [['ru-civil-code:309', 'ст. 309']]],
    // («ФЗ-152» never inside a path, a tag or a version)
    ['см. /docs/ФЗ-152/readme, тег #ФЗ-152 и версию ФЗ-152.v2 (персональные данные)', []],
    // (registered names never a company's own document, nor any two parties' agreement)
    ['Утвердить Положение о фирме «Ромашка». Ст. 3 Положения о фирме ООО «Вектор».', []],
    ['Соглашение о партнерстве и сотрудничестве между банком и университетом', []],
    ['Россия и Беларусь подписали Соглашение о государственных закупках', []],
  ], 'ru', '2024-06-01');
  table([
    ['Amendment No. 4 of Article 10 of the Civil Code', [['ru-civil-code:10', 'Article 10 of the Civil Code']]],
    // (a dot that ends a sentence ties nothing to the next sentence's code)
    ['The ECHR found a violation of Article 6. Of the Russian Criminal Procedure Code, Article 108 was central.',
      [['echr-convention', 'ECHR'], ['echr-convention:6', 'Article 6'], ['ru-criminal-procedure-code:108', 'Article 108']]],
    ['the Agreement on Government Procurement between the EC and Switzerland (1999)', []],
    ['the Information Technology Agreement dated 5 May 2020 between the Bank and IBM', []],
    // (two capitals are too short a short form: "PC" later is a computer)
    ['Paris Convention (PC). Each PC must have licensed software.', [['paris-convention', 'Paris Convention']]],
  ], 'en', '2024-06-01');
  // (a text written after the new Criminal Procedure Code was signed means it, before it took effect)
  table([['С 1 июля 2002 г. вступает в силу УПК РФ. Статья 108 УПК РФ', [['ru-criminal-procedure-code', 'УПК РФ'], ['ru-criminal-procedure-code:108', 'Статья 108 УПК РФ']]]], 'ru', '2001-12-20');
  table([['Статья 108 УПК РФ', [['ru-rsfsr-criminal-procedure-code:108', 'Статья 108 УПК РФ']]]], 'ru', '1998-05-01');
});
