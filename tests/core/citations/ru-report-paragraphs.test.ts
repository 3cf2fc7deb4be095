// Table tests for Russian report paragraph references: "пункт 1339 Доклада Рабочей группы".
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const rows: Row[] = [
  ['Россия взяла на себя обязательство (пункт 1339 Доклада Рабочей группы) продолжать действия против сайтов',
    [['wto-wpr-rus:1339', 'пункт 1339 Доклада Рабочей группы']]],
  ['в соответствии с пунктом 1218 Доклада Рабочей группы по присоединению Российской Федерации к ВТО',
    [['wto-wpr-rus:1218', 'пунктом 1218 Доклада Рабочей группы по присоединению Российской Федерации к ВТО']]],
  ['п. 1339 Доклада Рабочей группы', [['wto-wpr-rus:1339', 'п. 1339 Доклада Рабочей группы']]],
  ['пунктами 1218 - 1220 Доклада Рабочей группы',
    [['wto-wpr-rus:1218', 'пунктами 1218 - 1220 Доклада Рабочей группы'], ['wto-wpr-rus:1219', 'пунктами 1218 - 1220 Доклада Рабочей группы'],
      ['wto-wpr-rus:1220', 'пунктами 1218 - 1220 Доклада Рабочей группы']]],
];

describe('ru-report-paragraphs', () => {
  it.each(rows)('%j', (sentence, expected) => {
    expect(cite(sentence, { lang: 'ru' })).toEqual(expected);
  });

  it('reads a report\'s own paragraphs when the text is the report', () => {
    expect(cite('как указано в пункте 1339, Российская Федерация', { lang: 'ru', selfInstrument: 'wto-wpr-rus' })).toEqual([['wto-wpr-rus:1339', 'пункте 1339']]);
    expect(cite('as set out in paragraph 1339, the Russian Federation', { lang: 'en', selfInstrument: 'wto-wpr-rus' })).toEqual([['wto-wpr-rus:1339', 'paragraph 1339']]);
  });

  it('leaves a statute\'s items to ru-articles, and a report named far away out', () => {
    expect(cite('пункт 3 статьи 1252 ГК РФ', { lang: 'ru' })).toEqual([['ru-civil-code:1252/3', 'пункт 3 статьи 1252 ГК РФ']]);
    expect(cite('Доклад Рабочей группы принят. Пункт 12 плана устанавливает срок.', { lang: 'ru' })).toEqual([['wto-wpr-rus', 'Доклад Рабочей группы']]);
  });
});
