// Table tests for forms read from rounds 70–72 (official reports, teaching material, mixed-language and translated
// texts) after their one run: a file's name is no citation, a table of contents run into one line cites nothing, a
// translation's "article." and "part 1. Article 180", items of Rules with a long title, acts listed after a plural
// head, a heading line with its edition and title, an approval stamp over the text, the 1993 Copyright Law never in the
// plural or another state's, "Patent Law" as a field, «этого же закона», a print's hyphen inside a legal word, and the
// Special 301 and Action Plan by the U.S. Code and the year.
import { describe, expect, it } from 'vitest';
import { cite, citeTable as table } from './helpers.js';

describe('Mixed-language lines (round 72)', () => {
  table([
    // (a course's file names: an underscore joins them, "law__Berne_Convention_EN.txt")
    ['> **Источник:** `txt/law__Berne_Convention_EN.txt` · фрагмент #21', []],
    ['| `law__TRIPS_EN.txt` | Соглашение ТРИПС (ВТО), вводная часть |', [['wto-trips', 'Соглашение ТРИПС']]],
    // (a table of contents run into one line: its entries cite nothing)
    ['> **Цитата:** «Berne Convention for the Protection of Literary and Artistic Works TABLE OF CONTENTS 1 Article 1 : Establishment of a Union Article 2 : Protected Works»',
      [['berne-convention', 'Berne Convention for the Protection of Literary and Artistic Works']]],
  ], 'ru');
});

describe("A translation's article and part words (round 72)", () => {
  table([
    ['Liability for such acts is established in part 1. Article 180 of the Criminal Code of the Russian Federation.',
      [['ru-criminal-code:180/1', 'part 1. Article 180 of the Criminal Code of the Russian Federation']]],
    ['according to paragraph 2 of article. 1295 of the Civil Code of the Russian Federation',
      [['ru-civil-code:1295/2', 'paragraph 2 of article. 1295 of the Civil Code of the Russian Federation']]],
    // (never a sentence's end before a year)
    ['He wrote the article. 2019 was a hard year for the Civil Code.', [['ru-civil-code', 'Civil Code']]],
  ], 'en');
});

describe('Acts and their items in official texts (round 70)', () => {
  table([
    ['в соответствии с пунктами 6 и 8 Правил размещения и актуализации на официальных сайтах органов государственной власти, осуществляющих государственный контроль (надзор), предоставление лицензий и иных разрешений, аккредитацию, перечней нормативных правовых актов (их отдельных положений), содержащих обязательные требования, утвержденных постановлением Правительства Российской Федерации от 22 октября 2020 года N 1722',
      [['ru-gov-1722-2020:6', 'пунктами 6 и 8 Правил размещения и актуализации на официальных сайтах органов государственной власти, осуществляющих государственный контроль (надзор), предоставление лицензий и иных разрешений, аккредитацию, перечней нормативных правовых актов (их отдельных положений), содержащих обязательные требования, утвержденных постановлением Правительства Российской Федерации от 22 октября 2020 года N 1722'],
        ['ru-gov-1722-2020:8', 'пунктами 6 и 8 Правил размещения и актуализации на официальных сайтах органов государственной власти, осуществляющих государственный контроль (надзор), предоставление лицензий и иных разрешений, аккредитацию, перечней нормативных правовых актов (их отдельных положений), содержащих обязательные требования, утвержденных постановлением Правительства Российской Федерации от 22 октября 2020 года N 1722']]],
    ['(в ред. Постановлений Правительства РФ от 06.12.2007 N 845, от 08.12.2008 N 917, от 04.03.2010 N 126)',
      [['ru-gov-845-2007', 'Постановлений Правительства РФ от 06.12.2007 N 845'], ['ru-gov-917-2008', 'от 08.12.2008 N 917'], ['ru-gov-126-2010', 'от 04.03.2010 N 126']]],
    ['Указами Президента РФ от 24.05.2011 N 673 и от 21.05.2012 N 636', [['ru-ukaz-673-2011', 'Указами Президента РФ от 24.05.2011 N 673'], ['ru-ukaz-636-2012', 'от 21.05.2012 N 636']]],
    // (a head in the singular lists nothing)
    ['Постановлением Правительства РФ от 06.12.2007 N 845, от 08.12.2008 N 917', [['ru-gov-845-2007', 'Постановлением Правительства РФ от 06.12.2007 N 845']]],
  ], 'ru');

  it("a heading line with the act's edition and quoted title is the text's own act", () => {
    const text = 'ПОСТАНОВЛЕНИЕ Правительства РФ от 17.09.2004 N 481 (ред. от 04.03.2010) "О ПЕРЕЧНЕ ФЕДЕРАЛЬНЫХ ОРГАНОВ ИСПОЛНИТЕЛЬНОЙ ВЛАСТИ"\n\nВ соответствии со статьей 1522 Гражданского кодекса Российской Федерации Правительство Российской Федерации постановляет:';
    expect(cite(text, { lang: 'ru' })).toEqual([['ru-civil-code:1522', 'статьей 1522 Гражданского кодекса Российской Федерации']]);
  });
  it("a law's heading line over its reproduced article is the text's own act", () => {
    const text = 'ФЕДЕРАЛЬНЫЙ ЗАКОН от 19.12.2006 N 238-ФЗ "О ФЕДЕРАЛЬНОМ БЮДЖЕТЕ НА 2007 ГОД"\n\nСтатья 23\n\nСредства, получаемые Федеральной службой по интеллектуальной собственности от Международного бюро, зачисляются в бюджет.';
    expect(cite(text, { lang: 'ru' })).toEqual([]);
  });
  it('an approval stamp set over lines above what the act approved is the text itself', () => {
    const text = 'В соответствии с Указом Президента Российской Федерации от 24 мая 2011 г. N 673 Правительство Российской Федерации постановляет:\n\n1. Утвердить прилагаемое Положение.\n\nУтверждено\n\nпостановлением Правительства\n\nРоссийской Федерации\n\nот 21 марта 2012 г. N 218\n\nI. Общие положения';
    expect(cite(text, { lang: 'ru' })).toEqual([['ru-ukaz-673-2011', 'Указом Президента Российской Федерации от 24 мая 2011 г. N 673']]);
  });
});

describe('Laws by name in teaching material and translations (rounds 71–72)', () => {
  table([
    ['Закон об авторском праве Советского Союза.', []],
    ['закрепленные в законах об авторском праве зарубежных стран', []],
    ['ст. 22 Закона РФ «Об авторском праве и смежных правах», а также ст. 23 этого же закона',
      [['ru-law-5351-1-1993:22', 'ст. 22 Закона РФ «Об авторском праве и смежных правах»'], ['ru-law-5351-1-1993:23', 'ст. 23 этого же закона']]],
    // (a print's hyphen inside a legal word; a compound's stays)
    ['Согласно ст. 22 За-кона РФ «Об авторском праве и смеж-ных правах» авторско-правовой режим',
      [['ru-law-5351-1-1993:22', 'ст. 22 За-кона РФ «Об авторском праве и смеж-ных правах»']]],
    ['По-становлением Правительства Российской Федерации от 02.09.1999 № 982', [['ru-gov-982-1999', 'По-становлением Правительства Российской Федерации от 02.09.1999 № 982']]],
  ], 'ru');
  table([
    ['Civil law. A special part. Patent Law (Most Important). Chapter is devoted to the Institute of Patent Law.', []],
    ['Article 4 of the Patent Law of the Russian Federation', [['ru-law-3517-1-1992:4', 'Article 4 of the Patent Law of the Russian Federation']]],
    ['Pursuant to 19 U.S.C. § 2242, USTR identifies countries that deny adequate protection.', [['us-special-301', '19 U.S.C. § 2242']]],
    // (in brackets after the Act's section, the same citation)
    ['USTR conducts the review under Section 182 of the Trade Act of 1974 (19 U.S.C. § 2242).', [['us-special-301', 'Section 182 of the Trade Act of 1974']]],
    ['Russia committed in the December 2012 U.S.-Russia Action Plan to act.', [['us-ru-ipr-action-plan-2012', 'December 2012 U.S.-Russia Action Plan']]],
  ], 'en');
});
