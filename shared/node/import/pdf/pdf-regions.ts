// Where a clause stands in its PDF: from its offset runs in the original text to its pages and one rectangle per line
// in PDF user space (what pdf.js's viewport maps to the screen at any zoom).
import type { OffsetRun } from '../../../core/text/mapped-text.js';
import type { PdfRegions, Rect, TextPlacement } from './pdf-types.js';

type Matrix = [number, number, number, number, number, number];

/** The pages and regions of the text whose offset map is `map`; null when none of it is drawn (synthetic text only). */
export function clauseRegions(map: readonly OffsetRun[], placements: readonly TextPlacement[], toPdf: ReadonlyMap<number, Matrix>): PdfRegions | null {
  const ranges = mergedRanges(map);
  if (ranges.length === 0) return null;
  // Per page and line (same top), the horizontal extent covered.
  const byLine = new Map<string, { page: number; rect: Rect }>();
  for (const [start, end] of ranges) {
    for (let i = firstPlacementAtOrAfter(placements, start); i < placements.length; i++) {
      const p = placements[i]!;
      if (p.o >= end) break;
      const a = Math.max(start, p.o);
      const b = Math.min(end, p.o + p.len);
      if (b <= a) continue;
      const [x0, y0, x1, y1] = p.rect;
      const w = x1 - x0;
      const rect: Rect = [x0 + (w * (a - p.o)) / p.len, y0, x0 + (w * (b - p.o)) / p.len, y1];
      const key = `${p.page}:${Math.round(y0)}`;
      const known = byLine.get(key);
      if (known) known.rect = [Math.min(known.rect[0], rect[0]), Math.min(known.rect[1], rect[1]), Math.max(known.rect[2], rect[2]), Math.max(known.rect[3], rect[3])];
      else byLine.set(key, { page: p.page, rect });
    }
  }
  if (byLine.size === 0) return null;
  const regions = new Map<number, Rect[]>();
  for (const { page, rect } of byLine.values()) {
    const m = toPdf.get(page);
    const rects = regions.get(page) ?? [];
    rects.push(m ? toUserSpace(rect, m) : rect);
    regions.set(page, rects);
  }
  const pages = [...regions.keys()].sort((a, b) => a - b);
  return { page: pages[0]!, pageEnd: pages[pages.length - 1]!, regions: pages.map((page) => ({ page, rects: regions.get(page)! })) };
}

/** The original ranges [start, end) a map covers, merged, synthetic runs left out. */
function mergedRanges(map: readonly OffsetRun[]): [number, number][] {
  const ranges = map.filter((r) => !r.syn && r.len > 0).map((r): [number, number] => [r.o, r.o + r.len]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}

function firstPlacementAtOrAfter(placements: readonly TextPlacement[], offset: number): number {
  let lo = 0;
  let hi = placements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placements[mid]!.o + placements[mid]!.len <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A top-left page rectangle in PDF user space, rounded to a tenth of a point. */
function toUserSpace([x0, y0, x1, y1]: Rect, m: Matrix): Rect {
  const apply = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  const [ax, ay] = apply(x0, y0);
  const [bx, by] = apply(x1, y1);
  const r = (n: number) => Math.round(n * 10) / 10;
  return [r(Math.min(ax, bx)), r(Math.min(ay, by)), r(Math.max(ax, bx)), r(Math.max(ay, by))];
}
