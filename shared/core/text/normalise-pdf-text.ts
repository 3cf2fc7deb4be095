// PDF-text clean-up: footnote areas at page bottoms (with their repeated URL lines) and page numbers glued to words.
import type { SourceLine } from '../model.js';
import { sliceMap } from './mapped-text.js';
import { PAGE_BREAK_HINT } from './normalise-hints.js';
import { isBlankLine } from './normalise-whitespace.js';

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
export function extractFootnotes(lines: readonly SourceLine[]): { lines: SourceLine[]; footnotes: FootnoteBody[] } {
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
    while (i < lines.length && (isBlankLine(lines[i]!) || isBareUrlLine(lines[i]!.text))) i++;
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
export function stripGluedPageNumbers(lines: readonly SourceLine[], footnoteNumbers: ReadonlySet<string> = new Set()): SourceLine[] {
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
    lastPage = n;
  }
  return out;
}

function dropPrefix(line: SourceLine, length: number): SourceLine {
  return { ...line, text: line.text.slice(length), map: sliceMap(line.map, length, line.text.length) };
}

/** A line that is only a page number: "2", "- 2 -", "Page 2", "Page 2 of 10", "2 | Page". */
const PAGE_NUMBER_LINE = /^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*\|\s*page)$/i;
/** Running headers and footers repeat on at least this many pages. */
const RUNNING_LINE_MIN_REPEATS = 3;

/**
 * Turns page furniture into page-break lines: bare page-number lines, and running headers or footers
 * that repeat on three or more pages with only their page number changing ("IIPA 2017 Special 301 Report Page 5").
 */
export function stripPageFurniture(lines: readonly SourceLine[]): SourceLine[] {
  const shape = (text: string): string => text.trim().replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = shape(line.text);
    if (key.includes('#') && /[A-Za-z]{3}/.test(key) && key.length <= 100) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return lines.map((line) => {
    const text = line.text.trim();
    const furniture = PAGE_NUMBER_LINE.test(text) || (counts.get(shape(text)) ?? 0) >= RUNNING_LINE_MIN_REPEATS;
    return furniture ? { text: '', map: [], hint: PAGE_BREAK_HINT } : line;
  });
}
