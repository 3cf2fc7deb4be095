// Removes a document the user imported (after the person confirmed), closes the panes showing it, and offers Undo:
// the service imports the same file again.
import type { AppStore } from '../state/app-store.js';
import type { PaneView, Side } from '../state/panes-slice.js';
import { toUiError } from '../api/ui-error.js';
import { docOfClause } from '../routing.js';
import { showToast } from './toast.js';

/** Whether a pane's view shows the document (or a trace from one of its clauses). */
export function showsDocument(view: PaneView, doc: string): boolean {
  if (view.type === 'doc') return view.doc === doc;
  if (view.type === 'trace') return docOfClause(view.clause) === doc;
  return false;
}

/** Whether a query's arguments name the document or one of its clauses. */
export function mentionsDocument(args: unknown, doc: string): boolean {
  const a = (args ?? {}) as Record<string, unknown>;
  const ofDoc = (v: unknown) => typeof v === 'string' && (v === doc || v.startsWith(`${doc}/`));
  return ofDoc(a.doc) || ofDoc(a.id) || ofDoc(a.clause);
}

export async function removeDocument(store: AppStore, doc: { id: string; title: string }): Promise<void> {
  try {
    await store.getState().mutate([], (api) => api.removeDocument({ id: doc.id }));
  } catch (err) {
    showToast(`Could not remove “${doc.title}”: ${toUiError(err).message}`);
    return;
  }
  for (const side of ['right', 'left'] as Side[]) {
    const pane = store.getState().panes[side];
    if (pane && showsDocument(pane.view, doc.id)) store.getState().closePane(side);
  }
  // Views of it still on screen until React unmounts them must not ask for it again.
  store.getState().forgetQueries((_method, args) => mentionsDocument(args, doc.id));
  await store.getState().invalidate(['library']);
  showToast(`Removed “${doc.title}”.`, { label: 'Undo', run: () => void restoreDocument(store, doc) });
}

export async function restoreDocument(store: AppStore, doc: { id: string; title: string }): Promise<void> {
  try {
    const report = await store.getState().mutate(['library'], (api) => api.restoreDocument({ id: doc.id }));
    store.getState().openView({ type: 'doc', doc: report.docId, clause: null });
    showToast(`Restored “${doc.title}”, ${report.clauses} ${report.clauses === 1 ? 'clause' : 'clauses'}.`);
  } catch (err) {
    showToast(`Could not restore “${doc.title}”: ${toUiError(err).message}`);
  }
}
