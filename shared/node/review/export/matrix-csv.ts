// The matrix as CSV for spreadsheets: RFC 4180 (every field quoted, CRLF), a UTF-8 BOM, formulas neutralised.
import { CSV_BOM, neutraliseFormula } from '../../../core/annotations/csv-format.js';
import type { MatrixGrid } from './matrix-table.js';

export function csvText(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map((cells) => `${cells.map((c) => `"${neutraliseFormula(c).replace(/"/g, '""')}"`).join(',')}\r\n`).join('');
}

/** One header row (section, commitment, text, then each provision's label), one row per commitment. */
export function matrixCsv(grid: MatrixGrid): string {
  return csvText([grid.header, ...grid.rows.map((r) => r.cells)]);
}
