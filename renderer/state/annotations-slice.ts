// Annotation changes and undo/redo through the API cache: every change invalidates what shows annotations (and the
// search, whose tag:/has: filters read them); lists and tags are ordinary cached queries (see use-annotations.ts).
import type { ApiArgs, ExplorerApi } from '../../shared/core/api/contract.js';
import type { UndoResult } from '../../shared/core/api/annotation-dto.js';
import type { SliceCreator } from './app-state.js';
import type { CacheEvent } from './api-cache-slice.js';

export type AnnotationQuery = ApiArgs<'listAnnotations'>;

/** Undo and redo walk the journal shared by annotations and link reviews. */
const JOURNAL_EVENTS: readonly CacheEvent[] = ['annotations', 'review'];

export interface AnnotationsSlice {
  /** Annotations or their anchors changed (made elsewhere): refreshes what shows them. */
  annotationsChanged(): Promise<void>;
  /** Runs one change through the API, then refreshes what is on screen; rejects with the API's error. */
  changeAnnotations<T>(change: (api: ExplorerApi) => Promise<T>): Promise<T>;
  undo(): Promise<UndoResult>;
  redo(): Promise<UndoResult>;
}

export const createAnnotationsSlice: SliceCreator<AnnotationsSlice> = ({ api }) => (_set, get) => ({
  annotationsChanged() {
    return get().invalidate(['annotations']);
  },

  changeAnnotations(change) {
    return get().mutate(['annotations'], change);
  },

  async undo() {
    const result = await api.undo({});
    if (result.done) await get().invalidate(JOURNAL_EVENTS);
    return result;
  },

  async redo() {
    const result = await api.redo({});
    if (result.done) await get().invalidate(JOURNAL_EVENTS);
    return result;
  },
});
