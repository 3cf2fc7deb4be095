// `lextrace serve`: indexes the shipped corpus on first run, then serves Lextrace to the browser until stopped.
import { join } from 'node:path';
import type { ExplorerApi } from '../../core/api/contract.js';
import { indexCorpus } from '../import/index-corpus.js';
import { packageRoot, shippedCorpusDir } from '../package-root.js';
import { startWebHost, type WebHost, type WebHostOptions } from '../web/web-host.js';
import { recoveryMessage, recoveryPageHtml } from '../host/recovery-page.js';
import { storeRecovery, type StoreRecovery } from '../store/store-recovery.js';
import { ApiError } from '../../core/api/api-error.js';
import { UsageError, type CliContext } from './cli-context.js';

export const DEFAULT_PORT = 5178;

export interface ServeOptions {
  rendererDir?: string;
  corpusDir?: string;
  /** Resolves when the server should stop (default: the first SIGINT or SIGTERM). */
  untilStopped?: Promise<unknown>;
}

export async function serveCommand(ctx: CliContext, args: string[]): Promise<number> {
  return serve(ctx, args);
}

export async function serve(ctx: CliContext, args: string[], options: ServeOptions = {}): Promise<number> {
  if (args.length > 0) throw new UsageError(`serve takes no arguments (got "${args[0]}")`);
  const requestedPort = parsePort(ctx.options.port);
  let explorer;
  try {
    explorer = ctx.open();
  } catch (err) {
    const recovery = storeRecovery(err);
    if (!recovery) throw err;
    return serveRecovery(ctx, recovery, requestedPort, options);
  }

  const empty = (await explorer.service.listDocuments({})).length === 0;
  const rendererDir = options.rendererDir ?? join(packageRoot(), 'dist', 'renderer');
  const host = await listen(ctx, explorer.service, rendererDir, requestedPort);
  ctx.io.out(host.url);
  ctx.io.err(`Lextrace is serving ${ctx.dbPath} at ${host.url} (Ctrl+C to stop).`);
  if (empty) {
    // The app is up at once and shows the indexing's progress (getProgress); each document arrives in one transaction.
    const corpus = options.corpusDir ?? shippedCorpusDir();
    ctx.io.err(`The database ${ctx.dbPath} is empty: indexing the shipped corpus.`);
    explorer.service.reportProgress({ task: 'index', file: '', done: 0, total: 0 });
    try {
      await indexCorpus(explorer.db, corpus, explorer.hooks, {
        onProgress: ({ index, total, docId, outcome, error }) => {
          explorer.service.reportProgress({ task: 'index', file: docId, done: index + 1, total });
          ctx.io.err(`[${index + 1}/${total}] ${docId}: ${error ? `failed: ${error.message}` : `${outcome!.clauses} clauses`}`);
        },
      });
    } finally {
      explorer.service.reportProgress(null);
    }
  }
  await (options.untilStopped ?? stopSignal());
  await host.close();
  ctx.io.err('Lextrace stopped.');
  return 0;
}

/**
 * The store cannot be opened (damaged, from a newer Lextrace, not a store): a page in place of the app names the store
 * and the newest backup next to it with the command that restores it; exit code 1 once stopped.
 */
async function serveRecovery(ctx: CliContext, recovery: StoreRecovery, port: number | undefined, options: ServeOptions): Promise<number> {
  const message = recoveryMessage(recovery);
  ctx.io.err(`error: ${message}`);
  const unavailable = { page: recoveryPageHtml(recovery), message };
  const service = new Proxy({} as ExplorerApi, {
    get: () => async () => {
      throw new ApiError('internal', message);
    },
  });
  const host = await listen(ctx, service, '', port, unavailable);
  ctx.io.out(host.url);
  ctx.io.err(`Lextrace is serving a page on what to do at ${host.url} (Ctrl+C to stop).`);
  await (options.untilStopped ?? stopSignal());
  await host.close();
  return 1;
}

async function listen(
  ctx: CliContext,
  service: ExplorerApi,
  rendererDir: string,
  port: number | undefined,
  unavailable?: WebHostOptions['unavailable'],
): Promise<WebHost> {
  const extra = unavailable ? { unavailable } : {};
  if (port !== undefined) return startWebHost({ service, rendererDir, port, ...extra });
  try {
    return await startWebHost({ service, rendererDir, port: DEFAULT_PORT, ...extra });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    ctx.io.err(`Port ${DEFAULT_PORT} is busy; using a free port instead.`);
    return startWebHost({ service, rendererDir, port: 0, ...extra });
  }
}

function parsePort(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const port = typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port must be a number from 0 to 65535 (got "${String(value)}")`);
  return port;
}

function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
