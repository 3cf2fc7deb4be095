// Stored citations: written at import (and re-extraction), read back per clause, per document, per provision key.
import type { Database } from 'better-sqlite3';
import type { CitationDto } from '../../core/api/dto.js';
import { keyOrBelow } from '../crossref/key-range.js';
import { prepared } from './statements.js';

/** What a citation is written with: its key, its parts, and its span in the clause it sits in. */
export interface NewCitation {
  key: string;
  instrument: string;
  article: string | null;
  part: string | null;
  text: string;
  start: number;
  end: number;
}

/** A stored citation, as its columns (see citationFromRow in crossref/citation-rows.ts for the core's Citation). */
export interface CitationRow extends NewCitation {
  clause_id: string;
}

export const CITATION_COLUMNS = 'clause_id, key, instrument, article, part, text, start, end';

/** Where a citation sits (clause, key and span): what tells whether a re-extraction changed anything. */
export interface CitationSpan {
  clause_id: string;
  key: string;
  start: number;
  end: number;
}

export class CitationRepository {
  constructor(private readonly db: Database) {}

  /** Stores one citation of a clause (the caller holds the transaction). */
  insert(clauseId: string, c: NewCitation): void {
    prepared(
      this.db,
      `INSERT INTO citations (clause_id, key, instrument, article, part, text, start, end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(clauseId, c.key, c.instrument, c.article, c.part, c.text, c.start, c.end);
  }

  /** Removes every stored citation (before a re-extraction; the caller holds the transaction). */
  deleteAll(): void {
    prepared(this.db, 'DELETE FROM citations').run();
  }

  /** Every citation's clause, key and span (unordered). */
  spans(): CitationSpan[] {
    return prepared(this.db, 'SELECT clause_id, key, start, end FROM citations').all() as CitationSpan[];
  }

  /** The citations stored for one clause, in text order. */
  ofClause(clauseId: string): CitationRow[] {
    return prepared(this.db, `SELECT ${CITATION_COLUMNS} FROM citations WHERE clause_id = ? ORDER BY start`).all(clauseId) as CitationRow[];
  }

  /** Every stored citation, by clause and position, read one at a time. */
  iterateAll(): IterableIterator<CitationRow> {
    return prepared(this.db, `SELECT ${CITATION_COLUMNS} FROM citations ORDER BY clause_id, start`).iterate() as IterableIterator<CitationRow>;
  }

  /** The citations of one document, or of all (`doc` undefined), as DTOs in reading order. */
  listDtos(doc?: string): CitationDto[] {
    return prepared(
      this.db,
      `SELECT ci.clause_id AS clause, c.doc_id AS doc, ci.key, ci.text, ci.start, ci.end
         FROM citations ci JOIN clauses c ON c.id = ci.clause_id
         JOIN documents d ON d.id = c.doc_id
         WHERE (@doc IS NULL OR c.doc_id = @doc) ORDER BY d.rowid, c.seq, ci.start`,
    ).all({ doc: doc ?? null }) as CitationDto[];
  }

  /** The citations of one clause as DTOs, in text order. */
  dtosOfClause(clauseId: string): CitationDto[] {
    return prepared(
      this.db,
      `SELECT ci.clause_id AS clause, c.doc_id AS doc, ci.key, ci.text, ci.start, ci.end
         FROM citations ci JOIN clauses c ON c.id = ci.clause_id WHERE ci.clause_id = ? ORDER BY ci.start`,
    ).all(clauseId) as CitationDto[];
  }

  /** Every clause citing a provision or a part of it, in reading order. */
  clausesCiting(key: string): string[] {
    return prepared(
      this.db,
      `SELECT c.id FROM clauses c JOIN documents d ON d.id = c.doc_id
         WHERE c.id IN (SELECT clause_id FROM citations WHERE ${keyOrBelow('key', '@key')}) ORDER BY d.rowid, c.seq`,
    )
      .pluck()
      .all({ key }) as string[];
  }

  /** The distinct clauses citing a provision or a part of it, in reading order (a provision page's "cited by"). */
  distinctClausesCiting(key: string): string[] {
    return prepared(
      this.db,
      `SELECT DISTINCT ci.clause_id FROM citations ci JOIN clauses c ON c.id = ci.clause_id JOIN documents d ON d.id = c.doc_id
         WHERE ${keyOrBelow('ci.key', '@key')} ORDER BY d.rowid, c.seq`,
    )
      .pluck()
      .all({ key }) as string[];
  }
}
