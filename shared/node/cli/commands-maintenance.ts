// CLI commands that look after the store: back it up, restore a backup, remove a document, refresh the links.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../core/api/api-error.js';
import { refreshStaleCrossReferences } from '../crossref/refresh-cross-references.js';
import { linksStatus } from '../crossref/refresh-guard.js';
import { backupStore, defaultBackupPath } from '../store/backup.js';
import { openDatabase } from '../store/open-database.js';
import { restoreBackup } from '../store/store-recovery.js';
import { StoreError } from '../store/store-error.js';
import { CliContext, UsageError } from './cli-context.js';

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** `lextrace backup [FILE]`: a consistent copy of the store, by default next to it; the store stays in use meanwhile. */
export async function backupCommand(ctx: CliContext, [target]: string[]): Promise<number> {
  const store = ctx.dbPath;
  if (!existsSync(store)) throw new StoreError(store, 'does not exist, so there is nothing to back up', 'pass --db with the store to back up', 'missing');
  const file = resolve(target ?? defaultBackupPath(store));
  const db = openDatabase(store, { readonly: true });
  try {
    const { bytes } = await backupStore(db, file);
    ctx.print({ store, file, bytes }, () => `Backed up ${store} to ${file} (${megabytes(bytes)}).`);
  } finally {
    db.close();
  }
  return 0;
}

/**
 * `lextrace restore FILE`: replaces the store's contents with a backup, after checking the backup is a Lextrace store
 * of a version this Lextrace reads and is intact. The store as it was is first copied next to it, so a restore can be undone.
 */
export async function restoreCommand(ctx: CliContext, [source]: string[]): Promise<number> {
  if (!source) throw new UsageError('restore needs the backup FILE to restore (see `lextrace backup`)');
  const file = resolve(source);
  const store = resolve(ctx.dbPath);
  if (file === store) throw new UsageError('the backup FILE is the store itself; name a backup file');
  const { summary, previous, notes } = await restoreBackup(store, file);
  for (const note of notes) ctx.io.err(`note: ${note}`);
  ctx.print({ store, file, version: summary.version, documents: summary.documents, previous }, () =>
    [
      `Restored ${store} from ${file} (schema ${summary.version}, ${summary.documents} documents).`,
      ...(previous ? [`The store as it was is kept in ${previous}.`] : []),
    ].join('\n'),
  );
  return 0;
}

/** `lextrace remove DOC_ID`: removes a document and everything derived from it (its clauses, citations, index rows). */
export async function removeCommand(ctx: CliContext, [docId]: string[]): Promise<number> {
  if (!docId) throw new UsageError('remove needs a DOC_ID (see `lextrace docs`)');
  const { db, service } = ctx.open();
  const { removed } = await service.removeDocument({ id: docId });
  if (!removed) throw new ApiError('not_found', `no document with id "${docId}"`);
  refreshStaleCrossReferences(db);
  ctx.print({ removed: docId }, () => `Removed ${docId}.`);
  return 0;
}

/**
 * `lextrace refresh`: brings the links up to date now, whatever the attempts so far (Lextrace stops retrying by itself
 * after REFRESH_ATTEMPT_LIMIT failed attempts at the same library). Exit code 1 when the refresh failed.
 */
export async function refreshCommand(ctx: CliContext, args: string[]): Promise<number> {
  if (args.length > 0) throw new UsageError(`refresh takes no arguments (got "${args[0]}")`);
  const { db } = ctx.open();
  const started = Date.now();
  const refreshed = refreshStaleCrossReferences(db, { explicit: true });
  const seconds = Number(((Date.now() - started) / 1000).toFixed(1));
  const status = linksStatus(db);
  ctx.print(
    { status: status.links, provisions: refreshed?.provisions ?? null, links: refreshed?.links ?? null, seconds, attempts: status.attempts, message: status.message },
    () =>
      status.links === 'current'
        ? refreshed
          ? `Links refreshed in ${seconds} s: ${refreshed.provisions} provisions, ${refreshed.links} links.`
          : 'The links were already up to date.'
        : status.message,
  );
  // 'updating' after a refresh: another process changed the library meanwhile, which is no failure of this one.
  return status.links === 'failed' ? 1 : 0;
}
