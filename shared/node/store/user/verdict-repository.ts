// The user's verdicts on inferred links: stored as made (clause ids and texts then), read where they apply today.
import type { Database } from 'better-sqlite3';
import type { LinkKind } from '../../../core/api/dto.js';
import type { Placement } from '../../../core/review/clause-placement.js';
import { prepared } from '../statements.js';

export type Verdict = 'confirmed' | 'rejected';

/** A verdict as stored: the link's identity as it was when the verdict was made, with its clauses' texts then. */
export interface VerdictRecord {
  id: string;
  fromClause: string;
  /** The from clause's text when the verdict was made ('' in records restored from before texts were kept). */
  fromText?: string;
  kind: LinkKind;
  /** A provision key, or the quoted clause's id. */
  target: string;
  /** The quoted clause's text then (quotations only). */
  targetText?: string | null;
  verdict: Verdict;
  reason: string;
  created: string;
  modified: string;
}

/** A verdict where it applies today: `fromClause` and `target` are today's clause ids (null: detached). */
export interface PlacedVerdict {
  id: string;
  fromClause: string;
  kind: LinkKind;
  target: string;
  verdict: Verdict;
  reason: string;
  created: string;
  modified: string;
  placement: Placement;
  stored: VerdictRecord;
}

/** A verdict whose clause is not in today's documents. */
export interface DetachedVerdict {
  placement: Placement;
  stored: VerdictRecord;
}

interface PlacedRow {
  id: string;
  from_clause: string;
  from_text: string;
  kind: LinkKind;
  target: string;
  target_text: string | null;
  verdict: Verdict;
  reason: string;
  created: string;
  modified: string;
  at_from: string | null;
  at_target: string | null;
  placement: Placement;
}

const STORED_COLUMNS = 'id, from_clause, from_text, kind, target, target_text, verdict, reason, created, modified';
const PLACED_COLUMNS = `${STORED_COLUMNS}, at_from, at_target, placement`;

function stored(row: PlacedRow): VerdictRecord {
  return {
    id: row.id,
    fromClause: row.from_clause,
    fromText: row.from_text,
    kind: row.kind,
    target: row.target,
    targetText: row.target_text,
    verdict: row.verdict,
    reason: row.reason,
    created: row.created,
    modified: row.modified,
  };
}

function placed(row: PlacedRow): PlacedVerdict {
  return {
    id: row.id,
    fromClause: row.at_from!,
    kind: row.kind,
    target: row.at_target!,
    verdict: row.verdict,
    reason: row.reason,
    created: row.created,
    modified: row.modified,
    placement: row.placement,
    stored: stored(row),
  };
}

export class VerdictRepository {
  constructor(private readonly db: Database) {}

  /** A verdict as stored (the undo journal's view). */
  get(id: string): VerdictRecord | undefined {
    const row = prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM placed_link_verdicts WHERE id = ?`).get(id) as PlacedRow | undefined;
    return row ? stored(row) : undefined;
  }

  /** The verdict in force today on a link identity (today's clause ids). */
  find(fromClause: string, kind: LinkKind, target: string): PlacedVerdict | undefined {
    const row = prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM effective_link_verdicts WHERE at_from = ? AND kind = ? AND at_target = ?`).get(fromClause, kind, target) as
      | PlacedRow
      | undefined;
    return row ? placed(row) : undefined;
  }

  /** Every stored verdict that lands on a link identity today, the one in force first (others were made on other versions). */
  allAt(fromClause: string, kind: LinkKind, target: string): PlacedVerdict[] {
    return (
      prepared(
        this.db,
        `SELECT ${PLACED_COLUMNS} FROM placed_link_verdicts WHERE at_from = ? AND kind = ? AND at_target = ? ORDER BY modified DESC, id DESC`,
      ).all(fromClause, kind, target) as PlacedRow[]
    ).map(placed);
  }

  /** Verdicts in force on links from these clauses, or (quotations) to them. */
  touching(clauseIds: readonly string[]): PlacedVerdict[] {
    return (
      prepared(
        this.db,
        `SELECT ${PLACED_COLUMNS} FROM effective_link_verdicts
         WHERE at_from IN (SELECT value FROM json_each(@ids)) OR at_target IN (SELECT value FROM json_each(@ids))
         ORDER BY at_from, kind, at_target`,
      ).all({ ids: JSON.stringify(clauseIds) }) as PlacedRow[]
    ).map(placed);
  }

  /** Verdicts in force on links to a provision key. */
  toTarget(target: string): PlacedVerdict[] {
    return (prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM effective_link_verdicts WHERE at_target = ? ORDER BY at_from, kind`).all(target) as PlacedRow[]).map(placed);
  }

  /** Every verdict in force today. */
  all(): PlacedVerdict[] {
    return (prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM effective_link_verdicts ORDER BY at_from, kind, at_target`).all() as PlacedRow[]).map(placed);
  }

  /** Verdicts whose clause (or quoted clause) is not in today's documents: kept, shown to the user, never applied. */
  detached(): DetachedVerdict[] {
    return (
      prepared(this.db, `SELECT ${PLACED_COLUMNS} FROM placed_link_verdicts WHERE at_from IS NULL OR at_target IS NULL ORDER BY from_clause, kind, target`).all() as PlacedRow[]
    ).map((row) => ({ placement: row.placement, stored: stored(row) }));
  }

  /** Verdicts stored on clauses of one document (by the ids they were made on), for placing them after an import. */
  recordedIn(docId: string): VerdictRecord[] {
    const prefix = `${docId}/`;
    return (
      prepared(
        this.db,
        `SELECT ${PLACED_COLUMNS} FROM placed_link_verdicts
         WHERE substr(from_clause, 1, length(@prefix)) = @prefix OR (kind = 'quotes' AND substr(target, 1, length(@prefix)) = @prefix)`,
      ).all({ prefix }) as PlacedRow[]
    ).map(stored);
  }

  /** Inserts or replaces a verdict exactly as given. */
  put(record: VerdictRecord): void {
    prepared(
      this.db,
      `INSERT INTO user_link_verdicts (${STORED_COLUMNS}) VALUES (@id, @fromClause, @fromText, @kind, @target, @targetText, @verdict, @reason, @created, @modified)
       ON CONFLICT (id) DO UPDATE SET from_clause = excluded.from_clause, from_text = excluded.from_text, kind = excluded.kind, target = excluded.target,
         target_text = excluded.target_text, verdict = excluded.verdict, reason = excluded.reason, created = excluded.created, modified = excluded.modified`,
    ).run({ ...record, fromText: record.fromText ?? '', targetText: record.targetText ?? null });
  }

  delete(id: string): boolean {
    prepared(this.db, `DELETE FROM review_placements WHERE record = 'verdict' AND id = ?`).run(id);
    return prepared(this.db, 'DELETE FROM user_link_verdicts WHERE id = ?').run(id).changes > 0;
  }
}
