// Imports the files the person picked, one after the other, reporting each step (file and count) for a progress bar;
// the library is refreshed once at the end, and the last document imported opens.
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_TEXT } from '../../shared/core/api/import-limits.js';
import { toUiError } from '../api/ui-error.js';
import type { AppStore } from '../state/app-store.js';
import { importPickedFile, type ImportOutcome, type PickedFile } from './import-file.js';
import { showToast } from './toast.js';

export interface ImportStep {
  file: string;
  /** Files done so far. */
  done: number;
  total: number;
}

/** One file: a line saying how it went. Several: one line for all, naming the failures. */
export async function importPickedFiles(api: ExplorerApi, store: AppStore, files: readonly PickedFile[], onStep?: (step: ImportStep) => void): Promise<ImportOutcome> {
  if (files.length === 1) return importPickedFile(api, store, files[0]!);
  let changed = false;
  let lastDoc: string | null = null;
  const failed: string[] = [];
  let imported = 0;
  for (const [i, file] of files.entries()) {
    onStep?.({ file: file.name, done: i, total: files.length });
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new Error(`it is larger than ${MAX_IMPORT_SIZE_TEXT}`);
      const report = await api.importDocument({ fileName: file.name, data: await toBase64(file) });
      changed ||= report.status !== 'unchanged';
      lastDoc = report.docId;
      imported++;
    } catch (err) {
      const reason = toUiError(err).message.replace(new RegExp(`^${escape(file.name)}:\\s*`, 'i'), '').replace(/\.$/, '');
      failed.push(`${file.name} (${reason})`);
    }
  }
  onStep?.({ file: '', done: files.length, total: files.length });
  if (changed) await store.getState().invalidate(['library']);
  if (lastDoc) store.getState().openView({ type: 'doc', doc: lastDoc, clause: null });
  const outcome: ImportOutcome = {
    ok: failed.length === 0,
    message: `Imported ${imported} of ${files.length} files.${failed.length ? ` Could not import ${failed.join('; ')}.` : ''}`,
  };
  showToast(outcome.message);
  return outcome;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function toBase64(file: PickedFile): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
