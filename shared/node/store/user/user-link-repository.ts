// Links a lawyer made by hand, from a clause to a provision key or a clause, with a note: user data.
import type { Database } from 'better-sqlite3';
import { prepared } from '../statements.js';

export interface UserLinkRecord {
  id: string;
  fromClause: string;
  targetKey: string | null;
  targetClause: string | null;
  note: string;
  created: string;
  modified: string;
}

interface UserLinkRow {
  id: string;
  from_clause: string;
  target_key: string | null;
  target_clause: string | null;
  note: string;
  created: string;
  modified: string;
}

const COLUMNS = 'id, from_clause, target_key, target_clause, note, created, modified';

function toRecord(row: UserLinkRow): UserLinkRecord {
  return { id: row.id, fromClause: row.from_clause, targetKey: row.target_key, targetClause: row.target_clause, note: row.note, created: row.created, modified: row.modified };
}

export class UserLinkRepository {
  constructor(private readonly db: Database) {}

  get(id: string): UserLinkRecord | undefined {
    const row = prepared(this.db, `SELECT ${COLUMNS} FROM user_links WHERE id = ?`).get(id) as UserLinkRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** The hand-made link from a clause to a provision key or a clause, if any. */
  find(fromClause: string, target: { key: string } | { clause: string }): UserLinkRecord | undefined {
    const row = (
      'key' in target
        ? prepared(this.db, `SELECT ${COLUMNS} FROM user_links WHERE from_clause = ? AND target_key = ?`).get(fromClause, target.key)
        : prepared(this.db, `SELECT ${COLUMNS} FROM user_links WHERE from_clause = ? AND target_clause = ?`).get(fromClause, target.clause)
    ) as UserLinkRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** Hand-made links from these clauses or to them. */
  touching(clauseIds: readonly string[]): UserLinkRecord[] {
    return (
      prepared(
        this.db,
        `SELECT ${COLUMNS} FROM user_links WHERE from_clause IN (SELECT value FROM json_each(@ids)) OR target_clause IN (SELECT value FROM json_each(@ids))
         ORDER BY from_clause, created, id`,
      ).all({ ids: JSON.stringify(clauseIds) }) as UserLinkRow[]
    ).map(toRecord);
  }

  toKey(key: string): UserLinkRecord[] {
    return (prepared(this.db, `SELECT ${COLUMNS} FROM user_links WHERE target_key = ? ORDER BY from_clause, created, id`).all(key) as UserLinkRow[]).map(toRecord);
  }

  all(): UserLinkRecord[] {
    return (prepared(this.db, `SELECT ${COLUMNS} FROM user_links ORDER BY from_clause, created, id`).all() as UserLinkRow[]).map(toRecord);
  }

  put(record: UserLinkRecord): void {
    prepared(
      this.db,
      `INSERT INTO user_links (${COLUMNS}) VALUES (@id, @fromClause, @targetKey, @targetClause, @note, @created, @modified)
       ON CONFLICT (id) DO UPDATE SET from_clause = excluded.from_clause, target_key = excluded.target_key, target_clause = excluded.target_clause,
         note = excluded.note, created = excluded.created, modified = excluded.modified`,
    ).run(record);
  }

  delete(id: string): boolean {
    return prepared(this.db, 'DELETE FROM user_links WHERE id = ?').run(id).changes > 0;
  }
}
