// The line under the search results: how many clauses match, capped counts, how many are shown.
import { describe, expect, it } from 'vitest';
import { resultCount } from '../../renderer/components/SearchPalette.js';
import { searchHit } from './fake-api.js';

const hits = (n: number) => Array.from({ length: n }, (_, i) => searchHit(`plan/${i}`));

describe('resultCount', () => {
  it('says how many clauses match and how many are shown', () => {
    expect(resultCount({ hits: hits(1), total: 1 })).toBe('1 clause matches');
    expect(resultCount({ hits: hits(9), total: 9 })).toBe('9 clauses match');
    expect(resultCount({ hits: hits(30), total: 212 })).toBe('212 clauses match · showing 30');
    expect(resultCount({ hits: hits(30), total: 10_000, totalCapped: true })).toBe('10,000+ clauses match · showing 30');
    expect(resultCount({ hits: hits(3) })).toBe('3 clauses match');
  });
});
