// Imports a file the person picked: checks its type and size, sends its bytes base64-encoded, refreshes the library.
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_TEXT } from '../../shared/core/api/import-limits.js';
import { toUiError } from '../api/ui-error.js';
import { showToast } from './toast.js';
import type { AppStore } from '../state/app-store.js';

/** The file picker's `accept`: the importers' extensions and the MIME types browsers give such files. */
export const IMPORT_ACCEPT = [...IMPORT_EXTENSIONS, 'text/plain', 'text/html', 'application/xhtml+xml', 'application/pdf'].join(',');

export type PickedFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/** What an import came to: a line to show, styled as an error when it failed. */
export interface ImportOutcome {
  ok: boolean;
  message: string;
}

/**
 * Imports `file` and returns the line to show (also shown as a toast, so it is seen wherever the button is). A new or updated document changes the library (and every import
 * recomputes the cross-references), so the store drops what it cached and reloads what is open; then the document
 * opens in the active pane.
 */
export async function importPickedFile(api: ExplorerApi, store: AppStore, file: PickedFile): Promise<ImportOutcome> {
  const outcome = await importOne(api, store, file);
  showToast(outcome.message);
  return outcome;
}

async function importOne(api: ExplorerApi, store: AppStore, file: PickedFile): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: `Could not import ${file.name}: it is larger than ${MAX_IMPORT_SIZE_TEXT}.` };
  try {
    const data = await toBase64(file);
    const report = await api.importDocument({ fileName: file.name, data });
    if (report.status !== 'unchanged') await store.getState().invalidate(['library']);
    store.getState().openView({ type: 'doc', doc: report.docId, clause: null });
    return { ok: true, message: `${file.name}: ${report.status}, ${report.clauses} ${report.clauses === 1 ? 'clause' : 'clauses'}.` };
  } catch (err) {
    // The service's message names the file already ("x.txt: the file is binary data…").
    const reason = toUiError(err).message;
    const named = reason.toLowerCase().startsWith(file.name.toLowerCase());
    return { ok: false, message: named ? `Could not import ${file.name}${reason.slice(file.name.length)}` : `Could not import ${file.name}: ${reason}` };
  }
}

async function toBase64(file: PickedFile): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
