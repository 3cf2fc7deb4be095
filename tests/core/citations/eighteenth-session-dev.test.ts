// Table tests for what the eighteenth session worked on from dev (rounds 1–81) and general knowledge only, while rounds
// 82–84 were collected unseen: widely cited federal laws registered by number, date and title; a bill named before the
// law it became is no reference; a short form defined after a gazette's long list of positions.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Widely cited federal laws, by their titles in either language and by the names the press gives them', () => {
  table([
    // (dev round 60: a review of the Yarovaya package)
    ["Russia's Religion Law restricts missionary work.", [['ru-fl-125-fz-1997', "Russia's Religion Law"]]],
    ['The Federal Law “On Public Associations” governs their registration.', [['ru-fl-82-fz-1995', 'Federal Law “On Public Associations”']]],
    // (dev round 25: a thesis on children's information security)
    ['See Article 14 of the Federal Law “On Basic Guarantees of the Rights of the Child in the Russian Federation”.',
      [['ru-fl-124-fz-1998:14', 'Article 14 of the Federal Law “On Basic Guarantees of the Rights of the Child in the Russian Federation”']]],
    // (dev round 77: a trade-secret note)
    ['Insiders are listed under the Federal Law "On Insider Information".', [['ru-fl-224-fz-2010', 'Federal Law "On Insider Information"']]],
    // (dev round 80: the platform economy law under the bill's title)
    ['The Federal Law “On Certain Issues of Platform Economy Regulation in the Russian Federation” takes effect in 2026.',
      [['ru-fl-289-fz-2025', 'Federal Law “On Certain Issues of Platform Economy Regulation in the Russian Federation”']]],
    ['The law on undesirable organizations was applied to the foundation.', [['ru-fl-129-fz-2015', 'law on undesirable organizations']]],
    ['Article 5 of the Federal Law On Assemblies, Meetings, Demonstrations, Marches and Picketing requires notice.',
      [['ru-fl-54-fz-2004:5', 'Article 5 of the Federal Law On Assemblies, Meetings, Demonstrations, Marches and Picketing']]],
    ['The Federal Constitutional Law "On the Commissioner for Human Rights in the Russian Federation" sets the term.',
      [['ru-fl-1-fkz-1997', 'Federal Constitutional Law "On the Commissioner for Human Rights in the Russian Federation"']]],
    // (the number alone after the law was named by its title)
    ['Federal Law “On Public Associations” applies; Federal Law No. 82-FZ also requires a charter.',
      [['ru-fl-82-fz-1995', 'Federal Law “On Public Associations”'], ['ru-fl-82-fz-1995', 'Federal Law No. 82-FZ']]],
    // (round 4's example of an unregistered law, registered now)
    ['The Civil Code governs this. Federal Law "On Banks and Banking Activity" sets the rules in Article 5.',
      [['ru-civil-code', 'Civil Code'], ['ru-law-395-1-1990', 'Federal Law "On Banks and Banking Activity"'], ['ru-law-395-1-1990:5', 'Article 5']]],
    // (a short name other states' laws share is never read without the title: no citation)
    ['The Law on Public Associations of Kazakhstan was amended.', []],
  ], 'en');
  table([
    ['Применяется Закон о нежелательных организациях.', [['ru-fl-129-fz-2015', 'Закон о нежелательных организациях']]],
    ['ст. 3 Закона о платформенной экономике', [['ru-fl-289-fz-2025:3', 'ст. 3 Закона о платформенной экономике']]],
    ['статья 6 Федерального закона "О государственном языке Российской Федерации"',
      [['ru-fl-53-fz-2005:6', 'статья 6 Федерального закона "О государственном языке Российской Федерации"']]],
    ['ФКЗ «Об Уполномоченном по правам человека в Российской Федерации» определяет его статус.',
      [['ru-fl-1-fkz-1997', 'ФКЗ «Об Уполномоченном по правам человека в Российской Федерации»']]],
    ['ст. 5 Федерального закона «О банках и банковской деятельности»', [['ru-law-395-1-1990:5', 'ст. 5 Федерального закона «О банках и банковской деятельности»']]],
    ['Основы законодательства Российской Федерации о культуре', [['ru-law-3612-1-1992', 'Основы законодательства Российской Федерации о культуре']]],
    // (another state's law of the same title is not Russia's)
    ['Закон Республики Беларусь «Об общественных объединениях» изменён.', []],
  ], 'ru');
});

describe("A bill's words before a law's name: the bill is no reference, the acts named inside its title are", () => {
  table([
    // (dev round 80: a note on the platform economy bill's passage)
    ['22 июля 2025 Госдумой был принят проект федерального закона о платформенной экономике.', []],
    // (dev round 36: a note on a trade-secret bill)
    ['Проект федерального закона "О коммерческой тайне" обсуждался в 2003 году.', []],
    ['Проект федерального закона «О внесении изменений в Федеральный закон «Об информации, информационных технологиях и о защите информации»».',
      [['ru-fl-149-fz-2006', 'Федеральный закон «Об информации, информационных технологиях и о защите информации»']]],
    // (the law itself, once adopted, still is)
    ['Закон о платформенной экономике вступил в силу.', [['ru-fl-289-fz-2025', 'Закон о платформенной экономике']]],
  ], 'ru');
  table([
    ['The draft Federal Law "On Personal Data" was tabled in 2005.', []],
    ['The bill amends Federal Law No. 152-FZ of 27 July 2006.', [['ru-fl-152-fz-2006', 'Federal Law No. 152-FZ of 27 July 2006']]],
  ], 'en');
});

describe("A short form defined after a gazette's positions, however many", () => {
  const gazette = `(Собрание законодательства Российской Федерации, 1996, N 17, ст. 1918; ${Array.from({ length: 40 }, (_, i) => `${2001 + (i % 14)}, N ${i + 3}, ст. ${1000 + i * 7}`).join('; ')})`;
  table([
    // (dev round 79: the Bank of Russia's disclosure regulation)
    [`пунктом 4 статьи 22 Федерального закона от 22 апреля 1996 года N 39-ФЗ "О рынке ценных бумаг" ${gazette} (далее - Федеральный закон "О рынке ценных бумаг").`,
      [['ru-fl-39-fz-1996:22/4', 'пунктом 4 статьи 22 Федерального закона от 22 апреля 1996 года N 39-ФЗ']]],
  ], 'ru');
});

// The session's second loop, from dev (rounds 1–84) only while rounds 85–87 were collected unseen.
describe('Dotted articles listed before a bare code abbreviation; a share is no article', () => {
  table([
    // (dev round 83: an NGO's report)
    ['статьи о неповиновении полиции и мелком хулиганстве (19.3 и 20.1 КоАП) и более десяти других статей',
      [['ru-admin-code:19.3', '19.3 и 20.1 КоАП'], ['ru-admin-code:20.1', '19.3 и 20.1 КоАП']]],
    ['70% дел по статье 20.2 КоАП, 76% по статье 20.2.2, 77% по статье 20.3',
      [['ru-admin-code:20.2', 'статье 20.2 КоАП'], ['ru-admin-code:20.2.2', 'статье 20.2.2'], ['ru-admin-code:20.3', 'статье 20.3']]],
    ['14.10 КоАП', [['ru-admin-code:14.10', '14.10 КоАП']]],
    // (a day and a month are no articles: a leading zero; and before a bare «УК» a dotted number below 100 is none)
    ['От 12.05 и 14.06 УК ничего не поступало.', [['ru-criminal-code', 'УК']]],
    ['В 3.5 УК округа работают.', [['ru-criminal-code', 'УК']]],
  ], 'ru');
});

// A review of the session's rules with adversarial sentences (its counter-examples, each a row).
describe("The session's rules against a reviewer's counter-examples", () => {
  table([
    // (a federal constitutional law's number keeps its article: «1-ФКЗ» is no name's start)
    ['Статья 6 Федерального конституционного закона от 26.02.1997 N 1-ФКЗ "Об Уполномоченном по правам человека в Российской Федерации".',
      [['ru-fl-1-fkz-1997:6', 'Статья 6 Федерального конституционного закона от 26.02.1997 N 1-ФКЗ']]],
    // (the law a bill amends is cited: the bill's words are not in the genitive, or the law has its number)
    ['Согласно проекту Федеральный закон от 27.07.2006 № 152-ФЗ дополняется статьей 18.2.',
      [['ru-fl-152-fz-2006', 'Федеральный закон от 27.07.2006 № 152-ФЗ'], ['ru-fl-152-fz-2006:18.2', 'статьей 18.2']]],
    ['Проектом Федеральный закон «О персональных данных» дополняется новой статьей.', [['ru-fl-152-fz-2006', 'Федеральный закон «О персональных данных»']]],
    // (a nickname other states' laws share, in a sentence on another state)
    ['В Китае готовят закон о платформенной экономике.', []],
    ['В Беларуси участника акции оштрафовали по 24.23 КоАП.', [['ru-admin-code', 'КоАП']]],
    ['В Минске его судили по 24.23 КоАП РБ.', [['ru-admin-code', 'КоАП']]],
    ['Тариф 125.40 УК «Северная» установила с января.', [['ru-criminal-code', 'УК']]],
    // (a short form defined after a gazette abbreviated «СЗ РФ»: the later use is the defined law's)
    ['№ 39-ФЗ «О рынке ценных бумаг» (СЗ РФ, 1996, № 17, ст. 1918; 2002, № 52, ст. 5141; 2005, № 11, ст. 900; 2023, № 1, ст. 5) (далее – Закон о РЦБ). Федеральный закон от 27.07.2006 № 152-ФЗ также применяется. Согласно статье 51.1 Закона о РЦБ сделка раскрывается.',
      [['ru-fl-39-fz-1996', '№ 39-ФЗ'], ['ru-fl-152-fz-2006', 'Федеральный закон от 27.07.2006 № 152-ФЗ'], ['ru-fl-39-fz-1996:51.1', 'статье 51.1 Закона о РЦБ']]],
    // (the official Russian title of the TRIMs Agreement)
    ['Статья 2 Соглашения по связанным с торговлей инвестиционным мерам', [['wto-trims:2', 'Статья 2 Соглашения по связанным с торговлей инвестиционным мерам']]],
    // (never UNESCO's constitution or UN-Habitat's)
    ['Статья 1 Устава Организации Объединенных Наций по вопросам образования, науки и культуры', []],
  ], 'ru');
  table([
    ['Under the bill Federal Law No. 152-FZ would be amended.', [['ru-fl-152-fz-2006', 'Federal Law No. 152-FZ']]],
    ['China is drafting a platform economy law to regulate Alibaba and Meituan.', []],
    ['Forum 18 notes that Macedonia’s 1997 religion law required re-registration.', []],
    ['Article 1 of the Optional Protocol to the ICCPR allows complaints.', []],
    ['Article 2 of the UN Charter of Economic Rights and Duties of States', []],
    ['See ACTA JURIDICA HUNGARICA 45 (2004).', []],
    ['Employees must sign the Business Trips Agreement before travel.', []],
    ['The Trips Agreement sets minimum standards.', [['wto-trips', 'Trips Agreement']]],
  ], 'en');
  // (the foreign agents names never for another state's law, whatever the date)
  table([
    ['Tens of thousands protested in Tbilisi against the foreign agents law, which critics call the "Russian law".', []],
    ['El Salvador’s foreign agents law, approved in May 2025, resembles Russia’s.', []],
    ['Russian officials say their 2012 law simply copies America’s foreign agents law, FARA.', []],
  ], 'en', '2025-06-01');
  table([['В Тбилиси прошли протесты против закона об иноагентах.', []]], 'ru', '2024-05-01');
  // (a law named by its title in a text written before it was adopted: the bill, not the law)
  table([['Госдума обсуждает закон о платформенной экономике.', []]], 'ru', '2023-05-01');
  table([['Закон о платформенной экономике вступил в силу.', [['ru-fl-289-fz-2025', 'Закон о платформенной экономике']]]], 'ru', '2026-05-01');
});

// The session's third loop, from dev (rounds 1–87) only while rounds 88–90 were collected unseen.
describe('A part in bare brackets inside a list of articles', () => {
  table([
    // (dev round 85: the Eurasian office's PCT guide)
    ['согласно ст.11(3), 23, 40 РСТ', [['wipo-pct:11/3', 'ст.11(3), 23, 40 РСТ'], ['wipo-pct:23', 'ст.11(3), 23, 40 РСТ'], ['wipo-pct:40', 'ст.11(3), 23, 40 РСТ']]],
    ['ст. 1252(5), 1253 ГК РФ', [['ru-civil-code:1252/5', 'ст. 1252(5), 1253 ГК РФ'], ['ru-civil-code:1253', 'ст. 1252(5), 1253 ГК РФ']]],
    // (an item's bracketed number is an inserted item; dev round 73: the digital ministry's order on the software register)
    ['пунктами 25, 30(3), 33 Правил, утвержденных постановлением Правительства Российской Федерации от 16 ноября 2015 г. № 1236',
      [['ru-gov-1236-2015:25', 'пунктами 25, 30(3), 33 Правил, утвержденных постановлением Правительства Российской Федерации от 16 ноября 2015 г. № 1236'],
        ['ru-gov-1236-2015:30.3', 'пунктами 25, 30(3), 33 Правил, утвержденных постановлением Правительства Российской Федерации от 16 ноября 2015 г. № 1236'],
        ['ru-gov-1236-2015:33', 'пунктами 25, 30(3), 33 Правил, утвержденных постановлением Правительства Российской Федерации от 16 ноября 2015 г. № 1236']]],
    // (a range to a hyphenated insertion: the articles up to its base, then the insertion; dev round 87)
    ['статей 15.1 - 15.3-1 Федерального закона N 149-ФЗ', ['15.1', '15.2', '15.3', '15.3.1'].map((a) => [`ru-fl-149-fz-2006:${a}`, 'статей 15.1 - 15.3-1 Федерального закона N 149-ФЗ'] as [string, string])],
    // (a part in words in brackets is read as before)
    ['ст. 7.12 (ч. 1) и 14.33 (ч. 2) КоАП', [['ru-admin-code:14.33/2', 'ст. 7.12 (ч. 1) и 14.33 (ч. 2) КоАП'], ['ru-admin-code:7.12/1', 'ст. 7.12 (ч. 1) и 14.33 (ч. 2) КоАП']]],
  ], 'ru');
});
