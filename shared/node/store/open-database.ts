// Opens the SQLite store (better-sqlite3): WAL, foreign keys, migrations; works under Node and Electron.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations/index.js';

export interface OpenOptions {
  /** Open without writing (no migrations, no WAL switch). */
  readonly?: boolean;
  /**
   * Path of a better_sqlite3.node built for the running ABI. Electron passes the one it was
   * rebuilt for (see README, "better-sqlite3 under Node and Electron"); Node uses the default.
   */
  nativeBinding?: string;
}

/** Opens (creating if needed) the database at `path` and migrates it to the latest schema. */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Under the write lock: two processes opening a new store at once must not both create its tables.
    db.transaction(() => migrate(db)).immediate();
  }
  return db;
}
