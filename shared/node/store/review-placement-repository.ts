// The derived placements of verdicts and hand-made links (review_placements), and the store reads placing needs.
import type { Database } from 'better-sqlite3';
import type { Placement } from '../../core/review/clause-placement.js';
import { prepared } from './statements.js';

export type PlacedRecordKind = 'verdict' | 'link';
export type PlacedRole = 'from' | 'target';

export class ReviewPlacementRepository {
  constructor(private readonly db: Database) {}

  /** Where one clause of a record is today (`clauseId` null: detached, `how` says why). */
  put(kind: PlacedRecordKind, id: string, role: PlacedRole, clauseId: string | null, how: Placement): void {
    prepared(
      this.db,
      `INSERT INTO review_placements (record, id, role, clause_id, how) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (record, id, role) DO UPDATE SET clause_id = excluded.clause_id, how = excluded.how`,
    ).run(kind, id, role, clauseId, how);
  }

  /** Forgets the placements of a record that no longer exists. */
  deleteRecord(kind: PlacedRecordKind, id: string): void {
    prepared(this.db, 'DELETE FROM review_placements WHERE record = ? AND id = ?').run(kind, id);
  }

  /** A document's clauses, ids and texts in reading order; null when the store holds no such document. */
  clauseTexts(docId: string): { id: string; text: string }[] | null {
    const rows = prepared(this.db, 'SELECT id, text FROM clauses WHERE doc_id = ? ORDER BY seq').all(docId) as { id: string; text: string }[];
    if (rows.length > 0) return rows;
    return prepared(this.db, 'SELECT 1 FROM documents WHERE id = ?').get(docId) !== undefined ? rows : null;
  }
}
