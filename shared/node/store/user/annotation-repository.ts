// The user's annotations and their targets (stored selectors): user data, written only by the user's actions.
import type { Database } from 'better-sqlite3';
import type { AnnotationRecord, AnnotationTarget } from '../../../core/annotations/types.js';
import { prepared } from '../statements.js';

/** An annotation as stored: its tags by tag id (names live in user_tags, so a rename is one row). */
export interface StoredAnnotation extends Omit<AnnotationRecord, 'tags'> {
  tagIds: string[];
}

interface AnnotationRow {
  id: string;
  note: string;
  creator: string;
  created: string;
  modified: string;
}

interface TargetRow {
  annotation_id: string;
  ordinal: number;
  doc_id: string;
  doc_hash: string;
  clause_id: string;
  exact: string;
  prefix: string;
  suffix: string;
  clause_start: number;
  clause_end: number;
  doc_start: number;
  doc_end: number;
}

function toTarget(row: TargetRow): AnnotationTarget {
  return {
    docId: row.doc_id,
    docHash: row.doc_hash,
    clauseId: row.clause_id,
    quote: { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    clause: { type: 'TextPositionSelector', start: row.clause_start, end: row.clause_end },
    document: { type: 'TextPositionSelector', start: row.doc_start, end: row.doc_end },
  };
}

/** Filters for listing annotation ids; each narrows the list. */
export interface AnnotationFilter {
  /** Targets selected in the document, or anchored in it today. */
  doc?: string;
  /** Anchored in (or, for orphans, selected in) the clause. */
  clause?: string;
  /** Anchored in one of these clauses. */
  clauses?: readonly string[];
  tagId?: string;
}

export class AnnotationRepository {
  constructor(private readonly db: Database) {}

  get(id: string): StoredAnnotation | undefined {
    const row = prepared(this.db, 'SELECT id, note, creator, created, modified FROM user_annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
    if (!row) return undefined;
    const targets = (prepared(this.db, 'SELECT * FROM user_annotation_targets WHERE annotation_id = ? ORDER BY ordinal').all(id) as TargetRow[]).map(toTarget);
    const tagIds = prepared(this.db, 'SELECT tag_id FROM user_annotation_tags WHERE annotation_id = ? ORDER BY position').pluck().all(id) as string[];
    return { id: row.id, note: row.note, creator: row.creator, created: row.created, modified: row.modified, targets, tagIds };
  }

  /** Inserts or replaces an annotation with exactly these targets and tags (the caller re-anchors it). */
  put(annotation: StoredAnnotation): void {
    prepared(
      this.db,
      `INSERT INTO user_annotations (id, note, creator, created, modified) VALUES (@id, @note, @creator, @created, @modified)
       ON CONFLICT (id) DO UPDATE SET note = excluded.note, creator = excluded.creator, created = excluded.created, modified = excluded.modified`,
    ).run({ id: annotation.id, note: annotation.note, creator: annotation.creator, created: annotation.created, modified: annotation.modified });
    prepared(this.db, 'DELETE FROM user_annotation_targets WHERE annotation_id = ?').run(annotation.id);
    prepared(this.db, 'DELETE FROM user_annotation_tags WHERE annotation_id = ?').run(annotation.id);
    const insertTarget = prepared(
      this.db,
      `INSERT INTO user_annotation_targets (annotation_id, ordinal, doc_id, doc_hash, clause_id, exact, prefix, suffix, clause_start, clause_end, doc_start, doc_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    annotation.targets.forEach((t, ordinal) =>
      insertTarget.run(annotation.id, ordinal, t.docId, t.docHash, t.clauseId, t.quote.exact, t.quote.prefix, t.quote.suffix, t.clause.start, t.clause.end, t.document.start, t.document.end),
    );
    const insertTag = prepared(this.db, 'INSERT OR IGNORE INTO user_annotation_tags (annotation_id, tag_id, position) VALUES (?, ?, ?)');
    annotation.tagIds.forEach((tagId, position) => insertTag.run(annotation.id, tagId, position));
  }

  delete(id: string): boolean {
    return prepared(this.db, 'DELETE FROM user_annotations WHERE id = ?').run(id).changes > 0;
  }

  count(): number {
    return prepared(this.db, 'SELECT COUNT(*) FROM user_annotations').pluck().get() as number;
  }

  allIds(): string[] {
    return prepared(this.db, 'SELECT id FROM user_annotations ORDER BY created, id').pluck().all() as string[];
  }

  /** Ids of annotations matching every filter given (unordered). */
  findIds(filter: AnnotationFilter): string[] {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.doc !== undefined) {
      where.push(`a.id IN (SELECT annotation_id FROM user_annotation_targets WHERE doc_id = @doc
        UNION SELECT an.annotation_id FROM annotation_anchors an JOIN clauses c ON c.id = an.clause_id WHERE c.doc_id = @doc)`);
      params.doc = filter.doc;
    }
    if (filter.clause !== undefined) {
      where.push(`a.id IN (SELECT annotation_id FROM annotation_anchors WHERE clause_id = @clause
        UNION SELECT t.annotation_id FROM user_annotation_targets t JOIN annotation_anchors an USING (annotation_id, ordinal)
          WHERE t.clause_id = @clause AND an.status = 'orphaned')`);
      params.clause = filter.clause;
    }
    if (filter.clauses !== undefined) {
      where.push("a.id IN (SELECT annotation_id FROM annotation_anchors WHERE status = 'anchored' AND clause_id IN (SELECT value FROM json_each(@clauses)))");
      params.clauses = JSON.stringify(filter.clauses);
    }
    if (filter.tagId !== undefined) {
      where.push('a.id IN (SELECT annotation_id FROM user_annotation_tags WHERE tag_id = @tagId)');
      params.tagId = filter.tagId;
    }
    const sql = `SELECT a.id FROM user_annotations a${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    return this.db.prepare(sql).pluck().all(params) as string[];
  }

  /** Every stored target selected in a document, for re-anchoring after it changed. */
  targetsOfDocument(docId: string): { annotationId: string; ordinal: number; target: AnnotationTarget }[] {
    return (prepared(this.db, 'SELECT * FROM user_annotation_targets WHERE doc_id = ? ORDER BY annotation_id, ordinal').all(docId) as TargetRow[]).map((row) => ({
      annotationId: row.annotation_id,
      ordinal: row.ordinal,
      target: toTarget(row),
    }));
  }
}
