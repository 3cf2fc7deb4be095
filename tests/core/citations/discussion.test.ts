// Table tests for parts cited without their article in a commentary: the article under discussion, only when unambiguous.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const RU = { lang: 'ru' } as const;
const EN = { lang: 'en' } as const;

const russian: Row[] = [
  // balss.ru (2018): the article cited in the same and the previous paragraph
  ['Состав преступления, указанного в ч. 2 ст. 146 УК РФ, является формальным.\n\nМатериальным в ст. 146 УК РФ является не только состав, указанный в ч. 1 (плагиат), но и предусмотренный ч. 2.',
    [['ru-criminal-code:146/2', 'ч. 2 ст. 146 УК РФ'], ['ru-criminal-code:146', 'ст. 146 УК РФ'], ['ru-criminal-code:146/1', 'ч. 1'], ['ru-criminal-code:146/2', 'ч. 2']]],
  ['Статья 1252 ГК РФ устанавливает способы защиты. Согласно п. 3 правообладатель вправе требовать компенсацию.',
    [['ru-civil-code:1252', 'Статья 1252 ГК РФ'], ['ru-civil-code:1252/3', 'п. 3']]],
  ['Обзор ст. 146 УК РФ\n\nПервая часть.\n\nВторая часть.\n\nКвалифицирующие признаки названы в ч. 3.',
    [['ru-criminal-code:146', 'ст. 146 УК РФ'], ['ru-criminal-code:146/3', 'ч. 3']]],
  // two articles under discussion: nothing
  ['Статьи 146 и 180 УК РФ сходны. Часть 2 предусматривает крупный размер.',
    [['ru-criminal-code:146', 'Статьи 146 и 180 УК РФ'], ['ru-criminal-code:180', 'Статьи 146 и 180 УК РФ']]],
  ['По ст. 146 УК РФ и ст. 7.12 КоАП РФ. По ч. 2 ответственность строже.',
    [['ru-criminal-code:146', 'ст. 146 УК РФ'], ['ru-admin-code:7.12', 'ст. 7.12 КоАП РФ']]],
  // the code's other level: "п." in a discussion of an УК article; "ч." of a ГК article
  ['Статья 146 УК РФ. Согласно п. 2 примечания порог повышен.', [['ru-criminal-code:146', 'Статья 146 УК РФ']]],
  ['Статья 1252 ГК РФ. Часть 4 Кодекса вступила в силу в 2008 году.', [['ru-civil-code:1252', 'Статья 1252 ГК РФ']]],
  // parts of something else
  ['Статья 1252 ГК РФ. Согласно п. 3 договора лицензиат платит.', [['ru-civil-code:1252', 'Статья 1252 ГК РФ']]],
  ['Статья 1252 ГК РФ. Согласно п. 3 Постановления Пленума ВС РФ № 10 суд определяет.', [['ru-civil-code:1252', 'Статья 1252 ГК РФ']]],
  // the article discussed two paragraphs back is too far
  ['Введение.\n\nСтатья 1252 ГК РФ.\n\nДругое.\n\nЕщё другое; п. 3 вступает в силу.', [['ru-civil-code:1252', 'Статья 1252 ГК РФ']]],
];

const english: Row[] = [
  ['Article 146 of the Criminal Code was amended. Under part 2, the threshold is higher.',
    [['ru-criminal-code:146', 'Article 146 of the Criminal Code'], ['ru-criminal-code:146/2', 'part 2']]],
  ['Articles 146 and 180 of the Criminal Code were amended. Under part 2, the threshold is higher.',
    [['ru-criminal-code:146', 'Articles 146 and 180 of the Criminal Code'], ['ru-criminal-code:180', 'Articles 146 and 180 of the Criminal Code']]],
  ['Article 146 of the Criminal Code was amended. Under part 2 of the Agreement, the parties agree.',
    [['ru-criminal-code:146', 'Article 146 of the Criminal Code']]],
];

describe('parts of the article under discussion', () => {
  it.each(russian)('%j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
  it.each(english)('%j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
  it('never in a statute given its own instrument', () => {
    expect(cite('Часть 2 вступает в силу. ч. 3 тоже.', { lang: 'ru', selfInstrument: 'ru-criminal-code' })).toEqual([]);
    // under its own article's heading a statute's editorial note is that article's, as in a clause read with its article
    expect(cite('Статья 146. Часть 2 вступает в силу. ч. 3 тоже.', { lang: 'ru', selfInstrument: 'ru-criminal-code' })).toEqual([['ru-criminal-code:146/2', 'Часть 2']]);
  });
});
