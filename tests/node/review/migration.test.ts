// Migration 5: the review's user tables keyed by link identity, and the derived sightings seeded from existing links.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate } from '../../../shared/node/store/migrations/index.js';

function storeAt4(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 4);
  db.prepare(
    `INSERT INTO documents (id, title, short_title, cite_as, kind, lang, format, file_name, content_hash, pipeline_version, original, imported_at)
     VALUES ('plan', 'Plan', 'Plan', 'Plan', 'action-plan', 'en', 'text', 'plan.txt', 'h', 1, '', 'now')`,
  ).run();
  db.prepare("INSERT INTO clauses (id, doc_id, seq, path, label, kind, level, text, start, end, offset_map) VALUES ('plan/1', 'plan', 0, '1', 'Plan 1', 'item', 0, 'x', 0, 1, '[]')").run();
  db.prepare("INSERT INTO links (from_clause, kind, to_key, score, confident, evidence, origin, created_at) VALUES ('plan/1', 'concerns', 'ru-civil-code:1229', 0.5, 0, '{}', 'auto', 'now')").run();
  return db;
}

describe('migration 5', () => {
  it('creates the review tables and takes the links already in the store as the baseline (none of them new)', () => {
    const db = storeAt4();
    expect(migrate(db, 5)).toBe(5);
    expect(db.prepare('SELECT from_clause, kind, target, generation FROM link_sightings').all()).toEqual([
      { from_clause: 'plan/1', kind: 'concerns', target: 'ru-civil-code:1229', generation: 0 },
    ]);
    expect(db.prepare('SELECT COUNT(*) FROM user_link_verdicts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM user_links').pluck().get()).toBe(0);
  });

  it('keys verdicts and hand-made links by identity, with no foreign key into derived tables', () => {
    const db = storeAt4();
    migrate(db, 5);
    const verdict = db.prepare("INSERT INTO user_link_verdicts (id, from_clause, kind, target, verdict, created, modified) VALUES (?, 'plan/1', 'concerns', 'ru-civil-code:1229', ?, 'now', 'now')");
    verdict.run('a', 'confirmed');
    expect(() => verdict.run('b', 'rejected')).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO user_link_verdicts (id, from_clause, kind, target, verdict, created, modified) VALUES ('c', 'x', 'concerns', 'k', 'maybe', 'now', 'now')").run()).toThrow(/CHECK/);
    const link = db.prepare('INSERT INTO user_links (id, from_clause, target_key, target_clause, created, modified) VALUES (?, ?, ?, ?, \'now\', \'now\')');
    link.run('l1', 'plan/1', 'ru-civil-code:1253', null);
    expect(() => link.run('l2', 'plan/1', 'ru-civil-code:1253', null)).toThrow(/UNIQUE/);
    link.run('l3', 'plan/1', null, 'other/1');
    expect(() => link.run('l4', 'plan/1', null, 'other/1')).toThrow(/UNIQUE/);
    expect(() => link.run('l5', 'plan/1', 'k', 'other/1')).toThrow(/CHECK/);
    expect(() => link.run('l6', 'plan/1', null, null)).toThrow(/CHECK/);
    // Deleting the document (and so its clauses and links) leaves the user's records alone.
    db.prepare("DELETE FROM documents WHERE id = 'plan'").run();
    expect(db.prepare('SELECT COUNT(*) FROM links').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM user_link_verdicts').pluck().get()).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM user_links').pluck().get()).toBe(2);
  });
});
