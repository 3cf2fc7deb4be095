// The search index's SQL: postings, vocabulary, FTS5 matching, hit rows and rebuild, each statement prepared once per connection.
import type { Database } from 'better-sqlite3';
import type { ClauseKind, DocumentKind, Lang } from '../../core/model.js';
import { prepared } from './statements.js';

/** An indexed clause as a hit shows it (rowid of search_clauses). */
export interface SearchClauseRow {
  rowid: number;
  id: string;
  doc_id: string;
  label: string;
  kind: ClauseKind;
  text: string;
  lang: string;
  doc_title: string;
  doc_kind: DocumentKind;
  doc_date: string | null;
}

/** A stored clause with what indexing it needs (for rebuilds); `seq_key` is the clauses rowid to page on. */
export interface StoredClauseRow {
  seq_key: number;
  id: string;
  doc_id: string;
  text: string;
  kind: ClauseKind;
  doc_kind: DocumentKind;
  doc_lang: Lang;
}

/** Which rowids an FTS5 match may return: only `include` (when given), never `exclude` (when given). */
export interface MatchFilters {
  include: readonly number[] | null;
  exclude: readonly number[] | null;
}

/** bm25 order (best first) or rowid order (reading order of indexing). */
export type MatchOrder = 'rank' | 'rowid';

export class SearchRepository {
  constructor(private readonly db: Database) {}

  /** Registers a clause in the index; returns its rowid (the postings' rowid). */
  insertClause(clauseId: string, docId: string, lang: Lang): number {
    return Number(prepared(this.db, 'INSERT INTO search_clauses (clause_id, doc_id, lang) VALUES (?, ?, ?)').run(clauseId, docId, lang).lastInsertRowid);
  }

  /** Writes a clause's postings: its stems and its filter tags. */
  insertClausePostings(rowid: number, body: string, tags: string): void {
    prepared(this.db, 'INSERT INTO search_fts (rowid, body, tags) VALUES (?, ?, ?)').run(rowid, body, tags);
  }

  /** Adds words to the vocabulary (known words are kept); returns how many were new. */
  addVocabulary(words: ReadonlyMap<string, string>): number {
    const insert = prepared(this.db, 'INSERT OR IGNORE INTO search_vocab (word, stem) VALUES (?, ?)');
    let added = 0;
    for (const [word, stem] of words) added += insert.run(word, stem).changes;
    return added;
  }

  /** Marks the vocabulary as changed (cached vocabulary automata are rebuilt). */
  bumpVocabVersion(): void {
    prepared(this.db, "UPDATE search_meta SET value = value + 1 WHERE key = 'vocab_version'").run();
  }

  /** Removes a document's postings; returns how many clauses were removed. */
  deleteDocumentPostings(docId: string): number {
    return prepared(this.db, 'DELETE FROM search_clauses WHERE doc_id = ?').run(docId).changes;
  }

  /** Empties the index and the vocabulary (for a rebuild; the caller holds the transaction). */
  clearIndex(): void {
    prepared(this.db, "INSERT INTO search_fts (search_fts) VALUES ('delete-all')").run();
    prepared(this.db, 'DELETE FROM search_clauses').run();
    prepared(this.db, 'DELETE FROM search_vocab').run();
    this.bumpVocabVersion();
  }

  /** A page of stored clauses after clauses rowid `after`, in rowid order (for a rebuild). */
  storedClausesAfter(after: number, limit: number): StoredClauseRow[] {
    return prepared(
      this.db,
      `SELECT c.rowid AS seq_key, c.id, c.doc_id, c.text, c.kind, d.kind AS doc_kind, d.lang AS doc_lang
       FROM clauses c JOIN documents d ON d.id = c.doc_id WHERE c.rowid > ? ORDER BY c.rowid LIMIT ?`,
    ).all(after, limit) as StoredClauseRow[];
  }

  /** Merges the FTS5 index's segments (after a rebuild). */
  optimizeIndex(): void {
    prepared(this.db, "INSERT INTO search_fts (search_fts) VALUES ('optimize')").run();
  }

  /** The vocabulary's version, bumped whenever words are added or removed. */
  vocabVersion(): number {
    const row = prepared(this.db, "SELECT value FROM search_meta WHERE key = 'vocab_version'").get() as { value: number } | undefined;
    return row?.value ?? 0;
  }

  /** Every word of the vocabulary (unordered). */
  vocabularyWords(): string[] {
    return prepared(this.db, 'SELECT word FROM search_vocab').pluck().all() as string[];
  }

  /** The distinct stems of vocabulary words. */
  stemsOfWords(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    return prepared(this.db, 'SELECT DISTINCT stem FROM search_vocab WHERE word IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(words)) as string[];
  }

  /** Up to `limit` distinct stems of vocabulary words in [from, to). */
  stemsInRange(from: string, to: string, limit: number): string[] {
    return prepared(this.db, 'SELECT DISTINCT stem FROM search_vocab WHERE word >= ? AND word < ? LIMIT ?').pluck().all(from, to, limit) as string[];
  }

  /** Rowids (with bm25 rank) matching an FTS5 expression within `filters`, in `order`, at most `limit`. */
  matchRowids(expression: string, filters: MatchFilters, order: MatchOrder, limit: number): { rowid: number; rank: number }[] {
    const where: string[] = ['search_fts MATCH ?'];
    const params: unknown[] = [expression];
    if (filters.include) {
      where.push('rowid IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(filters.include));
    }
    if (filters.exclude) {
      where.push('rowid NOT IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(filters.exclude));
    }
    // The text varies only with which filters are present and the order (8 texts), so each is still prepared once.
    const sql = `SELECT rowid, rank FROM search_fts WHERE ${where.join(' AND ')} ORDER BY ${order === 'rank' ? 'rank' : 'rowid'} LIMIT ?`;
    return prepared(this.db, sql).all(...params, limit) as { rowid: number; rank: number }[];
  }

  /** How many rows match an FTS5 expression within `filters`, counting at most `cap` (cheap: no ranking). */
  countMatches(expression: string, filters: MatchFilters, cap: number): number {
    const where: string[] = ['search_fts MATCH ?'];
    const params: unknown[] = [expression];
    if (filters.include) {
      where.push('rowid IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(filters.include));
    }
    if (filters.exclude) {
      where.push('rowid NOT IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(filters.exclude));
    }
    const sql = `SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE ${where.join(' AND ')} LIMIT ?)`;
    return prepared(this.db, sql).pluck().get(...params, cap) as number;
  }

  /** Which of `rowids` match an FTS5 expression (a phrase, a NEAR group: their words' positions decide). */
  matchAmong(expression: string, rowids: readonly number[]): number[] {
    if (rowids.length === 0) return [];
    return prepared(this.db, 'SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(expression, JSON.stringify(rowids)) as number[];
  }

  /** The headings among `rowids` (titles, headings, a statute article's own line) with their text. */
  headingsAmong(rowids: readonly number[]): { rowid: number; text: string }[] {
    if (rowids.length === 0) return [];
    return prepared(
      this.db,
      `SELECT s.rowid AS rowid, c.text FROM search_clauses s JOIN clauses c ON c.id = s.clause_id
        WHERE s.rowid IN (SELECT value FROM json_each(?)) AND c.kind IN ('title', 'heading', 'article')`,
    ).all(JSON.stringify(rowids)) as { rowid: number; text: string }[];
  }

  /** The provision keys each clause cites, in the order of the citations in its text. */
  citedKeys(clauseIds: readonly string[]): { clause_id: string; key: string }[] {
    if (clauseIds.length === 0) return [];
    return prepared(
      this.db,
      'SELECT clause_id, key FROM citations WHERE clause_id IN (SELECT value FROM json_each(?)) ORDER BY clause_id, start',
    ).all(JSON.stringify(clauseIds)) as { clause_id: string; key: string }[];
  }

  /** Every document with its date (ISO, or null). */
  documentDates(): { id: string; date: string | null }[] {
    return prepared(this.db, 'SELECT id, date FROM documents').all() as { id: string; date: string | null }[];
  }

  /** A provision's title, how many clauses cite it or a part of it, and whether the corpus holds its text. */
  provisionSummary(key: string): { title: string | null; cited_by: number; has_text: number; known: number } {
    return prepared(
      this.db,
      `SELECT (SELECT title FROM provisions WHERE key = @key) AS title,
              (SELECT COUNT(DISTINCT clause_id) FROM citations WHERE key = @key OR (key > @key || '/' AND key < @key || '0')) AS cited_by,
              EXISTS (SELECT 1 FROM provision_text WHERE key = @key) AS has_text,
              EXISTS (SELECT 1 FROM provisions WHERE key = @key) AS known`,
    ).get({ key }) as { title: string | null; cited_by: number; has_text: number; known: number };
  }

  /** The hit rows of indexed clauses, by rowid (unordered; unknown rowids are left out). */
  clauseRows(rowids: readonly number[]): SearchClauseRow[] {
    if (rowids.length === 0) return [];
    return prepared(
      this.db,
      `SELECT s.rowid AS rowid, c.id, c.doc_id, c.label, c.kind, c.text, s.lang, d.title AS doc_title, d.kind AS doc_kind, d.date AS doc_date
         FROM search_clauses s JOIN clauses c ON c.id = s.clause_id JOIN documents d ON d.id = c.doc_id
        WHERE s.rowid IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(rowids)) as SearchClauseRow[];
  }
}
