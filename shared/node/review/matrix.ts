// The traceability matrix: commitments (rows, by plan section) × provisions (columns, by instrument group), as a
// compact list of non-empty cells with each link's reviewed status and score.
import type { Database } from 'better-sqlite3';
import type { InstrumentGroup, MatrixCell, MatrixColumn, MatrixStatus, TraceMatrix } from '../../core/api/review-dto.js';
import { INSTRUMENT_GROUPS } from '../../core/api/review-dto.js';
import { describeProvision, parseProvisionKey } from '../../core/citations/index.js';
import { compareProvisionKeys, groupOfKey, INSTRUMENT_GROUP_LABELS } from '../../core/review/instrument-groups.js';
import { loadCommitments, type Commitment } from './commitments.js';
import type { LinkViews } from './link-views.js';
import type { ReviewedEntry } from './reviewed-trace.js';

export interface MatrixFilters {
  docs?: string[] | undefined;
  instruments?: InstrumentGroup[] | undefined;
  statuses?: MatrixStatus[] | undefined;
}

export const DEFAULT_MATRIX_STATUSES: readonly MatrixStatus[] = ['confirmed', 'user', 'confident', 'proposed'];

/** The matrix with what the exports need besides: the commitments and each cell's reviewed entry (same order as cells). */
export interface MatrixData {
  matrix: TraceMatrix;
  commitments: Commitment[];
  entries: ReviewedEntry[];
}

export function matrixStatus(entry: Pick<ReviewedEntry, 'status' | 'confident'>): MatrixStatus {
  return entry.status === 'proposed' ? (entry.confident ? 'confident' : 'proposed') : entry.status;
}

export function buildMatrix(db: Database, views: LinkViews, filters: MatrixFilters = {}): MatrixData {
  const { sections, commitments } = loadCommitments(db, filters.docs);
  const traces = views.reviewedTraces(commitments.map((c) => c.clause.id));
  const statuses = new Set(filters.statuses ?? DEFAULT_MATRIX_STATUSES);
  const groups = new Set(filters.instruments ?? INSTRUMENT_GROUPS);
  const kept: { row: number; entry: ReviewedEntry }[] = [];
  commitments.forEach((c, row) => {
    for (const entry of traces.get(c.clause.id) ?? []) {
      if (statuses.has(matrixStatus(entry)) && groups.has(groupOfKey(entry.key)) && parseProvisionKey(entry.key)) kept.push({ row, entry });
    }
  });
  const keys = [...new Set(kept.map((k) => k.entry.key))].sort(compareProvisionKeys);
  const col = new Map(keys.map((k, i) => [k, i]));
  const columns: MatrixColumn[] = keys.map((key) => {
    const label = describeProvision(key);
    return { key, label, title: views.links.provisionTitle(key) ?? label, instrument: parseProvisionKey(key)!.instrument, group: groupOfKey(key) };
  });
  kept.sort((a, b) => a.row - b.row || col.get(a.entry.key)! - col.get(b.entry.key)!);
  const cells: MatrixCell[] = kept.map(({ row, entry }) => ({
    row,
    col: col.get(entry.key)!,
    status: matrixStatus(entry),
    score: entry.score,
    ...(entry.isNew ? { isNew: true } : {}),
  }));
  const usedGroups = INSTRUMENT_GROUPS.filter((g) => columns.some((c) => c.group === g));
  return {
    matrix: {
      sections,
      groups: usedGroups.map((id) => ({ id, label: INSTRUMENT_GROUP_LABELS[id] })),
      rows: commitments.map((c) => ({ clause: c.clause.id, doc: c.clause.docId, label: c.clause.label, text: c.clause.text, section: c.section })),
      columns,
      cells,
    },
    commitments,
    entries: kept.map((k) => k.entry),
  };
}
