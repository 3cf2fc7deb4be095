// Search filter chips as query tokens: read, add (replace or accumulate) and remove.
import { describe, expect, it } from 'vitest';
import { freeText, readFilters, withFilter, withoutFilter } from '../../renderer/text/query-filters.js';

describe('query filters', () => {
  it('reads filter tokens and the free text', () => {
    const q = 'piracy doc:plan cites:ru-civil-code:1253.1 lang:ru';
    expect(readFilters(q).map((t) => t.raw)).toEqual(['doc:plan', 'cites:ru-civil-code:1253.1', 'lang:ru']);
    expect(freeText(q)).toBe('piracy');
  });

  it('replaces doc/kind/lang and accumulates cites', () => {
    let q = withFilter('piracy', 'doc', 'plan');
    q = withFilter(q, 'doc', 'gk');
    q = withFilter(q, 'cites', 'a:1');
    q = withFilter(q, 'cites', 'b:2');
    expect(q.trim()).toBe('piracy doc:gk cites:a:1 cites:b:2');
  });

  it('quotes values with spaces and removes tokens', () => {
    const q = withFilter('x', 'kind', 'press release');
    expect(q.trim()).toBe('x kind:"press release"');
    expect(readFilters(q)[0]!.value).toBe('press release');
    expect(withoutFilter(q, 'kind:"press release"')).toBe('x ');
    expect(withoutFilter('doc:a', 'doc:a')).toBe('');
  });
});
