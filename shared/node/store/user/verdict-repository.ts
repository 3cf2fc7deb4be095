// The user's verdicts on inferred links, keyed by the link's identity (from clause, kind, target): user data.
import type { Database } from 'better-sqlite3';
import type { LinkKind } from '../../../core/api/dto.js';
import { prepared } from '../statements.js';

export type Verdict = 'confirmed' | 'rejected';

export interface VerdictRecord {
  id: string;
  fromClause: string;
  kind: LinkKind;
  /** A provision key, or the quoted clause's id. */
  target: string;
  verdict: Verdict;
  reason: string;
  created: string;
  modified: string;
}

interface VerdictRow {
  id: string;
  from_clause: string;
  kind: LinkKind;
  target: string;
  verdict: Verdict;
  reason: string;
  created: string;
  modified: string;
}

const COLUMNS = 'id, from_clause, kind, target, verdict, reason, created, modified';

function toRecord(row: VerdictRow): VerdictRecord {
  return { id: row.id, fromClause: row.from_clause, kind: row.kind, target: row.target, verdict: row.verdict, reason: row.reason, created: row.created, modified: row.modified };
}

export class VerdictRepository {
  constructor(private readonly db: Database) {}

  get(id: string): VerdictRecord | undefined {
    const row = prepared(this.db, `SELECT ${COLUMNS} FROM user_link_verdicts WHERE id = ?`).get(id) as VerdictRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  find(fromClause: string, kind: LinkKind, target: string): VerdictRecord | undefined {
    const row = prepared(this.db, `SELECT ${COLUMNS} FROM user_link_verdicts WHERE from_clause = ? AND kind = ? AND target = ?`).get(fromClause, kind, target) as
      | VerdictRow
      | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** Verdicts on links from these clauses, or (quotations) to them. */
  touching(clauseIds: readonly string[]): VerdictRecord[] {
    return (
      prepared(
        this.db,
        `SELECT ${COLUMNS} FROM user_link_verdicts WHERE from_clause IN (SELECT value FROM json_each(@ids)) OR target IN (SELECT value FROM json_each(@ids))
         ORDER BY from_clause, kind, target`,
      ).all({ ids: JSON.stringify(clauseIds) }) as VerdictRow[]
    ).map(toRecord);
  }

  /** Verdicts on links to a provision key. */
  toTarget(target: string): VerdictRecord[] {
    return (prepared(this.db, `SELECT ${COLUMNS} FROM user_link_verdicts WHERE target = ? ORDER BY from_clause, kind`).all(target) as VerdictRow[]).map(toRecord);
  }

  all(): VerdictRecord[] {
    return (prepared(this.db, `SELECT ${COLUMNS} FROM user_link_verdicts ORDER BY from_clause, kind, target`).all() as VerdictRow[]).map(toRecord);
  }

  /** Inserts or replaces a verdict exactly as given (its identity is unique). */
  put(record: VerdictRecord): void {
    prepared(
      this.db,
      `INSERT INTO user_link_verdicts (${COLUMNS}) VALUES (@id, @fromClause, @kind, @target, @verdict, @reason, @created, @modified)
       ON CONFLICT (id) DO UPDATE SET from_clause = excluded.from_clause, kind = excluded.kind, target = excluded.target,
         verdict = excluded.verdict, reason = excluded.reason, created = excluded.created, modified = excluded.modified`,
    ).run(record);
  }

  delete(id: string): boolean {
    return prepared(this.db, 'DELETE FROM user_link_verdicts WHERE id = ?').run(id).changes > 0;
  }
}
