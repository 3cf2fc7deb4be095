// Table tests for the families of forms rounds 46–47 of the external gold showed once run (then read and added to
// dev): a list of the Code's parts with each part's extent ("Civil Code of the Russian Federation (part one) (articles
// 1 - 453)", "PART ONE (articles 1 - 453)") names the Code, not its articles; a list written code first («статей УК РФ
// 151.1, 154, 180»); the Government's acts as "the Russian Government's Resolution", "Decree of the Russian Federation's
// Government", a "Ruling", a number with its year ("No. 299/2022"); "No" for «№» in Russian; the Eurasian designs
// protocol and the Convention it belongs to, both cited when named together; a dotted number of the Civil Code's Part IV
// that is no inserted article ("Article 1252.4": 1252, item 4); "ст. 1261 Кодекса" where no code was named.
import { describe, expect, it } from 'vitest';
import { cite, citeTable as table } from './helpers.js';

describe("the list of a code's parts", () => {
  it('names the Code in each line, and no article of the ranges that give each part’s extent', () => {
    const text =
      'CIVIL CODE OF THE RUSSIAN FEDERATION\n\nPART FOUR\n\nCivil Code of the Russian Federation (part one) (articles 1 - 453)\n\nCivil Code of the Russian Federation (part four) (articles 1225 - 1551)\n\nPART ONE (articles 1 - 453)\n\nГлава 70. Авторское право (статьи 1255 - 1302)\n\nArticle 1225. Protected results\n\nThe rights are set out in Article 1226 of this Code.';
    const cited = cite(text, { lang: 'en', selfInstrument: 'ru-civil-code' });
    expect(cited.filter(([k]) => /^ru-civil-code:(?:1|453|1225|1551|1255|1302)$/.test(k))).toEqual([]);
    expect(cited.filter(([, t]) => t === 'Civil Code of the Russian Federation').length).toBe(2);
    expect(cited.map(([k]) => k)).toContain('ru-civil-code:1226');
  });

  it('a range in brackets after a part in running text (no statute of its own) is still cited', () => {
    expect(cite('Part Four of the Civil Code (Articles 1225–1551) governs intellectual property.', { lang: 'en' }).map(([k]) => k)).toEqual(
      expect.arrayContaining(['ru-civil-code:1225', 'ru-civil-code:1551']),
    );
  });
});

describe('English forms', () => {
  table([
    ["On Nov. 1, 2012, the Russian Government's Resolution No. 1101 dated Oct. 26, 2012 came into force.",
      [['ru-gov-1101-2012', "Russian Government's Resolution No. 1101 dated Oct. 26, 2012"]]],
    ['the Government’s Ruling No. 506 dated March 29th, 2022', [['ru-gov-506-2022', 'Government’s Ruling No. 506 dated March 29th, 2022']]],
    ['Decree of the Russian Federation’s Government No. 299 of 6 March 2022', [['ru-gov-299-2022', 'Decree of the Russian Federation’s Government No. 299 of 6 March 2022']]],
    ['under Government Decree No. 299/2022 the rate is 0.5 %', [['ru-gov-299-2022', 'Government Decree No. 299/2022']]],
    // another state's
    ["the Kazakh Government's Ruling No. 5 of 1 March 2020", []],
    // a protocol to a convention named with it: both are cited, as the labellers of seven texts counted them
    ['Article 22 (4) of the Protocol on the Protection of Industrial Designs to the Eurasian Patent Convention', [
      ['eurasian-patent-convention-designs-protocol-2019:22/4', 'Article 22 (4) of the Protocol on the Protection of Industrial Designs'],
      ['eurasian-patent-convention', 'Eurasian Patent Convention'],
    ]],
    ['the Protocol to the Eurasian Patent Convention on the Protection of Industrial Designs', [
      ['eurasian-patent-convention-designs-protocol-2019', 'Protocol'],
      ['eurasian-patent-convention', 'Eurasian Patent Convention'],
    ]],
    // a dotted number of Part IV that no amendment ever inserted is an article and its item; an inserted one stays
    ['as Articles 1252.4 and 1253.1 of the Civil Code provide', [['ru-civil-code:1252/4', 'Articles 1252.4 and 1253.1 of the Civil Code'], ['ru-civil-code:1253.1', 'Articles 1252.4 and 1253.1 of the Civil Code']]],
    // a list whose items a semicolon separates (the Constitutional Court's English)
    ['Articles 1252, para.4; 1487; 1515, paras 1,2 and 4 of the Civil Code', [
      ...['1252/4', '1487', '1515/1', '1515/2', '1515/4'].map((k): [string, string] => [`ru-civil-code:${k}`, 'Articles 1252, para.4; 1487; 1515, paras 1,2 and 4 of the Civil Code']),
    ]],
    ['Russian copyright protects software (Article 1261 of the Code).', [['ru-civil-code:1261', 'Article 1261 of the Code']]],
    ['the EAPC Industrial Designs Protocol was ratified', [['eurasian-patent-convention-designs-protocol-2019', 'EAPC Industrial Designs Protocol']]],
  ], 'en', '2023-01-01');
});

describe('Russian forms', () => {
  table([
    ['Проводится анализ следующих статей УК РФ 151.1, 154, 180 и 238.', [
      ['ru-criminal-code:151.1', 'статей УК РФ 151.1, 154, 180 и 238'],
      ['ru-criminal-code:154', 'статей УК РФ 151.1, 154, 180 и 238'],
      ['ru-criminal-code:180', 'статей УК РФ 151.1, 154, 180 и 238'],
      ['ru-criminal-code:238', 'статей УК РФ 151.1, 154, 180 и 238'],
    ]],
    ['Дела возбуждены по ст.ст. УК РФ 146, 180.', [
      ['ru-criminal-code:146', 'ст.ст. УК РФ 146, 180'],
      ['ru-criminal-code:180', 'ст.ст. УК РФ 146, 180'],
    ]],
    ['ратифицирован Протокол об охране промышленных образцов к Евразийской патентной конвенции', [
      ['eurasian-patent-convention-designs-protocol-2019', 'Протокол об охране промышленных образцов'],
      ['eurasian-patent-convention', 'Евразийской патентной конвенции'],
    ]],
    ['статья 1483.3 ГК и ст. 1308.1 ГК РФ', [['ru-civil-code:1483/3', 'статья 1483.3 ГК'], ['ru-civil-code:1308.1', 'ст. 1308.1 ГК РФ']]],
    ['подпункте 1 статьи 1270.2 Гражданского кодекса Российской Федерации', [['ru-civil-code:1270/2/1', 'подпункте 1 статьи 1270.2 Гражданского кодекса Российской Федерации']]],
    // (parts I-III: the list is not kept, the number stays)
    ['ст. 60.2 ГК РФ', [['ru-civil-code:60.2', 'ст. 60.2 ГК РФ']]],
    // "the Code" no code was named to be: a Part IV number is the Civil Code's, in a text on IP (not another state's code)
    ['Авторские права на программы для ЭВМ охраняются (ст. 1261 Кодекса).', [['ru-civil-code:1261', 'ст. 1261 Кодекса']]],
    ['Авторские права охраняются (ст. 1261 Кодекса Украины).', []],
    ['Налог уплачивается по ст. 1261 Кодекса.', []],
    ['Авторские права на программы охраняются (ст. 146 Кодекса).', []],
    ['штраф по статье КоАП РФ 7.12', [['ru-admin-code:7.12', 'статье КоАП РФ 7.12']]],
    // "No" for «№» (a scan's or a translation's)
    ['внесены федеральным законом от 21 декабря 2021 г. No 416-ФЗ', [['ru-fl-416-fz-2021', 'федеральным законом от 21 декабря 2021 г. No 416-ФЗ']]],
    ['Указ Президента РФ от 05.03.2022 No. 95', [['ru-ukaz-95-2022', 'Указ Президента РФ от 05.03.2022 No. 95']]],
    // a year, an amount or a number past the code's articles is no article of it
    ['изменения статей УК РФ 2019 года', [['ru-criminal-code', 'УК РФ']]],
    ['по статье УК РФ 146 тыс. рублей', [['ru-criminal-code', 'УК РФ']]],
    ['статьи ГК РФ 1252, 9999', [['ru-civil-code', 'ГК РФ']]],
  ], 'ru', '2020-01-01');
});
