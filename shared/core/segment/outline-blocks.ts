// Groups cleaned source lines into outline blocks (headings, paragraphs, bullets, sub-items) by markers, breaks and layout.
import type { SourceLine } from '../model.js';
import { sliceMap } from '../text/mapped-text.js';
import { isDateLine } from '../text/normalise-boilerplate.js';
import { HEADING_HINT, PAGE_BREAK_HINT } from '../text/normalise-hints.js';
import { isBlankLine } from '../text/normalise-whitespace.js';
import { endsSentence, isAllCaps, lineMarker, type LineMarker } from './line-markers.js';

export type OutlineBlockKind = 'heading' | 'subheading' | 'paragraph' | 'numbered' | 'bullet' | 'subbullet' | 'lettered';

/** A run of lines that becomes one clause; marker glyphs of bullets are already cut from the first line. */
export interface OutlineBlock {
  kind: OutlineBlockKind;
  lines: SourceLine[];
  /** Heading number ("I", "A", "1.2"), paragraph number ("1339"), sub-item letter ("b"). */
  number?: string;
  /** Heading depth by numbering: 0 for "I." or unnumbered, 1 for "A.", dots for "1.2.3". */
  depth?: number;
}

/** A heading line that wraps onto a second line is at least this long. */
const WRAPPED_HEADING = 60;
/** Longest line read as a sub-heading ("Russian Federation’s Steps:") or an all-caps heading. */
const SUBHEADING_MAX = 60;
const ALL_CAPS_HEADING_MAX = 100;
/** Documents whose lines average longer than this hold one paragraph per line (web text): no wrapping to undo. */
const ONE_PARAGRAPH_PER_LINE = 160;

interface PendingBreak {
  blank: boolean;
  page: boolean;
}

/** Splits lines into outline blocks. */
export function buildOutlineBlocks(lines: readonly SourceLine[]): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  const onePerLine = averageLength(lines) > ONE_PARAGRAPH_PER_LINE;
  let pending = null as PendingBreak | null;
  let lastNumbered = 0;

  const start = (kind: OutlineBlockKind, line: SourceLine, extra: Partial<OutlineBlock> = {}): void => {
    blocks.push({ kind, lines: [line], ...extra });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.hint === PAGE_BREAK_HINT || isBlankLine(line)) {
      pending = { blank: (pending?.blank ?? false) || line.hint !== PAGE_BREAK_HINT, page: (pending?.page ?? false) || line.hint === PAGE_BREAK_HINT };
      continue;
    }
    const text = line.text.trim();
    const previous: OutlineBlock | null = blocks[blocks.length - 1] ?? null;
    const previousText = previous ? lastLineText(previous) : '';
    const atBoundary = !previous || pending !== null || endsSentence(previousText) || previous.kind === 'heading' || previous.kind === 'subheading';
    const inList = previous !== null && ['bullet', 'subbullet', 'lettered'].includes(previous.kind);
    const marker = lineMarker(text, inList);
    const breakBefore = pending;
    pending = null;

    if (line.hint === HEADING_HINT) {
      start('heading', line, { depth: 0 });
      continue;
    }
    if (marker && (acceptMarker(marker, atBoundary, lastNumbered) || nextLetterOf(previous, marker))) {
      if (marker.type === 'numbered') lastNumbered = Number(marker.number);
      startMarked(marker, line, start);
      continue;
    }
    if (isDateLine(text)) {
      start('paragraph', line);
      continue;
    }
    if (atBoundary && isStandaloneAllCaps(text, lines[i + 1])) {
      start('heading', line, { depth: 0 });
      continue;
    }
    if (breakBefore?.blank && isShortStandaloneHeading(text, lines, i)) {
      start('heading', line, { depth: 0 });
      continue;
    }
    if (atBoundary && isSubheading(text, previous, lines, i)) {
      start('subheading', line);
      continue;
    }
    if (!previous) {
      start('paragraph', line);
      continue;
    }
    const prev: OutlineBlock = previous;
    if (breakBefore && !continuesAcrossBreak(previousText, text, breakBefore)) {
      start('paragraph', line);
      continue;
    }
    if (prev.kind === 'heading' || prev.kind === 'subheading') {
      const wrapped = prev.lines.length === 1 && previousText.length >= WRAPPED_HEADING && !breakBefore && text.length < WRAPPED_HEADING && !endsSentence(text);
      if (wrapped) prev.lines.push(line);
      else start('paragraph', line);
      continue;
    }
    if (onePerLine && !breakBefore?.page) {
      start('paragraph', line);
      continue;
    }
    prev.lines.push(line);
  }
  return blocks;
}

function acceptMarker(marker: LineMarker, atBoundary: boolean, lastNumbered: number): boolean {
  if (marker.type === 'bullet' || marker.type === 'subbullet') return true;
  if (!atBoundary) return false;
  if (marker.type === 'numbered') return lastNumbered === 0 || Number(marker.number) > lastNumbered;
  return true;
}

/** "(b)" right after sub-item "(a)" continues the list even when "(a)" ended with "; and". */
function nextLetterOf(previous: OutlineBlock | null, marker: LineMarker): boolean {
  if (marker.type !== 'lettered' || previous?.kind !== 'lettered' || !previous.number) return false;
  return previous.number.length === 1 && marker.letter.charCodeAt(0) === previous.number.charCodeAt(0) + 1;
}

type Start = (kind: OutlineBlockKind, line: SourceLine, extra?: Partial<OutlineBlock>) => void;

function startMarked(marker: LineMarker, line: SourceLine, start: Start): void {
  switch (marker.type) {
    case 'bullet':
      return start('bullet', cutMarker(line, marker.length));
    case 'subbullet':
      return start('subbullet', cutMarker(line, marker.length));
    case 'lettered':
      return start('lettered', line, { number: marker.letter });
    case 'numbered':
      return start('numbered', line, { number: marker.number });
    case 'heading':
      return start('heading', line, { number: marker.number, depth: marker.depth });
  }
}

/** Across a page break a paragraph goes on unless it had ended; across a blank line only mid-sentence into lower case. */
function continuesAcrossBreak(previousText: string, text: string, pending: PendingBreak): boolean {
  if (endsSentence(previousText) || previousText.length === 0) return false;
  if (pending.page) return true;
  return /^[a-z]/.test(text);
}

function isStandaloneAllCaps(text: string, next: SourceLine | undefined): boolean {
  if (text.length > ALL_CAPS_HEADING_MAX || /[.,;]$/.test(text) || !isAllCaps(text)) return false;
  return !next || isBlankLine(next) || next.hint === PAGE_BREAK_HINT || /^[A-Z]/.test(next.text.trim());
}

/** A short capitalised line between blank lines, without closing punctuation, before a longer paragraph: "Background". */
function isShortStandaloneHeading(text: string, lines: readonly SourceLine[], i: number): boolean {
  if (text.length > SUBHEADING_MAX || !/^[A-Z]/.test(text) || /[.,;:!?]$/.test(text)) return false;
  const after = lines[i + 1];
  if (after && !isBlankLine(after)) return false;
  const next = lines.slice(i + 1).find((l) => !isBlankLine(l));
  return next !== undefined && next.text.trim().length > SUBHEADING_MAX;
}

/** A short line ending in a colon, right after a heading or a finished sentence, followed by a list. */
function isSubheading(text: string, previous: OutlineBlock | null, lines: readonly SourceLine[], i: number): boolean {
  if (text.length > SUBHEADING_MAX || !text.endsWith(':') || !previous) return false;
  const next = lines.slice(i + 1).find((l) => !isBlankLine(l));
  const nextMarker = next ? lineMarker(next.text.trim(), false) : null;
  return nextMarker?.type === 'bullet' && (previous.kind === 'heading' || previous.kind === 'subheading' || endsSentence(lastLineText(previous)));
}

function cutMarker(line: SourceLine, length: number): SourceLine {
  const lead = line.text.length - line.text.trimStart().length;
  const from = lead + length;
  return { ...line, text: line.text.slice(from), map: sliceMap(line.map, from, line.text.length) };
}

function lastLineText(block: OutlineBlock): string {
  return block.lines[block.lines.length - 1]!.text.trim();
}

function averageLength(lines: readonly SourceLine[]): number {
  const content = lines.filter((l) => !isBlankLine(l));
  if (content.length === 0) return 0;
  return content.reduce((sum, l) => sum + l.text.trim().length, 0) / content.length;
}
