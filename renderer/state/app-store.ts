// Builds the renderer's store from its slices; usable without React (zustand/vanilla) for tests.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import type { AppState, SliceDeps } from './app-state.js';
import { createAnnotationsSlice } from './annotations-slice.js';
import { createAnnotatorSlice } from './annotator-slice.js';
import { createApiCacheSlice, staleOn } from './api-cache-slice.js';
import { createLayoutSlice } from './layout-slice.js';
import { createPanesSlice } from './panes-slice.js';
import { createReviewSlice } from './review-slice.js';
import { createSearchSlice } from './search-slice.js';
import { createTraceSlice } from './trace-slice.js';

export type AppStore = StoreApi<AppState>;

const realTimers: SliceDeps['timers'] = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createAppStore(api: ExplorerApi, timers: SliceDeps['timers'] = realTimers, now?: () => number): AppStore {
  const deps: SliceDeps = { api, timers, now };
  const store = createStore<AppState>()((...a) => ({
    ...createApiCacheSlice(deps)(...a),
    ...createPanesSlice(deps)(...a),
    ...createSearchSlice(deps)(...a),
    ...createTraceSlice(deps)(...a),
    ...createLayoutSlice(deps)(...a),
    ...createAnnotationsSlice(deps)(...a),
    ...createAnnotatorSlice(deps)(...a),
    ...createReviewSlice(deps)(...a),
  }));
  // The search results on screen (or behind a closed palette) may name clauses, tags or notes that changed.
  const searchEvents = staleOn('search');
  store.getState().onInvalidate((events) => (events.some((e) => searchEvents.includes(e)) ? store.getState().refreshSearch() : undefined));
  return store;
}
