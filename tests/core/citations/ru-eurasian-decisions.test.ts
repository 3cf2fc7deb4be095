// Table tests for the ru-eurasian-decisions family: the decisions of the Eurasian bodies by body, number and date (the
// Eurasian Economic Commission's Board and Council, the Customs Union Commission, the Supreme Eurasian Economic
// Council), keyed as a government's resolutions are ('eec-board-decision-35-2018'), and a decision's own heading or
// approval stamp, which cites nothing. Written in the fourteenth session, while rounds 67–69 were collected unseen.
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../shared/core/citations/index.js';
import { describeProvision } from '../../../shared/core/citations/keys.js';
import { citeTable as table } from './helpers.js';

describe('Decisions of the Eurasian bodies (Russian)', () => {
  table([
    ['Решение Коллегии Евразийской экономической комиссии от 06 марта 2018 года № 35 вступило в силу.',
      [['eec-board-decision-35-2018', 'Решение Коллегии Евразийской экономической комиссии от 06 марта 2018 года № 35']]],
    // an item of a decision is its "article", as a government resolution's is
    ['в соответствии с пунктом 3 Решения Коллегии ЕЭК от 30.10.2018 № 174', [['eec-board-decision-174-2018:3', 'пунктом 3 Решения Коллегии ЕЭК от 30.10.2018 № 174']]],
    ['Признано утратившим силу Решение Комиссии Таможенного союза от 18 июня 2010 г. № 290.', [['cu-commission-decision-290-2010', 'Решение Комиссии Таможенного союза от 18 июня 2010 г. № 290']]],
    ['согласно решению КТС № 257 от 20.05.2010', [['cu-commission-decision-257-2010', 'решению КТС № 257 от 20.05.2010']]],
    ['Решением Совета ЕЭК № 12 от 20.03.2015 утверждено', [['eec-council-decision-12-2015', 'Решением Совета ЕЭК № 12 от 20.03.2015']]],
    ['Регламент утвержден Решением Высшего Евразийского экономического совета от 23 декабря 2014 г. № 101.', [['seec-decision-101-2014', 'Решением Высшего Евразийского экономического совета от 23 декабря 2014 г. № 101']]],
    // (never without its year: the bodies number their decisions anew each year; never a court's decision)
    ['Решение Коллегии ЕЭК № 35 применяется с апреля.', []],
    ['Решение Суда ЕАЭС от 1 марта 2020 г. № 5 оставлено без изменения.', []],
  ], 'ru');
});

describe("A Eurasian decision's own heading and approval stamp", () => {
  const decision = [
    'О ведении единого таможенного реестра объектов интеллектуальной собственности',
    '',
    'Решение Коллегии Евразийской экономической комиссии от 06 марта 2018 года № 35',
    '',
    'В целях реализации статьи 385 Таможенного кодекса Евразийского экономического союза Коллегия Евразийской экономической комиссии решила:',
    '',
    '1. Утвердить прилагаемый Регламент.',
    '',
    '2. Признать утратившим силу Решение Комиссии Таможенного союза от 18 июня 2010 г. № 290.',
    '',
    'Утвержден',
    '',
    'Решением Коллегии',
    '',
    'Евразийской экономической комиссии',
    '',
    'от 06 марта 2018 г. № 35',
  ].join('\n');
  it('cites the decisions it names, never itself', () => {
    const keys = extractCitations(decision, { lang: 'ru' }).map((c) => c.key);
    expect(keys).toContain('cu-commission-decision-290-2010');
    expect(keys).toContain('eaeu-customs-code-2017:385');
    expect(keys).not.toContain('eec-board-decision-35-2018');
  });
  it('cites the decision in its heading when the text is no decision (a note about it)', () => {
    const note = 'Решение Коллегии Евразийской экономической комиссии от 06 марта 2018 года № 35\n\nЭтим решением Коллегия обновила порядок ведения реестра; юристы оценивают его сдержанно.';
    expect(extractCitations(note, { lang: 'ru' }).map((c) => c.key)).toEqual(['eec-board-decision-35-2018']);
  });
  it('describes a decision by its body', () => {
    expect(describeProvision('eec-board-decision-35-2018', 'en')).toContain('EEC Board Decision No. 35');
    expect(describeProvision('cu-commission-decision-290-2010', 'ru')).toContain('Решение Комиссии Таможенного союза № 290');
  });
});
