// The user's annotations and tags as cached API answers, watched by what is on screen and re-fetched after every change.
import type { ApiArgs, ExplorerApi } from '../../shared/core/api/contract.js';
import type { AnnotationDto, TagDto, UndoResult, UndoState } from '../../shared/core/api/annotation-dto.js';
import type { SliceCreator } from './app-state.js';
import { LOADING, settleFresh, type Loadable } from './loadable.js';

export type AnnotationQuery = ApiArgs<'listAnnotations'>;

export interface AnnotationsSlice {
  /** listAnnotations answers, keyed by annotationQueryKey(query). */
  annotationLists: Record<string, Loadable<AnnotationDto[]>>;
  tags: Loadable<TagDto[]> | null;
  /** What Undo / Redo would do now; null until first asked. */
  undoState: UndoState | null;
  /** Bumped by every change to annotations or tags: an answer that was on its way is asked for again. */
  annotationVersion: number;
  /** Shows `query`'s annotations while watched (fetched if not cached); returns the function that stops watching. */
  watchAnnotations(query: AnnotationQuery): () => void;
  loadTags(force?: boolean): Promise<void>;
  loadUndoState(): Promise<void>;
  /** Annotations or their anchors changed (a change, an undo, a document import): re-fetches every watched list and the tags. */
  annotationsChanged(): Promise<void>;
  /** Runs one change through the API, then refreshes what is on screen; rejects with the API's error. */
  changeAnnotations<T>(change: (api: ExplorerApi) => Promise<T>): Promise<T>;
  undo(): Promise<UndoResult>;
  redo(): Promise<UndoResult>;
}

/** A stable cache key for a listAnnotations query (fields sorted, undefined ones left out). */
export function annotationQueryKey(query: AnnotationQuery): string {
  const entries = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries));
}

export const createAnnotationsSlice: SliceCreator<AnnotationsSlice> = ({ api }) => {
  /** How many views watch each query key; only watched lists are kept and refreshed. */
  const watchers = new Map<string, { query: AnnotationQuery; count: number }>();
  return (set, get) => {
    const version = () => get().annotationVersion;
    const fetchList = async (key: string, query: AnnotationQuery) => {
      const result = await settleFresh(version, () => api.listAnnotations(query));
      if (watchers.has(key)) set((s) => ({ annotationLists: { ...s.annotationLists, [key]: result } }));
    };
    /** After a change made here: what is on screen, what Undo would do, and search results (tag:, has:, notes). */
    const afterChange = async (): Promise<void> => {
      const { query, results } = get();
      await Promise.all([get().annotationsChanged(), get().loadUndoState(), results && query.trim() ? get().runSearch(query) : null]);
    };

    return {
      annotationLists: {},
      tags: null,
      undoState: null,
      annotationVersion: 0,

      watchAnnotations(query) {
        const key = annotationQueryKey(query);
        const entry = watchers.get(key) ?? { query, count: 0 };
        entry.count++;
        watchers.set(key, entry);
        const current = get().annotationLists[key];
        if (!current || current.status === 'error') {
          set((s) => ({ annotationLists: { ...s.annotationLists, [key]: LOADING } }));
          void fetchList(key, query);
        }
        let stopped = false;
        return () => {
          if (stopped) return;
          stopped = true;
          const e = watchers.get(key);
          if (!e) return;
          e.count--;
          if (e.count > 0) return;
          watchers.delete(key);
          set((s) => {
            const { [key]: _dropped, ...rest } = s.annotationLists;
            return { annotationLists: rest };
          });
        };
      },

      async loadTags(force = false) {
        const current = get().tags;
        if (!force && current && current.status !== 'error') return;
        if (!current || current.status === 'error') set({ tags: LOADING });
        const result = await settleFresh(version, () => api.listTags({}));
        set({ tags: result });
      },

      async loadUndoState() {
        try {
          set({ undoState: await api.getHistory({}) });
        } catch {
          // The menu then simply offers Undo and Redo; the shortcut says what happened.
        }
      },

      async annotationsChanged() {
        set((s) => ({ annotationVersion: s.annotationVersion + 1 }));
        await Promise.all([
          ...[...watchers].map(([key, { query }]) => fetchList(key, query)),
          get().tags ? get().loadTags(true) : null,
        ]);
      },

      async changeAnnotations(change) {
        const result = await change(api);
        await afterChange();
        return result;
      },

      async undo() {
        const result = await api.undo({});
        set({ undoState: result.history });
        if (result.done) await afterChange();
        return result;
      },

      async redo() {
        const result = await api.redo({});
        set({ undoState: result.history });
        if (result.done) await afterChange();
        return result;
      },
    };
  };
};
