// What every CLI command gets: parsed options, output streams, and a lazily opened explorer.
import { resolveDatabasePath } from '../store/default-path.js';
import { openExplorer, type Explorer } from '../service/open-explorer.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export class CliContext {
  private explorer: Explorer | undefined;

  constructor(
    readonly io: CliIo,
    readonly options: { db?: string; json: boolean; [key: string]: unknown },
  ) {}

  get dbPath(): string {
    return resolveDatabasePath(this.options.db, this.io.env);
  }

  open(): Explorer {
    this.explorer ??= openExplorer(this.dbPath);
    return this.explorer;
  }

  /** Prints `value` as JSON when --json is set, otherwise the readable form. */
  print(value: unknown, readable: () => string): void {
    this.io.out(this.options.json ? JSON.stringify(value, null, 2) : readable());
  }

  close(): void {
    this.explorer?.close();
    this.explorer = undefined;
  }
}

/** A mistake in how the command was called: printed with the usage hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
