// Annotation files: export (JSON-LD or CSV, downloaded from a Blob URL) and import of a JSON-LD file with its report.
import type { ApiArgs, ExplorerApi } from '../../shared/core/api/contract.js';
import { MAX_ANNOTATION_IMPORT_CHARS } from '../../shared/core/api/domains/annotations.js';
import type { AppStore } from '../state/app-store.js';
import { toUiError } from '../api/ui-error.js';
import { showToast } from './toast.js';

/** What the import file picker offers. */
export const ANNOTATION_IMPORT_ACCEPT = '.jsonld,.json,application/ld+json,application/json';

/** Asks the service for the file and hands it to the browser as a download named as the service says. */
export async function exportAnnotations(api: ExplorerApi, args: ApiArgs<'exportAnnotations'>): Promise<void> {
  try {
    const file = await api.exportAnnotations(args);
    const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.className = 'offscreen';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    showToast(`Exported ${file.count} ${file.count === 1 ? 'annotation' : 'annotations'} to ${file.fileName}.`);
  } catch (err) {
    showToast(`Could not export: ${toUiError(err).message}`);
  }
}

/** Imports a JSON-LD file the person picked, refreshes what is on screen and shows the report. */
export async function importAnnotationFile(store: AppStore, file: Pick<File, 'name' | 'size' | 'text'>): Promise<void> {
  // A UTF-8 file has at least as many bytes as characters, so a file this small is never refused as too long.
  if (file.size > MAX_ANNOTATION_IMPORT_CHARS * 3) {
    showToast(`Could not import ${file.name}: it is larger than ${MAX_ANNOTATION_IMPORT_CHARS / 1024 / 1024} MB.`);
    return;
  }
  try {
    const content = await file.text();
    const report = await store.getState().changeAnnotations((api) => api.importAnnotations({ fileName: file.name, content }));
    store.getState().openDialog({ kind: 'import-report', fileName: file.name, report });
  } catch (err) {
    showToast(`Could not import ${file.name}: ${toUiError(err).message}`);
  }
}
