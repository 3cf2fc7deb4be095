// Migration 7: verdicts and hand-made links keep the text of their clauses, and a derived table places them in today's clauses.
import type { Migration } from './index.js';

/**
 * Clause ids are positions (`memo/p2`), so a re-import that inserts a paragraph shifts them. From here a verdict and a
 * hand-made link record, beside the clause id, the clause's text when they were made (`from_text`, and `target_text`
 * for a clause target); the identity uniqueness moves from the stored ids to the service (two records made on
 * different versions of a document may land on one clause). `review_placements` is derived: where each record's clauses
 * are today (`clause_id` NULL: the record is detached, `how` says why), recomputed by every import of the document.
 * Existing records are backfilled with their clauses' current text and placed where their ids are.
 */
/** A record's placement from its clauses' (`pf`: from, `pt`: target): detached if either is, else moved or edited if either is. */
const PLACEMENT = `CASE WHEN pf.how IS NOT NULL AND pf.clause_id IS NULL THEN pf.how
                    WHEN pt.how IS NOT NULL AND pt.clause_id IS NULL THEN pt.how
                    WHEN pf.how IN ('moved', 'edited') THEN pf.how
                    WHEN pt.how IN ('moved', 'edited') THEN pt.how
                    ELSE 'same' END`;

export const reviewPlacementSchema: Migration = {
  version: 7,
  name: 'review records keep their clauses\' text; derived placements in today\'s clauses',
  up: (db) => {
    db.exec(`
      CREATE TABLE user_link_verdicts_v7 (
        id          TEXT PRIMARY KEY,            -- UUID
        from_clause TEXT NOT NULL,               -- the clause's id when the verdict was made
        from_text   TEXT NOT NULL DEFAULT '',    -- its text then ('' = unknown: placed by id only)
        kind        TEXT NOT NULL CHECK (kind IN ('cites', 'quotes', 'concerns')),
        target      TEXT NOT NULL,               -- a provision key, or the quoted clause's id then
        target_text TEXT,                        -- the quoted clause's text then (quotations only)
        verdict     TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
        reason      TEXT NOT NULL DEFAULT '',
        created     TEXT NOT NULL,
        modified    TEXT NOT NULL
      );
      INSERT INTO user_link_verdicts_v7 (id, from_clause, from_text, kind, target, target_text, verdict, reason, created, modified)
        SELECT v.id, v.from_clause, COALESCE((SELECT text FROM clauses WHERE id = v.from_clause), ''), v.kind, v.target,
               CASE WHEN v.kind = 'quotes' THEN COALESCE((SELECT text FROM clauses WHERE id = v.target), '') END,
               v.verdict, v.reason, v.created, v.modified
        FROM user_link_verdicts v;
      DROP TABLE user_link_verdicts;
      ALTER TABLE user_link_verdicts_v7 RENAME TO user_link_verdicts;
      CREATE INDEX user_link_verdicts_identity ON user_link_verdicts(from_clause, kind, target);
      CREATE INDEX user_link_verdicts_target ON user_link_verdicts(target);

      ALTER TABLE user_links ADD COLUMN from_text TEXT NOT NULL DEFAULT '';
      ALTER TABLE user_links ADD COLUMN target_text TEXT;
      UPDATE user_links SET
        from_text = COALESCE((SELECT text FROM clauses WHERE id = user_links.from_clause), ''),
        target_text = CASE WHEN target_clause IS NOT NULL THEN COALESCE((SELECT text FROM clauses WHERE id = user_links.target_clause), '') END;
      DROP INDEX user_links_identity;
      CREATE INDEX user_links_identity ON user_links(from_clause, target_key, target_clause);

      -- Derived: where each record's clause(s) are today. No row: the record's stored ids hold.
      CREATE TABLE review_placements (
        record    TEXT NOT NULL CHECK (record IN ('verdict', 'link')),
        id        TEXT NOT NULL,
        role      TEXT NOT NULL CHECK (role IN ('from', 'target')),
        clause_id TEXT,                          -- NULL: detached
        how       TEXT NOT NULL,                 -- same | moved | edited | not-found | ambiguous | missing-document
        PRIMARY KEY (record, id, role)
      ) WITHOUT ROWID;
      CREATE INDEX review_placements_clause ON review_placements(clause_id);

      -- Every verdict and hand-made link where it applies today: its clauses placed (or as stored when never placed).
      CREATE VIEW placed_link_verdicts AS
        SELECT v.*,
               CASE WHEN pf.id IS NULL THEN v.from_clause ELSE pf.clause_id END AS at_from,
               CASE WHEN v.kind <> 'quotes' THEN v.target WHEN pt.id IS NULL THEN v.target ELSE pt.clause_id END AS at_target,
               ${PLACEMENT} AS placement
        FROM user_link_verdicts v
        LEFT JOIN review_placements pf ON pf.record = 'verdict' AND pf.id = v.id AND pf.role = 'from'
        LEFT JOIN review_placements pt ON pt.record = 'verdict' AND pt.id = v.id AND pt.role = 'target';
      CREATE VIEW placed_user_links AS
        SELECT l.*,
               CASE WHEN pf.id IS NULL THEN l.from_clause ELSE pf.clause_id END AS at_from,
               CASE WHEN l.target_clause IS NULL THEN NULL WHEN pt.id IS NULL THEN l.target_clause ELSE pt.clause_id END AS at_target_clause,
               ${PLACEMENT} AS placement
        FROM user_links l
        LEFT JOIN review_placements pf ON pf.record = 'link' AND pf.id = l.id AND pf.role = 'from'
        LEFT JOIN review_placements pt ON pt.record = 'link' AND pt.id = l.id AND pt.role = 'target';

      -- The records in force: attached to clauses today, and at one link identity only the newest (two records made on
      -- different versions of a document can land on one clause, e.g. when two paragraphs were merged).
      CREATE VIEW effective_link_verdicts AS
        SELECT * FROM (
          SELECT p.*, ROW_NUMBER() OVER (PARTITION BY at_from, kind, at_target ORDER BY modified DESC, id DESC) AS rank
          FROM placed_link_verdicts p WHERE at_from IS NOT NULL AND at_target IS NOT NULL)
        WHERE rank = 1;
      CREATE VIEW effective_user_links AS
        SELECT * FROM (
          SELECT p.*, ROW_NUMBER() OVER (PARTITION BY at_from, target_key, at_target_clause ORDER BY modified DESC, id DESC) AS rank
          FROM placed_user_links p WHERE at_from IS NOT NULL AND (target_clause IS NULL OR at_target_clause IS NOT NULL))
        WHERE rank = 1;

      -- Today's records are where their ids are (or detached: their clause is gone, or their whole document).
      INSERT INTO review_placements (record, id, role, clause_id, how)
        SELECT 'verdict', v.id, 'from', c.id, CASE WHEN c.id IS NOT NULL THEN 'same' WHEN EXISTS (SELECT 1 FROM documents d WHERE d.id = substr(v.from_clause, 1, instr(v.from_clause || '/', '/') - 1)) THEN 'not-found' ELSE 'missing-document' END
        FROM user_link_verdicts v LEFT JOIN clauses c ON c.id = v.from_clause;
      INSERT INTO review_placements (record, id, role, clause_id, how)
        SELECT 'verdict', v.id, 'target', c.id, CASE WHEN c.id IS NOT NULL THEN 'same' WHEN EXISTS (SELECT 1 FROM documents d WHERE d.id = substr(v.target, 1, instr(v.target || '/', '/') - 1)) THEN 'not-found' ELSE 'missing-document' END
        FROM user_link_verdicts v LEFT JOIN clauses c ON c.id = v.target WHERE v.kind = 'quotes';
      INSERT INTO review_placements (record, id, role, clause_id, how)
        SELECT 'link', l.id, 'from', c.id, CASE WHEN c.id IS NOT NULL THEN 'same' WHEN EXISTS (SELECT 1 FROM documents d WHERE d.id = substr(l.from_clause, 1, instr(l.from_clause || '/', '/') - 1)) THEN 'not-found' ELSE 'missing-document' END
        FROM user_links l LEFT JOIN clauses c ON c.id = l.from_clause;
      INSERT INTO review_placements (record, id, role, clause_id, how)
        SELECT 'link', l.id, 'target', c.id, CASE WHEN c.id IS NOT NULL THEN 'same' WHEN EXISTS (SELECT 1 FROM documents d WHERE d.id = substr(l.target_clause, 1, instr(l.target_clause || '/', '/') - 1)) THEN 'not-found' ELSE 'missing-document' END
        FROM user_links l LEFT JOIN clauses c ON c.id = l.target_clause WHERE l.target_clause IS NOT NULL;
    `);
  },
};
