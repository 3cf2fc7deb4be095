// Content is never dropped silently: page furniture only where the input has pages, only at page edges, and counted.
import { describe, expect, it } from 'vitest';
import type { SourceDocument, SourceFormat } from '../../../shared/core/model.js';
import { segmentDocument, type RemovedLines } from '../../../shared/core/segment/index.js';
import { textDoc } from './load-text-doc.js';

/** Legal text whose lines repeat with only a number changed: none of it is page furniture. */
const MUST_SURVIVE: readonly (readonly string[])[] = [
  ['Section 5. Repealed.', 'Section 6. Repealed.', 'Section 7. Repealed.'],
  ['Article 12. [Deleted]', 'Article 13. [Deleted]', 'Article 14. [Deleted]'],
  ['Статья 5. Утратила силу.', 'Статья 6. Утратила силу.', 'Статья 7. Утратила силу.'],
  ['§ 3. Reserved.', '§ 4. Reserved.', '§ 5. Reserved.'],
  ['Rule 10 [Reserved]', 'Rule 11 [Reserved]', 'Rule 12 [Reserved]'],
  ['Schedule 1 — omitted', 'Schedule 2 — omitted', 'Schedule 3 — omitted'],
  ['Amendment No. 1 to the Agreement', 'Amendment No. 2 to the Agreement', 'Amendment No. 3 to the Agreement'],
  ['Paragraph 4 of Annex 2 is deleted.', 'Paragraph 5 of Annex 2 is deleted.', 'Paragraph 6 of Annex 2 is deleted.'],
  ['Пункт 1 утратил силу.', 'Пункт 2 утратил силу.', 'Пункт 3 утратил силу.'],
  ['ARTICLES', 'Search', 'Menu'],
];

function clauseText(doc: SourceDocument, notes?: RemovedLines): string {
  return segmentDocument(doc, notes)
    .map((c) => c.text)
    .join('\n');
}

function html(paragraphs: readonly string[]): SourceDocument {
  // What the HTML reader hands over: one line per block (paragraph), mapped into the markup.
  const original = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const doc = textDoc(paragraphs.join('\n'), { format: 'html' });
  return { ...doc, original };
}

describe('lines that repeat with only a number changed', () => {
  for (const lines of MUST_SURVIVE) {
    for (const format of ['text', 'html'] as const satisfies readonly SourceFormat[]) {
      it(`keeps ${JSON.stringify(lines[0])} and its siblings in ${format}`, () => {
        const doc = format === 'html' ? html(lines) : textDoc(['Preamble of the act.', '', ...lines.flatMap((l) => [l, ''])].join('\n'));
        const notes: RemovedLines = {};
        const text = clauseText(doc, notes);
        for (const line of lines) expect(text).toContain(line);
        expect(notes).toEqual({});
      });
    }
  }

  it('keeps them even in a paged text when they are not at a page edge', () => {
    const opening = ['The Minister shall publish the register.', 'Fees are set by regulation.', 'Appeals lie to the court.'];
    const closing = ['No fee is due for a first copy.', 'The register is open to the public.', 'Costs follow the event.'];
    const page = (n: number): string[] => [
      `Annual Report ${2017} — page ${n}`,
      '',
      opening[n - 1]!,
      `Section ${n + 4}. Repealed.`,
      closing[n - 1]!,
      '',
      `- ${n} -`,
    ];
    const doc = textDoc([1, 2, 3].flatMap(page).join('\n'), { format: 'pdf-text' });
    const notes: RemovedLines = {};
    const text = clauseText(doc, notes);
    for (const n of [5, 6, 7]) expect(text).toContain(`Section ${n}. Repealed.`);
    expect(text).not.toMatch(/Annual Report|- \d -/);
    expect(notes).toEqual({ 'page headers': 3, 'page numbers': 3 });
  });
});

describe('page furniture where the input has pages', () => {
  it('keeps numbered headings that open every page ("Article 5" atop pages 1, 2, 3)', () => {
    const pages = [5, 6, 7].map((n) => `Article ${n}. Repealed.\nThe former text of article ${n} no longer applies, see note ${n}.\n`);
    const notes: RemovedLines = {};
    const text = clauseText(textDoc(pages.join('\f')), notes);
    for (const n of [5, 6, 7]) expect(text).toContain(`Article ${n}. Repealed.`);
    expect(notes).toEqual({});
  });

  it('drops a running header after each form feed and counts it', () => {
    const pages = [1, 2, 3].map((n) => `Treaty Series Vol. 12 p. ${n}\n\nArticle ${n}\n\nThe parties agree to clause ${n}.\n`);
    const doc = textDoc(pages.join('\f'));
    const notes: RemovedLines = {};
    const text = clauseText(doc, notes);
    expect(text).not.toContain('Treaty Series');
    for (const n of [1, 2, 3]) expect(text).toContain(`The parties agree to clause ${n}.`);
    expect(notes).toEqual({ 'page headers': 3 });
  });

  it('drops a running footer of PDF text placed at page ends, the report\'s "… Page N"', () => {
    const lines = [1, 2, 3].flatMap((n) => [
      `Paragraph ${n} of the report says something about enforcement.`,
      `It continues on another line.`,
      `IIPA 2017 Special 301 Report Page ${n}`,
    ]);
    const notes: RemovedLines = {};
    const text = clauseText(textDoc(lines.join('\n'), { format: 'pdf-text' }), notes);
    expect(text).not.toContain('Special 301 Report Page');
    expect(notes).toEqual({ 'page headers': 3 });
  });

  it('keeps bare numbers of a plain text (no pages)', () => {
    const notes: RemovedLines = {};
    const text = clauseText(textDoc('Amounts due under the schedule:\n\n2\n\n4\n\n8\n'), notes);
    expect(text).toMatch(/2[\s\S]*4[\s\S]*8/);
    expect(notes).toEqual({});
  });
});

describe('web chrome', () => {
  it('is dropped from web page text and counted', () => {
    const notes: RemovedLines = {};
    const text = clauseText(textDoc('Skip to content\nMenu\n\nThe ministry announced the plan.\n', { format: 'web-text' }), notes);
    expect(text).toBe('The ministry announced the plan.');
    expect(notes).toEqual({ 'website navigation': 2 });
  });
});
