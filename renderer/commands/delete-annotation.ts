// Deletes an annotation and says how to get it back.
import type { AppStore } from '../state/app-store.js';
import { toUiError } from '../api/ui-error.js';
import { shortcutLabel } from './commands.js';
import { showToast } from './toast.js';

export async function deleteAnnotation(store: AppStore, id: string): Promise<void> {
  try {
    await store.getState().changeAnnotations((api) => api.deleteAnnotation({ id }));
    showToast(`Deleted the annotation (${shortcutLabel('Mod+Z')} to undo).`);
  } catch (err) {
    showToast(`Could not delete the annotation: ${toUiError(err).message}`);
  }
}
