// "Show page": a PDF clause's original page in the other pane, its regions highlighted (Alt+P, the clause's button).
import { readyData } from '../state/api-cache-slice.js';
import type { AppState } from '../state/app-state.js';
import type { AppStore } from '../state/app-store.js';
import type { PaneView } from '../state/panes-slice.js';
import { docOfClause } from '../routing.js';

/** The page view of a clause, when its document is a PDF whose page it knows; else null. */
export function pageViewOf(s: AppState, clause: string): Extract<PaneView, { type: 'page' }> | null {
  const doc = docOfClause(clause);
  if (!readyData(s, 'listDocuments', {})?.find((d) => d.id === doc)?.pdf) return null;
  const known = readyData(s, 'listClauses', { doc })?.find((c) => c.id === clause) ?? readyData(s, 'getClause', { id: clause });
  return known?.page ? { type: 'page', doc, page: known.page, clause } : null;
}

/** Opens the clause's page beside it; false when the clause is not from a PDF. */
export function showPage(store: AppStore, clause: string): boolean {
  const view = pageViewOf(store.getState(), clause);
  if (view) store.getState().openView(view, 'other');
  return view !== null;
}

/** "p. 3" or "pp. 3–4", for a clause of a PDF. */
export function pageLabel(page: number | null, pages?: [number, number]): string {
  if (pages) return `pp. ${pages[0]}–${pages[1]}`;
  return page !== null ? `p. ${page}` : '';
}
