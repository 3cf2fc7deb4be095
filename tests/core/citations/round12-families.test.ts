// Table tests for the families of forms round 12 of the external gold showed (and the dev set before it): a numbered act
// without its year named by the title after it, a Russian article with its part in brackets, Roman articles in Russian,
// a treaty's short Russian name, paragraphs of the WTO accession protocol, and a code's chapters named alone.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';


describe('a numbered act without its year is the registered act its title names', () => {
  table([
    ['article 18 of Federal law № 61-FZ “On the Turnover of Medicines”', [['ru-fl-61-fz-2010:18', 'article 18 of Federal law № 61-FZ']]],
    ['Federal Law No. 98-FZ "On Commercial Secrets" protects know-how.', [['ru-fl-98-fz-2004', 'Federal Law No. 98-FZ']]],
    // a title of another act, or none: the number alone names nothing (numbers restart every year)
    ['Federal Law No. 98-FZ "On Advertising" and Federal Law No. 98-FZ', []],
  ], 'en');
  table([
    ['Федеральный закон № 98-ФЗ «О коммерческой тайне» определяет режим.', [['ru-fl-98-fz-2004', 'Федеральный закон № 98-ФЗ']]],
  ], 'ru');
});

describe('Russian articles with their part in brackets, and in Roman figures', () => {
  table([
    ['статьи 7.12 (ч. 1) и 14.33 (ч. 2) КоАП РФ',
      [['ru-admin-code:14.33/2', 'статьи 7.12 (ч. 1) и 14.33 (ч. 2) КоАП РФ'], ['ru-admin-code:7.12/1', 'статьи 7.12 (ч. 1) и 14.33 (ч. 2) КоАП РФ']]],
    ['по ст. 146 (ч. 2) УК РФ', [['ru-criminal-code:146/2', 'ст. 146 (ч. 2) УК РФ']]],
    ['ст. VII Всемирной конвенции', [['universal-copyright-convention:7', 'ст. VII Всемирной конвенции']]],
    // a code is not numbered in Roman figures: its name alone stays
    ['ст. VII ГК РФ', [['ru-civil-code', 'ГК РФ']]],
    ['К Всемирной конвенции присоединились многие страны.', [['universal-copyright-convention', 'Всемирной конвенции']]],
  ], 'ru');
});

describe('paragraphs of the WTO accession protocol', () => {
  table([
    ['paragraph 2 of the Protocol of Accession of the Russian Federation', [['wto-protocol-rus:2', 'paragraph 2 of the Protocol of Accession of the Russian Federation']]],
    ['the Univ. Copyright Convention', [['universal-copyright-convention', 'Univ. Copyright Convention']]],
  ], 'en');
});

describe("a code's chapter named alone is the code named last before it", () => {
  table([
    ['The Civil Code governs IP in Part 4, Chapter 76(2) and Chapter 69.',
      [['ru-civil-code', 'Civil Code'], ['ru-civil-code', 'Chapter 76(2)'], ['ru-civil-code', 'Chapter 69']]],
    // in another sentence, or another text's chapter, it is nobody's
    ['The Civil Code was amended in 2014. In Chapter 3 we discuss the case law.', [['ru-civil-code', 'Civil Code']]],
    ['Under the Tax Code, the rules in Chapter 2 of the Agreement apply.', [['ru-tax-code', 'Tax Code']]],
    // a chapter the code does not have, or with no code named before, is nobody's
    ['The Civil Code governs IP. Chapter 99 of this book explains it.', [['ru-civil-code', 'Civil Code']]],
    ['Chapter 69 of this book explains it.', []],
  ], 'en');
  table([
    ['Спор рассмотрен по АПК РФ в порядке гл. 29. Иск подан позже.', [['ru-arbitrazh-procedure-code', 'АПК РФ'], ['ru-arbitrazh-procedure-code', 'гл. 29']]],
    ['Нормы УК РФ ужесточены, и главы 12 субъектов согласились.', [['ru-criminal-code', 'УК РФ']]],
    ['Положения ГК РФ применяются, как и раздел VII настоящего отчета.', [['ru-civil-code', 'ГК РФ']]],
    // a heading of the text's own chapters
    ['Ответственность по КоАП РФ.\nГлава 3. Практика применения', [['ru-admin-code', 'КоАП РФ']]],
  ], 'ru');
});

describe('laws the dev rounds cited by title', () => {
  table([
    ['Федеральный закон «О защите детей от информации, причиняющей вред их здоровью и развитию»',
      [['ru-fl-436-fz-2010', 'Федеральный закон «О защите детей от информации, причиняющей вред их здоровью и развитию»']]],
    ['Закон РФ "О правовой охране программ для электронных вычислительных машин и баз данных"',
      [['ru-law-3523-1-1992', 'Закон РФ "О правовой охране программ для электронных вычислительных машин и баз данных"']]],
  ], 'ru');
});
