// PDF-text clean-up: footnote areas at page bottoms (with their repeated URL lines) and page numbers glued to words.
import type { SourceFormat, SourceLine } from '../model.js';
import { sliceMap } from './mapped-text.js';
import { PAGE_BREAK_HINT } from './normalise-hints.js';
import { isBlankLine } from './normalise-whitespace.js';
import { countRemoved, type RemovalReason, type RemovedLines } from './removed-lines.js';

/** A footnote's body as found at a page bottom: its number and its lines (number removed from the first). */
export interface FootnoteBody {
  number: string;
  lines: SourceLine[];
}

/** The rule above a page's footnotes: a long run of spaces or underscores alone on a line. */
const FOOTNOTE_RULE = /^(?: {10,}|\s*_{5,}\s*)$/;
/** A footnote body's first line: its number glued to (or spaced from) a capitalised word. */
const FOOTNOTE_START = /^(\d{1,3})(?=[A-Z“"‘([]|\s+[A-Z“"‘([])/;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/;

/** True when the text is a bare URL line. */
export function isBareUrlLine(text: string): boolean {
  return BARE_URL.test(text.trim());
}

/**
 * Takes footnote areas out of the body. An area starts at a footnote rule; it holds footnote bodies up to
 * the first blank line, then the bare URL lines the PDF extractor repeats. The area becomes one page-break line.
 */
export function extractFootnotes(
  lines: readonly SourceLine[],
  removed?: RemovedLines,
): { lines: SourceLine[]; footnotes: FootnoteBody[] } {
  const body: SourceLine[] = [];
  const footnotes: FootnoteBody[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!FOOTNOTE_RULE.test(line.text)) {
      body.push(line);
      i++;
      continue;
    }
    i++;
    while (i < lines.length && isBlankLine(lines[i]!)) i++;
    let current: FootnoteBody | undefined;
    while (i < lines.length && !isBlankLine(lines[i]!)) {
      const text = lines[i]!.text;
      const start = FOOTNOTE_START.exec(text);
      if (start) {
        current = { number: start[1]!, lines: [dropPrefix(lines[i]!, start[1]!.length)] };
        footnotes.push(current);
      } else if (current) {
        current.lines.push(lines[i]!);
      } else {
        break;
      }
      i++;
    }
    for (; i < lines.length && (isBlankLine(lines[i]!) || isBareUrlLine(lines[i]!.text)); i++) {
      if (!isBlankLine(lines[i]!)) countRemoved(removed, 'footnote link lines');
    }
    body.push({ text: '', map: [], hint: PAGE_BREAK_HINT });
  }
  return { lines: body, footnotes };
}

/** Glued page number: "focus 2" (a word, a space, the number) or "levels.3" (punctuation then the number). */
const GLUED_PAGE_NUMBER = /(?:(?<spaced>[A-Za-z]) |(?<glued>[A-Za-z][.;:,)”’"]))(?<n>\d{1,3})\s*$/;

/**
 * Removes page numbers the PDF extractor glued to the last word of a page. A candidate must be the next
 * page number in sequence (2, 3, ...); "word N" also needs the next line to continue in lower case, and
 * "word.N" must not be the call of a footnote that exists.
 */
export function stripGluedPageNumbers(
  lines: readonly SourceLine[],
  footnoteNumbers: ReadonlySet<string> = new Set(),
  removed?: RemovedLines,
): SourceLine[] {
  const out = [...lines];
  let lastPage = 1;
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    const m = GLUED_PAGE_NUMBER.exec(line.text);
    if (!m?.groups) continue;
    const n = Number(m.groups.n);
    if (n <= lastPage || n > lastPage + 2) continue;
    if (m.groups.spaced !== undefined) {
      const next = out.slice(i + 1).find((l) => !isBlankLine(l));
      if (!next || !/^[a-z]/.test(next.text.trim())) continue;
    } else if (footnoteNumbers.has(m.groups.n!)) {
      continue;
    }
    const cut = m.index + 1 + (m.groups.spaced !== undefined ? 0 : m.groups.glued!.length - 1);
    out[i] = { ...line, text: line.text.slice(0, cut), map: sliceMap(line.map, 0, cut) };
    countRemoved(removed, 'page numbers');
    lastPage = n;
  }
  return out;
}

function dropPrefix(line: SourceLine, length: number): SourceLine {
  return { ...line, text: line.text.slice(length), map: sliceMap(line.map, length, line.text.length) };
}

/** A line that is only a page number: "2", "- 2 -", "Page 2", "Page 2 of 10", "2 | Page". */
const PAGE_NUMBER_LINE = /^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*\|\s*page)$/i;
/** A page marker that cannot be a number of the text: "- 2 -", "Page 2", "Page 2 of 10", "2 | Page" (not a bare "2"). */
const EXPLICIT_PAGE_MARKER = /^(?:[-–—]\s*\d{1,4}\s*[-–—]|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*\|\s*page)$/i;
/** Running headers and footers repeat on at least this many pages. */
const RUNNING_LINE_MIN_REPEATS = 3;
/** Between two pages' running lines stand at least this many lines of text (closer repeats are the text's own). */
const MIN_PAGE_BODY = 2;

/** A numbered heading of the text's structure: never a running header, even at the top of every page. */
const STRUCTURAL_HEADING =
  /^(?:§+\s*\d|(?:article|art\.|section|sec\.|chapter|part|rule|schedule|annex|appendix|clause|paragraph|title|статья|глава|раздел|часть|пункт|приложение)\s+\d)/iu;

/** How the input shows its pages, if it has any. */
export interface PageLayout {
  /** Form feeds or explicit page markers tell where pages end. */
  marked: boolean;
  /** Text extracted from a PDF: pages, though their ends may not be marked. */
  pdf: boolean;
}

/**
 * The pages of the input: PDF text, form feeds, or at least two explicit page markers ("- 2 -", "Page 3"); else null.
 * A PDF read by Lextrace itself ('pdf') is null: its reader removed the page furniture by position, and its lines
 * are paragraphs, where a number at the end is the text's own.
 */
export function pageLayout(format: SourceFormat, lines: readonly SourceLine[]): PageLayout | null {
  if (format === 'pdf') return null;
  const pdf = format === 'pdf-text';
  let markers = 0;
  for (const line of lines) {
    if (line.text.includes('\f')) return { marked: true, pdf };
    if (EXPLICIT_PAGE_MARKER.test(line.text.trim()) && ++markers >= 2) return { marked: true, pdf };
  }
  return pdf ? { marked: false, pdf } : null;
}

/**
 * Turns page furniture into page-break lines, only where the input has pages (`pageLayout`) and only at page edges:
 * page-number lines, and running headers or footers that stand at three or more page edges with only a number
 * changing ("IIPA 2017 Special 301 Report Page 5"), never a sentence or a numbered heading. A page edge is the first or last line of text next to a form
 * feed, a page-number line, or the start or end of the document (through furniture already removed). PDF text
 * without marked page ends takes a running line as its own page marker when three or more pages' worth of text
 * separate its repeats. Input without pages is returned as it is: "Section 5. Repealed." ×3 is the text's own.
 * Every line removed is counted in `removed`.
 */
export function stripPageFurniture(lines: readonly SourceLine[], format: SourceFormat, removed?: RemovedLines): SourceLine[] {
  const layout = pageLayout(format, lines);
  if (!layout) return [...lines];
  const texts = lines.map((l) => l.text.trim());
  const blank = texts.map((t) => t.length === 0);
  const furniture: (RemovalReason | null)[] = texts.map(() => null);

  // Page numbers: explicit markers anywhere; a bare number only where it cannot be a column of the text's numbers.
  let bodySince = 0;
  texts.forEach((text, i) => {
    if (EXPLICIT_PAGE_MARKER.test(text) || (PAGE_NUMBER_LINE.test(text) && bodySince >= MIN_PAGE_BODY)) {
      furniture[i] = 'page numbers';
      bodySince = 0;
    } else if (!blank[i]) {
      bodySince++;
    }
  });

  const shapeOf = (text: string): string | null => {
    if (STRUCTURAL_HEADING.test(text)) return null; // "Article 5" atop each page is the text's own structure
    if (/[.;:!?…]["”’)\]]?$/u.test(text)) return null; // a sentence is text; running lines are titles ("… Page 5")
    const shape = text.replace(/\d+/g, '#');
    return shape.includes('#') && /\p{L}{3}/u.test(shape) && shape.length <= 100 ? shape : null;
  };
  const cuts = (): number[] => {
    // Positions between lines where a page ends: before a form feed line, at a page number, the document's ends.
    const out = [0, lines.length];
    lines.forEach((line, i) => {
      if (line.text.includes('\f')) out.push(i);
      if (furniture[i] === 'page numbers') out.push(i, i + 1);
    });
    return out;
  };
  const edgeLines = (): number[] => {
    const edges = new Set<number>();
    const skip = (i: number): boolean => blank[i]! || furniture[i] !== null;
    for (const cut of cuts()) {
      let after = cut;
      while (after < lines.length && skip(after)) after++;
      if (after < lines.length) edges.add(after);
      let before = cut - 1;
      while (before >= 0 && skip(before)) before--;
      if (before >= 0) edges.add(before);
    }
    return [...edges];
  };

  if (layout.marked) {
    // Running lines at page edges: the first and last line of text of each page, no further in.
    const edges = edgeLines();
    const counts = new Map<string, number>();
    for (const i of edges) {
      const shape = shapeOf(texts[i]!);
      if (shape) counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
    for (const i of edges) {
      const shape = shapeOf(texts[i]!);
      if (shape && (counts.get(shape) ?? 0) >= RUNNING_LINE_MIN_REPEATS) furniture[i] = 'page headers';
    }
  } else {
    // PDF text with unmarked page ends: a running line is its own page marker when pages of text separate its repeats.
    const byShape = new Map<string, number[]>();
    texts.forEach((text, i) => {
      const shape = furniture[i] ? null : shapeOf(text);
      if (shape) byShape.set(shape, [...(byShape.get(shape) ?? []), i]);
    });
    for (const at of byShape.values()) {
      if (at.length < RUNNING_LINE_MIN_REPEATS) continue;
      const spaced = at.every((i, k) => k === 0 || textLinesBetween(blank, at[k - 1]!, i) >= MIN_PAGE_BODY);
      if (spaced) for (const i of at) furniture[i] = 'page headers';
    }
  }

  return lines.map((line, i) => {
    const reason = furniture[i];
    if (!reason) return line;
    countRemoved(removed, reason);
    return { text: '', map: [], hint: PAGE_BREAK_HINT };
  });
}

function textLinesBetween(blank: readonly boolean[], from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to; i++) if (!blank[i]) n++;
  return n;
}
