// Reads stored citations back as the core's Citation values.
import type { Database } from 'better-sqlite3';
import type { Citation } from '../../core/citations/index.js';

export interface CitationRow {
  clause_id: string;
  key: string;
  instrument: string;
  article: string | null;
  part: string | null;
  text: string;
  start: number;
  end: number;
}

export const CITATION_COLUMNS = 'clause_id, key, instrument, article, part, text, start, end';

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
  const rows = db.prepare(`SELECT ${CITATION_COLUMNS} FROM citations WHERE clause_id = ? ORDER BY start`).all(clauseId) as CitationRow[];
  return rows.map(citationFromRow);
}
