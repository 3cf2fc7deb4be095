// Table tests for the families of forms read after round 4 of the external gold set: treaty names in a translation's
// literal words (registry keywords), lists of parts with their articles, names of the Constitution and the codes, laws
// by their short titles, unknown laws that block a guess, the article under discussion, a law's defined short name, a
// heading's articles before the code is named, and an amending law's own heading. Each row is one variant a real text
// uses; the negatives are words that must stay uncited.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';
import type { ExtractContext } from '../../../shared/core/citations/index.js';

const EN = { lang: 'en' } as const;
const RU = { lang: 'ru' } as const;
const langOf = (s: string): ExtractContext => (/[а-яё]/i.test(s.slice(0, 40)) ? RU : EN);

describe("a treaty named in a translation's literal words: its key words in order, with small gaps", () => {
  const rows: Row[] = [
    ['The Bern convention on protection literary and works of art of September 9, 1886', [['berne-convention', 'Bern convention on protection literary and works of art']]],
    ['The world convention on copyright of September 6, 1952', [['universal-copyright-convention', 'world convention on copyright']]],
    ['the Universal Copyright Convention', [['universal-copyright-convention', 'Universal Copyright Convention']]],
    ['The convention on distribution of the signals bearing programs transmitted via satellites',
      [['brussels-satellite-convention', 'convention on distribution of the signals bearing programs transmitted via satellites']]],
    ['the Convention relating to the Distribution of Programme-Carrying Signals Transmitted by Satellite',
      [['brussels-satellite-convention', 'Convention relating to the Distribution of Programme-Carrying Signals Transmitted by Satellite']]],
    ['The agreement of World Intellectual Property Organization on copyright of December 20, 1996', [['wipo-wct', 'agreement of World Intellectual Property Organization on copyright']]],
    ['the WIPO treaty on copyright', [['wipo-wct', 'WIPO treaty on copyright']]],
    ['The international convention about protection of the rights of contractors, manufacturers of soundtracks and the broadcasting organizations',
      [['rome-convention', 'convention about protection of the rights of contractors, manufacturers of soundtracks and the broadcasting']]],
    ['Конвенция о распространении несущих программы сигналов, передаваемых через спутники',
      [['brussels-satellite-convention', 'Конвенция о распространении несущих программы сигналов, передаваемых через спутники']]],
    ['Всемирная конвенция об авторском праве 1952 года', [['universal-copyright-convention', 'Всемирная конвенция об авторском праве']]],
    // negatives: the words, but not a treaty's name
    ['The convention on copyright protection in the world is discussed widely.', []],
    ['The world has adopted many conventions; copyright law is one of them.', []],
    ['The agreement between the parties refers to WIPO and copyright issues in general terms.', []],
    ['The convention requires protection of literary works, and art galleries are exempt.', []],
    ['Signals from satellites were distributed under a convention.', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('lists of parts with their articles: each part goes to its own article', () => {
  const rows: Row[] = [
    ['subclause 1, article 1301, subclause 1, article 1311 and subclause 1, clause 4, article 1515 of the RF CC', [
      ['ru-civil-code:1301/1', 'subclause 1, article 1301'], ['ru-civil-code:1311/1', 'subclause 1, article 1311'],
      ['ru-civil-code:1515/4/1', 'subclause 1, clause 4, article 1515 of the RF CC']]],
    ['п. 1 ст. 1301, п. 1 ст. 1311 и пп. 1 п. 4 ст. 1515 ГК РФ', [
      ['ru-civil-code:1301/1', 'п. 1 ст. 1301'], ['ru-civil-code:1311/1', 'п. 1 ст. 1311'], ['ru-civil-code:1515/4/1', 'пп. 1 п. 4 ст. 1515 ГК РФ']]],
    ['paragraph 1 of Article 1301, paragraph 1 of Article 1311 and subparagraph 1 of paragraph 4 of Article 1515 of the Civil Code', [
      ['ru-civil-code:1301/1', 'paragraph 1 of Article 1301'], ['ru-civil-code:1311/1', 'paragraph 1 of Article 1311'],
      ['ru-civil-code:1515/4/1', 'subparagraph 1 of paragraph 4 of Article 1515 of the Civil Code']]],
    ['clause 3, article 1252, clause 1, article 1253 of the Russian Federation Civil Code', [
      ['ru-civil-code:1252/3', 'clause 3, article 1252'], ['ru-civil-code:1253/1', 'clause 1, article 1253 of the Russian Federation Civil Code']]],
    // parts after their articles stay theirs
    ['Article 1252, paragraph 5, of the Civil Code', [['ru-civil-code:1252/5', 'Article 1252, paragraph 5, of the Civil Code']]],
    ['article 146, part 2, article 147 of the Criminal Code', [['ru-criminal-code:146/2', 'article 146, part 2'], ['ru-criminal-code:147', 'article 147 of the Criminal Code']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('names of the Constitution and the codes, joined to the article they place', () => {
  const rows: Row[] = [
    ['inconsistent with the Russian Federation Constitution', [['ru-constitution', 'Russian Federation Constitution']]],
    ['the RF Constitution', [['ru-constitution', 'RF Constitution']]],
    ['the Constitution of Russia', [['ru-constitution', 'Constitution of Russia']]],
    ['Article 15 of the Constitution of Russia', [['ru-constitution:15', 'Article 15 of the Constitution of Russia']]],
    ['article 12 in the RF CC', [['ru-civil-code:12', 'article 12 in the RF CC']]],
    ['Art. 1252 CC RF', [['ru-civil-code:1252', 'Art. 1252 CC RF']]],
    ['Article 14.10 of the CoAO RF', [['ru-admin-code:14.10', 'Article 14.10 of the CoAO RF']]],
    ['Article 7.12 of the CAO RF', [['ru-admin-code:7.12', 'Article 7.12 of the CAO RF']]],
    ['Art. 7.12 RF CAO', [['ru-admin-code:7.12', 'Art. 7.12 RF CAO']]],
    ['Article 14.10 CoAO', [['ru-admin-code:14.10', 'Article 14.10 CoAO']]],
    ['Article 146 of the Russian Federation Criminal Code', [['ru-criminal-code:146', 'Article 146 of the Russian Federation Criminal Code']]],
    ['clause 3, article 1252 of the Russian Federation Civil Code', [['ru-civil-code:1252/3', 'clause 3, article 1252 of the Russian Federation Civil Code']]],
    // a short form defined without quotes after "hereinafter" is the name again, then the name
    ['the Russian Federation Civil Code (hereinafter – the RF CC), article 12 in the RF CC', [
      ['ru-civil-code', 'Russian Federation Civil Code'], ['ru-civil-code:12', 'article 12 in the RF CC']]],
    ['Article 14.10 of the Code of the Russian Federation on Administrative Offences (hereinafter referred to as the CoAO RF, the Code). Part one of Article 14.10 of the CoAO RF states', [
      ['ru-admin-code:14.10', 'Article 14.10 of the Code of the Russian Federation on Administrative Offences'], ['ru-admin-code:14.10/1', 'Part one of Article 14.10 of the CoAO RF']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('laws by their short titles, without number or year', () => {
  const rows: Row[] = [
    ['Закон о селекционных достижениях', [['ru-law-5605-1-1993', 'Закон о селекционных достижениях']]],
    ['ст. 32 ранее действовавшего Закона о селекционных достижениях', [['ru-law-5605-1-1993:32', 'ст. 32 ранее действовавшего Закона о селекционных достижениях']]],
    ['Закона РФ «О селекционных достижениях»', [['ru-law-5605-1-1993', 'Закона РФ «О селекционных достижениях»']]],
    ['Федеральный закон "О семеноводстве"', [['ru-fl-149-fz-1997', 'Федеральный закон "О семеноводстве"']]],
    ['Закон о семеноводстве', [['ru-fl-149-fz-1997', 'Закон о семеноводстве']]],
    ['Закона об авторском праве и смежных правах', [['ru-law-5351-1-1993', 'Закона об авторском праве и смежных правах']]],
    ['Патентного закона РФ', [['ru-law-3517-1-1992', 'Патентного закона РФ']]],
    ['Закона о товарных знаках', [['ru-law-3520-1-1992', 'Закона о товарных знаках']]],
    ['the Law on Selection Achievements', [['ru-law-5605-1-1993', 'Law on Selection Achievements']]],
    ['Article 5 of the Law on Seed Production', [['ru-fl-149-fz-1997:5', 'Article 5 of the Law on Seed Production']]],
    ['Article 32 of the former Law on Selection Achievements', [['ru-law-5605-1-1993:32', 'Article 32 of the former Law on Selection Achievements']]],
    ['Federal Law No. 149-FZ of 17 December 1997 "On Seed Production"', [['ru-fl-149-fz-1997', 'Federal Law No. 149-FZ of 17 December 1997']]],
    // "№ 149-ФЗ" without a year stays the law on information, the one this domain cites by number
    ['Федеральный закон № 149-ФЗ', [['ru-fl-149-fz-2006', 'Федеральный закон № 149-ФЗ']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('an article near a law the registry does not know falls to no code', () => {
  const rows: Row[] = [
    ['Обязанность возложена Кодексом на патентообладателя (п. 1 ст. 1440 ГК РФ). Федеральный закон "О животном мире", вынужденный оперировать всеми, вводит фигуру "оригинатора" сорта (ст. 6).',
      [['ru-civil-code:1440/1', 'п. 1 ст. 1440 ГК РФ']]],
    // the registry knows the law: the article is its (and the law, named apart from it, is cited too)
    ['Обязанность возложена ГК РФ на патентообладателя. Федеральный закон "О семеноводстве", вынужденный оперировать всеми, вводит фигуру "оригинатора" сорта (ст. 6).',
      [['ru-civil-code', 'ГК РФ'], ['ru-fl-149-fz-1997', 'Федеральный закон "О семеноводстве"'], ['ru-fl-149-fz-1997:6', 'ст. 6']]],
    ['ст. 1252 ГК РФ. Пришла на смену ст. 32 ранее действовавшего Закона о ветеринарии.', [['ru-civil-code:1252', 'ст. 1252 ГК РФ']]],
    // (the banks law was the example here until it was registered in the eighteenth session: see eighteenth-session-dev)
    ['ст. 5 Федерального закона «О пожарной безопасности»', []],
    ['The Civil Code governs this. Federal Law "On Fire Safety" sets the rules in Article 5.', [['ru-civil-code', 'Civil Code']]],
    ['Article 5 of the Law on Fire Safety', []],
    ['Article 1252 of the Civil Code. Article 5 of the former Law on Veterinary Medicine applies.', [['ru-civil-code:1252', 'Article 1252 of the Civil Code']]],
    ['ГК РФ применяется. Закон РФ "О ветеринарии" был принят в 1993 году. Статья 10 устанавливает правило.', [['ru-civil-code', 'ГК РФ']]],
    // prose "закон" and a bare "Закон" name no law: the code stays
    ['ст. 1252 ГК РФ. В законе о ветеринарии есть похожее правило. Ст. 10 говорит о том же.', [['ru-civil-code:1252', 'ст. 1252 ГК РФ'], ['ru-civil-code:10', 'Ст. 10']]],
    ['Статья 1252 ГК РФ. Закон не запрещает этого, а ст. 10 ГК РФ запрещает.', [['ru-civil-code:1252', 'Статья 1252 ГК РФ'], ['ru-civil-code:10', 'ст. 10 ГК РФ']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('the article under discussion named by anaphora (a text that is no statute)', () => {
  const rows: Row[] = [
    ['Комментарий к статье 1444 ГК РФ\n\n1. Название комментируемой статьи явно не соответствует ее содержанию.\n\nКомментируемая статья пришла на смену ст. 32 ранее действовавшего Закона о селекционных достижениях.', [
      ['ru-civil-code:1444', 'статье 1444 ГК РФ'], ['ru-civil-code:1444', 'комментируемой статьи'], ['ru-civil-code:1444', 'Комментируемая статья'],
      ['ru-law-5605-1-1993:32', 'ст. 32 ранее действовавшего Закона о селекционных достижениях']]],
    ['Комментарий к статье 1252 ГК РФ\n\n1. Комментируемая статья содержит перечень способов. Пункт 3 комментируемой статьи вводит компенсацию.', [
      ['ru-civil-code:1252', 'статье 1252 ГК РФ'], ['ru-civil-code:1252', 'Комментируемая статья'], ['ru-civil-code:1252/3', 'Пункт 3 комментируемой статьи']]],
    ['Рассматривается вопрос о мерах, установленных в ст. 1486 ГК РФ. Обосновывается, что данная статья не отражает достаточной совокупности обстоятельств.', [
      ['ru-civil-code:1486', 'ст. 1486 ГК РФ'], ['ru-civil-code:1486', 'данная статья']]],
    ['Article 14.10 of the Code of the Russian Federation on Administrative Offences\n\nSome text here.\n\nPart two of the Article under consideration narrows the concept.', [
      ['ru-admin-code:14.10', 'Article 14.10 of the Code of the Russian Federation on Administrative Offences'], ['ru-admin-code:14.10/2', 'Part two of the Article under consideration']]],
    ['Commentary to Article 1252 of the Civil Code\n\nThe commented article lists the remedies.', [
      ['ru-civil-code:1252', 'Article 1252 of the Civil Code'], ['ru-civil-code:1252', 'The commented article']]],
    ['Article 1252 of the Civil Code provides remedies. This Article also lists measures.', [
      ['ru-civil-code:1252', 'Article 1252 of the Civil Code'], ['ru-civil-code:1252', 'This Article']]],
    ['The amendments rest on art. 31 of the TRIPS Agreement, which allows compulsory licences. The article allows granting of a compulsory license.', [
      ['wto-trips:31', 'art. 31 of the TRIPS Agreement'], ['wto-trips:31', 'The article']]],
    // a parallel: the named code's article cited just before
    ['по статье 14.10 КоАП (Незаконное использование товарного знака).\n\nТакже возбуждено 27 дел по аналогичной статье КоАП.', [
      ['ru-admin-code:14.10', 'статье 14.10 КоАП'], ['ru-admin-code:14.10', 'аналогичной статье КоАП']]],
    // negatives: a paper speaking of itself, several articles in play, nothing cited near
    ['В данной статье рассматривается ст. 1486 ГК РФ.', [['ru-civil-code:1486', 'ст. 1486 ГК РФ']]],
    ['Статья 1486 ГК РФ. Данная статья посвящена анализу практики.', [['ru-civil-code:1486', 'Статья 1486 ГК РФ']]],
    ['In this Article, we examine Article 1252 of the Civil Code.', [['ru-civil-code:1252', 'Article 1252 of the Civil Code']]],
    ['Article 1252 of the Civil Code provides remedies. This Article argues that they are weak.', [['ru-civil-code:1252', 'Article 1252 of the Civil Code']]],
    ['ст. 1252 и ст. 1253 ГК РФ. Данная статья не применяется.', [['ru-civil-code:1252', 'ст. 1252'], ['ru-civil-code:1253', 'ст. 1253 ГК РФ']]],
    ['Commentary to Article 1252 of the Civil Code\n\nSome text.\n\nThis Article lists the remedies.', [['ru-civil-code:1252', 'Article 1252 of the Civil Code']]],
    ['по статьям 14.10 и 7.12 КоАП.\n\nТакже возбуждено 27 дел по аналогичной статье КоАП.', [
      ['ru-admin-code:14.10', 'статьям 14.10 и 7.12 КоАП'], ['ru-admin-code:7.12', 'статьям 14.10 и 7.12 КоАП'], ['ru-admin-code', 'КоАП']]],
    ['the article examines the practice of courts under Article 1252 of the Civil Code.', [['ru-civil-code:1252', 'Article 1252 of the Civil Code']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe("a law's year from the words of its making, and its defined short name", () => {
  const rows: Row[] = [
    ['The Russian President approved Law No. 107-FZ “On amendments to art. 1360 of the 4th part of the Russian Civil Code”(“Law”) on 30 April 2021. Under the applicable Law the Government may allow use. The Law does not provide terms.', [
      ['ru-fl-107-fz-2021', 'Law No. 107-FZ'], ['ru-civil-code:1360', 'art. 1360 of the 4th part of the Russian Civil Code'], ['ru-fl-107-fz-2021', 'Law'], ['ru-fl-107-fz-2021', 'Law']]],
    ['Federal Law of 30 April 2021 No. 107-FZ "On amendments to Article 1360 of the Civil Code" entered into force. Law No. 107-FZ allows compulsory licences.', [
      ['ru-fl-107-fz-2021', 'Federal Law of 30 April 2021 No. 107-FZ'], ['ru-civil-code:1360', 'Article 1360 of the Civil Code'], ['ru-fl-107-fz-2021', 'Law No. 107-FZ']]],
    ['Президент подписал Федеральный закон № 107-ФЗ «О внесении изменения в статью 1360 части четвертой Гражданского кодекса Российской Федерации» 30 апреля 2021 года.', [
      ['ru-fl-107-fz-2021', 'Федеральный закон № 107-ФЗ'], ['ru-civil-code:1360', 'статью 1360 части четвертой Гражданского кодекса Российской Федерации']]],
    ['Президент утвердил Федеральный закон № 107-ФЗ «О внесении изменения в статью 1360 ГК РФ» (далее — Закон) в 2021 году.', [
      ['ru-fl-107-fz-2021', 'Федеральный закон № 107-ФЗ'], ['ru-civil-code:1360', 'статью 1360 ГК РФ']]],
    // negatives: no year of its own, or a date of something else
    ['Law No. 107-FZ allows compulsory licences.', []],
    ['The Duma amended Law No. 107-FZ on 30 April 2021.', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe("a heading's articles before the code is named: the one code the text discusses", () => {
  const rows: Row[] = [
    ['Обязанности обладателя патента на селекционное достижение (статьи 1440 - 1442) 26.\n\nУ критериев разная судьба (подп. 2 п. 1 ст. 1441 ГК), другие должны соблюдаться (п. 1 ст. 1442 ГК).', [
      ['ru-civil-code:1440', 'статьи 1440 - 1442'], ['ru-civil-code:1441', 'статьи 1440 - 1442'], ['ru-civil-code:1442', 'статьи 1440 - 1442'],
      ['ru-civil-code:1441/1/2', 'подп. 2 п. 1 ст. 1441 ГК'], ['ru-civil-code:1442/1', 'п. 1 ст. 1442 ГК']]],
    ['Obligations of the patent holder (Articles 1440-1442)\n\nArticle 1441 of the Civil Code sets the criteria.', [
      ['ru-civil-code:1440', 'Articles 1440-1442'], ['ru-civil-code:1441', 'Articles 1440-1442'], ['ru-civil-code:1442', 'Articles 1440-1442'],
      ['ru-civil-code:1441', 'Article 1441 of the Civil Code']]],
    // negatives: two codes in play, a law named first, a sentence rather than a heading
    ['Обязанности обладателя патента (статьи 1440 - 1442)\n\nОб этом говорят ст. 1441 ГК и ст. 146 УК.', [['ru-civil-code:1441', 'ст. 1441 ГК'], ['ru-criminal-code:146', 'ст. 146 УК']]],
    ['Обязанности обладателя патента (статьи 1440 - 1442)\n\nФедеральный закон "О семеноводстве" и ст. 1441 ГК.', [['ru-fl-149-fz-1997', 'Федеральный закон "О семеноводстве"'], ['ru-civil-code:1441', 'ст. 1441 ГК']]],
    ['Статьи 5 и 6 регулируют это.\n\nОб этом говорит ст. 1441 ГК.', [['ru-civil-code:1441', 'ст. 1441 ГК']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe("a reproduced act's own date and number on the line heading it is no citation", () => {
  const rows: Row[] = [
    ['Новая редакция ст. 146 УК РФ в редакции Федерального закона от 8 апреля 2003 года N 45-ФЗ.\n\n8 апреля 2003 года N 45-ФЗ\n\nФЕДЕРАЛЬНЫЙ ЗАКОН\n\nО ВНЕСЕНИИ ИЗМЕНЕНИЯ В СТАТЬЮ 146 УГОЛОВНОГО КОДЕКСА РОССИЙСКОЙ ФЕДЕРАЦИИ', [
      ['ru-criminal-code:146', 'ст. 146 УК РФ'], ['ru-fl-45-fz-2003', 'Федерального закона от 8 апреля 2003 года N 45-ФЗ'],
      ['ru-criminal-code:146', 'СТАТЬЮ 146 УГОЛОВНОГО КОДЕКСА РОССИЙСКОЙ ФЕДЕРАЦИИ']]],
    ['The text follows.\n\nof July 23, 2013 No. 194-FZ\n\nFEDERAL LAW\n\nAbout introduction of amendments', []],
    // a law named on a line of its own in a list is a citation
    ['См. также:\n\nФедеральный закон от 8 апреля 2003 года N 45-ФЗ\n\nДругие акты.', [['ru-fl-45-fz-2003', 'Федеральный закон от 8 апреля 2003 года N 45-ФЗ']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('a name of two eras in the plural, by the text date', () => {
  it('"Federal Law on Customs Regulations" in 2020', () =>
    expect(cite('Federal Law on Customs Regulations – this law sets out the procedure.', { lang: 'en', date: '2020-05-01' })).toEqual([['ru-fl-289-fz-2018', 'Federal Law on Customs Regulations']]));
  it('without a date it names nothing', () => expect(cite('Federal Law on Customs Regulations – this law sets out the procedure.', EN)).toEqual([]));
});
