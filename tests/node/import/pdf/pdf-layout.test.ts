// PDF layout on pages built item by item: reading order, paragraphs, furniture, footnotes, hyphens, ligatures, superscripts.
import { describe, expect, it } from 'vitest';
import { layOutPdf } from '../../../../shared/node/import/pdf/pdf-layout.js';
import { clauseRegions } from '../../../../shared/node/import/pdf/pdf-regions.js';
import type { PdfPageText, PdfTextItem } from '../../../../shared/node/import/pdf/pdf-types.js';

/** An item of text at (x, baseline y), its width estimated at half an em a character. */
function item(str: string, x: number, y: number, size = 10, w = str.length * 0.5 * size): PdfTextItem {
  return { str, x, y, w, size, font: 0, ascent: 0.8, descent: -0.2, family: 'sans-serif' };
}

/** Lines of a column, one item each, `pitch` apart. */
function lines(texts: readonly string[], x: number, top: number, size = 10, pitch = 12): PdfTextItem[] {
  return texts.map((t, i) => item(t, x, top + i * pitch, size));
}

function page(number: number, items: PdfTextItem[], height = 792): PdfPageText {
  return { number, width: 612, height, toPdf: [1, 0, 0, -1, 0, height], items, rotated: 0 };
}

const texts = (pages: PdfPageText[]) => layOutPdf(pages).lines.map((l) => l.text).filter((t) => t.length > 0);

// A 60-character measure: full lines are wrapped, short last lines end paragraphs.
const FULL = 'aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll';

describe('PDF layout', () => {
  it('joins wrapped lines into one line per paragraph and starts a paragraph after a short line', () => {
    const out = texts([page(1, lines([FULL, FULL, 'end of the first.', FULL, 'second ends here.'], 72, 100))]);
    expect(out).toEqual([`${FULL} ${FULL} end of the first.`, `${FULL} second ends here.`]);
  });

  it('starts a paragraph after a wider gap between lines', () => {
    const items = [...lines([FULL, FULL], 72, 100), ...lines([FULL, 'done.'], 72, 140)];
    expect(texts([page(1, items)])).toEqual([`${FULL} ${FULL}`, `${FULL} done.`]);
  });

  it('reads two columns left then right, with a title across both read first', () => {
    const left = lines(['left one ' + FULL.slice(0, 40), 'left two ' + FULL.slice(0, 40), 'left three ends.'], 54, 150);
    const right = lines(['right one ' + FULL.slice(0, 40), 'right two ' + FULL.slice(0, 40), 'right three ends.'], 320, 150);
    const title = [item('A TITLE THAT SPANS THE WHOLE PAGE ACROSS BOTH COLUMNS OF TEXT', 54, 100, 14)];
    const out = texts([page(1, [...title, ...left, ...right])]);
    expect(out[0]).toBe('A TITLE THAT SPANS THE WHOLE PAGE ACROSS BOTH COLUMNS OF TEXT');
    expect(out[1]).toMatch(/^left one .* left two .* left three ends\.$/);
    expect(out[2]).toMatch(/^right one .* right two .* right three ends\.$/);
  });

  it('reads a column heading standing beside the other column’s first line with its own column', () => {
    const col = (x: number, top: number, n: number, word: string) => lines(Array.from({ length: n }, (_, i) => `${word} ${i} ${FULL.slice(0, 36)}`), x, top);
    const title = [item('A TITLE THAT SPANS THE WHOLE PAGE ACROSS BOTH COLUMNS OF TEXT', 54, 100, 14)];
    const items = [...title, item('Abstract', 54, 150), ...col(54, 162, 3, 'left'), item('left ends.', 54, 198), ...col(320, 150, 4, 'right')];
    const out = texts([page(1, items)]);
    expect(out.slice(1, 3)).toEqual(['Abstract', expect.stringMatching(/^left 0 .* left 2 .* left ends\.$/)]);
    expect(out[3]).toMatch(/^right 0 .* right 3 /);
  });

  it('keeps small print at the foot of a column out of the paragraph it interrupts', () => {
    const left = [...lines(['First ends.', FULL.slice(0, 48), FULL.slice(0, 48)], 54, 100), ...lines(['Copyright notice in small print here.'], 54, 600, 7, 9)];
    const right = lines([FULL.slice(0, 48), 'and the paragraph ends here.'], 320, 100);
    const out = texts([page(1, [...left, ...right])]);
    const line = FULL.slice(0, 48);
    expect(out).toContain(`${line} ${line} ${line} and the paragraph ends here.`);
    expect(out).toContain('Copyright notice in small print here.');
  });

  it('joins words a hyphenating typesetter broke, when many lines end inside a word', () => {
    const broken = Array.from({ length: 6 }, (_, i) => [`${FULL.slice(0, 50)} some${'thing'.slice(0, 1 + (i % 3))}-`, `${'thing'.slice(1 + (i % 3))}wrapped ends.`]).flat();
    const out = texts([page(1, lines(broken, 72, 100, 10, 12))]);
    expect(out.filter((t) => /some\w+-\w/.test(t))).toEqual([]);
    expect(out[0]).toMatch(/something|somethingwrapped/);
  });

  it('removes running headers and page numbers repeated on the pages, and counts them', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [item('Annual Report 2017 — Chapter One', 200, 40, 8), ...lines([FULL, `page ${n} text ends.`], 72, 100), item(`- ${n} -`, 300, 760)]),
    );
    const layout = layOutPdf(pages);
    const out = layout.lines.map((l) => l.text).filter(Boolean);
    expect(out.some((t) => t.includes('Annual Report'))).toBe(false);
    expect(out.some((t) => /^- \d -$/.test(t))).toBe(false);
    expect(layout.removed).toEqual({ 'page headers': 3, 'page numbers': 3 });
    expect(layout.original).toContain('Annual Report 2017'); // kept in the original text, for context
  });

  it('keeps a numbered heading at the top of every page', () => {
    const pages = [1, 2, 3].map((n) => page(n, [item(`Article ${n}`, 72, 60), ...lines([FULL, 'text ends.'], 72, 100)]));
    expect(texts(pages).filter((t) => t.startsWith('Article'))).toEqual(['Article 1', 'Article 2', 'Article 3']);
  });

  it('continues a paragraph across a page break when the last line was full', () => {
    const pages = [page(1, lines([FULL, FULL], 72, 100)), page(2, lines([FULL, 'the end.'], 72, 100))];
    expect(texts(pages)).toEqual([`${FULL} ${FULL} ${FULL} the end.`]);
  });

  it('makes small numbered lines at the foot of a page a footnote area, its call glued as a superscript', () => {
    const body = [...lines([FULL, 'the call is here.'], 72, 100), item('1', 72 + 17 * 5, 108, 6)];
    const note = [item('1', 72, 700, 5), item('A footnote text that explains the call.', 75, 702, 8, 160)];
    const layout = layOutPdf([page(1, [...body, ...note])]);
    const out = layout.lines.map((l) => l.text);
    expect(out).toContain(`${FULL} the call is here.1`);
    expect(out).toContain('__________');
    expect(out).toContain('1A footnote text that explains the call.');
  });

  it('drops a typesetter’s hyphen (U+2010 or a soft hyphen) at a line end and keeps a compound’s', () => {
    const start = FULL.slice(0, 49);
    const hyphenated = [item(`${start} infor`, 72, 100), item('\u2010', 72 + 55 * 5, 100, 10, 3), item('mation ends.', 72, 112)];
    expect(texts([page(1, hyphenated)])).toEqual([`${start} information ends.`]);
    const compound = lines([`${start} court-`, 'ordered ends.'], 72, 100);
    expect(texts([page(1, compound)])).toEqual([`${start} court-ordered ends.`]);
  });

  it('spells out ligatures and drops invisible characters', () => {
    expect(texts([page(1, [item('The ﬁrst oﬃce\u200b ends.', 72, 100)])])).toEqual(['The first office ends.']);
  });

  it('keeps a bullet with its item and starts each item anew', () => {
    const items = [item('•', 72, 100), item('First item text ends here.', 90, 100), item('•', 72, 112), item('Second item ends.', 90, 112)];
    expect(texts([page(1, items)])).toEqual(['• First item text ends here.', '• Second item ends.']);
  });

  it('maps every line back to the original text, and clauses to page regions in PDF space', () => {
    const layout = layOutPdf([page(1, lines([FULL, 'the end.'], 72, 100))]);
    const line = layout.lines[0]!;
    for (const run of line.map) {
      if (run.syn) continue;
      expect(layout.original.slice(run.o, run.o + run.len)).toBe(line.text.slice(run.t, run.t + run.len));
    }
    const regions = clauseRegions(line.map, layout.placements, new Map([[1, [1, 0, 0, -1, 0, 792] as [number, number, number, number, number, number]]]));
    expect(regions?.page).toBe(1);
    expect(regions?.pageEnd).toBe(1);
    const rects = regions!.regions[0]!.rects;
    expect(rects).toHaveLength(2);
    // PDF user space: y grows upwards, so the first line is higher than the second.
    expect(rects[0]![1]).toBeGreaterThan(rects[1]![1]);
    expect(rects[0]![0]).toBe(72);
  });

  it('reports pages with no text', () => {
    const layout = layOutPdf([page(1, lines(['Some text.'], 72, 100)), page(2, [])]);
    expect(layout.pagesWithoutText).toEqual([2]);
  });
});
