// Search as you type: debounced queries, stale answers dropped, keyboard selection.
import type { SearchHit, SearchResult } from '../../shared/core/api/dto.js';
import type { SliceCreator } from './app-state.js';
import { settle, type Loadable } from './loadable.js';

export const SEARCH_DEBOUNCE_MS = 120;
export const SEARCH_LIMIT = 30;

export interface SearchSlice {
  searchOpen: boolean;
  query: string;
  /** The answer to `resultQuery`; null before the first search or for an empty query. */
  results: Loadable<SearchResult> | null;
  resultQuery: string;
  searching: boolean;
  selectedHit: number;
  openSearch(query?: string): void;
  closeSearch(): void;
  setQuery(query: string): void;
  runSearch(query: string): Promise<void>;
  /** Asks again for the results on screen (or behind a closed palette) after a change; nothing if there are none. */
  refreshSearch(): Promise<void>;
  moveSelection(delta: number): void;
  setSelectedHit(index: number): void;
  /**
   * The selected hit of the query as typed: when the results on screen answer an earlier query (Enter pressed
   * before the debounced search ran or came back), that query is searched first. Null if nothing matches, or if
   * the query changed again meanwhile.
   */
  hitToOpen(): Promise<SearchHit | null>;
}

export const createSearchSlice: SliceCreator<SearchSlice> = ({ api, timers }) => {
  let pending: unknown = null;
  let latest = 0;
  return (set, get) => ({
    searchOpen: false,
    query: '',
    results: null,
    resultQuery: '',
    searching: false,
    selectedHit: 0,

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
        set({ results: null, resultQuery: '', searching: false, selectedHit: 0 });
        return;
      }
      set({ searching: true });
      pending = timers.set(() => {
        pending = null;
        void get().runSearch(query);
      }, SEARCH_DEBOUNCE_MS);
    },

    async runSearch(query) {
      const mine = ++latest;
      set({ searching: true });
      const result = await settle(api.search({ query: query.trim(), limit: SEARCH_LIMIT }));
      if (mine !== latest) return; // a newer query was typed meanwhile: drop this answer
      set({ results: result, resultQuery: query, searching: false, selectedHit: 0 });
    },

    async refreshSearch() {
      const { results, query } = get();
      if (results && query.trim()) await get().runSearch(query);
    },

    moveSelection(delta) {
      const results = get().results;
      const count = results?.status === 'ready' ? results.data.hits.length : 0;
      if (!count) return;
      set({ selectedHit: (get().selectedHit + delta + count) % count });
    },

    setSelectedHit(index) {
      set({ selectedHit: index });
    },

    async hitToOpen() {
      const query = get().query;
      if (!query.trim()) return null;
      if (get().resultQuery !== query) {
        if (pending !== null) timers.clear(pending);
        pending = null;
        await get().runSearch(query);
        if (get().query !== query || get().resultQuery !== query) return null;
      }
      const results = get().results;
      return results?.status === 'ready' ? (results.data.hits[get().selectedHit] ?? null) : null;
    },
  });
};
