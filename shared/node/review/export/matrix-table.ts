// The matrix and its links as plain tables of text, shared by the CSV and XLSX exports.
import type { MatrixStatus, TraceMatrix } from '../../../core/api/review-dto.js';
import { describeProvision } from '../../../core/citations/index.js';
import { dedupeEvidence } from '../../crossref/crossref-queries.js';
import { groupOfKey, INSTRUMENT_GROUP_LABELS } from '../../../core/review/instrument-groups.js';
import type { LinkViews } from '../link-views.js';
import type { MatrixData } from '../matrix.js';
import type { ReviewedEntry } from '../reviewed-trace.js';
import { excerpt, oneLine } from './excerpt.js';

export const STATUS_WORDS: Record<MatrixStatus, string> = {
  confirmed: 'confirmed',
  user: 'by hand',
  confident: 'confident',
  proposed: 'proposed',
  rejected: 'rejected',
};

/** A cell as a spreadsheet shows it: "confirmed", "by hand", "confident 0.81", "proposed 0.45", "rejected"; "new" marked. */
export function cellText(status: MatrixStatus, score: number, isNew = false): string {
  const word = status === 'confident' || status === 'proposed' ? `${STATUS_WORDS[status]} ${score.toFixed(2)}` : STATUS_WORDS[status];
  return isNew ? `${word} (new)` : word;
}

/** A link's status in words, saying when a confirmed link is no longer inferred. */
export function statusText(entry: Pick<ReviewedEntry, 'status' | 'confident' | 'inferred'>): string {
  if (entry.status === 'confirmed') return entry.inferred ? 'confirmed' : 'confirmed, no longer inferred';
  if (entry.status === 'user') return 'by hand';
  if (entry.status === 'rejected') return 'rejected';
  return entry.confident ? 'confident' : 'proposed';
}

export function sectionName(matrix: TraceMatrix, section: number | null): string {
  const s = section === null ? undefined : matrix.sections[section];
  return s ? [s.label, s.title].filter(Boolean).join(' — ') : '';
}

export interface MatrixGrid {
  /** Above the header: each provision column's instrument group (empty over the commitment columns). */
  groupRow: string[];
  header: string[];
  rows: { cells: string[]; statuses: (MatrixStatus | null)[] }[];
  /** Columns before the provisions. */
  leading: number;
}

export function matrixGrid(matrix: TraceMatrix): MatrixGrid {
  const leading = ['Section', 'Commitment', 'Text'];
  const rows = matrix.rows.map((r) => ({
    cells: [sectionName(matrix, r.section), r.label, oneLine(r.text), ...matrix.columns.map(() => '')],
    statuses: matrix.columns.map((): MatrixStatus | null => null),
  }));
  for (const cell of matrix.cells) {
    rows[cell.row]!.cells[leading.length + cell.col] = cellText(cell.status, cell.score, cell.isNew);
    rows[cell.row]!.statuses[cell.col] = cell.status;
  }
  return {
    groupRow: [...leading.map(() => ''), ...matrix.columns.map((c) => INSTRUMENT_GROUP_LABELS[c.group])],
    header: [...leading, ...matrix.columns.map((c) => c.label)],
    rows,
    leading: leading.length,
  };
}

export const LINK_HEADER = [
  'Section', 'Commitment', 'Commitment text', 'Provision', 'Provision key', 'Instrument', 'Status', 'Score', 'Kinds', 'New', 'Evidence', 'Quotes', 'Reason or note',
] as const;

/** One row per link of the matrix: its status, score, evidence clause labels and quotations, and the reason. */
export function linkRows(data: MatrixData, views: LinkViews): { cells: string[]; score: number; status: MatrixStatus }[] {
  const { matrix } = data;
  return matrix.cells.map((cell, i) => {
    const entry = data.entries[i]!;
    const row = matrix.rows[cell.row]!;
    const evidence = views.evidenceDtos(dedupeEvidence(entry.evidence)).filter((e) => e.clause !== row.clause);
    return {
      status: cell.status,
      score: entry.score,
      cells: [
        sectionName(matrix, row.section),
        row.label,
        oneLine(row.text),
        describeProvision(entry.key),
        entry.key,
        INSTRUMENT_GROUP_LABELS[groupOfKey(entry.key)],
        statusText(entry),
        entry.score.toFixed(2),
        entry.kinds.join(', '),
        entry.isNew ? 'new' : '',
        evidence.map((e) => e.label).join('; '),
        evidence.map((e) => `“${excerpt(e.text, e.terms, 240)}” (${e.label})`).join('\n'),
        entry.reason ?? '',
      ],
    };
  });
}
