import { describe, expect, it } from 'vitest';
import { dateInRange, describeDateRange, parseQuery, readDateRange } from '../../../shared/core/search/index.js';

describe('date filter', () => {
  it.each([
    ['2012', { from: '2012', to: '2012' }, '2012'],
    ['2012-12', { from: '2012-12', to: '2012-12' }, '2012-12'],
    ['2010..2017', { from: '2010', to: '2017' }, '2010 to 2017'],
    ['..2012', { from: null, to: '2012' }, 'until 2012'],
    ['2012-06..', { from: '2012-06', to: null }, 'from 2012-06'],
  ])('reads %s', (value, range, words) => {
    expect(readDateRange(value)).toEqual(range);
    expect(describeDateRange(range)).toBe(words);
  });

  it.each(['', '..', 'last-year', '12', '2017..2010', '2012-1'])('refuses %s', (value) => {
    expect(readDateRange(value)).toBeNull();
  });

  it('compares at the precision of each end', () => {
    const range = readDateRange('2012..2013')!;
    expect(dateInRange('2012-12-21', range)).toBe(true);
    expect(dateInRange('2013-12-31', range)).toBe(true);
    expect(dateInRange('2014-01-01', range)).toBe(false);
    expect(dateInRange('2011-12-31', range)).toBe(false);
    expect(dateInRange(null, range)).toBe(false);
    expect(dateInRange('2012', readDateRange('2012-06')!)).toBe(false);
  });

  it('is a filter of the query language, refused with an example when malformed', () => {
    expect(parseQuery('piracy date:2010..2017').filters).toEqual([{ field: 'date', value: '2010..2017', exclude: false }]);
    expect(parseQuery('piracy date:soon').notice).toMatch(/date:2010\.\.2017/);
  });
});
