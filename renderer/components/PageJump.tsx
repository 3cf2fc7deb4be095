// "p. 3 ↗" beside a clause of a PDF shown outside its document (traces, provision pages): its original page beside.
import { useStore } from 'zustand';
import { readyData } from '../state/api-cache-slice.js';
import type { AppStore } from '../state/app-store.js';
import { useOptionalAppStore } from '../state/store-context.js';
import { useQueryData } from '../state/use-query.js';
import { docOfClause } from '../routing.js';
import { pageLabel } from '../commands/show-page.js';

export function PageJump({ clause }: { clause: string }) {
  const store = useOptionalAppStore();
  return store ? <PageJumpButton store={store} clause={clause} /> : null;
}

function PageJumpButton({ store, clause }: { store: AppStore; clause: string }) {
  const doc = docOfClause(clause);
  const fromPdf = useStore(store, (s) => readyData(s, 'listDocuments', {})?.find((d) => d.id === doc)?.pdf === true);
  const place = useQueryData('getClauseRegions', fromPdf ? { id: clause } : null);
  if (!place) return null;
  const label = pageLabel(place.page, place.pageEnd > place.page ? [place.page, place.pageEnd] : undefined);
  return (
    <button
      type="button"
      className="button button-small page-jump"
      title="Show the original page beside (PDF)"
      onClick={() => store.getState().openView({ type: 'page', doc, page: place.page, clause }, 'other')}
    >
      {label} ↗
    </button>
  );
}
