// The whole renderer state as the union of its slices, and the slice-creator type every slice uses.
import type { StateCreator } from 'zustand/vanilla';
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import type { AnnotationsSlice } from './annotations-slice.js';
import type { AnnotatorSlice } from './annotator-slice.js';
import type { DocumentsSlice } from './documents-slice.js';
import type { LayoutSlice } from './layout-slice.js';
import type { LibrarySlice } from './library-slice.js';
import type { PanesSlice } from './panes-slice.js';
import type { ProvisionsSlice } from './provisions-slice.js';
import type { SearchSlice } from './search-slice.js';
import type { TraceSlice } from './trace-slice.js';

export type AppState = DocumentsSlice &
  PanesSlice &
  SearchSlice &
  TraceSlice &
  ProvisionsSlice &
  LayoutSlice &
  LibrarySlice &
  AnnotationsSlice &
  AnnotatorSlice;

/** What slices may depend on besides the store: the API and a clock for debouncing. */
export interface SliceDeps {
  api: ExplorerApi;
  /** setTimeout/clearTimeout, replaceable in tests. */
  timers: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
}

export type SliceCreator<S> = (deps: SliceDeps) => StateCreator<AppState, [], [], S>;
