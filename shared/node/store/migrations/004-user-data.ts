// Migration 4: the user's own records (annotations, tags, settings, undo history) in tables of their own, apart from derived data.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Migration } from './index.js';

/**
 * User tables (prefix `user_`) are written only by the user's actions, never by import, refresh or rebuild. They refer
 * to derived data by natural keys (document id + content hash, clause id, quote and position selectors), never by a
 * rowid, and have no foreign keys into derived tables, so dropping and rebuilding clauses cannot touch them.
 * `annotation_anchors` is derived: where each target sits in today's text, recomputed at every import.
 */
export const userDataSchema: Migration = {
  version: 4,
  name: 'user data: annotations, tags, settings, history; derived annotation anchors',
  up: (db) => {
    db.exec(`
      CREATE TABLE user_annotations (
        id       TEXT PRIMARY KEY,             -- UUID
        note     TEXT NOT NULL DEFAULT '',     -- plain text
        creator  TEXT NOT NULL,
        created  TEXT NOT NULL,                -- ISO 8601
        modified TEXT NOT NULL
      );
      CREATE TABLE user_annotation_targets (
        annotation_id TEXT NOT NULL REFERENCES user_annotations(id) ON DELETE CASCADE,
        ordinal       INTEGER NOT NULL,
        doc_id        TEXT NOT NULL,
        doc_hash      TEXT NOT NULL,
        clause_id     TEXT NOT NULL,
        exact         TEXT NOT NULL,
        prefix        TEXT NOT NULL,
        suffix        TEXT NOT NULL,
        clause_start  INTEGER NOT NULL,
        clause_end    INTEGER NOT NULL,
        doc_start     INTEGER NOT NULL,
        doc_end       INTEGER NOT NULL,
        PRIMARY KEY (annotation_id, ordinal)
      );
      CREATE INDEX user_annotation_targets_doc ON user_annotation_targets(doc_id);
      CREATE TABLE user_tags (
        id       TEXT PRIMARY KEY,             -- UUID
        name     TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,         -- the name folded for case-insensitive uniqueness
        color    TEXT NOT NULL,
        created  TEXT NOT NULL,
        modified TEXT NOT NULL
      );
      CREATE TABLE user_annotation_tags (
        annotation_id TEXT NOT NULL REFERENCES user_annotations(id) ON DELETE CASCADE,
        tag_id        TEXT NOT NULL REFERENCES user_tags(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        PRIMARY KEY (annotation_id, tag_id)
      );
      CREATE INDEX user_annotation_tags_tag ON user_annotation_tags(tag_id);
      CREATE TABLE user_settings (
        key      TEXT PRIMARY KEY,
        value    TEXT NOT NULL,
        modified TEXT NOT NULL
      ) WITHOUT ROWID;
      -- Undo/redo journal: each user change with the records it touched, before and after (JSON snapshots).
      CREATE TABLE user_history (
        seq     INTEGER PRIMARY KEY,
        label   TEXT NOT NULL,
        before  TEXT NOT NULL,
        after   TEXT NOT NULL,
        undone  INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
      );

      -- Derived: where each target is anchored in today's clauses (or why it is orphaned).
      CREATE TABLE annotation_anchors (
        annotation_id TEXT NOT NULL,
        ordinal       INTEGER NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('anchored', 'orphaned')),
        clause_id     TEXT,
        start         INTEGER,
        end           INTEGER,
        how           TEXT,
        reason        TEXT,
        PRIMARY KEY (annotation_id, ordinal),
        FOREIGN KEY (annotation_id, ordinal) REFERENCES user_annotation_targets(annotation_id, ordinal) ON DELETE CASCADE
      );
      CREATE INDEX annotation_anchors_clause ON annotation_anchors(clause_id);
    `);
    carryOverPlaceholderRows(db);
    db.exec('DROP TABLE annotation_tags; DROP TABLE annotations; DROP TABLE tags;');
  },
};

/**
 * Migration 1 created placeholder tables no release wrote to; should a store hold rows in them anyway, they are
 * carried over (never dropped): tags by name, annotations as one target each, anchored again at the next import.
 */
function carryOverPlaceholderRows(db: Database): void {
  const now = new Date().toISOString();
  const tagIds = new Map<number, string>();
  for (const tag of db.prepare('SELECT id, name FROM tags').all() as { id: number; name: string }[]) {
    const uuid = randomUUID();
    tagIds.set(tag.id, uuid);
    db.prepare('INSERT OR IGNORE INTO user_tags (id, name, name_key, color, created, modified) VALUES (?, ?, ?, ?, ?, ?)').run(
      uuid,
      tag.name,
      tag.name.normalize('NFC').toLowerCase(),
      '#f2c94c',
      now,
      now,
    );
  }
  const rows = db.prepare('SELECT * FROM annotations').all() as {
    id: string; doc_id: string; clause_id: string; exact: string; prefix: string; suffix: string; start: number; end: number; body: string; created_at: string; updated_at: string;
  }[];
  for (const a of rows) {
    db.prepare('INSERT INTO user_annotations (id, note, creator, created, modified) VALUES (?, ?, ?, ?, ?)').run(a.id, a.body, '', a.created_at, a.updated_at);
    db.prepare(
      `INSERT INTO user_annotation_targets (annotation_id, ordinal, doc_id, doc_hash, clause_id, exact, prefix, suffix, clause_start, clause_end, doc_start, doc_end)
       VALUES (?, 0, ?, '', ?, ?, ?, ?, ?, ?, -1, -1)`,
    ).run(a.id, a.doc_id, a.clause_id, a.exact, a.prefix, a.suffix, a.start, a.end);
  }
  const links = db.prepare('SELECT annotation_id, tag_id FROM annotation_tags').all() as { annotation_id: string; tag_id: number }[];
  links.forEach((l, i) => {
    const tagId = tagIds.get(l.tag_id);
    if (tagId) db.prepare('INSERT OR IGNORE INTO user_annotation_tags (annotation_id, tag_id, position) VALUES (?, ?, ?)').run(l.annotation_id, tagId, i);
  });
}
