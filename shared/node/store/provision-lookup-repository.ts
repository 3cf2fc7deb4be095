// Provision lookups for search: statutes, clauses at a path, a provision's own text and the citations of it (rowids of search_clauses).
import type { Database } from 'better-sqlite3';
import { keyOrBelow } from '../crossref/key-range.js';
import { prepared } from './statements.js';

export interface StatuteDocument {
  id: string;
  instrument: string | null;
}

/** A citation of a provision in an indexed clause: the clause's rowid and the citation's span in its text. */
export interface CitationRow {
  rowid: number;
  start: number;
  end: number;
}

const CITED = `SELECT 1 FROM citations WHERE ${keyOrBelow('key', '@key')} LIMIT 1`;
const TEXT_BY_KEY = `SELECT s.rowid FROM provision_text p JOIN search_clauses s ON s.clause_id = p.clause_id
      WHERE ${keyOrBelow('p.key', '@key')}`;
const TEXT_BY_PATH = `SELECT s.rowid FROM clauses c JOIN search_clauses s ON s.clause_id = c.id
      WHERE c.doc_id = @doc AND ${keyOrBelow('c.path', '@path')}`;
const CITATIONS = `SELECT s.rowid AS rowid, ci.start AS start, ci.end AS end FROM citations ci
       JOIN search_clauses s ON s.clause_id = ci.clause_id
       JOIN clauses c ON c.id = ci.clause_id JOIN documents d ON d.id = c.doc_id
      WHERE ${keyOrBelow('ci.key', '@key')}
      ORDER BY d.rowid, c.seq, ci.start`;

export class ProvisionLookupRepository {
  constructor(private readonly db: Database) {}

  statuteDocuments(): StatuteDocument[] {
    return prepared(this.db, "SELECT id, instrument FROM documents WHERE kind = 'statute'").all() as StatuteDocument[];
  }

  /** Whether a document has the clause at `path` (index lookup on (doc_id, path)). */
  hasClauseAtPath(docId: string, path: string): boolean {
    return prepared(this.db, 'SELECT 1 FROM clauses WHERE doc_id = ? AND path = ?').get(docId, path) !== undefined;
  }

  /** Whether any citation names the provision `key` or a part of it. */
  isCited(key: string): boolean {
    return Boolean(prepared(this.db, CITED).get({ key }));
  }

  /** Rowids of the clauses holding the text of provision `key` or its parts. */
  provisionTextRowids(key: string): number[] {
    return prepared(this.db, TEXT_BY_KEY).pluck().all({ key }) as number[];
  }

  /** Rowids of a document's clauses at `path` or below it. */
  pathRowids(docId: string, path: string): number[] {
    return prepared(this.db, TEXT_BY_PATH).pluck().all({ doc: docId, path }) as number[];
  }

  /** The rowids in reading order (document import order, then clause order). */
  inReadingOrder(rowids: readonly number[]): number[] {
    return prepared(
      this.db,
      `SELECT s.rowid FROM search_clauses s JOIN clauses c ON c.id = s.clause_id JOIN documents d ON d.id = c.doc_id
        WHERE s.rowid IN (SELECT value FROM json_each(?)) ORDER BY d.rowid, c.seq`,
    )
      .pluck()
      .all(JSON.stringify(rowids)) as number[];
  }

  /** Citations of provision `key` or its parts in indexed clauses, in reading order. */
  citationsOf(key: string): CitationRow[] {
    return prepared(this.db, CITATIONS).all({ key }) as CitationRow[];
  }
}
