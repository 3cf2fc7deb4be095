// Worker thread of an import (prepare-off-thread.ts): reads and segments one file and prepares the index hooks' work,
// then posts it back; the store is never touched here.
import { parentPort, workerData } from 'node:worker_threads';
import { citationHook } from '../crossref/citation-hook.js';
import { searchIndexHook } from '../search/search-index.js';
import type { IndexHook } from './import-document.js';
import { ImportError } from './import-error.js';
import { prepareDocument } from './prepare-document.js';
import type { ImportWorkerInput, ImportWorkerMessage } from './prepare-off-thread.js';

/** The hooks whose preparation the worker can run, by name. */
const PREPARABLE: readonly IndexHook[] = [citationHook, searchIndexHook];

async function main(): Promise<void> {
  const input = workerData as ImportWorkerInput;
  const hooks = PREPARABLE.filter((hook) => hook.name !== undefined && input.hooks.includes(hook.name));
  let message: ImportWorkerMessage;
  try {
    message = { type: 'prepared', prepared: await prepareDocument(input.path, input.bytes, input.meta, hooks, input.options) };
  } catch (err) {
    message =
      err instanceof ImportError
        ? { type: 'import-error', file: err.file, problem: err.problem }
        : { type: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(message);
}

void main();
