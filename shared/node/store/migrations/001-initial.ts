// Migration 1: documents and clauses, plus the tables later features fill (citations, provisions, links, annotations, tags).
import type { Migration } from './index.js';

export const initialSchema: Migration = {
  version: 1,
  name: 'documents, clauses, citations, provisions, links, annotations, tags',
  up: (db) => {
    db.exec(`
      CREATE TABLE documents (
        id               TEXT PRIMARY KEY,
        title            TEXT NOT NULL,
        short_title      TEXT NOT NULL,
        cite_as          TEXT NOT NULL,
        kind             TEXT NOT NULL,
        lang             TEXT NOT NULL,
        date             TEXT,
        format           TEXT NOT NULL,
        file_name        TEXT NOT NULL,
        instrument       TEXT,
        provenance       TEXT,
        content_hash     TEXT NOT NULL,
        pipeline_version INTEGER NOT NULL,
        original         TEXT NOT NULL,
        clause_count     INTEGER NOT NULL DEFAULT 0,
        imported_at      TEXT NOT NULL
      );
      CREATE INDEX documents_hash ON documents(content_hash);

      CREATE TABLE clauses (
        id         TEXT PRIMARY KEY,
        doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL,
        path       TEXT NOT NULL,
        parent_id  TEXT,
        label      TEXT NOT NULL,
        kind       TEXT NOT NULL,
        level      INTEGER NOT NULL,
        text       TEXT NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        offset_map TEXT NOT NULL,
        page       INTEGER,
        number     TEXT,
        title      TEXT,
        meta       TEXT,
        UNIQUE (doc_id, seq),
        UNIQUE (doc_id, path)
      );
      CREATE INDEX clauses_parent ON clauses(parent_id);

      -- Explicit citations found in a clause's text (cross-reference engine).
      CREATE TABLE citations (
        id         INTEGER PRIMARY KEY,
        clause_id  TEXT NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
        key        TEXT NOT NULL,
        instrument TEXT NOT NULL,
        article    TEXT,
        part       TEXT,
        text       TEXT NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL
      );
      CREATE INDEX citations_key ON citations(key);
      CREATE INDEX citations_clause ON citations(clause_id);

      -- Provisions: first-class entities, whether or not their text is in the corpus.
      CREATE TABLE provisions (
        key        TEXT PRIMARY KEY,
        instrument TEXT NOT NULL,
        article    TEXT,
        part       TEXT,
        title      TEXT
      );
      -- Statute clauses that hold a provision's own text.
      CREATE TABLE provision_text (
        key       TEXT NOT NULL,
        clause_id TEXT NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
        PRIMARY KEY (key, clause_id)
      );

      -- Links between a clause and a provision or another clause: cites, quotes, concerns.
      CREATE TABLE links (
        id          INTEGER PRIMARY KEY,
        from_clause TEXT NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('cites', 'quotes', 'concerns')),
        to_key      TEXT,
        to_clause   TEXT REFERENCES clauses(id) ON DELETE CASCADE,
        score       REAL NOT NULL CHECK (score >= 0 AND score <= 1),
        confident   INTEGER NOT NULL DEFAULT 0,
        evidence    TEXT NOT NULL DEFAULT '[]',
        origin      TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'user')),
        status      TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected')),
        created_at  TEXT NOT NULL,
        CHECK (to_key IS NOT NULL OR to_clause IS NOT NULL)
      );
      CREATE INDEX links_from ON links(from_clause);
      CREATE INDEX links_to_key ON links(to_key);
      CREATE INDEX links_to_clause ON links(to_clause);

      -- Annotations anchor on clause text by quote and position, so they survive re-import:
      -- no foreign key to clauses on purpose (a re-import re-anchors them instead of deleting them).
      CREATE TABLE annotations (
        id         TEXT PRIMARY KEY,
        doc_id     TEXT NOT NULL,
        clause_id  TEXT NOT NULL,
        exact      TEXT NOT NULL,
        prefix     TEXT NOT NULL DEFAULT '',
        suffix     TEXT NOT NULL DEFAULT '',
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        body       TEXT NOT NULL DEFAULT '',
        status     TEXT NOT NULL DEFAULT 'anchored',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX annotations_clause ON annotations(clause_id);
      CREATE TABLE tags (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      );
      CREATE TABLE annotation_tags (
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (annotation_id, tag_id)
      );
    `);
  },
};
