// Stores that must not be written into, or not like that: newer schema, damaged pages, a file where a folder should be;
// read-only opens for reading commands; the WAL switch waiting for another process; backups before migrations.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CliContext } from '../../../shared/node/cli/cli-context.js';
import { runCli } from '../../../shared/node/cli/main.js';
import { importFile } from '../../../shared/node/import/import-document.js';
import { KEPT_MIGRATION_BACKUPS, migrationBackups } from '../../../shared/node/store/backup.js';
import { LATEST_SCHEMA_VERSION, migrate } from '../../../shared/node/store/migrations/index.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { StoreError } from '../../../shared/node/store/store-error.js';
import { CORPUS_DIR, cleanupTemp, tempDir } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const REPORT = join(CORPUS_DIR, 'documents', 'iipa-2017-special-301-russia.txt');

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}

describe('a store from a newer Lextrace', () => {
  it('is refused before anything is written: still in its journal mode, no -wal file', async () => {
    const path = join(tempDir(), 'newer.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = sha(path);
    const err = thrown(() => openDatabase(path));
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toContain(path);
    expect(err.message).toMatch(/newer than this Lextrace .* update Lextrace/);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(sha(path)).toBe(before);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });
});

describe('a store with damaged pages', () => {
  it('is refused for writing, with its file and how to recover, and left as it was', async () => {
    const path = join(tempDir(), 'damaged.db');
    const db = openDatabase(path);
    await importFile(db, REPORT);
    db.close();
    // Overwrite a run of pages in the middle (not the header page) with noise.
    const bytes = readFileSync(path);
    const pageSize = 4096;
    const pages = bytes.length / pageSize;
    for (let i = Math.floor(pages / 3) * pageSize; i < Math.floor(pages / 3 + 2) * pageSize; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(path, bytes);
    const before = sha(path);
    const err = thrown(() => openDatabase(path));
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toContain(path);
    expect(err.message).toMatch(/is damaged .*nothing was written into it; restore a backup with `lextrace restore FILE`/);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});

describe('store paths that cannot be a store', () => {
  it('names the store and the file in the way when --db is inside a file', async () => {
    const dir = tempDir();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'not a folder');
    const err: string[] = [];
    const code = await runCli(['docs', '--db', join(file, 'lextrace.db')], { out: () => {}, err: (t) => err.push(t), env: {} });
    expect(code).toBe(1);
    expect(err.join('\n')).toBe(
      `error: the store ${join(file, 'lextrace.db')} cannot be created: ${file} is a file, not a folder; pass --db with a path inside a folder`,
    );
  });

  it('names a file that is not a database', async () => {
    const path = join(tempDir(), 'text.db');
    writeFileSync(path, 'Just some text, long enough to be looked at as a database header.\n'.repeat(100));
    expect(() => openDatabase(path)).toThrow(`the store ${path} is not a Lextrace store (not an SQLite database)`);
  });
});

describe('commands that only read', () => {
  it('open the store read-only; commands that write open it for writing', async () => {
    const path = join(tempDir(), 'store.db');
    openDatabase(path).close();
    const io = { out: () => {}, err: () => {}, env: {} };
    const reader = new CliContext(io, { db: path, json: false, command: 'docs' });
    expect(reader.open().db.readonly).toBe(true);
    reader.close();
    const writer = new CliContext(io, { db: path, json: false, command: 'import' });
    expect(writer.open().db.readonly).toBe(false);
    writer.close();
  });

  it('open an older store for writing once, to upgrade it', async () => {
    const path = join(tempDir(), 'old.db');
    const raw = new Database(path);
    migrate(raw, LATEST_SCHEMA_VERSION - 1);
    raw.close();
    const ctx = new CliContext({ out: () => {}, err: () => {}, env: {} }, { db: path, json: false, command: 'docs' });
    expect(ctx.open().db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    ctx.close();
  });
});

describe('switching a new store to WAL while another process holds its lock', () => {
  it('waits for the lock instead of failing with "database is locked" at once', async () => {
    const path = join(tempDir(), 'locked.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
         const db = new D(${JSON.stringify(path)});
         db.exec('BEGIN IMMEDIATE'); db.exec('INSERT INTO t VALUES (1)');
         process.stdout.write('locked\\n');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 700);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const started = Date.now();
    const db = openDatabase(path);
    expect(Date.now() - started).toBeGreaterThan(300);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await new Promise((resolve) => holder.once('exit', resolve));
  });
});

describe('backups before a migration', () => {
  function storeAt(version: number, path: string, withRows: boolean): void {
    const raw = new Database(path);
    migrate(raw, version);
    if (withRows) raw.prepare("INSERT INTO tags (name) VALUES ('enforcement')").run();
    raw.close();
  }

  it('copies an existing store next to it before migrating it, and keeps the last few', async () => {
    const dir = tempDir();
    const path = join(dir, 'lextrace.db');
    for (let round = 0; round < KEPT_MIGRATION_BACKUPS + 2; round++) {
      for (const suffix of ['', '-wal', '-shm']) writeFileSync(`${path}${suffix}`, '');
      storeAt(3, path, true);
      const made: string[] = [];
      openDatabase(path, { onBackup: (file) => made.push(file) }).close();
      expect(made).toHaveLength(1);
      const copy = new Database(made[0]!, { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(3);
      expect(copy.prepare('SELECT name FROM tags').pluck().get()).toBe('enforcement');
      copy.close();
    }
    const kept = migrationBackups(path);
    expect(kept).toHaveLength(KEPT_MIGRATION_BACKUPS);
    for (const file of kept) expect(file).toMatch(new RegExp(`lextrace\\.db\\.before-schema-${LATEST_SCHEMA_VERSION}-at-.*\\.sqlite$`));
  });

  it('makes no copy of a new or empty store, nor of one already at the latest schema', async () => {
    const dir = tempDir();
    const made: string[] = [];
    const onBackup = (file: string) => made.push(file);
    openDatabase(join(dir, 'new.db'), { onBackup }).close();
    storeAt(3, join(dir, 'empty.db'), false);
    openDatabase(join(dir, 'empty.db'), { onBackup }).close();
    openDatabase(join(dir, 'new.db'), { onBackup }).close();
    expect(made).toEqual([]);
  });
});
