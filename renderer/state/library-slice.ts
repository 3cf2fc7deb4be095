// When the library changes (an import): drops every cached answer that may be out of date and reloads what is open.
import type { AppState, SliceCreator } from './app-state.js';
import { groupByClause } from './documents-slice.js';
import { settleFresh, type Loadable } from './loadable.js';
import { confidentFirst, traceKey } from './trace-slice.js';

export interface LibrarySlice {
  /** Bumped by every library change; an answer that was on its way during a change is asked for again. */
  libraryVersion: number;
  /**
   * The library changed (a document was imported or updated; every import also recomputes the cross-references):
   * forgets cached clauses, citations, clause details, links, traces and provisions, and reloads in place what is on
   * screen: the document list, the provisions index and the commitments if they were loaded, what each pane shows
   * and the search results. Open content keeps showing its old data until the new data arrives.
   */
  libraryChanged(): Promise<void>;
}

/** What the panes show, as cache keys. */
interface OpenContent {
  docs: string[];
  /** Clauses whose links are shown (the selected clause of a reader). */
  links: string[];
  /** Clauses whose details are shown (a trace's commitment). */
  clauses: string[];
  traces: { clause: string; all: boolean }[];
  provisions: string[];
}

export function openContent(state: AppState): OpenContent {
  const open: OpenContent = { docs: [], links: [], clauses: [], traces: [], provisions: [] };
  for (const pane of [state.panes.left, state.panes.right]) {
    if (!pane) continue;
    const view = pane.view;
    if (view.type === 'doc') {
      open.docs.push(view.doc);
      if (view.clause) open.links.push(view.clause);
    } else if (view.type === 'provision') {
      open.provisions.push(view.key);
    } else {
      open.clauses.push(view.clause);
      open.traces.push({ clause: view.clause, all: state.showUncertain });
    }
  }
  return open;
}

function only<T>(cache: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(cache).filter(([key]) => keys.includes(key)));
}

export const createLibrarySlice: SliceCreator<LibrarySlice> =
  ({ api }) =>
  (set, get) => ({
    libraryVersion: 0,

    async libraryChanged() {
      const before = get();
      const open = openContent(before);
      const traceKeys = open.traces.map((t) => traceKey(t.clause, t.all));
      set((s) => ({
        libraryVersion: s.libraryVersion + 1,
        clauses: only(s.clauses, open.docs),
        citations: only(s.citations, open.docs),
        clauseDetails: only(s.clauseDetails, open.clauses),
        links: only(s.links, open.links),
        traces: only(s.traces, traceKeys),
        provisionDetails: only(s.provisionDetails, open.provisions),
      }));

      const version = () => get().libraryVersion;
      const refresh = <T>(fetch: () => Promise<T>, apply: (s: AppState, result: Loadable<T>) => Partial<AppState>) =>
        settleFresh(version, fetch).then((result) => set((s) => apply(s, result)));
      const query = before.query;
      await Promise.all([
        refresh(() => api.listDocuments({}), (_s, documents) => ({ documents })),
        before.provisions ? refresh(() => api.listProvisions({}), (_s, provisions) => ({ provisions })) : null,
        before.commitments ? refresh(() => api.listCommitments({}), (_s, commitments) => ({ commitments })) : null,
        ...open.docs.flatMap((doc) => [
          refresh(() => api.listClauses({ doc }), (s, r) => ({ clauses: { ...s.clauses, [doc]: r } })),
          refresh(
            () => api.listCitations({ doc }).then(groupByClause),
            (s, r) => ({ citations: { ...s.citations, [doc]: r } }),
          ),
        ]),
        ...open.links.map((id) => refresh(() => api.clauseLinks({ id }), (s, r) => ({ links: { ...s.links, [id]: r } }))),
        ...open.clauses.map((id) =>
          refresh(() => api.getClause({ id }), (s, r) => ({ clauseDetails: { ...s.clauseDetails, [id]: r } })),
        ),
        ...open.traces.map(({ clause, all }) =>
          refresh(
            () => api.trace(all ? { clause, all: true } : { clause }).then(confidentFirst),
            (s, r) => ({ traces: { ...s.traces, [traceKey(clause, all)]: r } }),
          ),
        ),
        ...open.provisions.map((key) =>
          refresh(() => api.getProvision({ key }), (s, r) => ({ provisionDetails: { ...s.provisionDetails, [key]: r } })),
        ),
        // The search results on screen (or behind a closed palette) may name clauses that changed.
        before.results && query.trim() ? get().runSearch(query) : null,
        // Annotations are anchored in today's text: a changed document may move or orphan them.
        get().annotationsChanged(),
      ]);
    },
  });
