// The lawyer's exports: the matrix as CSV or XLSX, the trace report as DOCX or HTML, as files to save.
import type { ExportFile, InstrumentGroup, MatrixStatus } from '../../../core/api/review-dto.js';
import type { DocumentStore } from '../../store/document-store.js';
import type { LinkViews } from '../link-views.js';
import { DEFAULT_MATRIX_STATUSES, type MatrixData } from '../matrix.js';
import type { MemoCitations } from '../memo-citations.js';
import { matrixCsv } from './matrix-csv.js';
import { linkRows, matrixGrid } from './matrix-table.js';
import { matrixXlsx } from './matrix-xlsx.js';
import { reportDocx } from './report-docx.js';
import { reportHtml } from './report-html.js';
import { traceReport } from './report-model.js';

/** The export's day at midnight UTC: the date line, and every timestamp inside XLSX and DOCX packages. */
export function exportDay(now: Date): Date {
  return new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
}

export async function exportMatrixFile(format: 'csv' | 'xlsx', data: MatrixData, views: LinkViews, now: Date): Promise<ExportFile> {
  const day = exportDay(now);
  const stem = `lextrace-traceability-matrix-${day.toISOString().slice(0, 10)}`;
  const grid = matrixGrid(data.matrix);
  if (format === 'csv') return { fileName: `${stem}.csv`, mimeType: 'text/csv;charset=utf-8', encoding: 'utf8', content: matrixCsv(grid) };
  const bytes = await matrixXlsx(grid, linkRows(data, views), day);
  return { fileName: `${stem}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', encoding: 'base64', content: bytes.toString('base64') };
}

export async function exportReportFile(
  format: 'docx' | 'html',
  data: MatrixData,
  views: LinkViews,
  citations: MemoCitations,
  store: DocumentStore,
  now: Date,
  filters: { statuses?: MatrixStatus[] | undefined; instruments?: InstrumentGroup[] | undefined },
  clauses?: readonly string[],
): Promise<ExportFile> {
  const day = exportDay(now);
  const stem = `lextrace-trace-report-${day.toISOString().slice(0, 10)}`;
  const report = traceReport(data, views, citations, store, day, { statuses: filters.statuses ?? DEFAULT_MATRIX_STATUSES, instruments: filters.instruments ?? null }, clauses);
  if (format === 'html') return { fileName: `${stem}.html`, mimeType: 'text/html;charset=utf-8', encoding: 'utf8', content: reportHtml(report) };
  const bytes = await reportDocx(report, day);
  return { fileName: `${stem}.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', encoding: 'base64', content: bytes.toString('base64') };
}
