// When a store cannot be opened (damaged, from a newer Lextrace, not a store): what the hosts offer instead — the
// newest backup next to it that this Lextrace can open, and the restore that puts it in the store's place.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { backupStore, defaultBackupPath, validateStoreFile, type StoreSummary } from './backup.js';
import { openDatabase, storeError } from './open-database.js';
import { StoreError, type StoreProblem } from './store-error.js';

/** The problems a backup can cure (a locked or unwritable store needs something else). */
const RESTORABLE: ReadonlySet<StoreProblem> = new Set(['damaged', 'newer-schema', 'not-a-store']);

export interface BackupFile {
  file: string;
  /** When it was written (the file's modification time), ISO 8601. */
  made: string;
  version: number;
  documents: number;
}

/** What a host shows when the store cannot be opened. */
export interface StoreRecovery {
  store: string;
  /** The StoreError's words: what is wrong, and what to do. */
  problem: string;
  remedy: string;
  kind: StoreProblem;
  /** The newest backup next to the store that this Lextrace can open, if any. */
  backup: BackupFile | null;
  /** The command that restores it, for a terminal (`lextrace restore FILE --db STORE`). */
  restoreCommand: string | null;
}

/** Backups next to a store: on demand (.backup-), before a migration (.before-schema-) or a restore (.before-restore-), newest first. */
export function backupsNextTo(storePath: string): string[] {
  const dir = dirname(resolve(storePath));
  const prefix = `${basename(storePath)}.`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite') && /^\.(backup|before-schema|before-restore)-/.test(name.slice(prefix.length - 1)))
    .map((name) => join(dir, name))
    .map((file) => ({ file, made: statSync(file).mtimeMs }))
    .sort((a, b) => b.made - a.made || b.file.localeCompare(a.file))
    .map(({ file }) => file);
}

/** The newest backup next to the store that is an intact Lextrace store of a schema this version reads. */
export function newestUsableBackup(storePath: string, nativeBinding?: string): BackupFile | null {
  for (const file of backupsNextTo(storePath)) {
    let summary: StoreSummary;
    try {
      summary = validateStoreFile(file, nativeBinding);
    } catch {
      continue; // damaged, newer or foreign: not one to offer
    }
    return { file, made: new Date(statSync(file).mtimeMs).toISOString(), ...summary };
  }
  return null;
}

/** A shell word: as is when plain, else in single quotes. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The recovery to offer for `error`, or null when a backup cannot cure it (a locked store, a read-only folder).
 * `nativeBinding`: better-sqlite3's build for Electron, when the app runs it (as openDatabase takes it).
 */
export function storeRecovery(error: unknown, nativeBinding?: string): StoreRecovery | null {
  if (!(error instanceof StoreError) || !RESTORABLE.has(error.kind)) return null;
  const backup = newestUsableBackup(error.path, nativeBinding);
  return {
    store: error.path,
    problem: error.problem,
    remedy: error.remedy,
    kind: error.kind,
    backup,
    restoreCommand: backup ? `lextrace restore ${shellQuote(backup.file)} --db ${shellQuote(error.path)}` : null,
  };
}

export interface RestoreResult {
  store: string;
  file: string;
  summary: StoreSummary;
  /** The store as it was, kept beside it (null when there was none, or it could not be read to copy). */
  previous: string | null;
  /** Said when the store as it was could not be copied first. */
  notes: string[];
}

/**
 * Replaces the store's contents with a backup, after checking the backup is an intact Lextrace store of a version this
 * Lextrace reads; the store as it was is first copied beside it, so a restore can be undone. The restored store is
 * opened once (an older backup is migrated, with its own pre-migration copy). Used by `lextrace restore` and the app.
 */
export async function restoreBackup(storePath: string, backupFile: string, nativeBinding?: string): Promise<RestoreResult> {
  const file = resolve(backupFile);
  const store = resolve(storePath);
  const binding = nativeBinding ? { nativeBinding } : {};
  const summary = validateStoreFile(file, nativeBinding);
  const notes: string[] = [];
  let previous: string | null = null;
  if (existsSync(store)) {
    let current: BetterSqlite3.Database | undefined;
    try {
      current = new BetterSqlite3(store, { readonly: true, fileMustExist: true, ...binding });
      previous = (await backupStore(current, defaultBackupPath(store).replace('.backup-', '.before-restore-'))).file;
    } catch (err) {
      // A damaged or foreign file at the store's path is what a restore replaces; it is left as it was only if unreadable.
      if (err instanceof StoreError) throw err;
      notes.push(`the store ${store} could not be copied before the restore (${(err as Error).message})`);
    } finally {
      current?.close();
    }
  }
  const backup = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...binding });
  try {
    await backup.backup(store); // SQLite's online backup: page by page, under the store's own locks
  } catch (err) {
    throw storeError(store, err, false);
  } finally {
    backup.close();
  }
  openDatabase(store, binding).close(); // brings an older backup up to the latest schema; the links follow at their next read
  return { store, file, summary, previous, notes };
}
