// Drag and drop onto the window imports the files dropped (text, HTML, PDF), as the Import button does.
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import type { AppStore } from '../state/app-store.js';
import { importPickedFile } from './import-file.js';

const hasFiles = (event: DragEvent): boolean => [...(event.dataTransfer?.types ?? [])].includes('Files');

/** Listens for files dragged onto the window; returns the function that stops listening. */
export function installDropImport(api: ExplorerApi, store: AppStore, target: Window = window): () => void {
  const over = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault(); // without it the browser would open the file instead
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    document.body.classList.add('dropping-files');
  };
  const leave = (event: DragEvent) => {
    if (event.relatedTarget === null) document.body.classList.remove('dropping-files');
  };
  const drop = (event: DragEvent) => {
    document.body.classList.remove('dropping-files');
    if (!hasFiles(event)) return;
    event.preventDefault();
    const files = [...(event.dataTransfer?.files ?? [])];
    void (async () => {
      for (const file of files) await importPickedFile(api, store, file);
    })();
  };
  target.addEventListener('dragover', over);
  target.addEventListener('dragleave', leave);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragover', over);
    target.removeEventListener('dragleave', leave);
    target.removeEventListener('drop', drop);
  };
}
