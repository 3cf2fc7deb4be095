// Splits text at highlight offsets into plain runs and marked runs; overlapping ranges stack on one run.

export interface MarkRange<T = unknown> {
  start: number;
  end: number;
  /** What the mark means, e.g. 'citation', 'hit', 'shared'; becomes a CSS class. */
  kind: string;
  data?: T;
}

export interface TextSegment<T = unknown> {
  text: string;
  start: number;
  end: number;
  /** Every range covering this run, in input order (empty for plain text). */
  marks: MarkRange<T>[];
}

/**
 * Cuts `text` at every range boundary. Offsets are UTF-16 indices (JavaScript string offsets); ranges outside the
 * text are clamped, empty or inverted ones dropped, and a boundary is never placed inside a surrogate pair.
 */
export function splitByRanges<T>(text: string, ranges: readonly MarkRange<T>[]): TextSegment<T>[] {
  const valid = ranges
    .map((r) => ({ ...r, start: safeOffset(text, r.start), end: safeOffset(text, r.end) }))
    .filter((r) => r.end > r.start);
  if (text.length === 0) return [];
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks = valid.filter((r) => r.start <= start && r.end >= end);
    const previous = segments[segments.length - 1];
    if (previous && marks.length === 0 && previous.marks.length === 0) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      continue;
    }
    segments.push({ text: text.slice(start, end), start, end, marks });
  }
  return segments;
}

function safeOffset(text: string, offset: number): number {
  if (!Number.isFinite(offset)) return 0;
  let at = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  if (at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) {
    at -= 1;
  }
  return at;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
