// Runs prepare-document.ts in a worker thread (import-worker.ts), so reading, segmenting and the hooks' preparations
// of a large file never hold up the thread that serves requests. From the TypeScript sources (the tests) there is no
// compiled worker, and the same preparation runs in the calling thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentMeta, ImportOptions, IndexHook } from './import-document.js';
import { ImportError } from './import-error.js';
import { prepareDocument, type PreparedDocument } from './prepare-document.js';

const WORKER = new URL('./import-worker.js', import.meta.url);
/** The import worker's heap limit: enough for the largest importable file (64 MB) with room to spare. */
export const IMPORT_WORKER_HEAP_MB = 1024;

export interface ImportWorkerInput {
  path: string;
  bytes: Uint8Array;
  meta: DocumentMeta;
  options: ImportOptions;
  /** The hooks to prepare, by name (the worker knows them: import-worker.ts). */
  hooks: string[];
}

export type ImportWorkerMessage =
  | { type: 'prepared'; prepared: PreparedDocument }
  | { type: 'import-error'; file: string; problem: string }
  | { type: 'error'; message: string };

/** Whether imports prepare in a worker here (a compiled build; LEXTRACE_IMPORT_IN_PROCESS=1 turns it off). */
export function importWorkerAvailable(): boolean {
  return process.env.LEXTRACE_IMPORT_IN_PROCESS !== '1' && existsSync(fileURLToPath(WORKER));
}

/** prepareDocument, in a worker thread when there is one; hooks the worker does not know are prepared here after it. */
export async function prepareOffThread(
  path: string,
  bytes: Uint8Array,
  meta: DocumentMeta,
  hooks: readonly IndexHook[],
  options: ImportOptions,
): Promise<PreparedDocument> {
  if (!importWorkerAvailable()) return prepareDocument(path, bytes, meta, hooks, options);
  const names = hooks.filter((h) => h.name && h.prepare).map((h) => h.name!);
  const prepared = await runWorker({ path, bytes: Uint8Array.from(bytes), meta, options, hooks: names });
  for (const hook of hooks) {
    if (hook.name && hook.prepare && !(hook.name in prepared.prepared)) {
      prepared.prepared[hook.name] = hook.prepare(
        { kind: prepared.source.kind, lang: prepared.source.lang, instrument: prepared.source.instrument ?? null },
        prepared.drafts.map((d) => ({ path: d.path, text: d.text, kind: d.kind })),
      );
    }
  }
  return prepared;
}

function runWorker(input: ImportWorkerInput): Promise<PreparedDocument> {
  return new Promise((resolve, reject) => {
    // A bounded heap: the worker collects its garbage early instead of growing toward Node's default limit (a 60 MB
    // text peaked at 1.65 GB without it), and a runaway document fails with a message instead of exhausting memory.
    const worker = new Worker(WORKER, {
      workerData: input,
      transferList: [input.bytes.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.once('message', (message: ImportWorkerMessage) =>
      settle(() => {
        if (message.type === 'prepared') resolve(message.prepared);
        else if (message.type === 'import-error') reject(new ImportError(message.file, message.problem));
        else reject(new Error(message.message));
      }),
    );
    worker.once('error', (err) => settle(() => reject(new ImportError(input.path, `could not be read (${err.message})`))));
    worker.once('exit', (code) => settle(() => reject(new ImportError(input.path, `could not be read (the import worker stopped with exit code ${code})`))));
  });
}
