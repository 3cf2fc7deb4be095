// Annotation helpers of the renderer: selection slices to targets, highlight marks and layers, tag names, and
// highlights and notes rendered as text.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AnnotationDto } from '../../shared/core/api/annotation-dto.js';
import { quoteOf, trimSlices } from '../../renderer/text/selection-targets.js';
import { annotationLayers, annotationMarksByClause, MAX_LAYERS } from '../../renderer/text/annotation-marks.js';
import { addTag, sameTag, tagSuggestions } from '../../renderer/text/tag-names.js';
import { ClauseText } from '../../renderer/components/ClauseText.js';
import { NoteText } from '../../renderer/components/NoteText.js';
import { orphanReason } from '../../renderer/text/orphan-reason.js';

const target = (clause: string, start: number, end: number, status: 'anchored' | 'orphaned' = 'anchored') => ({
  doc: 'plan',
  clause,
  label: null,
  exact: '',
  prefix: '',
  suffix: '',
  start,
  end,
  status,
  how: null,
  reason: null,
});

function annotation(id: string, targets: AnnotationDto['targets'], colors: string[] = []): AnnotationDto {
  return { id, targets, status: 'anchored', tags: colors.map((color, i) => ({ name: `t${i}`, color })), note: '', creator: 'me', created: '', modified: '' };
}

describe('selection targets', () => {
  it('keeps exact offsets, trims surrounding whitespace and drops empty slices', () => {
    const a = 'Russia will amend Article 1253.1. ';
    const b = '  Second item.';
    expect(
      trimSlices([
        { clause: 'a', text: a, start: 12, end: a.length },
        { clause: 'gap', text: '   ', start: 0, end: 3 },
        { clause: 'b', text: b, start: 0, end: 8 },
      ]),
    ).toEqual([
      { clause: 'a', start: 12, end: 33 },
      { clause: 'b', start: 2, end: 8 },
    ]);
    expect(a.slice(12, 33)).toBe('amend Article 1253.1.');
  });

  it('clamps offsets to the clause text and counts UTF-16 units like the API', () => {
    expect(trimSlices([{ clause: 'c', text: 'ст. 𝔸 146', start: 4, end: 99 }])).toEqual([{ clause: 'c', start: 4, end: 10 }]);
  });

  it('quotes several clauses joined by an ellipsis', () => {
    const texts: Record<string, string> = { a: 'one two', b: 'three four' };
    expect(quoteOf([{ clause: 'a', start: 4, end: 7 }, { clause: 'b', start: 0, end: 5 }], (c) => texts[c])).toBe('two … three');
  });
});

describe('annotation marks', () => {
  it('groups anchored targets by clause and leaves orphaned ones out', () => {
    const marks = annotationMarksByClause([
      annotation('x', [target('c1', 0, 4), target('c2', 2, 5), target('c3', 0, 2, 'orphaned')], ['#ff0000']),
      annotation('y', [target('c1', 2, 8)]),
    ]);
    expect(Object.keys(marks)).toEqual(['c1', 'c2']);
    expect(marks.c1).toEqual([
      { start: 0, end: 4, kind: 'annotation', data: { id: 'x', color: '#ff0000' } },
      { start: 2, end: 8, kind: 'annotation', data: { id: 'y', color: null } },
    ]);
  });

  it('layers one tint and one underline stripe per annotation, neutral without a tag', () => {
    const { backgroundImage, boxShadow } = annotationLayers(['#ff0000', null]);
    expect(backgroundImage.match(/linear-gradient/g)).toHaveLength(2);
    expect(backgroundImage).toContain('#ff0000');
    expect(backgroundImage).toContain('var(--annotation-neutral)');
    expect(boxShadow).toBe('inset 0 -2px 0 0 #ff0000, inset 0 -4px 0 0 var(--annotation-neutral)');
    expect(annotationLayers(Array(9).fill('#00ff00')).boxShadow.split('inset')).toHaveLength(MAX_LAYERS + 1);
    // A colour that is not #rrggbb never reaches the style.
    expect(annotationLayers(['red;background:url(x)']).backgroundImage).not.toContain('url');
  });

  it('renders overlapping highlights as text runs with their annotation ids, the start of each focusable', () => {
    const text = 'alpha beta gamma';
    const marks = annotationMarksByClause([annotation('x', [target('c', 0, 10)], ['#ff0000']), annotation('y', [target('c', 6, 16)])]).c!;
    const events = { onShow() {}, onHide() {}, onOpen() {}, describedBy: 'card' };
    const html = renderToStaticMarkup(<ClauseText text={text} marks={marks} annotationEvents={events} dataAttributes={{ 'data-clause-text': 'c' }} />);
    expect(html).toMatch(/^<span data-clause-text="c">/);
    const attrs = 'tabindex="0" role="button" aria-describedby="card" class="mark-annotation"';
    expect(html).toContain(`data-annotations="x" ${attrs}>alpha </mark>`);
    expect(html).toContain(`data-annotations="x y" ${attrs}>beta</mark>`);
    expect(html).toContain('data-annotations="y" class="mark-annotation"> gamma</mark>');
    expect(html.replace(/<[^>]+>/g, '')).toBe(text);
  });
});

describe('notes', () => {
  it('are text, never markup, with their line breaks', () => {
    const html = renderToStaticMarkup(<NoteText note={'<img src=x onerror=window.__xss=1>\nsecond line'} />);
    expect(html).toBe('<p class="note-text">&lt;img src=x onerror=window.__xss=1&gt;\nsecond line</p>');
    expect(renderToStaticMarkup(<NoteText note="" />)).toBe('');
  });

  it('say why a target lost its place', () => {
    expect(orphanReason({ reason: 'missing-document' })).toMatch(/no longer in the library/);
    expect(orphanReason({ reason: 'not-found' })).toMatch(/no longer in the text/);
  });
});

describe('tag names', () => {
  it('are unique case-insensitively', () => {
    expect(sameTag(' Piracy', 'piracy ')).toBe(true);
    expect(addTag(['Piracy'], 'PIRACY')).toEqual(['Piracy']);
    expect(addTag(['Piracy'], '  ISP liability ')).toEqual(['Piracy', 'ISP liability']);
    expect(addTag([], '   ')).toEqual([]);
  });

  it('complete from existing tags, prefix matches first, chosen ones left out', () => {
    const existing = ['Piracy', 'anti-piracy', 'Pending', 'ISP'];
    expect(tagSuggestions(existing, 'pi', [])).toEqual(['Piracy', 'anti-piracy']);
    expect(tagSuggestions(existing, 'P', ['piracy'])).toEqual(['Pending', 'anti-piracy', 'ISP']);
    expect(tagSuggestions(existing, '', [])).toEqual(existing);
  });
});
