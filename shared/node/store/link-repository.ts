// The derived link graph: the automatic links a refresh writes, and the reads of it for the review and the
// cross-reference views (links touching clauses, citations of quoted clauses, provision titles and official texts,
// the edition date of a statute held in the corpus).
import type { Database } from 'better-sqlite3';
import type { LinkKind } from '../../core/api/dto.js';
import { CITATION_COLUMNS, type CitationRow } from './citation-repository.js';
import { prepared } from './statements.js';

export interface LinkRow {
  from_clause: string;
  kind: LinkKind;
  to_key: string | null;
  to_clause: string | null;
  score: number;
  confident: number;
  evidence: string;
}

/** A link row with its id (the order it was computed in). */
export interface StoredLinkRow extends LinkRow {
  id: number;
}

/** An automatic link as a refresh writes it (score clamped, evidence as JSON, by the caller). */
export interface NewAutoLink {
  from: string;
  kind: LinkKind;
  toKey: string | null;
  toClause: string | null;
  score: number;
  confident: boolean;
  /** JSON: { evidence, quoted }. */
  evidence: string;
}

export class LinkRepository {
  constructor(private readonly db: Database) {}

  /** The automatic links from or to any of these clauses, in the order they were computed. */
  touching(clauseIds: readonly string[]): LinkRow[] {
    return prepared(
      this.db,
      `SELECT from_clause, kind, to_key, to_clause, score, confident, evidence FROM links
       WHERE from_clause IN (SELECT value FROM json_each(@ids)) OR to_clause IN (SELECT value FROM json_each(@ids)) ORDER BY id`,
    ).all({ ids: JSON.stringify(clauseIds) }) as LinkRow[];
  }

  /** The citations stored for these clauses, by clause and position. */
  citationsOf(clauseIds: readonly string[]): CitationRow[] {
    return prepared(this.db, `SELECT ${CITATION_COLUMNS} FROM citations WHERE clause_id IN (SELECT value FROM json_each(?)) ORDER BY clause_id, start`).all(
      JSON.stringify(clauseIds),
    ) as CitationRow[];
  }

  /** The article's own title where the statute is in the corpus, else null. */
  provisionTitle(key: string): string | null {
    return (prepared(this.db, 'SELECT title FROM provisions WHERE key = ?').pluck().get(key) as string | null | undefined) ?? null;
  }

  /** The statute clauses holding a provision's official text, in reading order. */
  officialTextIds(key: string): string[] {
    return prepared(this.db, 'SELECT t.clause_id FROM provision_text t JOIN clauses c ON c.id = t.clause_id WHERE t.key = ? ORDER BY c.doc_id, c.seq')
      .pluck()
      .all(key) as string[];
  }

  /** The provision each of these statute clauses holds the text of, the most specific one (art1252/5 → :1252/5, not :1252). */
  provisionsHeldBy(clauseIds: readonly string[]): Map<string, string> {
    const held = new Map<string, string>();
    if (clauseIds.length === 0) return held;
    const rows = prepared(this.db, 'SELECT clause_id AS clause, key FROM provision_text WHERE clause_id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...new Set(clauseIds)])) as { clause: string; key: string }[];
    for (const r of rows) if ((held.get(r.clause)?.length ?? 0) < r.key.length) held.set(r.clause, r.key);
    return held;
  }

  /** The date of the latest statute text held for an instrument (the manifest's edition date), or null. */
  statuteEdition(instrument: string): string | null {
    return (
      (prepared(this.db, "SELECT date FROM documents WHERE instrument = ? AND kind = 'statute' ORDER BY date DESC LIMIT 1").pluck().get(instrument) as
        | string
        | null
        | undefined) ?? null
    );
  }

  /** The links from or to a clause that are not rejected, best first; uncertain ones only when `all`. */
  ofClause(clauseId: string, all: boolean): StoredLinkRow[] {
    return prepared(
      this.db,
      `SELECT id, from_clause, kind, to_key, to_clause, score, confident, evidence FROM links
         WHERE (from_clause = @id OR to_clause = @id) AND status != 'rejected' AND (@all = 1 OR confident = 1)
         ORDER BY score DESC`,
    ).all({ id: clauseId, all: all ? 1 : 0 }) as StoredLinkRow[];
  }

  /** The links from or to a clause that are not rejected (unordered: a trace ranks them). */
  notRejectedOf(clauseId: string): StoredLinkRow[] {
    return prepared(
      this.db,
      `SELECT id, from_clause, kind, to_key, to_clause, score, confident, evidence FROM links
         WHERE (from_clause = @id OR to_clause = @id) AND status != 'rejected'`,
    ).all({ id: clauseId }) as StoredLinkRow[];
  }

  /** The clauses with a concerns link to provision `key` that is not rejected, each with its best score, best first. */
  concerning(key: string): { from_clause: string; score: number; confident: number }[] {
    return prepared(
      this.db,
      `SELECT from_clause, MAX(score) AS score, MAX(confident) AS confident FROM links
         WHERE to_key = ? AND kind = 'concerns' AND status != 'rejected' GROUP BY from_clause ORDER BY score DESC`,
    ).all(key) as { from_clause: string; score: number; confident: number }[];
  }

  /** Removes every automatic link (user-made ones stay; the caller holds the transaction). */
  deleteAutomatic(): void {
    prepared(this.db, "DELETE FROM links WHERE origin = 'auto'").run();
  }

  /** Writes an automatic link, proposed, made at `now`. */
  insertAutomatic(link: NewAutoLink, now: string): void {
    prepared(
      this.db,
      `INSERT INTO links (from_clause, kind, to_key, to_clause, score, confident, evidence, origin, status, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'auto', 'proposed', ?)`,
    ).run(link.from, link.kind, link.toKey, link.toClause, link.score, link.confident ? 1 : 0, link.evidence, now);
  }
}
