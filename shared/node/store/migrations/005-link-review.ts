// Migration 5: the lawyer's review of links (verdicts, links made by hand) as user records; derived link sightings.
import type { Migration } from './index.js';

/**
 * `user_link_verdicts` and `user_links` are the user's own: written only by review actions, never by import, refresh or
 * rebuild, and keyed by a link's identity (from clause, kind, target provision key or clause id), never by a rowid of
 * `links`, so a recomputed graph finds its verdicts again. No foreign keys into derived tables.
 * `link_sightings` is derived: the identity of every automatic link and the refresh generation that first proposed it
 * (0 = the first refresh of the store), so links that appear after an import can be marked new.
 */
export const linkReviewSchema: Migration = {
  version: 5,
  name: 'link review: verdicts and hand-made links; derived link sightings',
  up: (db) => {
    db.exec(`
      CREATE TABLE user_link_verdicts (
        id          TEXT PRIMARY KEY,            -- UUID
        from_clause TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('cites', 'quotes', 'concerns')),
        target      TEXT NOT NULL,               -- a provision key, or the quoted clause's id
        verdict     TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
        reason      TEXT NOT NULL DEFAULT '',
        created     TEXT NOT NULL,               -- ISO 8601
        modified    TEXT NOT NULL,
        UNIQUE (from_clause, kind, target)
      );
      CREATE INDEX user_link_verdicts_target ON user_link_verdicts(target);
      CREATE TABLE user_links (
        id            TEXT PRIMARY KEY,          -- UUID
        from_clause   TEXT NOT NULL,
        target_key    TEXT,                      -- a provision key …
        target_clause TEXT,                      -- … or a clause id
        note          TEXT NOT NULL DEFAULT '',
        created       TEXT NOT NULL,
        modified      TEXT NOT NULL,
        CHECK ((target_key IS NULL) != (target_clause IS NULL))
      );
      CREATE UNIQUE INDEX user_links_identity ON user_links(from_clause, COALESCE(target_key, ''), COALESCE(target_clause, ''));
      CREATE INDEX user_links_target_key ON user_links(target_key);
      CREATE INDEX user_links_target_clause ON user_links(target_clause);

      -- Derived: each automatic link's identity and the refresh generation that first proposed it.
      CREATE TABLE link_sightings (
        from_clause TEXT NOT NULL,
        kind        TEXT NOT NULL,
        target      TEXT NOT NULL,
        generation  INTEGER NOT NULL,
        PRIMARY KEY (from_clause, kind, target)
      ) WITHOUT ROWID;
      -- The links of an existing store are its baseline: none of them is new.
      INSERT OR IGNORE INTO link_sightings (from_clause, kind, target, generation)
        SELECT from_clause, kind, COALESCE(to_key, to_clause), 0 FROM links WHERE origin = 'auto';
    `);
  },
};
