// Table tests for the families of forms round 19 of the external gold (and dev's older misses, read again) showed:
// a government's act in a sentence that speaks of "regional exhaustion" or "в области" (in the field of) is still
// Russia's; "this article" and "the cited provision" name the article cited last; a part word nested in another
// ("paragraph “b” of part 3 of article 146"); a part's sub-items listed after its bracket ("Article 1270(2), subclauses
// (6)-[8]"); "пункта 9 части 2 этой же статьи".
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe("a government's act beside words that only look regional", () => {
  table([
    ['The Russian government adopted Decree No. 506 on March 29, 2022, authorizing the Ministry to identify the goods exempted from Articles 1359(6) and 1487 of the Russian Civil Code on regional exhaustion of IP rights.',
      [['ru-gov-506-2022', 'Decree No. 506'], ['ru-civil-code:1359/6', 'Articles 1359(6) and 1487 of the Russian Civil Code'], ['ru-civil-code:1487', 'Articles 1359(6) and 1487 of the Russian Civil Code']]],
    // a region's government stays no Russian government
    ['The regional government adopted Resolution No. 15 in 2021.', []],
  ], 'en');
  table([
    ['Правительство приняло постановление № 506 от 29 марта 2022 г. в области интеллектуальной собственности.', [['ru-gov-506-2022', 'постановление № 506']]],
    ['Правительство Московской области приняло постановление № 15 в 2021 году.', []],
  ], 'ru');
});

describe('a provision named back: the article cited last', () => {
  table([
    ['The exemptions regarding inventions are established in Article 1359 of the Civil Code. Among other exceptions, this article provides that research is no infringement.',
      [['ru-civil-code:1359', 'Article 1359 of the Civil Code'], ['ru-civil-code:1359', 'this article']]],
    // the last article of its paragraph, even when another was cited in the paragraph before
    ['Article 1229(1) of the Civil Code allows exemptions.\n\nThey are established in Article 1359 of the Civil Code. Among other exceptions, this article provides that research is no infringement.',
      [['ru-civil-code:1229/1', 'Article 1229(1) of the Civil Code'], ['ru-civil-code:1359', 'Article 1359 of the Civil Code'], ['ru-civil-code:1359', 'this article']]],
    ['Article 1359 of the Civil Code sets the exemption.\n\nThe cited provision forms a cornerstone of the research exemption.',
      [['ru-civil-code:1359', 'Article 1359 of the Civil Code'], ['ru-civil-code:1359', 'The cited provision']]],
    ['Article 1487 of the Civil Code sets regional exhaustion. The enforcement practice of this provision of the Civil Code is controversial.',
      [['ru-civil-code:1487', 'Article 1487 of the Civil Code'], ['ru-civil-code:1487', 'this provision of the Civil Code']]],
    ['Article 1360 of the Civil Code allows it. The Government referred to that provision in its order.',
      [['ru-civil-code:1360', 'Article 1360 of the Civil Code'], ['ru-civil-code:1360', 'that provision']]],
    // a provision of services or of information is no law's
    ['The provision of services is covered by Article 1235 of the Civil Code; this provision of information is free.',
      [['ru-civil-code:1235', 'Article 1235 of the Civil Code']]],
    // "the author of the work" after the parts is the code's author, not the paper's
    ['In Art. 1255 of the Civil Code defines copyright. In accordance with paragraph 2 of this article, the author of the work has the following rights.',
      [['ru-civil-code:1255', 'Art. 1255 of the Civil Code'], ['ru-civil-code:1255/2', 'paragraph 2 of this article']]],
    // the paper speaking of itself
    ['Article 1259 of the Civil Code protects works. In this article, we argue that it is too broad.', [['ru-civil-code:1259', 'Article 1259 of the Civil Code']]],
    ['Article 1259 of the Civil Code protects works. In Part 2 of this article we show why.', [['ru-civil-code:1259', 'Article 1259 of the Civil Code']]],
  ], 'en');
  table([
    ['согласно подпункту 1 пункта 2 статьи 1270 ГК РФ, а также пункта 9 части 2 этой же статьи',
      [['ru-civil-code:1270/2/1', 'подпункту 1 пункта 2 статьи 1270 ГК РФ'], ['ru-civil-code:1270/2/9', 'пункта 9 части 2 этой же статьи']]],
  ], 'ru');
});

describe('a part word nested in another, and sub-items after a bracket', () => {
  table([
    ['paragraph “b” of part 3 of article 146 of the Criminal Code', [['ru-criminal-code:146/3/b', 'paragraph “b” of part 3 of article 146 of the Criminal Code']]],
    ['item 2 of paragraph 1 of Article 1270 of the Civil Code', [['ru-civil-code:1270/1/2', 'item 2 of paragraph 1 of Article 1270 of the Civil Code']]],
    // a paragraph of a paragraph is a translation's абзац, which keys do not carry
    ['paragraph 3 of paragraph 3 of Article 1252 of the Civil Code', [['ru-civil-code:1252/3', 'paragraph 3 of Article 1252 of the Civil Code']]],
    ['Article 1270(2), subclauses (6)-[8] of the Civil Code', [
      ['ru-civil-code:1270/2/6', 'Article 1270(2), subclauses (6)-[8] of the Civil Code'],
      ['ru-civil-code:1270/2/7', 'Article 1270(2), subclauses (6)-[8] of the Civil Code'],
      ['ru-civil-code:1270/2/8', 'Article 1270(2), subclauses (6)-[8] of the Civil Code']]],
    // "to" between sub-items is a range, never a letter "o"
    ['subparagraphs 6 to 8 of paragraph 2 of Article 1270 of the Civil Code', [
      ['ru-civil-code:1270/2/6', 'subparagraphs 6 to 8 of paragraph 2 of Article 1270 of the Civil Code'],
      ['ru-civil-code:1270/2/7', 'subparagraphs 6 to 8 of paragraph 2 of Article 1270 of the Civil Code'],
      ['ru-civil-code:1270/2/8', 'subparagraphs 6 to 8 of paragraph 2 of Article 1270 of the Civil Code']]],
  ], 'en');
});

describe("an article only Part IV of the Civil Code numbers so, in a text about Russia's law naming no code", () => {
  table([
    ['Question on the copyright legislation of the Russian Federation: does Article 1337(1) cover the publisher? See also Article 1340.',
      [['ru-civil-code:1337/1', 'Article 1337(1)'], ['ru-civil-code:1340', 'Article 1340']]],
    // another state's civil code in the text, a text not about Russia, a number outside Part IV: nothing
    ['Unlike Russia, France protects it: Article 1240 of the French Civil Code and Article 1242 apply.', []],
    ["Article 1 of the French Civil Code, Ukraine's Civil Code and Article 1252 of the Russian Civil Code", [['ru-civil-code:1252', 'Article 1252 of the Russian Civil Code']]],
    ['Does Article 1337(1) cover the publisher?', []],
    ['Question on the legislation of the Russian Federation: does Article 146 cover it?', []],
  ], 'en');
  table([
    ['Согласно подпункту 1 статьи 1301 истец вправе требовать двукратную стоимость экземпляров (авторское право, Россия).', [['ru-civil-code:1301/1', 'подпункту 1 статьи 1301']]],
    ['статья 1 Гражданского кодекса Украины и ст. 1252 ГК РФ', [['ru-civil-code:1252', 'ст. 1252 ГК РФ']]],
  ], 'ru');
});
