// Tests of provision keys: building, parsing, describing, and number normalisation.
import { describe, expect, it } from 'vitest';
import { describeProvision, INSTRUMENTS, parseProvisionKey, provisionKey } from '../../../shared/core/citations/index.js';
import { expandRange, normaliseNumber } from '../../../shared/core/citations/numbers.js';

describe('provision keys', () => {
  it.each([
    ['ru-civil-code', undefined, undefined, 'ru-civil-code'],
    ['ru-civil-code', '1229', undefined, 'ru-civil-code:1229'],
    ['ru-civil-code', '1252', '5', 'ru-civil-code:1252/5'],
    ['ru-civil-code', '1253.1', '1', 'ru-civil-code:1253.1/1'],
    ['ru-civil-code', '1270', '1/2', 'ru-civil-code:1270/1/2'],
    ['ru-admin-code', '7.12', undefined, 'ru-admin-code:7.12'],
    ['ru-criminal-code', '146', 'note', 'ru-criminal-code:146/note'],
    ['wto-wpr-rus', '1339', undefined, 'wto-wpr-rus:1339'],
  ])('%s %s %s ⇄ %s', (instrument, article, part, key) => {
    expect(provisionKey(instrument, article, part)).toBe(key);
    const parsed = parseProvisionKey(key);
    expect(parsed).toEqual({ instrument, ...(article ? { article } : {}), ...(part ? { part } : {}) });
  });

  it('rejects malformed keys', () => {
    for (const bad of ['', 'Civil Code:1229', 'ru-civil-code:', 'ru-civil-code:12a', 'ru-civil-code:1252/']) expect(parseProvisionKey(bad)).toBeNull();
  });

  it.each([
    ['ru-civil-code:1252/5', 'en', 'Civil Code art. 1252(5)'],
    ['ru-civil-code:1270/1/2', 'en', 'Civil Code art. 1270(1)(2)'],
    ['wto-wpr-rus:1339', 'en', 'Working Party Report para. 1339'],
    ['ru-criminal-code:146/note', 'en', 'Criminal Code art. 146 note'],
    ['ru-fl-364-fz', 'en', 'Federal Law No. 364-FZ'],
    ['ru-fl-35-fz', 'en', 'Federal Law No. 35-FZ'],
    ['ru-civil-code:1252/5', 'ru', 'п. 5 ст. 1252 ГК РФ'],
    ['ru-civil-code:1270/1/2', 'ru', 'подп. 2 п. 1 ст. 1270 ГК РФ'],
    ['ru-criminal-code:146/2', 'ru', 'ч. 2 ст. 146 УК РФ'],
    ['ru-criminal-code:146/note', 'ru', 'примечание к ст. 146 УК РФ'],
    ['ru-admin-code:7.12', 'ru', 'ст. 7.12 КоАП РФ'],
  ] as const)('describes %s (%s)', (key, lang, text) => {
    expect(describeProvision(key, lang)).toBe(text);
  });

  it('normalises superscript article numbers and expands small ranges only', () => {
    expect(['1253^1', '1253¹', '1253.1', '7.12'].map(normaliseNumber)).toEqual(['1253.1', '1253.1', '1253.1', '7.12']);
    expect(expandRange('1259', '1261')).toEqual(['1259', '1260', '1261']);
    expect(expandRange('7.12', '7.14')).toEqual(['7.12', '7.13', '7.14']);
    expect(expandRange('281', '281.3')).toEqual(['281', '281.1', '281.2', '281.3']);
    expect(expandRange('а', 'г')).toEqual(['а', 'б', 'в', 'г']);
    expect(expandRange('307', '419')).toBeNull();
  });

  it('keeps registry ids unique and federal laws addressable by number', () => {
    const ids = INSTRUMENTS.all.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(INSTRUMENTS.federalLawId('364')).toBe('ru-fl-364-fz');
    expect(INSTRUMENTS.federalLawId('149')).toBe('ru-fl-149-fz');
    expect(INSTRUMENTS.get('wto-wpr-rus')?.unit).toBe('paragraph');
  });
});
