// Links a lawyer made by hand, from a clause to a provision key or a clause: stored as made, read where they apply today.
import type { Database } from 'better-sqlite3';
import type { Placement } from '../../../core/review/clause-placement.js';
import { prepared } from '../statements.js';

/** A hand-made link as stored: clause ids as they were when it was made, with the clauses' texts then. */
export interface UserLinkRecord {
  id: string;
  fromClause: string;
  /** The from clause's text when the link was made ('' in records restored from before texts were kept). */
  fromText?: string;
  targetKey: string | null;
  targetClause: string | null;
  /** The target clause's text then (clause targets only). */
  targetText?: string | null;
  note: string;
  created: string;
  modified: string;
}

/** A hand-made link where it applies today: `fromClause` and `targetClause` are today's clause ids. */
export interface PlacedUserLink {
  id: string;
  fromClause: string;
  targetKey: string | null;
  targetClause: string | null;
  note: string;
  created: string;
  modified: string;
  placement: Placement;
  stored: UserLinkRecord;
}

/** A hand-made link whose clause (or target clause) is not in today's documents. */
export interface DetachedUserLink {
  placement: Placement;
  stored: UserLinkRecord;
}

interface PlacedRow {
  id: string;
  from_clause: string;
  from_text: string;
  target_key: string | null;
  target_clause: string | null;
  target_text: string | null;
  note: string;
  created: string;
  modified: string;
  at_from: string | null;
  at_target_clause: string | null;
  placement: Placement;
}

const STORED_COLUMNS = 'id, from_clause, from_text, target_key, target_clause, target_text, note, created, modified';
const PLACED_COLUMNS = `${STORED_COLUMNS}, at_from, at_target_clause, placement`;

function stored(row: PlacedRow): UserLinkRecord {
  return {
    id: row.id,
    fromClause: row.from_clause,
    fromText: row.from_text,
    targetKey: row.target_key,
    targetClause: row.target_clause,
    targetText: row.target_text,
    note: row.note,
    created: row.created,
    modified: row.modified,
  };
}

function placed(row: PlacedRow): PlacedUserLink {
  return {
    id: row.id,
    fromClause: row.at_from!,
    targetKey: row.target_key,
    targetClause: row.at_target_clause,
    note: row.note,
    created: row.created,
    modified: row.modified,
    placement: row.placement,
    stored: stored(row),
  };
}

export class UserLinkRepository {
  constructor(private readonly db: Database) {}

  /** A hand-made link as stored (the undo journal's view). */
  get(id: string): UserLinkRecord | undefined {
    const row = prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM placed_user_links WHERE id = ?`).get(id) as PlacedRow | undefined;
    return row ? stored(row) : undefined;
  }

  /** A hand-made link where it applies today, detached or not. */
  placed(id: string): PlacedUserLink | DetachedUserLink | undefined {
    const row = prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM placed_user_links WHERE id = ?`).get(id) as PlacedRow | undefined;
    if (!row) return undefined;
    return row.at_from === null || (row.target_clause !== null && row.at_target_clause === null) ? { placement: row.placement, stored: stored(row) } : placed(row);
  }

  /** The hand-made link in force today from a clause to a provision key or a clause (today's ids), if any. */
  find(fromClause: string, target: { key: string } | { clause: string }): PlacedUserLink | undefined {
    const row = (
      'key' in target
        ? prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM effective_user_links WHERE at_from = ? AND target_key = ?`).get(fromClause, target.key)
        : prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM effective_user_links WHERE at_from = ? AND at_target_clause = ?`).get(fromClause, target.clause)
    ) as PlacedRow | undefined;
    return row ? placed(row) : undefined;
  }

  /** Every stored hand-made link that lands on one link today (today's ids), the one in force first. */
  allAt(fromClause: string, target: { key: string } | { clause: string }): PlacedUserLink[] {
    return (
      'key' in target
        ? prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM placed_user_links WHERE at_from = ? AND target_key = ? ORDER BY modified DESC, id DESC`).all(fromClause, target.key)
        : prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM placed_user_links WHERE at_from = ? AND at_target_clause = ? ORDER BY modified DESC, id DESC`).all(fromClause, target.clause)
    ).map((row) => placed(row as PlacedRow));
  }

  /** Hand-made links in force from these clauses or to them. */
  touching(clauseIds: readonly string[]): PlacedUserLink[] {
    return (
      prepared(
        this.db,
        `SELECT ${PLACED_COLUMNS} FROM effective_user_links
         WHERE at_from IN (SELECT value FROM json_each(@ids)) OR at_target_clause IN (SELECT value FROM json_each(@ids))
         ORDER BY at_from, created, id`,
      ).all({ ids: JSON.stringify(clauseIds) }) as PlacedRow[]
    ).map(placed);
  }

  toKey(key: string): PlacedUserLink[] {
    return (prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM effective_user_links WHERE target_key = ? ORDER BY at_from, created, id`).all(key) as PlacedRow[]).map(placed);
  }

  /** Every hand-made link in force today. */
  all(): PlacedUserLink[] {
    return (prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM effective_user_links ORDER BY at_from, created, id`).all() as PlacedRow[]).map(placed);
  }

  /** Hand-made links whose clause (or target clause) is not in today's documents: kept, shown, never applied. */
  detached(): DetachedUserLink[] {
    return (
      prepared(
        this.db,
        `SELECT ${PLACED_COLUMNS} FROM placed_user_links WHERE at_from IS NULL OR (target_clause IS NOT NULL AND at_target_clause IS NULL) ORDER BY from_clause, created, id`,
      ).all() as PlacedRow[]
    ).map((row) => ({ placement: row.placement, stored: stored(row) }));
  }

  /** Hand-made links stored on clauses of one document (by the ids they were made on), for placing them after an import. */
  recordedIn(docId: string): UserLinkRecord[] {
    const prefix = `${docId}/`;
    return (
      prepared(
        this.db,
        `SELECT ${PLACED_COLUMNS} FROM placed_user_links
         WHERE substr(from_clause, 1, length(@prefix)) = @prefix OR substr(COALESCE(target_clause, ''), 1, length(@prefix)) = @prefix`,
      ).all({ prefix }) as PlacedRow[]
    ).map(stored);
  }

  put(record: UserLinkRecord): void {
    prepared(
      this.db,
      `INSERT INTO user_links (${STORED_COLUMNS}) VALUES (@id, @fromClause, @fromText, @targetKey, @targetClause, @targetText, @note, @created, @modified)
       ON CONFLICT (id) DO UPDATE SET from_clause = excluded.from_clause, from_text = excluded.from_text, target_key = excluded.target_key,
         target_clause = excluded.target_clause, target_text = excluded.target_text, note = excluded.note, created = excluded.created, modified = excluded.modified`,
    ).run({ ...record, fromText: record.fromText ?? '', targetText: record.targetText ?? null });
  }

  delete(id: string): boolean {
    prepared(this.db, `DELETE FROM review_placements WHERE record = 'link' AND id = ?`).run(id);
    return prepared(this.db, 'DELETE FROM user_links WHERE id = ?').run(id).changes > 0;
  }
}
