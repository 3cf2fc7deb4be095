// Reads stored citations back as the core's Citation values.
import type { Database } from 'better-sqlite3';
import type { Citation } from '../../core/citations/index.js';
import { CitationRepository, type CitationRow } from '../store/citation-repository.js';

export { CITATION_COLUMNS, type CitationRow } from '../store/citation-repository.js';

export function citationFromRow(row: CitationRow): Citation {
  return {
    key: row.key,
    instrument: row.instrument,
    ...(row.article ? { article: row.article } : {}),
    ...(row.part ? { part: row.part } : {}),
    text: row.text,
    start: row.start,
    end: row.end,
  };
}

/** The citations stored for one clause, in text order. */
export function citationsOfClause(db: Database, clauseId: string): Citation[] {
  return new CitationRepository(db).ofClause(clauseId).map(citationFromRow);
}
