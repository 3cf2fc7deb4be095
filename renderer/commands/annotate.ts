// Annotating from the reader: the selected text (or the whole selected clause) opens the editor, or re-attaches an orphan.
import type { AppStore } from '../state/app-store.js';
import type { TargetRange } from '../state/annotator-slice.js';
import { toUiError } from '../api/ui-error.js';
import { currentSelectionTargets, quoteOf } from '../text/selection-targets.js';
import { showToast } from './toast.js';
import { readyData } from '../state/api-cache-slice.js';

/** The targets to act on: the text selected in a reader, else the active reader's selected clause's whole text. */
export function targetsToAnnotate(store: AppStore): { targets: TargetRange[]; quote: string } | null {
  const live = currentSelectionTargets();
  if (live) return live;
  const s = store.getState();
  const pending = s.pendingSelection;
  if (pending && pending.targets.length) return { targets: pending.targets, quote: pending.quote };
  const view = s.panes[s.activeSide]?.view;
  if (view?.type !== 'doc' || !view.clause) return null;
  const clause = readyData(s, 'listClauses', { doc: view.doc })?.find((c) => c.id === view.clause);
  if (!clause || clause.text.length === 0) return null;
  const targets = [{ clause: clause.id, start: 0, end: clause.text.length }];
  return { targets, quote: quoteOf(targets, () => clause.text) };
}

/** Opens the editor for the selection, or re-attaches the orphan being re-attached to it. */
export function annotateSelection(store: AppStore): void {
  const found = targetsToAnnotate(store);
  if (!found) {
    showToast('Select some text, or a clause, to annotate.');
    return;
  }
  const reattaching = store.getState().reattaching;
  if (reattaching) {
    void reattach(store, reattaching.id, found.targets);
    return;
  }
  clearTextSelection();
  store.getState().openDialog({ kind: 'annotate', targets: found.targets, quote: found.quote });
}

async function reattach(store: AppStore, id: string, targets: TargetRange[]): Promise<void> {
  try {
    await store.getState().changeAnnotations((api) => api.updateAnnotation({ id, targets }));
    store.getState().cancelReattach();
    store.getState().setPendingSelection(null);
    clearTextSelection();
    showToast('Re-attached the annotation.');
  } catch (err) {
    showToast(`Could not re-attach: ${toUiError(err).message}`);
  }
}

function clearTextSelection(): void {
  if (typeof window !== 'undefined') window.getSelection()?.removeAllRanges();
}

/** Undo or Redo of the last annotation or tag change, said in a toast ("Undone: Tag 12 clauses 'piracy'"). */
export async function undoOrRedo(store: AppStore, which: 'undo' | 'redo'): Promise<void> {
  try {
    const result = which === 'undo' ? await store.getState().undo() : await store.getState().redo();
    if (result.done) showToast(`${which === 'undo' ? 'Undone' : 'Redone'}: ${result.done}`);
    else showToast(which === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
  } catch (err) {
    showToast(`Could not ${which}: ${toUiError(err).message}`);
  }
}
