// The search filter pickers' choices: provisions by instrument (most cited first), kinds, years, typed ranges, type-ahead.
import { describe, expect, it } from 'vitest';
import type { ProvisionSummary } from '../../shared/core/api/dto.js';
import { CITES_PER_INSTRUMENT, citesOptions, dateOptions, kindOptions, matchOptions } from '../../renderer/text/filter-options.js';
import { DOCS } from './fake-api.js';

const provision = (key: string, citedBy: number, title = ''): ProvisionSummary => ({
  key,
  instrument: key.split(':')[0]!,
  label: key,
  title,
  citedBy,
  related: 0,
  hasText: false,
});

describe('filter options', () => {
  const provisions = [
    provision('ru-criminal-code:146', 3),
    provision('ru-criminal-code:158', 2),
    provision('ru-criminal-code:159', 2),
    provision('ru-civil-code:1229', 9, 'Исключительное право'),
    provision('ru-civil-code:1253', 1),
    provision('ru-admin-code:7.12', 2),
    provision('ru-civil-code:1300', 0),
  ];

  it('groups cited provisions by instrument, the most cited instrument and provision first', () => {
    const options = citesOptions(provisions);
    expect(options.map((o) => [o.group, o.value])).toEqual([
      ['Civil Code', 'ru-civil-code:1229'],
      ['Civil Code', 'ru-civil-code:1253'],
      ['Criminal Code', 'ru-criminal-code:146'],
      ['Criminal Code', 'ru-criminal-code:158'],
      ['Criminal Code', 'ru-criminal-code:159'],
      ['Administrative Code', 'ru-admin-code:7.12'],
    ]);
    expect(options[0]).toMatchObject({ label: 'ru-civil-code:1229 — Исключительное право', detail: '9 citing' });
  });

  it('narrows by every typed word, in labels, keys and groups', () => {
    expect(matchOptions(citesOptions(provisions, 'criminal 15'), 'criminal 15').map((o) => o.value)).toEqual(['ru-criminal-code:158', 'ru-criminal-code:159']);
    expect(matchOptions(citesOptions(provisions, 'исключительное'), 'исключительное').map((o) => o.value)).toEqual(['ru-civil-code:1229']);
  });

  it('lists each instrument\'s most cited provisions only until something is typed', () => {
    const many = Array.from({ length: 20 }, (_, i) => provision(`ru-criminal-code:${100 + i}`, 50 - i));
    const options = citesOptions([...many, provision('ru-civil-code:1229', 3)]);
    expect(options.filter((o) => o.group === 'Criminal Code')).toHaveLength(CITES_PER_INSTRUMENT);
    expect(options.at(-1)!.value).toBe('ru-civil-code:1229');
    expect(matchOptions(citesOptions(many, '119'), '119').map((o) => o.value)).toEqual(['ru-criminal-code:119']);
  });

  it('offers the kinds and years the documents have, and a range as typed', () => {
    expect(kindOptions(DOCS).map((o) => o.value)).toEqual(['action-plan', 'statute']);
    expect(dateOptions(DOCS, '').map((o) => o.value)).toEqual(['2012']);
    expect(dateOptions(DOCS, '2010..2017')[0]).toEqual({ value: '2010..2017', label: '2010 to 2017', detail: 'as typed' });
    expect(dateOptions(DOCS, 'soon').map((o) => o.value)).toEqual(['2012']);
  });
});
