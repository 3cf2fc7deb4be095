// Table tests for forms worked on in the sixteenth session from dev (rounds 1–72) only, while rounds 73–75 were
// collected unseen: a well-known government act by its number alone, a definition after an amending law's title that
// holds the amended law's title, a dash before a list of articles, a slash between two dotted articles.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('A government act the registry knows by its number alone, without its number sign', () => {
  table([
    // (dev round 63: a blog on the 2025 Special 301 Report)
    ['The Report proceeds to inform the readers that Russia implemented Decree 299 in 2022, which allows Russian companies to avoid paying compensation.',
      [['ru-gov-299-2022', 'Decree 299']]],
    ['On March 5, 2022, the Kremlin issued Decree 299, which states that Russian companies may use patents.',
      [['ru-gov-299-2022', 'Decree 299']]],
    // (never another issuer's act of that number, nor an unknown number without its sign)
    ['The mayor cited Decree 299 of the Moscow City Council.', []],
    ['Russia implemented Decree 417 in 2022.', []],
  ], 'en');
});

describe("A definition after an amending law's title is the amending law's, not the amended law's inside it", () => {
  table([
    // (dev: a law-firm note on the 2017 mirror-sites law)
    ['On 1 July 2017, the Russian president signed Federal Law No. 156-FZ "On the Introduction of Amendments into the Federal Law "On Information, Information Technology and the Protection of Information" (the Law). The Law also establishes the procedure.',
      [['ru-fl-156-fz-2017', 'Federal Law No. 156-FZ'], ['ru-fl-149-fz-2006', 'Federal Law "On Information, Information Technology and the Protection of Information"'], ['ru-fl-156-fz-2017', 'Law']]],
  ], 'en');
  table([
    ['Федеральный закон от 01.07.2017 N 156-ФЗ "О внесении изменений в Федеральный закон "Об информации, информационных технологиях и о защите информации"" (далее - Закон). Закон вступает в силу.',
      [['ru-fl-156-fz-2017', 'Федеральный закон от 01.07.2017 N 156-ФЗ'], ['ru-fl-149-fz-2006', 'Федеральный закон "Об информации, информационных технологиях и о защите информации"'], ['ru-fl-156-fz-2017', 'Закон']]],
  ], 'ru');
});

describe('Lists of articles after a dash or with a slash (Russian)', () => {
  table([
    // (dev round 33: a criminal-law textbook)
    ['В Уголовном кодексе Российской Федерации (далее — УК РФ) охране интеллектуальной собственности посвящено три статьи — 146, 147 и 180. Из них только последняя',
      [['ru-criminal-code', 'Уголовном кодексе Российской Федерации'], ['ru-criminal-code:146', 'статьи — 146, 147 и 180'], ['ru-criminal-code:147', 'статьи — 146, 147 и 180'], ['ru-criminal-code:180', 'статьи — 146, 147 и 180']]],
    // (one number after a dash is no list: «статьи — 5 лет»)
    ['По ст. 146 УК РФ осуждены трое; обе статьи — 6 лет назад изменённые — применены.', [['ru-criminal-code:146', 'ст. 146 УК РФ']]],
    // (a slash between dotted articles lists them; "ст. 12/3" is not read as two articles)
    ['Размер пошлины определяется по ст. 333.19/333.21 НК РФ.', [['ru-tax-code:333.19', 'ст. 333.19/333.21 НК РФ'], ['ru-tax-code:333.21', 'ст. 333.19/333.21 НК РФ']]],
  ], 'ru');
});

describe("The Constitutional Court's own powers: a lettered item of an article's part in brackets", () => {
  table([
    // (dev rounds 61 and 64: the Court's rulings open so)
    ['Конституционный Суд Российской Федерации, руководствуясь статьей 125 (пункт "а" части 4) Конституции Российской Федерации, пунктом 3 части первой статьи 3 Федерального конституционного закона "О Конституционном Суде Российской Федерации"',
      [['ru-constitution:125/4/а', 'статьей 125 (пункт "а" части 4) Конституции Российской Федерации'],
        ['ru-fl-1-fkz-1994:3/1/3', 'пунктом 3 части первой статьи 3 Федерального конституционного закона "О Конституционном Суде Российской Федерации"']]],
    // (the note to an article is still read: the new form adds no group to the lists' patterns)
    ['Планируется внести изменения в примечание к статье 146 УК РФ, которым определяются пороговые значения', [['ru-criminal-code:146/note', 'примечание к статье 146 УК РФ']]],
  ], 'ru');
});

describe('"the Act": a Russian law a translation named as an Act before', () => {
  table([
    // (dev round 41: the Strasbourg court's "relevant domestic law")
    ['18. The Operational-Search Activities Act of 12 August 1995 (no. 144-FZ) sets the aims. Under section 6 of the Act, the police may conduct test purchases.',
      [['ru-fl-144-fz-1995', 'Operational-Search Activities Act'], ['ru-fl-144-fz-1995', 'no. 144-FZ'], ['ru-fl-144-fz-1995:6', 'section 6 of the Act']]],
    // (never a law named otherwise: "the Act" after the Law on Information is no citation)
    ['The Law on Information (no. 149-FZ) was amended. Under section 6 of the Act, access may be restricted.',
      [['ru-fl-149-fz-2006', 'Law on Information (no. 149-FZ']]],
  ], 'en');
});

describe('Found while checking a stored memo through the CLI', () => {
  table([
    // (the Constitution has 137 articles: a bare four-figure article after it is not its)
    ['The Constitutional Court, relying on Article 125 of the Constitution of the Russian Federation, reviewed Article 1253.1.',
      [['ru-constitution:125', 'Article 125 of the Constitution of the Russian Federation']]],
    // (a Russian run inside an English sentence keeps its straight quotes)
    ['The Constitutional Court, руководствуясь статьей 125 (пункт "а" части 4) Конституции Российской Федерации, reviewed it.',
      [['ru-constitution:125/4/а', 'статьей 125 (пункт "а" части 4) Конституции Российской Федерации']]],
  ], 'en');
  table([
    // (the 2020 amendments' inserted articles stay articles)
    ['статья 67.1 Конституции РФ, часть 2 статьи 75.1 Конституции', [['ru-constitution:67.1', 'статья 67.1 Конституции РФ'], ['ru-constitution:75.1/2', 'часть 2 статьи 75.1 Конституции']]],
  ], 'ru');
});

describe("A review's counter-examples to the session's rules", () => {
  table([
    // (a decree without its sign only where its own sentence names Russia, and only the registered act)
    ['The Government of Italy adopted Legislative Decree 299 in 2003.', []],
    ['The Government met on Tuesday. Separately, the city adopted Decree 299 on parking.', []],
    ['The Russian Government adopted Decree 299 in 2003.', []],
    // (a market access agreement only with both states named)
    ['The U.S.-China bilateral market access agreement, and the EU bilateral market access agreement', []],
    // ("the Act" never across another Act or a paragraph)
    ['18. The Operational-Search Activities Act of 12 August 1995 (no. 144-FZ) sets the aims. In the United Kingdom, the Regulation of Investigatory Powers Act 2000 differs. Under section 6 of the Act, test purchases are lawful.',
      [['ru-fl-144-fz-1995', 'Operational-Search Activities Act'], ['ru-fl-144-fz-1995', 'no. 144-FZ']]],
    // ("Chapter N of the Code" never another state's, nor a lower-case chapter of a book)
    ['The Russian Civil Code governs contracts. In the US, Chapter 11 of the Code allows reorganisation.', [['ru-civil-code', 'Russian Civil Code']]],
    ['The Russian Civil Code governs contracts. Separately, chapter 5 of the Code is discussed in our book.', [['ru-civil-code', 'Russian Civil Code']]],
    // ("Protocol No. 1" and "Patent Regulations" alone only beside their own system's name)
    ['Protocol No. 1 on the role of national Parliaments in the European Union; the European Court of Justice', []],
    ['Rule 53 of the Chinese Patent Regulations; the Eurasian Economic Union', []],
    ['She visited the Bern Convention Centre.', []],
    // (a "§§" list and "Protocol No. 1" at a sentence's end)
    ['The European Convention on Human Rights. There has been a violation of Article 6 §§ 1 and 3 of the Convention. The European Court of Human Rights found a violation of Article 1 of Protocol No. 1.',
      [['echr-convention', 'European Convention on Human Rights'], ['echr-convention:6/1', 'Article 6 §§ 1 and 3 of the Convention'], ['echr-convention:6/3', 'Article 6 §§ 1 and 3 of the Convention'], ['echr-protocol-1:1', 'Article 1 of Protocol No. 1']]],
    // (the Constitution's reach at any size)
    ['Article 200 of the Constitution of the Russian Federation', [['ru-constitution', 'Constitution of the Russian Federation']]],
  ], 'en');
  table([
    // (a dashed list that counts something else)
    ['Обе статьи — 10 и 12 страниц — посвящены ст. 1252 ГК РФ.', [['ru-civil-code:1252', 'ст. 1252 ГК РФ']]],
  ], 'ru');
});
