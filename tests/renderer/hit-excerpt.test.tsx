// Search excerpts: the service's snippet with highlights moved from clause offsets into it; evidence terms found.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { makeSnippet, type Span } from '../../shared/core/search/highlight.js';
import { findTermRanges, hitExcerpt } from '../../renderer/text/hit-excerpt.js';
import { SearchResultItem } from '../../renderer/components/SearchPalette.js';
import { searchHit } from './fake-api.js';

/** A hit as the service builds it: makeSnippet's snippet and start, highlights in clause offsets. */
function serviceHit(text: string, highlights: Span[]) {
  const snippet = makeSnippet(text, highlights);
  return searchHit('plan/I.1', { snippet: snippet.snippet, snippetStart: snippet.start, highlights });
}

function spans(text: string, word: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push([at, at + word.length]);
  return out;
}

const marked = (excerpt: { text: string; highlights: [number, number][] }) => excerpt.highlights.map(([s, e]) => excerpt.text.slice(s, e));

describe('hitExcerpt', () => {
  it('keeps the offsets of a snippet that is the whole clause', () => {
    const ex = hitExcerpt(searchHit('x', { snippet: 'Notice and takedown', snippetStart: 0, highlights: [[11, 19]] }));
    expect(ex).toEqual({ text: 'Notice and takedown', highlights: [[11, 19]] });
  });

  it('shifts highlights by snippetStart past the leading ellipsis, deep in a long clause', () => {
    const filler = Array.from({ length: 120 }, (_, i) => `слово${i}`).join(' ');
    const target = 'информационного посредника';
    const text = `${filler} ${target} ${filler} ${target} ${filler}`;
    const hit = serviceHit(text, spans(text, target));
    expect(hit.snippetStart).toBeGreaterThan(0);
    expect(hit.snippet.startsWith('…')).toBe(true);
    const ex = hitExcerpt(hit);
    expect(ex.text).toBe(hit.snippet);
    // Only the occurrence inside the snippet is marked, on exactly its words.
    expect(marked(ex)).toEqual([target]);
  });

  it('marks every match inside the snippet and none of the ellipses', () => {
    const text = `${'lead '.repeat(60)}piracy online and piracy offline ${'tail '.repeat(60)}`;
    const ex = hitExcerpt(serviceHit(text, spans(text, 'piracy')));
    expect(marked(ex)).toEqual(['piracy', 'piracy']);
    expect(ex.text.startsWith('…') && ex.text.endsWith('…')).toBe(true);
  });

  it('clips a match cut by the snippet end and drops those outside it', () => {
    const hit = searchHit('x', { snippet: '…amend the Civil Co…', snippetStart: 10, highlights: [[2, 6], [20, 30], [40, 45]] });
    // Clause offset 10 is snippet offset 1: "Civil" starts at clause 20, snippet 11; the body ends before the last "…".
    const ex = hitExcerpt(hit);
    expect(marked(ex)).toEqual(['Civil Co']);
  });

  it('renders the marks on the matched words of the snippet', () => {
    const text = `${'lead '.repeat(60)}notice and takedown procedures ${'tail '.repeat(60)}`;
    const hit = serviceHit(text, spans(text, 'takedown'));
    const html = renderToStaticMarkup(<SearchResultItem hit={hit} index={0} selected onHover={() => {}} onOpen={() => {}} />);
    expect([...html.matchAll(/<mark class="mark-hit">([^<]*)<\/mark>/g)].map((m) => m[1])).toEqual(['takedown']);
    expect(html).toContain('…lead');
  });
});

describe('findTermRanges', () => {
  it('finds every case-insensitive occurrence, including Cyrillic', () => {
    const text = 'Посредник и ПОСРЕДНИК; intermediary';
    expect(findTermRanges(text, ['посредник', 'Intermediary'])).toEqual([
      [0, 9],
      [12, 21],
      [23, 35],
    ]);
  });
});
