// The search footer's count says when the search stopped at its limit, so nobody reads a cap as a total.
import { describe, expect, it } from 'vitest';
import { resultCount } from '../../renderer/components/SearchPalette.js';
import { SEARCH_LIMIT } from '../../renderer/state/search-slice.js';

describe('resultCount', () => {
  it('counts results below the limit and says there may be more at it', () => {
    expect(resultCount(1)).toBe('1 result');
    expect(resultCount(9)).toBe('9 results');
    expect(resultCount(SEARCH_LIMIT)).toMatch(new RegExp(`^The best ${SEARCH_LIMIT} results · add words or a filter`));
  });
});
