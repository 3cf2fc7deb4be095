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

describe('migration 7', () => {
  function storeAt6WithRecords(): Database.Database {
    const db = storeAt4();
    migrate(db, 6);
    db.prepare("INSERT INTO clauses (id, doc_id, seq, path, label, kind, level, text, start, end, offset_map) VALUES ('plan/2', 'plan', 1, '2', 'Plan 2', 'item', 0, 'Seize goods.', 0, 12, '[]')").run();
    const verdict = db.prepare('INSERT INTO user_link_verdicts (id, from_clause, kind, target, verdict, reason, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    verdict.run('v1', 'plan/2', 'concerns', 'ru-civil-code:1252/5', 'confirmed', 'seizure', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
    verdict.run('v2', 'plan/1', 'quotes', 'plan/2', 'rejected', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    verdict.run('v3', 'gone/p1', 'cites', 'ru-criminal-code:146', 'rejected', 'old', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    verdict.run('v5', 'plan/9', 'cites', 'ru-criminal-code:146', 'rejected', 'old', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    const link = db.prepare('INSERT INTO user_links (id, from_clause, target_key, target_clause, note, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?)');
    link.run('l1', 'plan/2', 'ru-civil-code:1253', null, 'note', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    link.run('l2', 'plan/1', null, 'plan/2', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    return db;
  }

  it('keeps every verdict and hand-made link, field for field, and records the texts of their clauses', () => {
    const db = storeAt6WithRecords();
    const verdictsBefore = db.prepare('SELECT * FROM user_link_verdicts ORDER BY id').all();
    const linksBefore = db.prepare('SELECT * FROM user_links ORDER BY id').all();
    expect(migrate(db, 7)).toBe(7);
    const verdicts = db.prepare('SELECT * FROM user_link_verdicts ORDER BY id').all() as Record<string, unknown>[];
    expect(verdicts.map(({ from_text: _f, target_text: _t, ...rest }) => rest)).toEqual(verdictsBefore);
    expect(verdicts.map((v) => [v.id, v.from_text, v.target_text])).toEqual([
      ['v1', 'Seize goods.', null],
      ['v2', 'x', 'Seize goods.'],
      ['v3', '', null],
      ['v5', '', null],
    ]);
    const links = db.prepare('SELECT * FROM user_links ORDER BY id').all() as Record<string, unknown>[];
    expect(links.map(({ from_text: _f, target_text: _t, ...rest }) => rest)).toEqual(linksBefore);
    expect(links.map((l) => [l.id, l.from_text, l.target_text])).toEqual([
      ['l1', 'Seize goods.', null],
      ['l2', 'x', 'Seize goods.'],
    ]);
  });

  it('places existing records where their ids are; a record whose clause (or whole document) is gone is detached, and says which', () => {
    const db = storeAt6WithRecords();
    migrate(db, 7);
    expect(db.prepare('SELECT record, id, role, clause_id, how FROM review_placements ORDER BY record, id, role').all()).toEqual([
      { record: 'link', id: 'l1', role: 'from', clause_id: 'plan/2', how: 'same' },
      { record: 'link', id: 'l2', role: 'from', clause_id: 'plan/1', how: 'same' },
      { record: 'link', id: 'l2', role: 'target', clause_id: 'plan/2', how: 'same' },
      { record: 'verdict', id: 'v1', role: 'from', clause_id: 'plan/2', how: 'same' },
      { record: 'verdict', id: 'v2', role: 'from', clause_id: 'plan/1', how: 'same' },
      { record: 'verdict', id: 'v2', role: 'target', clause_id: 'plan/2', how: 'same' },
      { record: 'verdict', id: 'v3', role: 'from', clause_id: null, how: 'missing-document' },
      { record: 'verdict', id: 'v5', role: 'from', clause_id: null, how: 'not-found' },
    ]);
    expect(db.prepare('SELECT id FROM effective_link_verdicts ORDER BY id').pluck().all()).toEqual(['v1', 'v2']);
    expect(db.prepare('SELECT id, placement FROM placed_link_verdicts WHERE at_from IS NULL ORDER BY id').all()).toEqual([
      { id: 'v3', placement: 'missing-document' },
      { id: 'v5', placement: 'not-found' },
    ]);
  });

  it('lets two records made on different versions share a link identity (the newest is in force)', () => {
    const db = storeAt6WithRecords();
    migrate(db, 7);
    db.prepare("INSERT INTO user_link_verdicts (id, from_clause, kind, target, verdict, created, modified) VALUES ('v4', 'plan/2', 'concerns', 'ru-civil-code:1252/5', 'rejected', '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')").run();
    expect(db.prepare("SELECT id, verdict FROM effective_link_verdicts WHERE at_from = 'plan/2'").all()).toEqual([{ id: 'v4', verdict: 'rejected' }]);
  });
});
