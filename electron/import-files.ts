// File › Import…: reads the chosen files in main, imports each through the API, and tells the window what changed.
import { basename } from 'node:path';
import type { ApiErrorData } from '../shared/core/api/api-error.js';
import type { ExplorerApi } from '../shared/core/api/contract.js';
import type { ImportReport } from '../shared/core/api/dto.js';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_TEXT } from '../shared/core/api/import-limits.js';
import { callApi } from '../shared/node/host/api-envelope.js';
import { ImportError } from '../shared/node/import/import-error.js';
import { readImportBytes } from '../shared/node/import/read-import-file.js';
import { documentPath } from './deep-link.js';

/** The open dialog's filter: the importers' extensions (Electron wants them without the dot). */
export const IMPORT_FILTERS = [{ name: 'Legal texts', extensions: IMPORT_EXTENSIONS.map((ext) => ext.replace(/^\./, '')) }];

export type ImportResult = { file: string; ok: true; report: ImportReport } | { file: string; ok: false; error: ApiErrorData };

export async function importFiles(
  service: ExplorerApi,
  paths: readonly string[],
  // Only regular files, at most the import limit, within a time limit: a link to /dev/zero or a pipe is refused.
  read: (path: string) => Promise<Buffer> = async (path) => readImportBytes(path),
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const path of paths) {
    const file = basename(path);
    let bytes: Buffer;
    try {
      bytes = await read(path);
    } catch (err) {
      const message = err instanceof ImportError ? `${file}: ${err.problem}` : `cannot read ${file}: ${(err as Error).message}`;
      results.push({ file, ok: false, error: { code: 'import_failed', message } });
      continue;
    }
    if (bytes.length > MAX_IMPORT_BYTES) {
      results.push({ file, ok: false, error: { code: 'import_failed', message: `${file} is larger than ${MAX_IMPORT_SIZE_TEXT}` } });
      continue;
    }
    const envelope = await callApi(service, 'importDocument', { fileName: file, data: bytes.toString('base64') });
    results.push(envelope.ok ? { file, ok: true, report: envelope.result as ImportReport } : { file, ok: false, error: envelope.error });
  }
  return results;
}

/** What the menu import asks of the window. */
export interface ImportWindow {
  /** The library changed: the window drops what it cached and reloads what it shows. */
  libraryChanged(): void;
  /** Shows an app path ("/doc/<id>"). */
  navigate(path: string): void;
}

/**
 * File › Import… once files are chosen: imports them, tells the window the library changed when a document was added
 * or updated (every import also recomputes the cross-references), then opens the first imported document.
 */
export async function importIntoWindow(
  service: ExplorerApi,
  paths: readonly string[],
  window: ImportWindow,
  read?: (path: string) => Promise<Buffer>,
): Promise<ImportResult[]> {
  const results = await importFiles(service, paths, read);
  if (results.some((r) => r.ok && r.report.status !== 'unchanged')) window.libraryChanged();
  const firstImported = results.find((r) => r.ok);
  if (firstImported?.ok) window.navigate(documentPath(firstImported.report.docId));
  return results;
}

/** One line per file, for the dialog shown after an import. */
export function summariseImport(results: readonly ImportResult[]): string {
  return results
    .map((r) => (r.ok ? `${r.file}: ${r.report.status} as "${r.report.docId}" (${r.report.clauses} clauses)` : `${r.file}: ${r.error.message}`))
    .join('\n');
}
