// Search as you type: an adaptive debounce (none while answers come fast), stale answers dropped, more results on
// demand, keyboard selection over the provisions a citation names and the clauses found.
import type { SearchHit, SearchProvision, SearchResult } from '../../shared/core/api/dto.js';
import type { SliceCreator } from './app-state.js';
import { settle, type Loadable } from './loadable.js';

/** The debounce while answers are slow (or before the first one). */
export const SEARCH_DEBOUNCE_MS = 120;
/**
 * An answer faster than this: the next keystroke searches at once. One search is on its way at a time (keystrokes
 * meanwhile coalesce into the newest query), so searching at once never queues work behind a fast typist.
 */
export const FAST_ANSWER_MS = 150;
/** Hits per page: the first answer, and each "Show more". */
export const SEARCH_LIMIT = 30;

/** One row of the results: a provision a citation query names, or a clause. */
export type PaletteItem = { kind: 'provision'; provision: SearchProvision } | { kind: 'hit'; hit: SearchHit };

/** The rows of an answer, provisions first. */
export function paletteItems(result: SearchResult | null | undefined): PaletteItem[] {
  if (!result) return [];
  return [
    ...(result.provisions ?? []).map((provision): PaletteItem => ({ kind: 'provision', provision })),
    ...result.hits.map((hit): PaletteItem => ({ kind: 'hit', hit })),
  ];
}

export interface SearchSlice {
  searchOpen: boolean;
  query: string;
  /** The answer to `resultQuery` (its pages so far); null before the first search or for an empty query. */
  results: Loadable<SearchResult> | null;
  resultQuery: string;
  searching: boolean;
  /** A further page is on its way. */
  loadingMore: boolean;
  /** Index into paletteItems(results). */
  selectedHit: number;
  /** How long the last answer took (ms), for the adaptive debounce; null before the first. */
  lastAnswerMs: number | null;
  openSearch(query?: string): void;
  closeSearch(): void;
  setQuery(query: string): void;
  runSearch(query: string): Promise<void>;
  /** Asks again for the results on screen (or behind a closed palette) after a change; nothing if there are none. */
  refreshSearch(): Promise<void>;
  /** Fetches the next page of the results on screen and appends it. */
  showMore(): Promise<void>;
  moveSelection(delta: number): void;
  setSelectedHit(index: number): void;
  /**
   * The selected row of the query as typed: when the results on screen answer an earlier query (Enter pressed before
   * the debounced search ran or came back), that query is searched first. Null if nothing matches, or if the query
   * changed again meanwhile.
   */
  itemToOpen(): Promise<PaletteItem | null>;
}

/** Whether there are more hits than the pages on screen hold. */
export function hasMore(result: SearchResult): boolean {
  const shown = (result.offset ?? 0) + result.hits.length;
  return result.total !== undefined ? shown < result.total : false;
}

export const createSearchSlice: SliceCreator<SearchSlice> = ({ api, timers, now = defaultNow }) => {
  let pending: unknown = null;
  let latest = 0;
  /**
   * One search at a time: while one is on its way, only the newest query typed meanwhile waits (the ones between are
   * never sent), so a fast typist's keystrokes do not queue up behind each other in the service.
   */
  let running: { query: string; mine: number } | null = null;
  let wanted: { query: string; mine: number } | null = null;
  /** Called when the answer to the newest query lands (runSearch's promises). */
  let waiters: (() => void)[] = [];
  return (set, get) => ({
    searchOpen: false,
    query: '',
    results: null,
    resultQuery: '',
    searching: false,
    loadingMore: false,
    selectedHit: 0,
    lastAnswerMs: null,

    openSearch(query) {
      set({ searchOpen: true });
      if (query !== undefined && query !== get().query) get().setQuery(query);
    },

    closeSearch() {
      set({ searchOpen: false });
    },

    setQuery(query) {
      set({ query, searchOpen: true });
      if (pending !== null) timers.clear(pending);
      pending = null;
      if (!query.trim()) {
        latest++;
        wanted = null;
        set({ results: null, resultQuery: '', searching: false, loadingMore: false, selectedHit: 0 });
        return;
      }
      set({ searching: true });
      const last = get().lastAnswerMs;
      if (last !== null && last < FAST_ANSWER_MS) {
        void get().runSearch(query);
        return;
      }
      pending = timers.set(() => {
        pending = null;
        void get().runSearch(query);
      }, SEARCH_DEBOUNCE_MS);
    },

    runSearch(query) {
      const done = new Promise<void>((resolve) => waiters.push(resolve));
      // The same query already on its way, and nothing newer typed: wait for its answer rather than ask again.
      if (running && running.query === query && running.mine === latest && !wanted) return done;
      wanted = { query, mine: ++latest };
      set({ searching: true });
      const pump = () => {
        if (running || !wanted) return;
        const { query: q, mine } = wanted;
        wanted = null;
        running = { query: q, mine };
        const started = now();
        void settle(api.search({ query: q.trim(), limit: SEARCH_LIMIT })).then((result) => {
          running = null;
          // A newer query typed meanwhile (or the box emptied) makes this answer stale: drop it.
          if (mine === latest) {
            set({ results: result, resultQuery: q, searching: false, loadingMore: false, selectedHit: 0, lastAnswerMs: now() - started });
            const ready = waiters;
            waiters = [];
            for (const resolve of ready) resolve();
          } else if (wanted === null && !get().query.trim()) {
            const ready = waiters;
            waiters = [];
            for (const resolve of ready) resolve();
          }
          pump();
        });
      };
      pump();
      return done;
    },

    async refreshSearch() {
      const { results, query } = get();
      if (results && query.trim()) await get().runSearch(query);
    },

    async showMore() {
      const { results, resultQuery, loadingMore } = get();
      if (loadingMore || results?.status !== 'ready' || !hasMore(results.data)) return;
      const mine = latest;
      const offset = (results.data.offset ?? 0) + results.data.hits.length;
      set({ loadingMore: true });
      const page = await settle(api.search({ query: resultQuery.trim(), limit: SEARCH_LIMIT, offset }));
      if (mine !== latest) return;
      const current = get().results;
      if (page.status !== 'ready' || current?.status !== 'ready') {
        set({ loadingMore: false });
        return;
      }
      const seen = new Set(current.data.hits.map((h) => h.clause));
      const hits = [...current.data.hits, ...page.data.hits.filter((h) => !seen.has(h.clause))];
      set({ results: { status: 'ready', data: { ...current.data, hits, total: page.data.total, totalCapped: page.data.totalCapped } }, loadingMore: false });
    },

    moveSelection(delta) {
      const results = get().results;
      const count = results?.status === 'ready' ? paletteItems(results.data).length : 0;
      if (!count) return;
      set({ selectedHit: (get().selectedHit + delta + count) % count });
    },

    setSelectedHit(index) {
      set({ selectedHit: index });
    },

    async itemToOpen() {
      const query = get().query;
      if (!query.trim()) return null;
      if (get().resultQuery !== query) {
        if (pending !== null) timers.clear(pending);
        pending = null;
        await get().runSearch(query);
        if (get().query !== query || get().resultQuery !== query) return null;
      }
      const results = get().results;
      return results?.status === 'ready' ? (paletteItems(results.data)[get().selectedHit] ?? null) : null;
    },
  });
};

function defaultNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
