import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate } from '../../../shared/node/store/migrations/index.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { cleanupTemp, tempDbPath } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

const tablesOf = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('numbers migrations 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('brings a new database to the latest schema, with WAL and foreign keys on', () => {
    const db = openDatabase(tempDbPath());
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tablesOf(db)).toEqual(
      expect.arrayContaining(['documents', 'clauses', 'citations', 'provisions', 'provision_text', 'links', 'search_fts', 'store_state', 'user_annotations', 'user_annotation_targets', 'user_tags', 'user_annotation_tags', 'user_settings', 'user_history', 'annotation_anchors']),
    );
    db.close();
  });

  it('applies each migration once, step by step, and re-running changes nothing', () => {
    const db = new Database(':memory:');
    for (const m of MIGRATIONS) {
      expect(migrate(db, m.version)).toBe(m.version);
    }
    const before = tablesOf(db);
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tablesOf(db)).toEqual(before);
  });

  it('keeps data across reopening', () => {
    const path = tempDbPath();
    const db = openDatabase(path);
    db.prepare("INSERT INTO user_settings (key, value, modified) VALUES ('author', 'A. Lawyer', '2026-01-01T00:00:00Z')").run();
    db.close();
    const again = openDatabase(path);
    expect(again.prepare('SELECT key, value FROM user_settings').all()).toEqual([{ key: 'author', value: 'A. Lawyer' }]);
    again.close();
  });

  it('migration 4 gives the placeholder annotation tables their real shape and carries over any rows they held', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    db.prepare("INSERT INTO tags (id, name) VALUES (1, 'enforcement')").run();
    db.prepare(
      `INSERT INTO annotations (id, doc_id, clause_id, exact, prefix, suffix, start, end, body, created_at, updated_at)
       VALUES ('0b6f2c4e-1111-4222-8333-944455556666', 'action-plan-2012', 'action-plan-2012/I.A.1.a', 'websites', 'against ', ' that', 10, 18, 'a note', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')`,
    ).run();
    db.prepare("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES ('0b6f2c4e-1111-4222-8333-944455556666', 1)").run();
    expect(migrate(db, 4)).toBe(4);
    expect(tablesOf(db)).not.toContain('annotations');
    expect(db.prepare('SELECT name, name_key FROM user_tags').all()).toEqual([{ name: 'enforcement', name_key: 'enforcement' }]);
    expect(db.prepare('SELECT id, note, modified FROM user_annotations').all()).toEqual([
      { id: '0b6f2c4e-1111-4222-8333-944455556666', note: 'a note', modified: '2026-01-02T00:00:00Z' },
    ]);
    expect(db.prepare('SELECT clause_id, exact, prefix, suffix, clause_start, clause_end FROM user_annotation_targets').get()).toEqual({
      clause_id: 'action-plan-2012/I.A.1.a', exact: 'websites', prefix: 'against ', suffix: ' that', clause_start: 10, clause_end: 18,
    });
    expect(db.prepare('SELECT COUNT(*) FROM user_annotation_tags').pluck().get()).toBe(1);
  });

  it('refuses a database written by a newer Lextrace', () => {
    const path = tempDbPath();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer than this Lextrace/);
  });

  it('rolls a failing migration back completely', () => {
    const db = new Database(':memory:');
    migrate(db);
    const broken = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up: (d: Database.Database) => {
        d.exec('CREATE TABLE half_done (x)');
        d.exec('THIS IS NOT SQL');
      },
    };
    expect(() => migrate(db, undefined, [...MIGRATIONS, broken])).toThrow(/syntax error/);
    expect(tablesOf(db)).not.toContain('half_done');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });
});
