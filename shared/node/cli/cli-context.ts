// What every CLI command gets: parsed options, output streams, and a lazily opened explorer.
import { existsSync } from 'node:fs';
import { linksStatus, refreshDue } from '../crossref/refresh-guard.js';
import { resolveDatabasePath } from '../store/default-path.js';
import { StoreError } from '../store/store-error.js';
import { openExplorer, type Explorer } from '../service/open-explorer.js';

/**
 * Commands that only read: they open the store read-only, so a store in a read-only folder (or on a read-only
 * medium) can be read. Only a store that needs a write first (an older schema; for LINK_COMMANDS, cross-references
 * left out of date that Lextrace still refreshes by itself) is opened for writing, and if it cannot be, it is read as
 * stored with a note saying so.
 */
export const READ_ONLY_COMMANDS: ReadonlySet<string> = new Set([
  'docs',
  'clauses',
  'show',
  'search',
  'refs',
  'trace',
  'provision',
  'annotations',
  'tags',
  'export-annotations',
]);

/** Reading commands that show links: they bring out-of-date links up to date first (within refresh-guard's limits). */
const LINK_COMMANDS: ReadonlySet<string> = new Set(['trace', 'provision']);

/** Commands that say nothing of the links afterwards (they report on the store themselves, or run until stopped). */
const QUIET_COMMANDS: ReadonlySet<string> = new Set(['backup', 'restore', 'refresh', 'serve']);

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export class CliContext {
  private explorer: Explorer | undefined;

  constructor(
    readonly io: CliIo,
    readonly options: { db?: string; json: boolean; command?: string; [key: string]: unknown },
  ) {}

  get dbPath(): string {
    return resolveDatabasePath(this.options.db, this.io.env);
  }

  open(): Explorer {
    this.explorer ??= READ_ONLY_COMMANDS.has(this.options.command ?? '') ? this.openForReading() : openExplorer(this.dbPath);
    return this.explorer;
  }

  /** The store opened read-only, unless it needs a write first and can take one (see READ_ONLY_COMMANDS). */
  private openForReading(): Explorer {
    const path = this.dbPath;
    if (!existsSync(path)) return openExplorer(path); // a new, empty store, as every command makes one
    let reader: Explorer | undefined;
    try {
      reader = openExplorer(path, { readonly: true, onNotice: (text) => this.io.err(`note: ${text}`) });
      if (!LINK_COMMANDS.has(this.options.command ?? '') || !refreshDue(reader.db)) return reader;
    } catch (err) {
      if (!(err instanceof StoreError && err.kind === 'older-schema')) throw err;
    }
    try {
      const writer = openExplorer(path);
      reader?.close();
      return writer;
    } catch (err) {
      if (!(err instanceof StoreError && err.kind === 'not-writable') || !reader) throw err;
      this.io.err(`note: ${path} cannot be written here, so it was opened read-only; its cross-references are out of date until it is opened where it can be written`);
      return reader;
    }
  }

  /** Prints `value` as JSON when --json is set, otherwise the readable form. */
  print(value: unknown, readable: () => string): void {
    this.io.out(this.options.json ? JSON.stringify(value, null, 2) : readable());
  }

  close(): void {
    if (this.explorer && !QUIET_COMMANDS.has(this.options.command ?? '')) this.noteLinks(this.explorer);
    this.explorer?.close();
    this.explorer = undefined;
  }

  /** A note on stderr when the links are being updated or could not be (a failed refresh never fails a command). */
  private noteLinks(explorer: Explorer): void {
    try {
      const status = linksStatus(explorer.db);
      if (status.links !== 'current') this.io.err(`note: ${status.message}`);
    } catch {
      // a store that cannot even be read says so through the command's own error
    }
  }
}

/** A mistake in how the command was called: printed with the usage hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
