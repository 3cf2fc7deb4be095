// Search filter chips as query tokens: read (also negated), add (replace or accumulate) and remove; the chip itself.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { FILTER_FIELDS } from '../../shared/core/search/filter-fields.js';
import { parseQuery } from '../../shared/core/search/query-parser.js';
import { freeText, readFilters, withFilter, withoutFilter } from '../../renderer/text/query-filters.js';
import { FilterChip } from '../../renderer/components/SearchFilters.js';

describe('query filters', () => {
  it('reads filter tokens and the free text', () => {
    const q = 'piracy doc:plan cites:ru-civil-code:1253.1 lang:ru';
    expect(readFilters(q).map((t) => t.raw)).toEqual(['doc:plan', 'cites:ru-civil-code:1253.1', 'lang:ru']);
    expect(freeText(q)).toBe('piracy');
  });

  it('reads negated filters as the search engine does', () => {
    const q = 'piracy -doc:iipa-2017-russia -lang:ru kind:cable -software';
    expect(readFilters(q)).toEqual([
      { prefix: 'doc', value: 'iipa-2017-russia', exclude: true, raw: '-doc:iipa-2017-russia' },
      { prefix: 'lang', value: 'ru', exclude: true, raw: '-lang:ru' },
      { prefix: 'kind', value: 'cable', exclude: false, raw: 'kind:cable' },
    ]);
    // A negated word stays free text; negated filters do not.
    expect(freeText(q)).toBe('piracy -software');
    const parsed = parseQuery(q);
    expect(parsed.filters.map((f) => ({ prefix: f.field, value: f.value, exclude: f.exclude }))).toEqual(
      readFilters(q).map(({ prefix, value, exclude }) => ({ prefix, value, exclude })),
    );
    expect(parsed.freeText).toBe(freeText(q));
  });

  it('reads every field the engine knows, in any case', () => {
    for (const field of FILTER_FIELDS) expect(readFilters(`x ${field.toUpperCase()}:v`)[0]).toMatchObject({ prefix: field, value: 'v' });
  });

  it('keeps negated filters as filters when another is added', () => {
    expect(withFilter('piracy -doc:plan', 'kind', 'cable')).toBe('piracy -doc:plan kind:cable ');
    expect(withFilter('piracy -lang:ru', 'lang', 'ru')).toBe('piracy lang:ru ');
    expect(withFilter('piracy lang:ru', 'lang', 'ru', true)).toBe('piracy -lang:ru ');
    expect(withoutFilter('piracy -doc:plan kind:cable', '-doc:plan')).toBe('piracy kind:cable ');
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

describe('FilterChip', () => {
  it('says "not" for a negated filter', () => {
    const [token] = readFilters('piracy -lang:ru');
    const html = renderToStaticMarkup(<FilterChip token={token!} valueText="ru" onRemove={() => {}} />);
    expect(html).toContain('class="chip chip-exclude"');
    expect(html.replace(/<[^>]+>/g, '')).toBe('Language: not ru×');
    expect(html).toContain('aria-label="Remove filter -lang:ru"');
  });
});
