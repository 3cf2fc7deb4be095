// Table tests for Russian provision references in the Civil Code and the Criminal Code (pravo.gov.ru texts).
import { describe, expect, it } from 'vitest';
import type { ExtractContext } from '../../../shared/core/citations/index.js';
import { cite, type Row } from './helpers.js';

const GK: ExtractContext = { lang: 'ru', selfInstrument: 'ru-civil-code' };
const UK: ExtractContext = { lang: 'ru', selfInstrument: 'ru-criminal-code' };

const civil: Row[] = [
  ['вом на результат интеллектуальной деятельности или на средство индивидуализации (статья 1233), если настоящим Кодексом не предусмотрено',
    [['ru-civil-code:1233', 'статья 1233']]],
  [' В случаях, предусмотренных пунктом 3 статьи 1454, пунктом 2 статьи 1466 и пунктом 2 статьи 1518 настоящего Кодекса, самостоятельные',
    [['ru-civil-code:1454/3', 'пунктом 3 статьи 1454'], ['ru-civil-code:1466/2', 'пунктом 2 статьи 1466'],
      ['ru-civil-code:1518/2', 'пунктом 2 статьи 1518 настоящего Кодекса']]],
  ['мер ответственности, установленных настоящим Кодексом (статьи 1250, 1252 и 1253), вправе в соответствии с пунктом 3 статьи 1252 настоящего Кодекса требовать',
    [['ru-civil-code:1250', 'статьи 1250, 1252 и 1253'], ['ru-civil-code:1252', 'статьи 1250, 1252 и 1253'], ['ru-civil-code:1253', 'статьи 1250, 1252 и 1253'],
      ['ru-civil-code:1252/3', 'пунктом 3 статьи 1252 настоящего Кодекса']]],
  ['которому при отсутствии его вины применены предусмотренные подпунктами 3 и 4 пункта 1 и пунктом 3 статьи 1252 настоящего Кодекса меры защиты',
    [['ru-civil-code:1252/1/3', 'подпунктами 3 и 4 пункта 1'], ['ru-civil-code:1252/1/4', 'подпунктами 3 и 4 пункта 1'],
      ['ru-civil-code:1252/3', 'пунктом 3 статьи 1252 настоящего Кодекса']]],
  ['ваемого для включения в сложный объект (абзац второй пункта 1 статьи 1240)', [['ru-civil-code:1240/1', 'абзац второй пункта 1 статьи 1240']]],
  ['применяются общие положения о договоре (статьи 1234 - 1238)',
    [['ru-civil-code:1234', 'статьи 1234 - 1238'], ['ru-civil-code:1235', 'статьи 1234 - 1238'], ['ru-civil-code:1236', 'статьи 1234 - 1238'],
      ['ru-civil-code:1237', 'статьи 1234 - 1238'], ['ru-civil-code:1238', 'статьи 1234 - 1238']]],
  ['в порядке, предусмотренном статьей 1253.1 настоящего Кодекса', [['ru-civil-code:1253.1', 'статьей 1253.1 настоящего Кодекса']]],
  ['Статья 1253^1 устанавливает особенности ответственности', [['ru-civil-code:1253.1', 'Статья 1253^1']]],
  ['в соответствии с подпунктом 2 пункта 1 статьи 1270', [['ru-civil-code:1270/1/2', 'подпунктом 2 пункта 1 статьи 1270']]],
  ['статьями 1252 и 1253 настоящего Кодекса', [['ru-civil-code:1252', 'статьями 1252 и 1253 настоящего Кодекса'], ['ru-civil-code:1253', 'статьями 1252 и 1253 настоящего Кодекса']]],
  ['по основаниям, предусмотренным пунктом 2 статьи 1267', [['ru-civil-code:1267/2', 'пунктом 2 статьи 1267']]],
];

const criminal: Row[] = [
  ['анию за мелкое хищение, предусмотренное частью 2 статьи 7.27 Кодекса Российской Федерации об административных правонарушениях, -',
    [['ru-admin-code:7.27/2', 'частью 2 статьи 7.27 Кодекса Российской Федерации об административных правонарушениях']]],
  ['ением организаций, указанных в пункте 1 примечаний к статье 285 настоящего Кодекса, либо в некомме',
    [['ru-criminal-code:285/note/1', 'пункте 1 примечаний к статье 285 настоящего Кодекса']]],
  ['ье, пункте "р" части первой статьи 63 и примечании к статье 205',
    [['ru-criminal-code:63/1/р', 'пункте "р" части первой статьи 63'], ['ru-criminal-code:205/note', 'примечании к статье 205']]],
  ['в порядке, предусмотренном главой 40 Уголовно-процессуального кодекса Российской Федерации, не может превышать',
    // the chapter with the code named after it is one citation of the code
    [['ru-criminal-procedure-code', 'главой 40 Уголовно-процессуального кодекса Российской Федерации']]],
];

const RU = { lang: 'ru' } as const;
/** Commentary, court decisions and scholarly texts: the instrument comes after the article, often abbreviated. */
const commentary: Row[] = [
  ['ответственность по ч. 2 ст. 146 УК РФ', [['ru-criminal-code:146/2', 'ч. 2 ст. 146 УК РФ']]],
  ['см. п. 5 ст. 1252 ГК РФ', [['ru-civil-code:1252/5', 'п. 5 ст. 1252 ГК РФ']]],
  ['согласно пп. 1 п. 2 ст. 1270 ГК РФ', [['ru-civil-code:1270/2/1', 'пп. 1 п. 2 ст. 1270 ГК РФ']]],
  ['ст.ст. 1229, 1270 ГК РФ', [['ru-civil-code:1229', 'ст.ст. 1229, 1270 ГК РФ'], ['ru-civil-code:1270', 'ст.ст. 1229, 1270 ГК РФ']]],
  ['статьями 1250–1254 ГК', [
    ['ru-civil-code:1250', 'статьями 1250–1254 ГК'], ['ru-civil-code:1251', 'статьями 1250–1254 ГК'], ['ru-civil-code:1252', 'статьями 1250–1254 ГК'],
    ['ru-civil-code:1253', 'статьями 1250–1254 ГК'], ['ru-civil-code:1254', 'статьями 1250–1254 ГК']]],
  // Серовский районный суд, 2020: no spaces after the abbreviations
  ['по делу об административном правонарушении №5-266/2020 по ч.1 ст.7.12 Кодекса Российской Федерации об административных правонарушениях',
    [['ru-admin-code:7.12/1', 'ч.1 ст.7.12 Кодекса Российской Федерации об административных правонарушениях']]],
  ['по ч. 1 ст. 7.12 КоАП РФ', [['ru-admin-code:7.12/1', 'ч. 1 ст. 7.12 КоАП РФ']]],
  // Семнадцатый арбитражный апелляционный суд, 2023
  ['рассмотрев в порядке ст. 272.1 Арбитражного процессуального кодекса Российской Федерации апелляционную жалобу',
    [['ru-arbitrazh-procedure-code:272.1', 'ст. 272.1 Арбитражного процессуального кодекса Российской Федерации']]],
  // superpressa.ru: parts listed with a comma
  ['Расследование преступлений, предусмотренных частями 2, 3 статьи 146 УК РФ, в отношении программ для ЭВМ',
    [['ru-criminal-code:146/2', 'частями 2, 3 статьи 146 УК РФ'], ['ru-criminal-code:146/3', 'частями 2, 3 статьи 146 УК РФ']]],
  // Фёдорова: the RSFSR's code is another instrument
  ['Ужесточение санкции по сравнению со ст. 141 УК РСФСР, в которой предусматривалось наказание',
    [['ru-rsfsr-criminal-code:141', 'ст. 141 УК РСФСР']]],
  // Зуйков и партнеры: abbreviations defined in the text
  ['прежде всего в Арбитражный процессуальный кодекс (далее – АПК РФ). Так, закон внес изменения в статью 28 АПК РФ, выводя',
    [['ru-arbitrazh-procedure-code', 'Арбитражный процессуальный кодекс'], ['ru-arbitrazh-procedure-code:28', 'статью 28 АПК РФ']]],
  // Даниленков: a defined short form is part of the name it follows, not a citation of its own
  ['В ст. 1225 Гражданского кодекса РФ [2] (далее — ГК РФ) установлен перечень', [['ru-civil-code:1225', 'ст. 1225 Гражданского кодекса РФ']]],
  // "той же статьи": the article cited before
  ['по ч. 2 ст. 146 УК РФ и по ч. 3 той же статьи', [['ru-criminal-code:146/2', 'ч. 2 ст. 146 УК РФ'], ['ru-criminal-code:146/3', 'ч. 3 той же статьи']]],
];

describe('ru-articles', () => {
  it.each(commentary)('commentary: %j', (sentence, expected) => {
    expect(cite(sentence, RU)).toEqual(expected);
  });

  it.each(civil)('ГК: %j', (sentence, expected) => {
    expect(cite(sentence, GK)).toEqual(expected);
  });
  it.each(criminal)('УК: %j', (sentence, expected) => {
    expect(cite(sentence, UK)).toEqual(expected);
  });

  it('reads commentary abbreviations with the instrument after the article', () => {
    expect(cite('ответственность по ч. 2 ст. 146 УК РФ', { lang: 'ru' })).toEqual([['ru-criminal-code:146/2', 'ч. 2 ст. 146 УК РФ']]);
    expect(cite('см. п. 1 ст. 1229 ГК РФ и пп. 2 п. 1 ст. 1270 ГК', { lang: 'ru' })).toEqual([
      ['ru-civil-code:1229/1', 'п. 1 ст. 1229 ГК РФ'],
      ['ru-civil-code:1270/1/2', 'пп. 2 п. 1 ст. 1270 ГК'],
    ]);
    expect(cite('примечание к статье 146 Уголовного кодекса Российской Федерации', { lang: 'ru' })).toEqual([
      ['ru-criminal-code:146/note', 'примечание к статье 146 Уголовного кодекса Российской Федерации'],
    ]);
  });

  it('resolves "настоящей статьи" only when the article is known', () => {
    const text = ' Деяния, предусмотренные частью пятой, пунктами "а" - "в" части седьмой настоящей статьи, совершенные';
    // "частью пятой" borrows the article of the next reference in the chain: this article
    expect(cite(text, { ...UK, selfArticle: '228.1' }).map(([k]) => k)).toEqual([
      'ru-criminal-code:228.1/5', 'ru-criminal-code:228.1/7/а', 'ru-criminal-code:228.1/7/б', 'ru-criminal-code:228.1/7/в',
    ]);
    expect(cite('частями первой или второй настоящей статьи', { ...UK, selfArticle: '146' }).map(([k]) => k)).toEqual(['ru-criminal-code:146/1', 'ru-criminal-code:146/2']);
    expect(cite('частями первой или второй настоящей статьи', UK)).toEqual([]);
  });

  it('reads "настоящей статьей" alone as the statute\'s own article, and an editorial note\'s "п. 1" as its item', () => {
    expect(cite('Деяния, предусмотренные настоящей статьей, признаются совершенными в крупном размере', { ...UK, selfArticle: '146' })).toEqual([
      ['ru-criminal-code:146', 'настоящей статьей'],
    ]);
    // pay3.ru (ГК РФ ст. 1252 with ConsultantPlus notes)
    const note = '(п. 1 в ред. Федерального закона от 12.03.2014 N 35-ФЗ)';
    expect(cite(note, { ...GK, selfArticle: '1252' })).toEqual([
      ['ru-civil-code:1252/1', 'п. 1'],
      ['ru-fl-35-fz-2014', 'Федерального закона от 12.03.2014 N 35-ФЗ'],
    ]);
    // a list of parts that merely broke off is not the article's own ("первой1": a superscript lost in the text)
    expect(cite('установленным частями третьей и третьей1 настоящей статьи', { ...UK, selfArticle: '72' }).map(([k]) => k)).not.toContain('ru-criminal-code:72/3/1');
    // (and "пунктами "и" и (или) "к"" are items of the part it names, since "и (или)" joins lists: never items of the
    // article it sits in)
    expect(cite('предусмотренными пунктами "и" и (или) "к" части первой статьи 61 настоящего Кодекса', { ...UK, selfArticle: '62' }).map(([k]) => k)).toEqual([
      'ru-criminal-code:61/1/и', 'ru-criminal-code:61/1/к',
    ]);
  });

  it('needs an instrument: a bare article outside a statute says nothing', () => {
    expect(cite('статья 1233 говорит о договорах', { lang: 'ru' })).toEqual([]);
    expect(cite('статьей 1233 настоящего Кодекса', { lang: 'ru' })).toEqual([]);
  });

  it('skips the article\'s own heading', () => {
    expect(cite('Статья 1253.1. Особенности ответственности информационного посредника', GK)).toEqual([]);
    // a page heading with the code's abbreviation first (gravbiz.ru, pay3.ru)
    expect(cite('ГК РФ Статья 1301. Ответственность за нарушение исключительного права на произведение', { ...GK, selfArticle: '1301' })).toEqual([]);
    expect(cite('  Статья 146. Нарушение авторских и смежных прав\n  1. Присвоение авторства', UK)).toEqual([]);
  });
});
