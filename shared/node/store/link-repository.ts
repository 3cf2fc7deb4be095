// Reads of the derived link graph for the review: links touching clauses, citations of quoted clauses, provision
// titles and official texts, and the edition date of a statute held in the corpus.
import type { Database } from 'better-sqlite3';
import type { LinkKind } from '../../core/api/dto.js';
import { CITATION_COLUMNS, type CitationRow } from '../crossref/citation-rows.js';
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

  /** The date of the latest statute text held for an instrument (the manifest's edition date), or null. */
  statuteEdition(instrument: string): string | null {
    return (
      (prepared(this.db, "SELECT date FROM documents WHERE instrument = ? AND kind = 'statute' ORDER BY date DESC LIMIT 1").pluck().get(instrument) as
        | string
        | null
        | undefined) ?? null
    );
  }
}
