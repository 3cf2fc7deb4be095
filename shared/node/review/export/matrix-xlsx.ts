// The matrix as an Excel workbook (exceljs): a Matrix sheet (instrument groups over frozen header rows, coloured
// status cells) and a Links sheet (status, score, evidence, quotations, reason); byte-stable for the same store.
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../../../core/annotations/csv-format.js';
import type { MatrixStatus } from '../../../core/api/review-dto.js';
import { LINK_HEADER, type MatrixGrid } from './matrix-table.js';
import { stableZip } from './stable-zip.js';

const FILLS: Record<MatrixStatus, string> = {
  confirmed: 'FFB7E1C1',
  user: 'FFD9C9F0',
  confident: 'FFC9DDF5',
  proposed: 'FFFFF2C2',
  rejected: 'FFEEEEEE',
};

const HEADER_FILL = 'FFE7E9EE';

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** Text as a cell value: never a formula (a leading = + - @ gets an apostrophe, as in the CSV). */
function text(value: string): string {
  return neutraliseFormula(value);
}

export async function matrixXlsx(
  grid: MatrixGrid,
  links: readonly { cells: string[]; score: number; status: MatrixStatus }[],
  date: Date,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lextrace';
  wb.lastModifiedBy = 'Lextrace';
  wb.title = 'Traceability matrix';
  wb.created = date;
  wb.modified = date;

  const matrix = wb.addWorksheet('Matrix', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  matrix.addRow(grid.groupRow.map(text));
  matrix.addRow(grid.header.map(text));
  for (const row of grid.rows) matrix.addRow(row.cells.map(text));
  // Merge each run of one instrument group over its columns.
  for (let c = grid.leading; c < grid.groupRow.length; ) {
    let end = c;
    while (end + 1 < grid.groupRow.length && grid.groupRow[end + 1] === grid.groupRow[c]) end++;
    if (end > c) matrix.mergeCells(1, c + 1, 1, end + 1);
    c = end + 1;
  }
  for (const r of [1, 2]) {
    const row = matrix.getRow(r);
    row.font = { bold: true };
    row.alignment = { vertical: 'bottom', horizontal: r === 1 ? 'center' : 'left', wrapText: true };
    for (let c = 1; c <= grid.header.length; c++) row.getCell(c).fill = fill(HEADER_FILL);
  }
  matrix.getRow(2).height = 48;
  matrix.getColumn(1).width = 28;
  matrix.getColumn(2).width = 26;
  matrix.getColumn(3).width = 60;
  for (let c = grid.leading + 1; c <= grid.header.length; c++) matrix.getColumn(c).width = 16;
  grid.rows.forEach((row, i) => {
    const excelRow = matrix.getRow(i + 3);
    excelRow.getCell(3).alignment = { wrapText: false, vertical: 'top' };
    row.statuses.forEach((status, c) => {
      if (status) excelRow.getCell(grid.leading + c + 1).fill = fill(FILLS[status]);
    });
  });

  const sheet = wb.addWorksheet('Links', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.addRow([...LINK_HEADER]);
  sheet.getRow(1).font = { bold: true };
  for (let c = 1; c <= LINK_HEADER.length; c++) sheet.getRow(1).getCell(c).fill = fill(HEADER_FILL);
  const scoreColumn = LINK_HEADER.indexOf('Score') + 1;
  for (const link of links) {
    const row = sheet.addRow(link.cells.map(text));
    row.getCell(scoreColumn).value = link.score;
    row.getCell(scoreColumn).numFmt = '0.00';
    row.getCell(LINK_HEADER.indexOf('Status') + 1).fill = fill(FILLS[link.status]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  const widths: Record<string, number> = { Section: 24, Commitment: 24, 'Commitment text': 50, Provision: 26, 'Provision key': 22, Instrument: 18, Status: 16, Score: 8, Kinds: 16, New: 6, Evidence: 30, Quotes: 70, 'Reason or note': 30 };
  LINK_HEADER.forEach((h, i) => (sheet.getColumn(i + 1).width = widths[h] ?? 16));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LINK_HEADER.length } };

  const bytes = await wb.xlsx.writeBuffer();
  return stableZip(new Uint8Array(bytes as ArrayBuffer), date);
}
