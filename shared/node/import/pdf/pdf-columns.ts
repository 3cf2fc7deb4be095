// Reading order on a page: rows are grouped top to bottom into sections; a section whose rows leave a common vertical
// gutter free is read column by column (left first), and a row crossing the gutter (a title, a page-wide footnote) starts
// a new section. Narrow left parts (bullets, numbers in a hanging indent) never make a column.
import type { Fragment, Row } from './pdf-lines.js';

/** One column of one section: its lines top to bottom, each the fragments of a row that fall in the column. */
export interface ColumnRun {
  page: number;
  lines: Fragment[][];
  left: number;
  right: number;
}

interface Gutter {
  x0: number;
  x1: number;
}

/** A fragment this many font sizes wide can be a line of a column. */
const COLUMN_LINE_EM = 8;
/** Rows with text on each side of a gutter that make it a column gutter. */
const MIN_GUTTER_ROWS = 2;

const center = (g: Gutter): number => (g.x0 + g.x1) / 2;
/** The narrowest gutter (in font sizes) still taken for one. */
const MIN_GUTTER_EM = 0.6;

/** The gutter left free by a fragment: narrowed when the fragment reaches into it; null when it covers it. */
function narrowed(g: Gutter, f: Fragment): Gutter | null {
  if (f.x1 <= g.x0 || f.x0 >= g.x1) return g;
  const right = { x0: f.x1, x1: g.x1 };
  const left = { x0: g.x0, x1: f.x0 };
  const wide = (g: Gutter): boolean => g.x1 - g.x0 >= MIN_GUTTER_EM * f.size;
  // Reaching in from one side narrows it from that side; standing inside it, it is taken for the bullet or number of
  // the column to its right, so the part to its left stays the gutter.
  const next = f.x0 < g.x0 + 1 ? right : f.x1 > g.x1 - 1 ? left : wide(left) ? left : right;
  return wide(next) ? next : null;
}

/** The gutters a row leaves free, narrowed to leave its fragments out; null when it crosses every one. */
function fitGutters(gutters: readonly Gutter[], row: Row): Gutter[] | null {
  const out: Gutter[] = [];
  for (const gutter of gutters) {
    let g: Gutter | null = gutter;
    for (const f of row.fragments) if (g) g = narrowed(g, f);
    if (g) out.push(g);
  }
  return out.length > 0 ? out : null;
}

/**
 * Gaps between a row's fragments with column-wide text on each side: the fragments next to the gap, joined across
 * narrower gaps (a justified line's wide word spaces), must span a column's width.
 */
function candidateGaps(row: Row): Gutter[] {
  const out: Gutter[] = [];
  const fs = row.fragments;
  const gap = (j: number): number => fs[j + 1]!.x0 - fs[j]!.x1;
  const gaps = fs.slice(1).map((_, j) => gap(j));
  for (let i = 0; i + 1 < fs.length; i++) {
    const width = gap(i);
    // Much wider than the row's other gaps (a justified line's stretched word spaces are all alike).
    const others = gaps.filter((_, j) => j !== i).sort((a, b) => a - b);
    const typical = others[Math.floor(others.length / 2)];
    if (typical !== undefined && width < 2 * typical) continue;
    let a = i;
    while (a > 0 && gap(a - 1) < width) a--;
    let b = i + 1;
    while (b + 1 < fs.length && gap(b) < width) b++;
    const wide = COLUMN_LINE_EM * row.size;
    if (fs[i]!.x1 - fs[a]!.x0 >= wide && fs[b]!.x1 - fs[i + 1]!.x0 >= wide) out.push({ x0: fs[i]!.x1, x1: fs[i + 1]!.x0 });
  }
  return out;
}

interface Section {
  rows: Row[];
  gutters: Gutter[];
}

/** The page's text in reading order, as runs of lines (one run per column of each section). */
export function readingOrder(page: number, rows: readonly Row[]): ColumnRun[] {
  const sections: Section[] = [];
  let current: Section = { rows: [], gutters: [] };
  const close = (): void => {
    if (current.rows.length > 0) sections.push(current);
  };
  for (const row of rows) {
    if (current.gutters.length > 0) {
      const fitted = fitGutters(current.gutters, row);
      if (!fitted) {
        close();
        current = { rows: [row], gutters: candidateGaps(row) };
      } else {
        current.rows.push(row);
        current.gutters = fitted;
      }
      continue;
    }
    const gaps = candidateGaps(row);
    let fitted: Gutter[] | null = gaps.length > 0 ? gaps : null;
    for (const r of current.rows) if (fitted) fitted = fitGutters(fitted, r);
    if (fitted) {
      current.rows.push(row);
      current.gutters = fitted;
    } else if (gaps.length > 0) {
      // The rows just above that leave the new gutter free (a column's heading beside the other column's first line)
      // belong to the columns below, not to the page-wide text above them.
      let split = current.rows.length;
      let carried: Gutter[] = gaps;
      while (split > 0) {
        const next = fitGutters(carried, current.rows[split - 1]!);
        if (!next) break;
        carried = next;
        split--;
      }
      const moved = current.rows.splice(split);
      close();
      current = { rows: [...moved, row], gutters: carried };
    } else {
      current.rows.push(row);
    }
  }
  close();
  return sections.flatMap((section) => runsOf(page, section));
}

function runsOf(page: number, section: Section): ColumnRun[] {
  const gutters = section.gutters.filter((g) => supported(section.rows, g)).sort((a, b) => center(a) - center(b));
  const bounds = [-Infinity, ...gutters.map(center), Infinity];
  const runs: ColumnRun[] = [];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const lines: Fragment[][] = [];
    for (const row of section.rows) {
      const inColumn = row.fragments.filter((f) => {
        const mid = (f.x0 + f.x1) / 2;
        return mid >= bounds[c]! && mid < bounds[c + 1]!;
      });
      if (inColumn.length > 0) lines.push(inColumn);
    }
    if (lines.length === 0) continue;
    const all = lines.flat();
    runs.push({ page, lines, left: Math.min(...all.map((f) => f.x0)), right: Math.max(...all.map((f) => f.x1)) });
  }
  return runs;
}

/** A gutter holds when rows on each side of it (not necessarily the same rows: columns need not align) are enough. */
function supported(rows: readonly Row[], g: Gutter): boolean {
  let left = 0;
  let right = 0;
  for (const row of rows) {
    if (row.fragments.some((f) => f.x1 <= center(g))) left++;
    if (row.fragments.some((f) => f.x0 >= center(g))) right++;
  }
  return Math.min(left, right) >= MIN_GUTTER_ROWS;
}
