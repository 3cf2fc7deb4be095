// The engines compared on the same queries: Lextrace search, a plain FTS5 bm25 baseline, and lunr alone.
import type { Database } from 'better-sqlite3';
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import russian from 'lunr-languages/lunr.ru.js';
import multi from 'lunr-languages/lunr.multi.js';
import { wordsOf } from '../shared/core/search/index.js';
import { searchClauses } from '../shared/node/search/index.js';

export const TOP = 20;

export interface Engine {
  name: string;
  /** Runs one query and returns the number of hits. */
  query(text: string): number;
}

export function lextraceEngine(db: Database): Engine {
  return { name: 'lextrace', query: (text) => searchClauses(db, { query: text, limit: TOP }).hits.length };
}

/** Raw FTS5 over the unstemmed clause text; the same rowids as the search index. */
export function buildBaseline(db: Database): void {
  db.exec(`
    DROP TABLE IF EXISTS bench_raw;
    CREATE VIRTUAL TABLE bench_raw USING fts5(text, content='', tokenize="unicode61 remove_diacritics 0");
    INSERT INTO bench_raw (rowid, text) SELECT s.rowid, c.text FROM search_clauses s JOIN clauses c ON c.id = s.clause_id;
  `);
}

/** The query's words as simple FTS5 terms (OR, like Lextrace's optional words); prefixes stay prefixes; filters dropped. */
export function baselineExpression(text: string): string | null {
  const terms: string[] = [];
  for (const chunk of text.split(/\s+/)) {
    if (/^-?[a-z]+:/i.test(chunk) || chunk.startsWith('-')) continue;
    const prefix = chunk.endsWith('*');
    for (const word of wordsOf(chunk)) terms.push(`"${word}"${prefix ? ' *' : ''}`);
  }
  return terms.length > 0 ? terms.join(' OR ') : null;
}

export function baselineEngine(db: Database): Engine {
  const search = db.prepare('SELECT rowid FROM bench_raw WHERE bench_raw MATCH ? ORDER BY rank LIMIT ?').pluck();
  const fetch = db.prepare(
    'SELECT c.id, c.label, c.text FROM search_clauses s JOIN clauses c ON c.id = s.clause_id WHERE s.rowid IN (SELECT value FROM json_each(?))',
  );
  return {
    name: 'fts5-baseline',
    query: (text) => {
      const expression = baselineExpression(text);
      if (!expression) return 0;
      const rowids = search.all(expression, TOP) as number[];
      return fetch.all(JSON.stringify(rowids)).length;
    },
  };
}

/** lunr alone (English + Russian pipelines) over every clause, built in memory. */
export function lunrEngine(db: Database): { engine: Engine; buildMs: number; clauses: number } {
  stemmerSupport(lunr);
  russian(lunr);
  multi(lunr);
  const rows = db.prepare('SELECT id, text FROM clauses').all() as { id: string; text: string }[];
  const started = performance.now();
  const multiLanguage = (lunr as unknown as { multiLanguage: (...langs: string[]) => lunr.Builder.Plugin }).multiLanguage;
  const index = lunr(function () {
    this.use(multiLanguage('en', 'ru'));
    this.ref('id');
    this.field('text');
    this.metadataWhitelist = ['position'];
    for (const row of rows) this.add(row);
  });
  const buildMs = performance.now() - started;
  const engine: Engine = {
    name: 'lunr',
    query: (text) => {
      const plain = text
        .split(/\s+/)
        .filter((c) => !/^-?[a-z]+:/i.test(c))
        .join(' ')
        .replace(/["()]/g, ' ');
      try {
        return index.search(plain).slice(0, TOP).length;
      } catch {
        return 0;
      }
    },
  };
  return { engine, buildMs, clauses: rows.length };
}
