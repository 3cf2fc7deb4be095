// The whole renderer state as the union of its slices, and the slice-creator type every slice uses.
import type { StateCreator } from 'zustand/vanilla';
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import type { AnnotationsSlice } from './annotations-slice.js';
import type { AnnotatorSlice } from './annotator-slice.js';
import type { ApiCacheSlice } from './api-cache-slice.js';
import type { LayoutSlice } from './layout-slice.js';
import type { PanesSlice } from './panes-slice.js';
import type { ReviewSlice } from './review-slice.js';
import type { SearchSlice } from './search-slice.js';
import type { TraceSlice } from './trace-slice.js';

/** UI state in slices; server data only in the API cache (ApiCacheSlice). */
export type AppState = ApiCacheSlice & PanesSlice & SearchSlice & TraceSlice & LayoutSlice & AnnotationsSlice & AnnotatorSlice & ReviewSlice;

/** What slices may depend on besides the store: the API and a clock for debouncing. */
export interface SliceDeps {
  api: ExplorerApi;
  /** setTimeout/clearTimeout, replaceable in tests. */
  timers: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
  /** Milliseconds, for timing answers (performance.now in the app). */
  now?: () => number;
}

export type SliceCreator<S> = (deps: SliceDeps) => StateCreator<AppState, [], [], S>;
