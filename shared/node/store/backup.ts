// Backups of a store: automatic copies before a migration changes it, and copies and restores on demand.
import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';
import { StoreError } from './store-error.js';

/** How many automatic pre-migration backups are kept next to a store (the oldest go first). */
export const KEPT_MIGRATION_BACKUPS = 3;

/** A file-name-safe timestamp, sortable: 2026-11-29T22-40-05-123Z. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** The default file of an on-demand backup: next to the store, "lextrace.db.backup-<time>.sqlite". */
export function defaultBackupPath(storePath: string, now = new Date()): string {
  return join(dirname(storePath), `${basename(storePath)}.backup-${stamp(now)}.sqlite`);
}

const migrationPrefix = (storePath: string): string => `${basename(storePath)}.before-schema-`;

/** The automatic backups of a store, oldest first. */
export function migrationBackups(storePath: string): string[] {
  const dir = dirname(storePath);
  const prefix = migrationPrefix(storePath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite'))
    .map((name) => join(dir, name))
    .map((file) => ({ file, made: statSync(file).mtimeMs }))
    .sort((a, b) => a.made - b.made || a.file.localeCompare(b.file))
    .map(({ file }) => file);
}

/**
 * Before a migration changes an existing store: a consistent copy next to it, "lextrace.db.before-schema-5-at-<time>.sqlite",
 * keeping the last KEPT_MIGRATION_BACKUPS. Synchronous (opening a store is), so it is made with VACUUM INTO, which
 * writes a compact, consistent copy in one statement; on-demand backups use better-sqlite3's online backup instead.
 */
export function backupBeforeMigration(db: Database, storePath: string, target: number, now = new Date()): string {
  let file = join(dirname(storePath), `${migrationPrefix(storePath)}${target}-at-${stamp(now)}.sqlite`);
  for (let n = 2; existsSync(file); n++) file = file.replace(/(?:-\d+)?\.sqlite$/, `-${n}.sqlite`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  renameSync(partial, file);
  const backups = migrationBackups(storePath);
  for (const old of backups.slice(0, Math.max(0, backups.length - KEPT_MIGRATION_BACKUPS))) rmSync(old, { force: true });
  return file;
}

/** An on-demand copy of the open store to `file` (better-sqlite3's online backup: others may keep using the store). */
export async function backupStore(db: Database, file: string): Promise<{ file: string; bytes: number }> {
  if (existsSync(file)) throw new StoreError(file, 'already exists', 'choose another backup file name, or remove that file first');
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    renameSync(partial, file);
  } catch (err) {
    rmSync(partial, { force: true });
    throw new StoreError(file, `cannot be written (${(err as Error).message})`, 'name a backup FILE in a folder you can write', 'not-writable');
  }
  return { file, bytes: statSync(file).size };
}

/** What a file holds when it is a Lextrace store: its schema version and its documents. */
export interface StoreSummary {
  version: number;
  documents: number;
}

/**
 * Checks that `file` is a Lextrace store this version can open: an SQLite database, intact, with Lextrace's tables,
 * at a schema version from 1 to the latest. Opened read-only; nothing is written. (`nativeBinding`: better-sqlite3's
 * build for Electron, as openDatabase takes it.)
 */
export function validateStoreFile(file: string, nativeBinding?: string): StoreSummary {
  if (!existsSync(file)) throw new StoreError(file, 'does not exist', 'name an existing backup file');
  if (!statSync(file).isFile()) throw new StoreError(file, 'is not a file', 'name a backup file made by `lextrace backup`');
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) {
      throw new StoreError(file, `is at schema ${version}, newer than this Lextrace (which reads up to schema ${LATEST_SCHEMA_VERSION})`, 'update Lextrace to restore it');
    }
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]));
    if (version < 1 || !tables.has('documents') || !tables.has('clauses')) {
      throw new StoreError(file, 'is an SQLite database but not a Lextrace store', 'name a backup file made by `lextrace backup`');
    }
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new StoreError(file, `is damaged (${check})`, 'restore another backup');
    const documents = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    return { version, documents };
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new StoreError(file, 'is not a Lextrace store (not an SQLite database)', 'name a backup file made by `lextrace backup`');
    if (code === 'SQLITE_CORRUPT') throw new StoreError(file, 'is damaged', 'restore another backup');
    throw new StoreError(file, `cannot be read (${(err as Error).message})`, 'check the file and its permissions');
  } finally {
    db?.close();
  }
}
