// Tests of provision keys: building, parsing, describing, and number normalisation.
import { describe, expect, it } from 'vitest';
import { canonicalProvisionKey, describeProvision, INSTRUMENTS, numberedActId, parseProvisionKey, provisionKey } from '../../../shared/core/citations/index.js';
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
    ['paris-convention', '10bis', undefined, 'paris-convention:10bis'],
    ['paris-convention', '6quinquies', 'B', 'paris-convention:6quinquies/B'],
  ])('%s %s %s ⇄ %s', (instrument, article, part, key) => {
    expect(provisionKey(instrument, article, part)).toBe(key);
    const parsed = parseProvisionKey(key);
    expect(parsed).toEqual({ instrument, ...(article ? { article } : {}), ...(part ? { part } : {}) });
  });

  it('rejects malformed keys', () => {
    for (const bad of ['', 'Civil Code:1229', 'ru-civil-code:', 'ru-civil-code:12a', 'paris-convention:10 bis', 'paris-convention:bis', 'ru-civil-code:1252/']) expect(parseProvisionKey(bad)).toBeNull();
  });

  it.each([
    ['ru-civil-code:1252/5', 'en', 'Civil Code art. 1252(5)'],
    ['ru-civil-code:1270/1/2', 'en', 'Civil Code art. 1270(1)(2)'],
    ['wto-wpr-rus:1339', 'en', 'Working Party Report para. 1339'],
    ['ru-criminal-code:146/note', 'en', 'Criminal Code art. 146 note'],
    ['ru-fl-364-fz', 'en', 'Federal Law No. 364-FZ'],
    ['ru-fl-364-fz-2014', 'en', 'Federal Law No. 364-FZ of 2014'],
    ['ru-fl-35-fz-2014', 'en', 'Federal Law No. 35-FZ of 2014'],
    ['ru-fl-420-fz-2011', 'en', 'Federal Law No. 420-FZ of 2011'],
    ['ru-fl-420-fz-2011', 'ru', 'Федеральный закон № 420-ФЗ (2011)'],
    ['ru-fl-149-fz-2006:15.2', 'en', 'Law on Information art. 15.2'],
    ['ru-law-5351-1-1993:48', 'ru', 'ст. 48 Закон об авторском праве (1993)'],
    ['ru-gov-992-2007', 'en', 'Government Resolution No. 992 of 2007'],
    // a government order (распоряжение) keeps its "-r"
    ['ru-gov-3718-r-2020', 'en', 'Government Order No. 3718-r of 2020'],
    ['ru-gov-3718-r-2020', 'ru', 'Распоряжение Правительства РФ № 3718-р (2020)'],
    ['rome-convention:5/1/b', 'en', 'Rome Convention art. 5(1)(b)'],
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

  it('keeps registry ids unique and numbered acts addressable by number and year', () => {
    const ids = INSTRUMENTS.all.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    // numbers restart every year: the year is part of the id
    expect(INSTRUMENTS.lawId('fz', '187', '2013')).toBe('ru-fl-187-fz-2013');
    expect(INSTRUMENTS.lawId('fz', '187', '2019')).toBe('ru-fl-187-fz-2019');
    expect(INSTRUMENTS.lawId('rf', '5351-1', '1993')).toBe('ru-law-5351-1-1993');
    expect(INSTRUMENTS.lawId('gov', '992', '2007')).toBe('ru-gov-992-2007');
    // without a year: the one registered act of that number, else nothing (no guessed year, no key without one); a code's
    // enacting law with its year is the code
    expect(INSTRUMENTS.lawId('fz', '364')).toBe('ru-fl-364-fz-2014');
    expect(INSTRUMENTS.lawId('fz', '149')).toBe('ru-fl-149-fz-2006');
    expect(INSTRUMENTS.lawId('fz', '420')).toBeUndefined();
    expect(INSTRUMENTS.lawId('fz', '230', '2006')).toBe('ru-civil-code');
    expect(INSTRUMENTS.lawId('fz', '195', '2001')).toBe('ru-admin-code');
    expect(INSTRUMENTS.lawId('fz', '195', '2022')).toBe('ru-fl-195-fz-2022');
    expect(INSTRUMENTS.lawId('fz', '146')).toBeUndefined();
    expect(INSTRUMENTS.get('wto-wpr-rus')?.unit).toBe('paragraph');
    // every registered act's id is the one its number and year make
    for (const d of INSTRUMENTS.all) if (d.law) expect(numberedActId(d.law.series, d.law.number, d.law.year)).toBe(d.id);
  });

  it('keeps the keys made before the year joined a federal law\'s id working (stored links, bookmarks, notes)', () => {
    expect(canonicalProvisionKey('ru-fl-364-fz')).toBe('ru-fl-364-fz-2014');
    expect(canonicalProvisionKey('ru-fl-149-fz:15.2')).toBe('ru-fl-149-fz-2006:15.2');
    expect(canonicalProvisionKey('ru-fl-149-fz:15.2/1')).toBe('ru-fl-149-fz-2006:15.2/1');
    expect(canonicalProvisionKey('ru-civil-code:1252/5')).toBe('ru-civil-code:1252/5');
    expect(canonicalProvisionKey('ru-fl-420-fz')).toBe('ru-fl-420-fz');
    expect(canonicalProvisionKey('not a key')).toBe('not a key');
  });
});
