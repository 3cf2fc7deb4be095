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
      expect.arrayContaining(['documents', 'clauses', 'citations', 'provisions', 'provision_text', 'links', 'annotations', 'tags', 'annotation_tags', 'search_fts', 'store_state']),
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
    db.prepare("INSERT INTO tags (name) VALUES ('enforcement')").run();
    db.close();
    const again = openDatabase(path);
    expect(again.prepare('SELECT name FROM tags').all()).toEqual([{ name: 'enforcement' }]);
    again.close();
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
