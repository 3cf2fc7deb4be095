// The one binary search the citation modules share: how many sorted items come before a position.
import { describe, expect, it } from 'vitest';
import { countBefore, countNumbersBefore } from '../../../shared/core/citations/sorted-search.js';

describe('countBefore', () => {
  const starts = [3, 7, 7, 12];
  it.each([
    [0, false, 0],
    [3, false, 0],
    [3, true, 1],
    [7, false, 1],
    [7, true, 3],
    [8, false, 3],
    [12, true, 4],
    [99, false, 4],
  ])('position %i (inclusive %s) has %i before it', (pos, inclusive, n) => {
    expect(countNumbersBefore(starts, pos, inclusive)).toBe(n);
  });

  it('searches items by their key, and an empty list has nothing before anything', () => {
    const spans = starts.map((start) => ({ start, end: start + 2 }));
    expect(countBefore(spans, 8, (s) => s.start)).toBe(3);
    expect(countBefore([], 5, (s: { start: number }) => s.start)).toBe(0);
  });
});
