// File › Import…: reads the chosen files in main and imports each through the API, collecting outcomes.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiErrorData } from '../shared/core/api/api-error.js';
import type { ExplorerApi } from '../shared/core/api/contract.js';
import type { ImportReport } from '../shared/core/api/dto.js';
import { callApi } from '../shared/node/web/api-envelope.js';

export const IMPORT_FILTERS = [{ name: 'Legal texts', extensions: ['txt', 'html', 'htm'] }];
/** The API's own limit on a decoded import (see API_ARGS.importDocument). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export type ImportResult = { file: string; ok: true; report: ImportReport } | { file: string; ok: false; error: ApiErrorData };

export async function importFiles(
  service: ExplorerApi,
  paths: readonly string[],
  read: (path: string) => Promise<Buffer> = (path) => readFile(path),
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const path of paths) {
    const file = basename(path);
    let bytes: Buffer;
    try {
      bytes = await read(path);
    } catch (err) {
      results.push({ file, ok: false, error: { code: 'import_failed', message: `cannot read ${file}: ${(err as Error).message}` } });
      continue;
    }
    if (bytes.length > MAX_IMPORT_BYTES) {
      results.push({ file, ok: false, error: { code: 'import_failed', message: `${file} is larger than 64 MB` } });
      continue;
    }
    const envelope = await callApi(service, 'importDocument', { fileName: file, data: bytes.toString('base64') });
    results.push(envelope.ok ? { file, ok: true, report: envelope.result as ImportReport } : { file, ok: false, error: envelope.error });
  }
  return results;
}

/** One line per file, for the dialog shown after an import. */
export function summariseImport(results: readonly ImportResult[]): string {
  return results
    .map((r) => (r.ok ? `${r.file}: ${r.report.status} as "${r.report.docId}" (${r.report.clauses} clauses)` : `${r.file}: ${r.error.message}`))
    .join('\n');
}
