// Table tests for forms drawn from dev (rounds 1–54 of the external gold) in the tenth session, while rounds 55–57 were
// collected unseen: a chapter's quoted title after its number ("Chapter 72 'Patent Law'") is no act of its own, a
// chapter in lower case after its code ("chapter 70"), and a numbered act dated by the event it made ("On July 13, 2015
// … was approved by Federal Law No. 241-FZ", «в декабре 2011 года суд был создан Федеральным законом № 422-ФЗ»); more
// states' codes that are not Russia's ("ст. 80, 81 УК Бельгии", "the Belgian Criminal Code"); a line that is only a
// part's number is the text's own division ("Часть 1."); a statute text's own
// title lines above its articles ("EURASIAN PATENT CONVENTION") are no citations; "Article 6. septies"; the 2006
// agreement as "the U.S.-Russia Bilateral IPR Agreement", the 2012 Action Plan by USTR's title, Decree 322 by a
// law firm's rendering of its title.
import { describe, expect, it } from 'vitest';
import { cite, citeTable as table } from './helpers.js';

describe('English forms', () => {
  table([
    // (wipolex.wipo.int, Civil Code record)
    ["For specific provisions on intellectual property of the Civil Code, see Chapter 72 'Patent Law', Chapter 73 'Selection Achievements' and Chapter 76 'Rights to the Means of Individualization'.",
      [['ru-civil-code', 'Civil Code'], ['ru-civil-code', 'Chapter 72'], ['ru-civil-code', 'Chapter 73'], ['ru-civil-code', 'Chapter 76']]],
    // (a quoted act after anything but a chapter is still the act)
    ["the Civil Code replaced the 'Patent Law' of 1992", [['ru-civil-code', 'Civil Code'], ['ru-law-3517-1-1992', 'Patent Law']]],
    // (etrips.info, 2013)
    ['Article 1303 of the Civil Code of the Russian Federation protects the copyright of authors, as set forth in chapter 70 of the Civil Code. How does this section relate to chapter 70, which gives these rights to the author?',
      [['ru-civil-code:1303', 'Article 1303 of the Civil Code of the Russian Federation'], ['ru-civil-code', 'chapter 70 of the Civil Code'], ['ru-civil-code', 'chapter 70']]],
    // (mondaq.com, 2015)
    ['On July 13, 2015 a new set of amendments to Federal Law No. 61-FZ on the Circulation of Medicines of April 12, 2010 was approved by Federal Law No. 241-FZ (hereinafter "Law 241-FZ"). Law 241-FZ clarifies the documents required.',
      [['ru-fl-61-fz-2010', 'Federal Law No. 61-FZ'], ['ru-fl-241-fz-2015', 'Federal Law No. 241-FZ'], ['ru-fl-241-fz-2015', 'Law 241-FZ']]],
    // (iprinfo.fi, 2012)
    ['In December 2011 the IP Court was introduced into the Russian legal system by the Federal Constitutional Law no. 4-FKZ and the Federal Law no.422-FZ.',
      [['ru-fl-4-fkz-2011', 'Federal Constitutional Law no. 4-FKZ'], ['ru-fl-422-fz-2011', 'Federal Law no.422-FZ']]],
    // (a date of something the act did not make is not its date)
    ['On July 13, 2015 the court applied Federal Law No. 241-FZ.', []],
    ['unlike the Belgian Criminal Code, Article 146 of the Russian Criminal Code requires large-scale harm', [['ru-criminal-code:146', 'Article 146 of the Russian Criminal Code']]],
    ['Article 80 of the Criminal Code of Belgium', []],
    // (federalregister.gov, 2007; ustr.gov, 2012; morganlewis.com, 2022)
    ['as required by the United States-Russia Bilateral IPR Agreement of November 19, 2006', [['us-ru-ipr-agreement-2006', 'United States-Russia Bilateral IPR Agreement']]],
    ['an Action Plan to Improve Intellectual Property Rights Protection in Russia', [['us-ru-ipr-action-plan-2012', 'Action Plan to Improve Intellectual Property Rights Protection']]],
    ['Decree No. 322 “On Temporary Regime For Performance of Obligations Towards Certain Right Holders” applies.',
      [['ru-ukaz-322-2022', '“On Temporary Regime For Performance of Obligations Towards Certain Right Holders”']]],
    // (atoom.ru, 2022)
    ['the registration of a trademark under Article 6. septies of the Paris Convention.', [['paris-convention:6septies', 'Article 6. septies of the Paris Convention']]],
  ], 'en');
});

describe('Russian forms', () => {
  table([
    ['В декабре 2011 года Суд по интеллектуальным правам был создан Федеральным законом № 422-ФЗ.', [['ru-fl-422-fz-2011', 'Федеральным законом № 422-ФЗ']]],
    // (the Law on the IP Court is cited by number alone since the twelfth session: a date for another event leaves it the
    // 2011 law)
    ['В декабре 2011 года суд применил Федеральный закон № 422-ФЗ.', [['ru-fl-422-fz-2011', 'Федеральный закон № 422-ФЗ']]],
    // (bibliboba, a monograph on Article 146)
    ['где пиратство относится к формальным составам (например, ст. 80, 81 УК Бельгии, ст. 426-1 УК Франции), в отличие от ст. 146 УК РФ.',
      [['ru-criminal-code:146', 'ст. 146 УК РФ']]],
    ['ст. 185 УК Швеции и ст. 146 УК Украины', []],
    // (computerra.ru, 2007: «закона «вирусная» статья» quotes a word, not a law's title; the bare article after it,
    // with no code named before, stays uncited)
    ['С толкованиями закона «вирусная» статья применяется часто. Приговор включает обвинение по статье 273. Суды применяют статьи 272 и 273 УК.',
      [['ru-criminal-code:272', 'статьи 272 и 273 УК'], ['ru-criminal-code:273', 'статьи 272 и 273 УК']]],
    // (a lower-case «закон «об …»» is a law's quoted title: an article after it is that law's, never the code's)
    ['Суд применил ст. 1252 ГК РФ. Однако ответчик сослался на закон «об электроэнергетике», и суд применил его статью 9. Кроме того, по статье 10 суд отказал.',
      [['ru-civil-code:1252', 'ст. 1252 ГК РФ']]],
    // (a region's law on a registered law's subject is not that law)
    ['Областной закон о библиотечном деле предусматривает фонды. Дума приняла закон об архивном деле в Московской области.', []],
    // (a page title in title case)
    ['Гк рф ст. 1252 и Ук рф ст 146', [['ru-civil-code:1252', 'ст. 1252'], ['ru-criminal-code:146', 'ст 146']]],
    // (geum.ru; smekni.com)
    ['Часть 1.\n\nВо первых строках позволю себе общий анализ диспозиции ст. 146 УК РФ.\n\nЧасть 2\n\nДалее о практике.',
      [['ru-criminal-code:146', 'ст. 146 УК РФ']]],
  ], 'ru');
});

describe("a statute text's own title lines", () => {
  it('are no citations above its first article; a sentence there, or a line naming it later, still cites', () => {
    // (pravum.kg, 2011)
    const text = 'EURASIAN PATENT CONVENTION\n\nNotice: Kyrgyz Republic acceded to the Eurasian Patent Convention of September 27, 1995\n\nArticle 1. Establishment of the Organization\n\nEURASIAN PATENT CONVENTION';
    expect(cite(text, { lang: 'en', selfInstrument: 'eurasian-patent-convention' })).toEqual([
      ['eurasian-patent-convention', 'Eurasian Patent Convention'],
      ['eurasian-patent-convention', 'EURASIAN PATENT CONVENTION'],
    ]);
    // (netprava.ru: a code's article reproduced under its title lines)
    const article = 'Гражданский кодекс Российской Федерации\n\nГражданский кодекс РФ (часть четвертая)\n\nСтатья 1311. Ответственность за нарушение исключительного права на объект смежных прав';
    expect(cite(article, { lang: 'ru', selfInstrument: 'ru-civil-code', selfArticle: '1311' })).toEqual([]);
    // (the same lines in a text that is not that statute cite it)
    expect(cite(article, { lang: 'ru' })).toEqual([['ru-civil-code', 'Гражданский кодекс Российской Федерации'], ['ru-civil-code', 'Гражданский кодекс РФ']]);
  });
});

describe('federal laws IP texts cite beside the IP ones (registry data)', () => {
  table([
    ['закупки по 44-ФЗ и 223-ФЗ', [['ru-fl-44-fz-2013', '44-ФЗ'], ['ru-fl-223-fz-2011', '223-ФЗ']]],
    ['в соответствии с Законом РФ «О государственной тайне»', [['ru-law-5485-1-1993', 'Законом РФ «О государственной тайне»']]],
    ['согласно Федеральному закону «О полиции»', [['ru-fl-3-fz-2011', 'Федеральному закону «О полиции»']]],
    ['по Закону об исполнительном производстве', [['ru-fl-229-fz-2007', 'Закону об исполнительном производстве']]],
    // (in lower case only a registered law's whole title: prose's «закон о защите» names none)
    ['оценка по закону об оценочной деятельности', [['ru-fl-135-fz-1998', 'закону об оценочной деятельности']]],
    ['закон о защите прав был принят', []],
    ['статья 7 Федерального закона от 07.06.2013 № 108-ФЗ', [['ru-fl-108-fz-2013:7', 'статья 7 Федерального закона от 07.06.2013 № 108-ФЗ']]],
    // (a number shared by two years' laws needs its year: 273-ФЗ is the 2008 anti-corruption law and the 2012 education law)
    ['по 273-ФЗ', []],
  ], 'ru');
  // «О семеноводстве»: No. 149-FZ of 1997 until No. 454-FZ of 2021 took effect on 1 January 2023
  table([['Федеральный закон «О семеноводстве» вступил в силу', [['ru-fl-454-fz-2021', 'Федеральный закон «О семеноводстве»']]]], 'ru', '2024-01');
  table([['Федеральный закон «О семеноводстве» действует', [['ru-fl-149-fz-1997', 'Федеральный закон «О семеноводстве»']]]], 'ru', '2010');
  table([
    ['under the Federal Law On Enforcement Proceedings', [['ru-fl-229-fz-2007', 'Federal Law On Enforcement Proceedings']]],
    ['the Law “On the Police”', [['ru-fl-3-fz-2011', 'Law “On the Police”']]],
  ], 'en');
});

describe("a review's counter-examples to the session's rules", () => {
  table([
    // (an act's year is the date's only where the act is the agent of the sentence's passive main verb)
    ['On May 1, 2015, the extended anti-piracy regime introduced by Federal Law No. 364-FZ entered into force.', [['ru-fl-364-fz-2014', 'Federal Law No. 364-FZ']]],
    ['On 24 November 2014 the President signed Federal Law No. 364-FZ, which amended the anti-piracy provisions introduced by Federal Law No. 187-FZ.',
      [['ru-fl-364-fz-2014', 'Federal Law No. 364-FZ'], ['ru-fl-187-fz-2013', 'Federal Law No. 187-FZ']]],
    // (the Law on Information is named by its short name too, since rounds 67–69)
    ['On 30 December 2020, the President signed amendments to the Law on Information, which was adopted by Federal Law No. 149-FZ.', [['ru-fl-149-fz-2006', 'Law on Information'], ['ru-fl-149-fz-2006', 'Federal Law No. 149-FZ']]],
    ['The IP Court, which started work on July 3, 2013, was established by Federal Constitutional Law No. 4-FKZ.', [['ru-fl-4-fkz-2011', 'Federal Constitutional Law No. 4-FKZ']]],
    ['In January 2014, the contract system introduced by Federal Law No. 44-FZ replaced the old rules.', [['ru-fl-44-fz-2013', 'Federal Law No. 44-FZ']]],
    // (a lower-case chapter is a text's own, unless it is one of Part IV's or its code is named with it)
    ['The Civil Code, as discussed in chapter 4, protects moral rights.', [['ru-civil-code', 'Civil Code']]],
    ['Under the Criminal Code, the company could not file for chapter 11 protection.', [['ru-criminal-code', 'Criminal Code']]],
  ], 'en');
  table([
    ['В мае 2015 года вступили в силу нормы, введенные Федеральным законом № 364-ФЗ.', [['ru-fl-364-fz-2014', 'Федеральным законом № 364-ФЗ']]],
    // (a chapter of a law in the genitive, its name quoted: the law)
    ['Положения главы 3 «Закона о защите прав потребителей» не применяются.', [['ru-law-2300-1-1992', 'Закона о защите прав потребителей']]],
  ], 'ru');
  // (a title two laws had in turn names the law of the text's date)
  table([['В соответствии с Федеральным законом «Об исполнительном производстве» судебный пристав', [['ru-fl-119-fz-1997', 'Федеральным законом «Об исполнительном производстве»']]]], 'ru', '2005-03');
  table([['В соответствии с Федеральным законом «Об исполнительном производстве» судебный пристав', [['ru-fl-229-fz-2007', 'Федеральным законом «Об исполнительном производстве»']]]], 'ru', '2020');
  table([['согласно Закону РФ «Об образовании»', [['ru-law-3266-1-1992', 'Закону РФ «Об образовании»']]]], 'ru', '2010');
  it('reads a caption after short prose lines as its code (a Q&A page over a reproduced article)', () => {
    const text = 'Вопрос: можно ли копировать статьи?\nОтвет: только с согласия автора.\nГражданский кодекс РФ\nСтатья 1270. Исключительное право';
    expect(cite(text, { lang: 'ru', selfInstrument: 'ru-civil-code', selfArticle: '1270' })).toEqual([['ru-civil-code', 'Гражданский кодекс РФ']]);
  });
});
