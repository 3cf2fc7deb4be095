// Opens the SQLite store (better-sqlite3): checks before it writes, WAL, foreign keys, backups and migrations; works under Node and Electron.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { backupBeforeMigration } from './backup.js';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations/index.js';
import { StoreError } from './store-error.js';

export interface OpenOptions {
  /** Open without writing (no migrations, no WAL switch); the store must exist and be at the latest schema. */
  readonly?: boolean;
  /**
   * Path of a better_sqlite3.node built for the running ABI. Electron passes the one it was
   * rebuilt for (see README, "better-sqlite3 under Node and Electron"); Node uses the default.
   */
  nativeBinding?: string;
  /** Called when the store was backed up before a migration (the backup's file). */
  onBackup?: (file: string) => void;
  /** Told what the user should know about how the store was opened ("read into memory: its folder cannot be written"). */
  onNotice?: (text: string) => void;
}

/**
 * Stores up to this size are checked (PRAGMA quick_check) at every open for writing: about 1–2 ms per MB
 * (16–28 ms for the 15 MB store of the shipped corpus, see README "Reliability"). Larger stores are checked
 * only after an unclean state (a -wal file left at open).
 */
export const ALWAYS_CHECK_BYTES = 64 * 1024 * 1024;

/** How long opening waits for another process that holds the store's lock (busy_timeout, and the WAL switch). */
const LOCK_WAIT_MS = 5000;

const RECOVER =
  'restore a backup with `lextrace restore FILE` (automatic backups lie next to the store), or move the file away and run `lextrace index` to build a new store';

/** Opens (creating if needed) the database at `path` and migrates it to the latest schema. */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  if (path === ':memory:') return openInMemory(options);
  const readonly = options.readonly ?? false;
  const existed = existsSync(path);
  if (!readonly) ensureFolder(path);
  else if (!existed) throw new StoreError(path, 'does not exist', 'run `lextrace index` or `lextrace import FILE` to create it, or pass --db with the store to read', 'missing');
  const unclean = existed && nonEmpty(`${path}-wal`);

  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly,
      fileMustExist: readonly,
      timeout: LOCK_WAIT_MS,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (err) {
    throw storeError(path, err, readonly);
  }
  try {
    db.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
    db.pragma('foreign_keys = ON');
    // Nothing is written before the store is known to be one this version can write: version first, then its pages.
    let version: number;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
    } catch (err) {
      if (!readonly || !cannotShareWal(err)) throw err;
      // A WAL store in a folder this process cannot write: SQLite cannot make the -shm file it reads through.
      db.close();
      db = snapshotInMemory(path, options);
      options.onNotice?.(`${path} is in a folder that cannot be written, so it was read into memory as it is on disk (read-only)`);
      version = db.pragma('user_version', { simple: true }) as number;
    }
    if (version > LATEST_SCHEMA_VERSION) {
      throw new StoreError(
        path,
        `is at schema ${version}, newer than this Lextrace (which reads up to schema ${LATEST_SCHEMA_VERSION}), and was left untouched`,
        'update Lextrace, or pass --db with another store',
        'newer-schema',
      );
    }
    if (readonly) {
      if (version < LATEST_SCHEMA_VERSION) {
        throw new StoreError(path, `is at schema ${version} and must be upgraded to ${LATEST_SCHEMA_VERSION} before it can be read`, 'open it once where it can be written (any command that imports or indexes upgrades it)', 'older-schema');
      }
      return db;
    }
    if (existed && (unclean || statSync(path).size <= ALWAYS_CHECK_BYTES)) checkPages(db, path);
    switchToWal(db, path);
    db.pragma('synchronous = NORMAL');
    if (version >= 1 && version < LATEST_SCHEMA_VERSION && hasRows(db)) {
      const file = backupBeforeMigration(db, path, LATEST_SCHEMA_VERSION);
      options.onBackup?.(file);
    }
    // Under the write lock: two processes opening a new store at once must not both create its tables.
    db.transaction(() => migrate(db)).immediate();
    return db;
  } catch (err) {
    db.close();
    throw storeError(path, err, readonly);
  }
}

function cannotShareWal(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_READONLY_CANTINIT' || code === 'SQLITE_CANTOPEN';
}

/**
 * The store's file read into memory, read-only: for a WAL store whose folder cannot be written (a read-only medium,
 * another user's folder). Its header is marked rollback-journal so SQLite reads it without a -shm file; a store whose
 * -wal file holds changes not yet in the main file cannot be read this way (they would be missed).
 */
function snapshotInMemory(path: string, options: OpenOptions): Database.Database {
  if (nonEmpty(`${path}-wal`)) {
    throw new StoreError(
      path,
      'is in a folder that cannot be written and has changes in its -wal file that were not yet written to it',
      'open it once where its folder can be written (any command does), then it can be read here',
      'not-writable',
    );
  }
  const bytes = readFileSync(path);
  if (bytes.length >= 100 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1; // file format write/read version: 2 is WAL, 1 is the rollback journal
    bytes[19] = 1;
  }
  return new Database(bytes, { readonly: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
}

function openInMemory(options: OpenOptions): Database.Database {
  const db = new Database(':memory:', options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/** The store's folder, created if missing; a file in the way or a folder without permission is named. */
function ensureFolder(path: string): void {
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new StoreError(path, `cannot be created: ${(err as NodeJS.ErrnoException).path ?? folder} is a file, not a folder`, 'pass --db with a path inside a folder');
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new StoreError(path, `cannot be created: no permission to create the folder ${folder}`, 'pass --db with a path in a folder you can write');
    }
    throw new StoreError(path, `cannot be created (${(err as Error).message})`, 'pass --db with another path');
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new StoreError(path, 'is a folder, not a store file', 'pass --db with a file path, e.g. ' + `${path}/lextrace.db`);
  }
}

/** PRAGMA quick_check: refuses a store with damaged pages before anything is written into it. */
function checkPages(db: Database.Database, path: string): void {
  const rows = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length > 0) throw new StoreError(path, `is damaged (${problems.join('; ')}), so nothing was written into it`, RECOVER, 'damaged');
}

/** journal_mode = WAL. SQLite answers SQLITE_BUSY at once here (no busy handler), so the switch is retried a while. */
function switchToWal(db: Database.Database, path: string): void {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw storeError(path, err, false);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/** Tables that hold what the user made or imported (a migration over them is worth a backup). */
const CONTENT_TABLES = /^(?:documents|annotations|tags|annotation_tags|user_.*)$/;

/** True when the store holds documents or user data (not only what the migrations themselves set up). */
function hasRows(db: Database.Database): boolean {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter((name) =>
    CONTENT_TABLES.test(name),
  );
  return tables.some((name) => db.prepare(`SELECT 1 FROM "${name.replace(/"/g, '""')}" LIMIT 1`).get() !== undefined);
}

function nonEmpty(file: string): boolean {
  try {
    return statSync(file).size > 0;
  } catch {
    return false;
  }
}

/** Any failure while opening, as a StoreError that names the store and what to do. */
export function storeError(path: string, err: unknown, readonly: boolean): Error {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message ?? String(err);
  if (code === 'SQLITE_NOTADB') return new StoreError(path, 'is not a Lextrace store (not an SQLite database)', 'pass --db with the store file, or move this file away', 'not-a-store');
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError(path, `is damaged (${message}), so nothing was written into it`, RECOVER, 'damaged');
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return readonly
      ? new StoreError(path, `cannot be opened (${message})`, 'check that the file and its folder can be read')
      : new StoreError(path, `cannot be written (${message})`, 'check that the file and its folder can be written, or pass --db with a store in a folder you can write; commands that only read open it read-only', 'not-writable');
  }
  if (code.startsWith('SQLITE_BUSY')) return new StoreError(path, 'is locked by another process', 'wait for the other Lextrace (an import or index) to finish, then try again', 'locked');
  if (code === 'SQLITE_FULL') return new StoreError(path, 'cannot grow: the disk is full', 'free some space and try again');
  return new StoreError(path, `cannot be opened (${message})`, 'check the file, or pass --db with another store');
}
