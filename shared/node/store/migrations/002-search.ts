// Migration 2: the full-text search index (FTS5 postings over stemmed words, filter tags, and the word vocabulary).
import type { Migration } from './index.js';

export const searchSchema: Migration = {
  version: 2,
  name: 'search index',
  up: (db) => {
    db.exec(`
      -- One row per indexed clause; its rowid is the clause's rowid in search_fts.
      CREATE TABLE search_clauses (
        rowid     INTEGER PRIMARY KEY,
        clause_id TEXT NOT NULL UNIQUE REFERENCES clauses(id) ON DELETE CASCADE,
        doc_id    TEXT NOT NULL,
        lang      TEXT NOT NULL
      );
      CREATE INDEX search_clauses_doc ON search_clauses(doc_id);

      -- Postings: body = the clause's stems (stop words left out) in order; tags = filter tokens (document, kinds, language).
      -- Contentless: the clause text stays in clauses; snippets re-tokenise it.
      CREATE VIRTUAL TABLE search_fts USING fts5(
        body, tags, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0"
      );
      INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(1.0, 0.0)');

      -- Removing a clause (directly or by cascade from its document) removes its postings.
      CREATE TRIGGER search_clauses_delete AFTER DELETE ON search_clauses BEGIN
        DELETE FROM search_fts WHERE rowid = old.rowid;
      END;

      -- Every normalised word seen, with its stem: prefix and typo-tolerant terms expand over it.
      CREATE TABLE search_vocab (
        word TEXT PRIMARY KEY,
        stem TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE search_meta (
        key   TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      );
      INSERT INTO search_meta (key, value) VALUES ('vocab_version', 0);
    `);
  },
};
