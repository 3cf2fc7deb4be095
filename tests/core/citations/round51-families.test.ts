// Table tests for the forms the ninth session drew from the dev rounds (1–51) while rounds 52–54 were unread: an
// ordinal before a part word ("the second paragraph of Article 1270", "second part of the new version of article
// 1360"); a president's decree cited again with no issuer in its sentence, in a text written soon after the one
// registered decree of that number ("the issuance of Decree No. 79 in itself …"); a code's short form defined in
// brackets and quotes right after it ("('Russian Civil Code')", "(the \"APC\")") is no citation of its own. Laws by
// their title in other words are in worded-titles.test.ts. A reproduced act's article headings alone on their lines, in
// order ("Article 1", "Article 2"), are no citations; nor are four figures beyond an instrument's articles. A numbered
// act without its year is the one registered act of that number in a text using every content word of its title. A
// code right before its article (one word between at most) places it; with words between it is named on its own.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('English forms', () => {
  table([
    // (weekly-geekly.net; lexology.com, 2021)
    ['Under the second paragraph of Article 1270 of the Civil Code of the Russian Federation, reproduction is a use.',
      [['ru-civil-code:1270/2', 'the second paragraph of Article 1270 of the Civil Code of the Russian Federation']]],
    ['the second part of the new version of article 1360 of the Civil Code provides for compensation',
      [['ru-civil-code:1360/2', 'the second part of the new version of article 1360 of the Civil Code']]],
    ['The first part of Article 146 of the Criminal Code covers plagiarism.', [['ru-criminal-code:146/1', 'The first part of Article 146 of the Criminal Code']]],
    // an ordinal paragraph of an article written with its item is an абзац; a list of ordinals cites the article alone
    ['The second paragraph of Article 1252(1) of the Civil Code', [['ru-civil-code:1252/1', 'The second paragraph of Article 1252(1) of the Civil Code']]],
    ['The first and second paragraphs of Article 1270 of the Civil Code', [['ru-civil-code:1270', 'Article 1270 of the Civil Code']]],
    // an ordinal paragraph of an item is an абзац, which keys do not carry: the item is cited
    ['the third paragraph of item 1 of Article 1252 of the Civil Code', [['ru-civil-code:1252/1', 'item 1 of Article 1252 of the Civil Code']]],
    // a code's short form defined in brackets and quotes right after it is part of that citation; later uses cite it
    // (alrud.com, 2021; mayerbrown.com, 2024)
    ["Under Article 1360 the Civil Code of the Russian Federation ('Russian Civil Code') a licence may be granted. The Russian Civil Code says so.",
      [['ru-civil-code:1360', 'Article 1360'], ['ru-civil-code', 'Russian Civil Code']]],
    ['the Arbitrazh Procedure Code of the Russian Federation (the "APC") applies',
      [['ru-arbitrazh-procedure-code', 'Arbitrazh Procedure Code of the Russian Federation']]],
    // four figures beyond the instrument's articles are no article (a gazette's "Art. 4342", a garbled copy's number)
    ['Article 1600 of the Civil Code applies', [['ru-civil-code', 'Civil Code']]],
    ['Article 1551 of the Civil Code applies', [['ru-civil-code:1551', 'Article 1551 of the Civil Code']]],
    ['Article 1200 of the Criminal Code applies', [['ru-criminal-code', 'Criminal Code']]],
    // an ordinal article is no article number
    ['the first article of the Civil Code', [['ru-civil-code', 'Civil Code']]],
  ], 'en');
});

describe('a decree cited with no issuer in its sentence', () => {
  // (epap.ru, 5 April 2022): the President is named earlier in the text
  const text = 'The court cited a Decree of the President. The Court noted that the issuance of Decree No. 79 in itself does not lead to an abuse.';
  table([[text, [['ru-ukaz-79-2022', 'Decree No. 79']]]], 'en', '2022-04-05');
  // another issuer's act, or one its sentence dates otherwise, is none of the registry's
  table([
    ['The President signed many acts. Decree No. 322 of 2020 was different.', []],
    ['The President signed many acts. The 2019 Decree No. 95 was different.', []],
    ['The President signed many acts. Decree No. 81 of the Chief State Sanitary Doctor applies.', []],
    ['The President signed many acts. In its Decree No. 95 the Plenum explained.', []],
    ["The President signed many acts. Rosstandart's Decree No. 81 applies.", []],
  ], 'en', '2022-06-01');
  table([
    ['Президент подписал указ. Указом № 81 Главы Республики Татарстан утверждено.', []],
    ['Президент подписал указ. Указ № 81 от 2015 года отменен.', []],
  ], 'ru', '2022-06-01');
  // a ministry's act is none of the registry's
  table([['The court cited a Decree of the President. The ministry relied on its Decree No. 79 in itself.', []]], 'en', '2022-04-05');
  // long after the decree, or undated: its number alone names nothing
  table([[text, []]], 'en', '2026-01-01');
  table([[text, []]], 'en');
});

describe("a reproduced act's article headings alone on their lines", () => {
  // (cis-legislation.com: the 1998 CIS agreement on IP offences, text as published)
  const agreement = 'The agreement on cooperation on suppression of offenses in the field of intellectual property\n\nagreed as follows:\n\nArticle 1\n\nFor the purposes of this agreement "intellectual property" is understood as specified in article 2 of the Convention establishing the World Intellectual Property Organization.\n\nArticle 2\n\nThe Parties will cooperate.\n\nArticle 3\n\nEach Party has the right to provide it.';
  table([[agreement, [['wipo-convention:2', 'article 2 of the Convention establishing the World Intellectual Property Organization']]]], 'en');
  table([['Соглашение о международном депонировании промышленных образцов\n\nСтатья 1\n\nСтраны образуют Союз.\n\nСтатья 2\n\nДепонирование производится в Бюро.', []]], 'ru');
  // (once, such a line is an ECHR note's keyword, "Article 10", and a citation: forum.test.ts), also where a quoted act's
  // run of headings follows
  table([['Information Note on the Court’s case-law 241\n\nBulgakov v. Russia - 20159/15\n\nArticle 10\n\nLaw – The impugned measure was an interference.\n\nThe law reads:\n\nArticle 1\n\nThe owner blocks the site.\n\nArticle 2\n\nThe operator informs the owner.',
    [['echr-convention:10', 'Article 10']]]], 'en');
});

describe("a numbered act without its year in a text on its subject (topical-acts.ts)", () => {
  table([
    // every content word of its title in the text: the one registered act of that number
    ['Оператор обязан соблюдать Федеральный закон № 152-ФЗ при обработке персональных данных.', [['ru-fl-152-fz-2006', 'Федеральный закон № 152-ФЗ']]],
    // (amnagency.ru, 2013: a tax text's "№ 152-ФЗ" is 2013's tax law, which the registry does not know)
    ['Поправки в Налоговый кодекс внес закон № 152-ФЗ, налог снижен.', [['ru-tax-code', 'Налоговый кодекс']]],
  ], 'ru');
  table([
    // (wilmap.stanford.edu): a code named in its sentence (the Civil Procedural Code it also amends) leaves the bare
    // number unread by its subject; its nickname cites it, and since the eighteenth session the bare number takes the law
    // the text names by its words (mentions.ts, lawsNamedByWords)
    ['Federal Law No. 264-FZ, Amending the Federal Law “On Information, Information Technologies, and Data Protection” and Articles 29 and 402 of the Civil Procedural Code of the Russian Federation (aka Right to be Forgotten Law), July 13, 2015',
      [['ru-fl-264-fz-2015', 'Federal Law No. 264-FZ'], ['ru-fl-149-fz-2006', 'Federal Law “On Information, Information Technologies'],
        ['ru-civil-procedure-code:29', 'Articles 29 and 402 of the Civil Procedural Code of the Russian Federation'],
        ['ru-civil-procedure-code:402', 'Articles 29 and 402 of the Civil Procedural Code of the Russian Federation'], ['ru-fl-264-fz-2015', 'Right to be Forgotten Law']]],
    ['Federal Law No. 264-FZ was adopted.', []],
    // (petosevic.com, 2015) its title quoted after it in other words
    ['Russia has recently amended its Federal Law no. 311-FZ “On customs regulations in the Russian Federation”.', [['ru-fl-311-fz-2010', 'Federal Law no. 311-FZ']]],
    // a code's name is no act's subject, and a code named in the sentence may be the act's subject (its enacting law)
    ['Part Four of the Civil Code, enacted by Federal Law No. 230-FZ, entered into force on 1 January 2008.', [['ru-civil-code', 'Part Four of the Civil Code']]],
    ['The company is a limited liability company. Under Part Two of the Civil Code (Federal Law No. 14-FZ), a licence agreement may be combined with a commercial concession.', [['ru-civil-code', 'Civil Code']]],
  ], 'en');
  table([
    // a title quoted right after the number without the act's subject words is another act's; so is another year
    ['Федеральный закон № 61-ФЗ «Об обороне» не касается обращения лекарственных средств.', []],
    // (a law texts cite by number alone keeps its own year in a sentence dated otherwise, unless the verb of its
    // making is in the sentence: twelfth session)
    ['Оператор персональных данных в 2021 году руководствовался законом № 152-ФЗ.', [['ru-fl-152-fz-2006', 'законом № 152-ФЗ']]],
    ['Закон № 152-ФЗ, принятый в 2021 году, снизил налог.', [['ru-fl-152-fz-2021', 'Закон № 152-ФЗ']]],
  ], 'ru');
});

describe('a code right before its article places it; with words between it is named on its own', () => {
  table([
    // (gist: a commentary's heading; thewallmagazine.ru, 2016; appp: «Нынешний Уголовный кодекс и, в частности, статья 146»)
    ['Уголовный кодекс РФ (Извлечение: статьи 146 и 147).', [['ru-criminal-code:146', 'статьи 146 и 147'], ['ru-criminal-code:147', 'статьи 146 и 147']]],
    ['УК РФ содержит в чч.2-3 ст.146 отдельные составы.', [['ru-criminal-code', 'УК РФ'], ['ru-criminal-code:146/2', 'чч.2-3 ст.146'], ['ru-criminal-code:146/3', 'чч.2-3 ст.146']]],
    ['Нынешний Уголовный кодекс РФ и, в частности, статья 146 начал действовать в 1997 году.', [['ru-criminal-code', 'Уголовный кодекс РФ'], ['ru-criminal-code:146', 'статья 146']]],
    ['ГК РФ, ст. 1252', [['ru-civil-code:1252', 'ст. 1252']]],
  ], 'ru');
  table([
    // (vmuis.ru: "the Criminal Code of Russia was supplemented with a new article 238.1")
    ['By Federal Law No. 532-FZ dated December 31, 2014, the Criminal Code of Russia was supplemented with a new article 238.1.',
      [['ru-fl-532-fz-2014', 'Federal Law No. 532-FZ dated December 31, 2014'], ['ru-criminal-code', 'Criminal Code of Russia'], ['ru-criminal-code:238.1', 'article 238.1']]],
    ['the Civil Code (in Article 1252)', [['ru-civil-code:1252', 'Article 1252']]],
  ], 'en');
});

describe("the domain's famous acts by number alone (registry byNumberAlone)", () => {
  table([
    // (law360.com, 2022, undated in its copy): the 2022 compensation decree
    ['In March, Russia issued its Decree No. 299. The decree represented the first response.', [['ru-gov-299-2022', 'Decree No. 299']]],
    // its own date says which act
    ['The Government adopted Decree No. 299 of 14 April 2015 on fishing quotas.', [['ru-gov-299-2015', 'Decree No. 299 of 14 April 2015']]],
  ], 'en');
});

describe('four figures beyond a code in a list: only those are dropped', () => {
  table([['статьями 110, 167-170, 1229 и 1515 АПК РФ', ['110', '167', '168', '169', '170'].map((a): [string, string] => [`ru-arbitrazh-procedure-code:${a}`, 'статьями 110, 167-170, 1229 и 1515 АПК РФ'])]], 'ru');
});
