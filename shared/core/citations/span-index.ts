// Fast "does any span cover/overlap this one" checks over many spans, for long texts (sorted starts + running max end).
import { countNumbersBefore } from './sorted-search.js';

export interface SpanLike {
  start: number;
  end: number;
}

/** Spans sorted by start with the running maximum of their ends: answers overlap questions in O(log n). */
export class SpanIndex {
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(spans: readonly SpanLike[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const s of sorted) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  /** The largest end among spans starting at or before `position` (spans starting before it when `strict`), or -Infinity. */
  private maxEndUpTo(position: number, strict: boolean): number {
    const lo = countNumbersBefore(this.starts, position, !strict);
    return lo === 0 ? -Infinity : this.maxEnd[lo - 1]!;
  }

  /** Whether some span overlaps [start, end): it starts before `end` and ends after `start`. */
  overlaps(start: number, end: number): boolean {
    return this.maxEndUpTo(end, true) > start;
  }

  /** Whether some span holds `position`: it starts at or before it and ends after it. */
  holds(position: number): boolean {
    return this.maxEndUpTo(position, false) > position;
  }

  /** Whether some span covers [start, end): it starts at or before `start` and ends at or after `end`. */
  covers(start: number, end: number): boolean {
    return this.maxEndUpTo(start, false) >= end;
  }
}
