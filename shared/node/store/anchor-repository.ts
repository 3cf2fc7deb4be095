// Derived anchors of annotation targets: where each target sits in today's clauses (rebuilt at every import).
import type { Database } from 'better-sqlite3';
import type { AnchorResult } from '../../core/annotations/types.js';
import { prepared } from './statements.js';

export interface AnchorRow {
  annotation_id: string;
  ordinal: number;
  status: 'anchored' | 'orphaned';
  clause_id: string | null;
  start: number | null;
  end: number | null;
  how: string | null;
  reason: string | null;
}

export class AnchorRepository {
  constructor(private readonly db: Database) {}

  put(annotationId: string, ordinal: number, result: AnchorResult): void {
    const anchored = result.status === 'anchored';
    prepared(
      this.db,
      `INSERT INTO annotation_anchors (annotation_id, ordinal, status, clause_id, start, end, how, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (annotation_id, ordinal) DO UPDATE SET status = excluded.status, clause_id = excluded.clause_id,
         start = excluded.start, end = excluded.end, how = excluded.how, reason = excluded.reason`,
    ).run(
      annotationId,
      ordinal,
      result.status,
      anchored ? result.clauseId : null,
      anchored ? result.start : null,
      anchored ? result.end : null,
      anchored ? result.how : null,
      anchored ? null : result.reason,
    );
  }

  of(annotationId: string): AnchorRow[] {
    return prepared(this.db, 'SELECT * FROM annotation_anchors WHERE annotation_id = ? ORDER BY ordinal').all(annotationId) as AnchorRow[];
  }

  /** Marks every target selected in a document as orphaned because the document is gone (until it is imported again). */
  orphanDocument(docId: string): void {
    prepared(
      this.db,
      `UPDATE annotation_anchors SET status = 'orphaned', clause_id = NULL, start = NULL, end = NULL, how = NULL, reason = 'missing-document'
       WHERE (annotation_id, ordinal) IN (SELECT annotation_id, ordinal FROM user_annotation_targets WHERE doc_id = ?)`,
    ).run(docId);
  }

  /** Clauses carrying at least one anchored annotation that matches `annotationIds` (for search filters). */
  clausesOf(annotationIds: readonly string[]): string[] {
    return prepared(
      this.db,
      "SELECT DISTINCT clause_id FROM annotation_anchors WHERE status = 'anchored' AND annotation_id IN (SELECT value FROM json_each(?))",
    )
      .pluck()
      .all(JSON.stringify(annotationIds)) as string[];
  }
}

/** Search's view of annotations: which indexed clauses carry which annotations (rowids of search_clauses). */
export class AnnotationSearchRepository {
  constructor(private readonly db: Database) {}

  /** Rowids of indexed clauses with an anchored annotation carrying the tag (any case); [] when no such tag. */
  rowidsTagged(tagName: string): number[] {
    return prepared(
      this.db,
      `SELECT DISTINCT s.rowid FROM user_tags t
         JOIN user_annotation_tags at ON at.tag_id = t.id
         JOIN annotation_anchors an ON an.annotation_id = at.annotation_id AND an.status = 'anchored'
         JOIN search_clauses s ON s.clause_id = an.clause_id
        WHERE t.name_key = ?`,
    )
      .pluck()
      .all(tagName.normalize('NFC').trim().toLowerCase()) as number[];
  }

  /** Rowids of indexed clauses with an anchored annotation (only those with a note, when `withNote`). */
  rowidsAnnotated(withNote: boolean): number[] {
    return prepared(
      this.db,
      `SELECT DISTINCT s.rowid FROM annotation_anchors an
         JOIN user_annotations a ON a.id = an.annotation_id
         JOIN search_clauses s ON s.clause_id = an.clause_id
        WHERE an.status = 'anchored' AND (? = 0 OR a.note != '')`,
    )
      .pluck()
      .all(withNote ? 1 : 0) as number[];
  }

  /** Every note on an anchored annotation, with the indexed clause it sits in. */
  notes(): { rowid: number; note: string }[] {
    return prepared(
      this.db,
      `SELECT s.rowid, a.note FROM annotation_anchors an
         JOIN user_annotations a ON a.id = an.annotation_id
         JOIN search_clauses s ON s.clause_id = an.clause_id
        WHERE an.status = 'anchored' AND a.note != '' ORDER BY s.rowid`,
    ).all() as { rowid: number; note: string }[];
  }
}
