// The traceability matrix laid out for a virtualised grid: rows with a header row per plan section, column groups
// by instrument, a lookup of the non-empty cells, and the words of each cell.
import type { MatrixCell, MatrixColumn, TraceMatrix } from '../../shared/core/api/review-dto.js';
import { formatScore } from './format-score.js';
import { MATRIX_STATUS_WORDS } from './link-status.js';

export type MatrixLine = { type: 'section'; label: string } | { type: 'row'; row: number };

/** The rows in order, a section heading before each run of commitments of one section. */
export function matrixLines(matrix: TraceMatrix): MatrixLine[] {
  const lines: MatrixLine[] = [];
  let last: number | null | undefined;
  matrix.rows.forEach((row, i) => {
    if (row.section !== last) {
      const s = row.section === null ? undefined : matrix.sections[row.section];
      lines.push({ type: 'section', label: s ? `${s.label}${s.title ? ` ${s.title}` : ''}` : 'Commitments' });
      last = row.section;
    }
    lines.push({ type: 'row', row: i });
  });
  return lines;
}

export interface ColumnGroupSpan {
  id: string;
  label: string;
  /** First and last column index (inclusive). */
  first: number;
  last: number;
}

/** Runs of adjacent columns of one instrument group (the server sorts columns by group). */
export function columnGroups(matrix: TraceMatrix): ColumnGroupSpan[] {
  const label = new Map(matrix.groups.map((g) => [g.id, g.label]));
  const spans: ColumnGroupSpan[] = [];
  matrix.columns.forEach((c, i) => {
    const open = spans[spans.length - 1];
    if (open && open.id === c.group) open.last = i;
    else spans.push({ id: c.group, label: label.get(c.group) ?? c.group, first: i, last: i });
  });
  return spans;
}

/** Cells by row and column. */
export function cellLookup(matrix: TraceMatrix): (row: number, col: number) => MatrixCell | undefined {
  const width = matrix.columns.length;
  const map = new Map<number, MatrixCell>();
  for (const cell of matrix.cells) map.set(cell.row * width + cell.col, cell);
  return (row, col) => map.get(row * width + col);
}

/** A column's label under its group's heading: "art. 1252(5)" under "Civil Code". */
export function shortColumnLabel(column: MatrixColumn, groupLabel: string): string {
  // A link to the instrument itself, not one of its articles, under the instrument's own heading.
  if (column.label === groupLabel) return 'as a whole';
  for (const prefix of [groupLabel, column.label.split(' ').slice(0, 2).join(' ')]) {
    if (prefix && column.label.startsWith(`${prefix} `) && /^(art|para|ст|п)/i.test(column.label.slice(prefix.length + 1))) {
      return column.label.slice(prefix.length + 1);
    }
  }
  return column.label;
}

/** A cell in words: what it shows, and what a screen reader says. */
export function cellWords(cell: MatrixCell | undefined): { status: string; symbol: string; score: string | null } {
  if (!cell) return { status: 'none', symbol: '', score: null };
  const words = MATRIX_STATUS_WORDS[cell.status];
  const scored = cell.status === 'confident' || cell.status === 'proposed' || cell.status === 'rejected';
  return { status: words.text, symbol: words.symbol, score: scored && cell.score > 0 ? formatScore(cell.score) : null };
}
