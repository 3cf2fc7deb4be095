// Lays out a PDF's text as the segmenters read text: furniture out (counted), columns in reading order, one line per
// paragraph (blank lines between), footnotes of each page gathered into a footnote area after the paragraph they fall
// in, and the original text (the page text as read) that every line and clause maps back to, with where it is drawn.
import type { SourceLine } from '../../../core/model.js';
import { buildVocabulary } from '../../../core/text/normalise-hyphenation.js';
import { lineJunction, type LineJunction } from '../../../core/text/paragraphs.js';
import { collapseWhitespace } from '../../../core/text/normalise-whitespace.js';
import { countRemoved, type RemovedLines } from '../../../core/text/removed-lines.js';
import { MappedTextBuilder, sliceMap, toOriginal } from '../../../core/text/mapped-text.js';
import { readingOrder, type ColumnRun } from './pdf-columns.js';
import { findFurniture } from './pdf-furniture.js';
import { pageRows, visualLine, type ProducerQuirks, type Row, type VisualLine } from './pdf-lines.js';
import { isFullLine, isCentered, type RunGeometry } from './pdf-paragraphs.js';
import type { PdfPageText, TextPlacement } from './pdf-types.js';

export interface PdfLayout {
  /** The text of the pages as read, page after page (furniture included), that lines and clauses map into. */
  original: string;
  lines: SourceLine[];
  /** Where each run of `original` is drawn, in offset order. */
  placements: TextPlacement[];
  removed: RemovedLines;
  /** Pages with no text at all (scanned pages). */
  pagesWithoutText: number[];
  /** Pages with rotated or vertical text, which is not read. */
  pagesWithRotatedText: number[];
}

/** The footnote rule line extractFootnotes() recognises: the start of a page's footnote area. */
const FOOTNOTE_RULE = '__________';
/** Lines this much smaller than the body text (or smaller) at the end of a column may be footnotes. */
const FOOTNOTE_SIZE = 0.9;

interface Placed extends VisualLine {
  /** Offset of the line in `original`. */
  o: number;
  run: RunGeometry;
}

interface Footnote {
  lines: Placed[];
}

export function layOutPdf(pages: readonly PdfPageText[], quirks: ProducerQuirks = {}): PdfLayout {
  const removed: RemovedLines = {};
  const pageRowsList = pages.map((page) => ({ number: page.number, height: page.height, rows: pageRows(page) }));
  const furniture = findFurniture(pageRowsList);

  // Reading order per page; furniture kept aside for the original text.
  const perPage = pageRowsList.map((p) => {
    const top: string[] = [];
    const bottom: string[] = [];
    const body: Row[] = [];
    for (const row of p.rows) {
      const kept = row.fragments.filter((f) => {
        const reason = furniture.get(f);
        if (!reason) return true;
        countRemoved(removed, reason);
        (row.top < p.height / 2 ? top : bottom).push(visualLine(p.number, [f]).text);
        return false;
      });
      if (kept.length > 0) body.push({ ...row, fragments: kept });
    }
    const runs = readingOrder(p.number, body).map((run) => ({ run, lines: run.lines.map((fs) => visualLine(p.number, fs, quirks)) }));
    return { page: p, top, bottom, runs };
  });

  const all = perPage.flatMap((p) => p.runs.flatMap((r) => r.lines));
  const bodySize = weightedModeSize(all);
  const callNumbers = new Set(all.filter((l) => l.size > FOOTNOTE_SIZE * bodySize).flatMap((l) => l.supNumbers));
  const geometry = runGeometry(perPage.flatMap((p) => p.runs));
  const pitches = typicalPitches(perPage.flatMap((p) => p.runs.map((r) => r.lines)));
  const spaced = usesParagraphSpacing(perPage.flatMap((p) => p.runs.map((r) => r.lines)), pitches);

  // The original text, page after page: top furniture, body and footnotes in reading order, bottom furniture.
  let original = '';
  const placements: TextPlacement[] = [];
  const body: Placed[] = [];
  const notesByPage = new Map<number, Footnote[]>();
  const continuationByPage = new Map<number, Placed[]>();
  /** Small print at a column's foot that is no footnote (a copyright notice): set after the paragraph it interrupts. */
  const asidesByPage = new Map<number, Placed[]>();
  const place = (line: VisualLine, run: RunGeometry): Placed => {
    const placed: Placed = { ...line, o: original.length, run };
    for (const span of line.spans) placements.push({ o: placed.o + span.start, len: span.end - span.start, page: line.page, rect: span.rect });
    original += `${line.text}\n`;
    return placed;
  };
  perPage.forEach(({ page, top, bottom, runs }, index) => {
    if (index > 0) original += '\f\n';
    for (const text of top) original += `${text}\n`;
    for (const { run, lines } of runs) {
      const g = geometry.get(run)!;
      const split = footnoteStart(lines, bodySize, callNumbers, page.height);
      lines.slice(0, split.body).forEach((line) => body.push(place(line, g)));
      const continued = lines.slice(split.body, split.notes).map((line) => place(line, g));
      const byPage = split.aside ? asidesByPage : continuationByPage;
      if (continued.length > 0) byPage.set(page.number, (byPage.get(page.number) ?? []).concat(continued));
      for (const line of lines.slice(split.notes)) {
        const placed = place(line, g);
        const notes = notesByPage.get(page.number) ?? [];
        if (startsFootnote(line, callNumbers) || notes.length === 0) notes.push({ lines: [placed] });
        else notes[notes.length - 1]!.lines.push(placed);
        notesByPage.set(page.number, notes);
      }
    }
    for (const text of bottom) original += `${text}\n`;
  });

  const vocabulary = buildVocabulary(all.map((l) => l.text).join('\n'));
  // A typesetter that hyphenates (TeX, InDesign) breaks many lines inside words; a word processor rarely does. Where
  // its hyphens are marked (soft hyphen, U+2010), a plain hyphen at a line end is the text's own.
  const marked = all.some((l) => l.softHyphen);
  const hyphenated = all.filter((l) => !l.softHyphen && /\p{Ll}-$/u.test(l.text)).length;
  const joining: Joining = { vocabulary, autoHyphenated: !marked && hyphenated >= 5 && hyphenated >= 0.03 * all.length };

  // Paragraphs: one line each, blank lines between; a page's footnotes follow the paragraph they interrupt.
  const lines: SourceLine[] = [];
  let paragraph: Placed[] = [];
  const pending: Footnote[] = [];
  const flushParagraph = (): void => {
    if (paragraph.length === 0) return;
    const line = paragraphLine(paragraph, joining);
    lines.push(line, { text: '', map: [] });
    paragraph = [];
    // After a finished sentence only: the area becomes a soft page break, across which an unfinished paragraph goes on.
    if (pending.length > 0 && /[.:;!?…]["”’)\]]*$/.test(line.text)) {
      lines.push({ text: FOOTNOTE_RULE, map: [] });
      for (const note of pending.splice(0)) lines.push(footnoteLine(note.lines, joining));
      lines.push({ text: '', map: [] });
    }
  };
  let lastPage = 0;
  const reachPage = (page: number): void => {
    while (lastPage < page) {
      lastPage++;
      const continued = continuationByPage.get(lastPage);
      const target = pending[pending.length - 1];
      if (continued && target) target.lines.push(...continued);
      else if (continued) pending.push({ lines: continued }); // its footnote was written out already: kept as text
      const aside = asidesByPage.get(lastPage);
      if (aside) pending.push({ lines: aside });
      pending.push(...(notesByPage.get(lastPage) ?? []));
    }
  };
  for (const line of body) {
    const previous = paragraph[paragraph.length - 1];
    if (previous && breaksParagraph(previous, line, pitches, spaced)) flushParagraph();
    reachPage(line.page);
    paragraph.push(line);
  }
  reachPage(pages[pages.length - 1]?.number ?? 0);
  flushParagraph();
  if (pending.length > 0) {
    lines.push({ text: FOOTNOTE_RULE, map: [] });
    for (const note of pending.splice(0)) lines.push(footnoteLine(note.lines, joining));
  }

  return {
    original,
    lines,
    placements,
    removed,
    pagesWithoutText: pages.filter((p) => !p.items.some((i) => i.str.trim().length > 0)).map((p) => p.number),
    pagesWithRotatedText: pages.filter((p) => p.rotated > 0).map((p) => p.number),
  };
}

/** The size most characters are set in: the body text. */
function weightedModeSize(lines: readonly VisualLine[]): number {
  const count = new Map<number, number>();
  for (const l of lines) count.set(Math.round(l.size * 2) / 2, (count.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best = 10;
  let n = -1;
  for (const [size, c] of count) if (c > n) [best, n] = [size, c];
  return best;
}

const NOTE_START = /^(\d{1,3})(?:\.?\s+|(?=\D))\S/;

function startsFootnote(line: VisualLine, calls: ReadonlySet<string>): boolean {
  const m = NOTE_START.exec(line.text);
  if (!m) return false;
  return line.startsWithSup || calls.size === 0 || calls.has(m[1]!);
}

/**
 * Where a column's footnotes begin: the run of small lines at its end, in the lower part of the page, whose first
 * line starts a footnote. Small lines before that first footnote continue a footnote from the page before.
 */
function footnoteStart(
  lines: readonly VisualLine[],
  bodySize: number,
  calls: ReadonlySet<string>,
  pageHeight: number,
): { body: number; notes: number; aside: boolean } {
  const none = { body: lines.length, notes: lines.length, aside: false };
  let tail = lines.length;
  while (tail > 0 && lines[tail - 1]!.size <= FOOTNOTE_SIZE * bodySize) tail--;
  if (tail === lines.length || lines[tail]!.top < pageHeight * 0.3) return none;
  for (let i = tail; i < lines.length; i++) {
    if (startsFootnote(lines[i]!, calls)) return { body: tail, notes: i, aside: false };
  }
  // Small print below the text of a column, no footnote: kept aside until the paragraph it interrupts has ended.
  const aside = tail > 0 && lines[tail]!.top > pageHeight * 0.5 && lines.length - tail <= 15;
  return aside ? { body: tail, notes: lines.length, aside: true } : none;
}

/** The left edge of each column run and the right edge its full lines reach (across runs of the same column). */
function runGeometry(runs: readonly { run: ColumnRun; lines: VisualLine[] }[]): Map<ColumnRun, RunGeometry> {
  const p95 = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.ceil(0.95 * (sorted.length - 1))] ?? 0;
  };
  const local = runs.map(({ run, lines }) => ({
    run,
    left: Math.min(...lines.map((l) => l.x0)),
    long: lines.filter((l) => l.text.length >= 20).map((l) => l.x1),
  }));
  const out = new Map<ColumnRun, RunGeometry>();
  // Columns alike (the same left edge and width, to a few units) share one answer: computed once per kind of column.
  const known = new Map<string, number>();
  for (const r of local) {
    const key = `${Math.round(r.left / 5)}:${Math.round(r.run.right / 5)}`;
    let right = known.get(key);
    if (right === undefined) {
      // The right edge full lines reach: taken over every column that starts where this one does and is no wider.
      const long = local.filter((o) => o === r || (Math.abs(o.left - r.left) <= 10 && o.run.right <= r.run.right + 15)).flatMap((o) => o.long);
      right = long.length > 0 ? p95(long) : r.run.right;
      known.set(key, right);
    }
    out.set(r.run, { left: r.left, right });
  }
  return out;
}

/** The usual baseline-to-baseline distance for each font size (the median over consecutive lines of a column). */
function typicalPitches(runs: readonly VisualLine[][]): Map<number, number> {
  const bySize = new Map<number, number[]>();
  for (const lines of runs) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      if (Math.abs(a.size - b.size) > 0.05 * a.size) continue;
      const pitch = b.baseline - a.baseline;
      if (pitch <= 0 || pitch > 4 * a.size) continue;
      const key = Math.round(a.size * 2) / 2;
      const values = bySize.get(key);
      if (values) values.push(pitch);
      else bySize.set(key, [pitch]);
    }
  }
  const out = new Map<number, number>();
  for (const [size, values] of bySize) out.set(size, [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!);
  return out;
}

const MARKER_START = /^(?:[•\u2022\uf0b7\u25aa\u25cf\u25a0\u2023\u2043*–o\u25e6\uf0a7]\s|\(?[a-z0-9]{1,3}[.)]\s)/;
/** A bullet glyph never continues a sentence: a line starting with one starts an item. */
const BULLET_START = /^[•\u2022\uf0b7\u25aa\u25cf\u25a0\u2023\u2043\u25e6\uf0a7]\s/;

const pitchOf = (pitches: ReadonlyMap<number, number>, size: number): number => pitches.get(Math.round(size * 2) / 2) ?? 1.2 * size;

/** Documents whose paragraphs are set apart by space: there, a line at the usual distance rarely starts a paragraph. */
function usesParagraphSpacing(runs: readonly VisualLine[][], pitches: ReadonlyMap<number, number>): boolean {
  let pairs = 0;
  let gapped = 0;
  for (const lines of runs) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      if (Math.abs(a.size - b.size) > 0.05 * a.size) continue;
      const pitch = b.baseline - a.baseline;
      const typical = pitchOf(pitches, a.size);
      pairs++;
      if (pitch > typical * 1.25 + 0.5 && pitch < typical * 3) gapped++;
    }
  }
  return gapped >= Math.max(2, 0.02 * pairs);
}

/** Whether line `b` starts a new paragraph after line `a`. */
export function breaksParagraph(a: Placed, b: Placed, pitches: ReadonlyMap<number, number>, spaced: boolean): boolean {
  const sameRun = a.run === b.run;
  if (Math.abs(a.size - b.size) > 0.12 * Math.max(a.size, b.size)) return true;
  if (BULLET_START.test(b.text) || (MARKER_START.test(b.text) && /[.;:]["”’)\]]*$/.test(a.text))) return true;
  if (sameRun) {
    const pitch = b.baseline - a.baseline;
    if (pitch <= 0 || pitch > pitchOf(pitches, a.size) * 1.25 + 0.5) return true;
    if (isCentered(a, a.run) && isCentered(b, b.run)) return false;
  }
  // At the usual distance in a document that spaces its paragraphs, only a clearly short line ends one.
  if (!isFullLine(a, b, a.run, sameRun && spaced ? 1.0 : 0.2)) return true;
  const ends = /[.:;!?…]["”’)\]]*$/.test(a.text);
  const leftOfB = sameRun ? a.x0 : b.run.left;
  const indented = b.x0 > leftOfB + 0.6 * b.size && (sameRun ? a.x0 <= a.run.left + 0.3 * a.size && !MARKER_START.test(a.text) : true);
  return ends && indented;
}

interface Joining {
  /** Words of the document, to tell broken words from compounds at line-end hyphens. */
  vocabulary: ReadonlySet<string>;
  /** The document's typesetter hyphenates: a line-end hyphen inside a lower-case word is its break, unless the text has the compound. */
  autoHyphenated: boolean;
}

/** A paragraph's lines as one line of mapped text, joined as the typesetter broke them. */
function paragraphLine(lines: readonly Placed[], joining: Joining): SourceLine {
  const pieces = lines
    .map((l) => ({ ...collapseWhitespace(l.text, [{ t: 0, o: l.o, len: l.text.length }]), soft: l.softHyphen }))
    .filter((p) => p.text.length > 0);
  const out = new MappedTextBuilder();
  pieces.forEach((piece, i) => {
    const next = pieces[i + 1];
    const junction = next ? junctionOf(piece.text, piece.soft, next.text, joining) : 'direct';
    const end = junction === 'drop-hyphen' ? piece.text.length - 1 : piece.text.length;
    out.appendMapped(piece.text.slice(0, end), sliceMap(piece.map, 0, end));
    if (next && junction === 'space') out.appendSynthetic(' ', toOriginal(piece.map, piece.text.length - 1) + 1);
  });
  return { ...out.build(), page: lines[0]!.page };
}

/**
 * How a line joins the next: a typesetter's hyphen (soft hyphen, U+2010) is dropped; a break after a dash or slash
 * inside a word ("performers—", "U.S.-", "he/") joins without a space; other hyphens as the text segmenters decide.
 */
function junctionOf(previous: string, soft: boolean, next: string, { vocabulary, autoHyphenated }: Joining): LineJunction {
  if (soft && /\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return 'drop-hyphen';
  if (/\S[—–/]$/.test(previous) && /^\S/.test(next)) return 'direct';
  if (/[^\s\p{L}]-$/u.test(previous) && /^\p{L}/u.test(next)) return 'direct';
  const junction = lineJunction(previous, next, vocabulary);
  if (junction !== 'direct' || !autoHyphenated || !/\p{Ll}-$/u.test(previous) || !/^\p{Ll}/u.test(next)) return junction;
  const head = /(\p{L}+)-$/u.exec(previous)?.[1] ?? '';
  const tail = /^(\p{L}+)/u.exec(next)?.[1] ?? '';
  return vocabulary.has(`${head}-${tail}`.toLowerCase()) ? 'direct' : 'drop-hyphen';
}

/** A footnote as one line starting with its number ("1For more details…"), the dot after the number dropped. */
function footnoteLine(lines: readonly Placed[], joining: Joining): SourceLine {
  const line = paragraphLine(lines, joining);
  const dotted = /^(\d{1,3})\.(?=\s)/.exec(line.text);
  if (!dotted) return line;
  const cut = dotted[1]!.length;
  const out = new MappedTextBuilder().appendMapped(line.text.slice(0, cut), sliceMap(line.map, 0, cut));
  out.appendMapped(line.text.slice(cut + 1), sliceMap(line.map, cut + 1, line.text.length));
  return { ...out.build(), page: line.page ?? lines[0]!.page };
}
