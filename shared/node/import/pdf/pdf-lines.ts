// From pdf.js text items to rows and visual lines: items on one baseline (superscripts included), split at wide gaps,
// joined left to right with the spaces the gaps stand for; ligatures, soft hyphens and invisible characters cleaned.
import type { PdfPageText, PdfTextItem, Rect } from './pdf-types.js';

/** One cleaned text item. */
export interface Piece {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  size: number;
  /** Raised and smaller than its row: a footnote call or a footnote's own number. */
  sup: boolean;
  /** Ends with a soft hyphen or U+2010: a hyphen the typesetter added to break a word. */
  softEnd: boolean;
  /** Page units per unit of estimated glyph width (glyphsWidth) in this piece's font on this page. */
  scale: number;
  /** Set in a fixed-pitch font: every character as wide as the next. */
  mono: boolean;
}

/** What a PDF's producer is known to do: Skia (Chrome's print to PDF) writes soft hyphens as zero-width spaces. */
export interface ProducerQuirks {
  zeroWidthSpaces?: boolean;
}

/** Items of one row with no wide gap between them. */
export interface Fragment {
  pieces: Piece[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** The size of most of its characters. */
  size: number;
}

/** Items sharing a baseline across the whole page width, split into fragments. */
export interface Row {
  fragments: Fragment[];
  top: number;
  bottom: number;
  baseline: number;
  size: number;
}

/** A line of text as shown on the page, with where each piece of its text is drawn. */
export interface VisualLine {
  page: number;
  text: string;
  /** [start, end) of `text` drawn in `rect`. */
  spans: { start: number; end: number; rect: Rect }[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  size: number;
  /** Starts with a raised number (a footnote's number). */
  startsWithSup: boolean;
  /** Numbers raised in the line (footnote calls). */
  supNumbers: string[];
  /** Ended with a soft hyphen: a word broken by the typesetter, to be joined without it. */
  softHyphen: boolean;
  /** Set in a fixed-pitch font. */
  mono: boolean;
}

/** A gap wider than this many font sizes separates fragments (columns, tab stops); narrower gaps are spaces. */
const FRAGMENT_GAP = 1.0;
/** A gap wider than this many font sizes between two items is a space. */
const SPACE_GAP = 0.15;

const LIGATURES: Readonly<Record<string, string>> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/** Text as it should read: ligatures spelt out, no-break and odd spaces as spaces, invisible characters gone. */
export function cleanText(s: string): string {
  return s
    .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff\ufffe\uffff]/g, '')
    .replace(/[\r\n]/g, ' ');
}

function pieceOf(item: PdfTextItem): Piece {
  const text = cleanText(item.str);
  const softEnd = /[\u00ad\u2010]\s*$/.test(item.str);
  return { text, x0: item.x, x1: item.x + Math.max(item.w, 0), top: item.y - 0.75 * item.size, bottom: item.y + 0.25 * item.size, baseline: item.y, size: item.size, sup: false, softEnd, scale: item.size, mono: item.family === 'monospace' };
}

/** Relative glyph widths by kind of character, to place an offset within a run more closely than by counting. */
const NARROW = new Set([...'ilj.,;:\'’!|ftrI()[]'].map((c) => c.charCodeAt(0)));
const WIDE = new Set([...'mwMW—'].map((c) => c.charCodeAt(0)));
function glyphWidth(code: number): number {
  if (code === 32) return 0.27;
  if (NARROW.has(code)) return 0.3;
  if (WIDE.has(code)) return 0.85;
  if (code >= 65 && code <= 90) return 0.68;
  return 0.5;
}

/** The estimated width of text in ems of its font. */
export function glyphsWidth(text: string, mono = false): number {
  if (mono) return text.length * 0.6;
  let w = 0;
  for (let i = 0; i < text.length; i++) w += glyphWidth(text.charCodeAt(i));
  return w;
}

/** Each font's page units per estimated em, measured over all its text on the page. */
function calibrate(items: readonly PdfTextItem[], pieces: readonly Piece[]): void {
  const sums = new Map<number, { w: number; model: number }>();
  items.forEach((item, i) => {
    const s = sums.get(item.font) ?? { w: 0, model: 0 };
    s.w += Math.max(item.w, 0);
    s.model += glyphsWidth(pieces[i]!.text, pieces[i]!.mono);
    sums.set(item.font, s);
  });
  items.forEach((item, i) => {
    const s = sums.get(item.font)!;
    if (s.model > 0 && s.w > 0) pieces[i]!.scale = s.w / s.model;
  });
}

/** Groups a page's items into rows, top to bottom, each split into fragments left to right. */
export function pageRows(page: PdfPageText): Row[] {
  const all = page.items.map(pieceOf);
  calibrate(page.items, all);
  const pieces = all
    .filter((p) => p.text.trim().length > 0 && Number.isFinite(p.x0) && Number.isFinite(p.baseline))
    .sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  interface Building {
    pieces: Piece[];
    top: number;
    bottom: number;
    baseline: number;
    size: number;
  }
  const rows: Building[] = [];
  for (const piece of pieces) {
    let best: Building | undefined;
    let bestOverlap = 0;
    // Rows are made top to bottom: only the last few can still reach this piece.
    for (let r = rows.length - 1; r >= 0; r--) {
      const row = rows[r]!;
      if (row.baseline < piece.baseline - 4 * Math.max(piece.size, row.size)) break;
      const overlap = Math.min(row.bottom, piece.bottom) - Math.max(row.top, piece.top);
      const share = overlap / Math.min(row.bottom - row.top, piece.bottom - piece.top);
      if (share >= 0.5 && share > bestOverlap) {
        best = row;
        bestOverlap = share;
      }
    }
    if (best) {
      best.pieces.push(piece);
      if (piece.size > best.size * 1.05) Object.assign(best, { top: piece.top, bottom: piece.bottom, baseline: piece.baseline, size: piece.size });
    } else {
      rows.push({ pieces: [piece], top: piece.top, bottom: piece.bottom, baseline: piece.baseline, size: piece.size });
    }
  }
  rehomeRaisedPieces(rows);
  return rows
    .filter((row) => row.pieces.length > 0)
    .map((row) => {
      const sorted = dedupe(row.pieces.sort((a, b) => a.x0 - b.x0));
      const size = dominantSize(sorted);
      const baseline = sorted.find((p) => Math.abs(p.size - size) < 0.05 * size)?.baseline ?? row.baseline;
      for (const p of sorted) p.sup = p.size < 0.85 * size && p.baseline < baseline - 0.2 * size;
      return { fragments: splitFragments(sorted, size), top: baseline - 0.75 * size, bottom: baseline + 0.25 * size, baseline, size };
    })
    .sort((a, b) => a.baseline - b.baseline);
}

/**
 * A small raised piece (a footnote number) grouped with a row it does not touch goes to the row it stands next to:
 * "¹" at the start of a footnote overlaps the larger text of the other column more than its own line.
 */
function rehomeRaisedPieces(rows: { pieces: Piece[]; baseline: number; size: number }[]): void {
  const near = (p: Piece, row: { pieces: Piece[] }, size: number): boolean =>
    row.pieces.some((q) => q !== p && p.x0 - q.x1 < 1.5 * size && q.x0 - p.x1 < 1.5 * size);
  for (const row of rows) {
    for (const piece of [...row.pieces]) {
      if (piece.text.trim().length > 4 || (piece.size >= 0.85 * row.size && row.pieces.length > 1)) continue;
      if (near(piece, row, row.size)) continue;
      const home = rows.find(
        (other) =>
          other !== row &&
          piece.size < 0.85 * other.size &&
          piece.baseline >= other.baseline - 0.9 * other.size &&
          piece.baseline <= other.baseline + 0.1 * other.size &&
          near(piece, other, other.size),
      );
      if (!home) continue;
      row.pieces.splice(row.pieces.indexOf(piece), 1);
      home.pieces.push(piece);
    }
  }
}

/** Text drawn twice at almost the same place (fake bold, shadows) once. */
function dedupe(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const twin = out.find((q) => q.text === p.text && Math.abs(q.x0 - p.x0) < 0.2 * p.size && Math.abs(q.baseline - p.baseline) < 0.2 * p.size);
    if (!twin) out.push(p);
  }
  return out;
}

function dominantSize(pieces: readonly Piece[]): number {
  const bySize = new Map<number, number>();
  for (const p of pieces) {
    const key = Math.round(p.size * 2) / 2;
    bySize.set(key, (bySize.get(key) ?? 0) + p.text.length);
  }
  let best = pieces[0]?.size ?? 10;
  let count = -1;
  for (const [size, n] of bySize) {
    if (n > count || (n === count && size > best)) {
      best = size;
      count = n;
    }
  }
  return best;
}

function splitFragments(pieces: readonly Piece[], size: number): Fragment[] {
  const fragments: Fragment[] = [];
  let current: Piece[] = [];
  let right = -Infinity;
  for (const p of pieces) {
    if (current.length > 0 && p.x0 - right > FRAGMENT_GAP * size) {
      fragments.push(fragmentOf(current));
      current = [];
    }
    current.push(p);
    right = Math.max(right, p.x1);
  }
  if (current.length > 0) fragments.push(fragmentOf(current));
  return fragments;
}

export function fragmentOf(pieces: Piece[]): Fragment {
  const size = dominantSize(pieces);
  const main = pieces.filter((p) => !p.sup);
  const base = main.length > 0 ? main : pieces;
  return {
    pieces,
    x0: Math.min(...pieces.map((p) => p.x0)),
    x1: Math.max(...pieces.map((p) => p.x1)),
    top: Math.min(...base.map((p) => p.top)),
    bottom: Math.max(...base.map((p) => p.bottom)),
    baseline: base[0]!.baseline,
    size,
  };
}

/** The text of fragments on one line, joined left to right with spaces where the gaps are wide enough. */
export function visualLine(page: number, fragments: readonly Fragment[], quirks: ProducerQuirks = {}): VisualLine {
  const pieces = fragments.flatMap((f) => f.pieces).sort((a, b) => a.x0 - b.x0);
  const size = dominantSize(pieces);
  let text = '';
  const spans: VisualLine['spans'] = [];
  const supNumbers: string[] = [];
  let previous: Piece | undefined;
  for (const piece of pieces) {
    let s = piece.text;
    if (previous) {
      const gap = piece.x0 - previous.x1;
      // A zero-width character read as a space: the piece is no wider than its text without the space.
      const zeroWidth = piece.x1 - piece.x0 < piece.scale * glyphsWidth(s.trimStart(), piece.mono) + 0.12 * piece.size;
      if (quirks.zeroWidthSpaces && /^\s/.test(s) && Math.abs(gap) < 0.05 * size && /\p{L}$/u.test(text) && /^\s\p{L}/u.test(s) && zeroWidth) s = s.trimStart();
      const space = piece.sup ? gap > 0.3 * size : previous.sup ? gap > 0.1 * size : gap > SPACE_GAP * Math.min(size, piece.size);
      if (space && !/\s$/.test(text) && !/^\s/.test(s)) text += ' ';
    } else {
      s = s.trimStart();
    }
    if (piece.sup && /^\d{1,3}$/.test(s.trim())) supNumbers.push(s.trim());
    const start = text.length;
    text += s;
    spans.push({ start, end: text.length, rect: [piece.x0, piece.top, piece.x1, piece.bottom] });
    previous = piece;
  }
  // Soft hyphens: invisible inside a line; at its end, the mark of a word the typesetter broke.
  let softHyphen = pieces[pieces.length - 1]?.softEnd === true;
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed.endsWith('\u00ad')) {
    softHyphen = true;
    text = `${trimmed.slice(0, -1)}-`;
  } else {
    text = trimmed;
  }
  const visible = removeSoftHyphens(text, spans);
  const main = pieces.filter((p) => !p.sup);
  const base = main.length > 0 ? main : pieces;
  return {
    page,
    text: visible.text,
    spans: visible.spans,
    x0: Math.min(...pieces.map((p) => p.x0)),
    x1: Math.max(...pieces.map((p) => p.x1)),
    top: Math.min(...base.map((p) => p.top)),
    bottom: Math.max(...base.map((p) => p.bottom)),
    baseline: base[0]!.baseline,
    size,
    startsWithSup: pieces[0]?.sup === true,
    supNumbers,
    softHyphen,
    mono: pieces.length > 0 && pieces.every((p) => p.mono),
  };
}

/** Drops soft hyphens inside the text, shifting the spans' offsets. */
function removeSoftHyphens(text: string, spans: VisualLine['spans']): { text: string; spans: VisualLine['spans'] } {
  if (!text.includes('\u00ad')) return { text, spans: spans.map((s) => ({ ...s, end: Math.min(s.end, text.length) })).filter((s) => s.end > s.start) };
  const shift: number[] = [];
  let out = '';
  for (let i = 0; i <= text.length; i++) {
    shift.push(out.length);
    if (i < text.length && text[i] !== '\u00ad') out += text[i];
  }
  const moved = spans
    .map((s) => ({ start: shift[Math.min(s.start, text.length)]!, end: shift[Math.min(s.end, text.length)]!, rect: s.rect }))
    .filter((s) => s.end > s.start);
  return { text: out, spans: moved };
}
