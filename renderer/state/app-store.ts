// Builds the renderer's store from its slices; usable without React (zustand/vanilla) for tests.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import type { AppState, SliceDeps } from './app-state.js';
import { createAnnotationsSlice } from './annotations-slice.js';
import { createAnnotatorSlice } from './annotator-slice.js';
import { createDocumentsSlice } from './documents-slice.js';
import { createLayoutSlice } from './layout-slice.js';
import { createLibrarySlice } from './library-slice.js';
import { createPanesSlice } from './panes-slice.js';
import { createProvisionsSlice } from './provisions-slice.js';
import { createSearchSlice } from './search-slice.js';
import { createTraceSlice } from './trace-slice.js';

export type AppStore = StoreApi<AppState>;

const realTimers: SliceDeps['timers'] = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createAppStore(api: ExplorerApi, timers: SliceDeps['timers'] = realTimers): AppStore {
  const deps: SliceDeps = { api, timers };
  return createStore<AppState>()((...a) => ({
    ...createDocumentsSlice(deps)(...a),
    ...createPanesSlice(deps)(...a),
    ...createSearchSlice(deps)(...a),
    ...createTraceSlice(deps)(...a),
    ...createProvisionsSlice(deps)(...a),
    ...createLayoutSlice(deps)(...a),
    ...createLibrarySlice(deps)(...a),
    ...createAnnotationsSlice(deps)(...a),
    ...createAnnotatorSlice(deps)(...a),
  }));
}
