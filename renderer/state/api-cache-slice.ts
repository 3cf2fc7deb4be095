// The renderer's one cache of API answers, keyed by method and arguments: views watch queries, changes invalidate them,
// and what is on screen is fetched again (showing its old answer meanwhile) while the rest is forgotten.
import type { ApiArgs, ApiMethod, ExplorerApi } from '../../shared/core/api/contract.js';
import type { SliceCreator } from './app-state.js';
import { LOADING, settle, type Loadable } from './loadable.js';

/** What changes the answers of the API: the library (import, removal), links' review, the user's annotations. */
export type CacheEvent = 'library' | 'review' | 'annotations';
export const CACHE_EVENTS: readonly CacheEvent[] = ['library', 'review', 'annotations'];

export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<ExplorerApi[M]>>;

/**
 * Which events make a method's answers stale. Every answer depends on the library (an import recomputes links and
 * re-anchors annotations); methods not named here (new domains) are refreshed by every event, which is always safe.
 */
const STALE_ON: Partial<Record<ApiMethod, readonly CacheEvent[]>> = {
  listDocuments: ['library'],
  getDocument: ['library'],
  listClauses: ['library'],
  getClause: ['library'],
  getClauseContext: ['library'],
  listCitations: ['library'],
  trace: ['library', 'review'],
  getProvision: ['library', 'review', 'annotations'],
  listProvisions: ['library', 'review'],
  listCommitments: ['library'],
  clauseLinks: ['library', 'review'],
  search: ['library', 'annotations'],
  listAnnotations: ['library', 'annotations'],
  listTags: ['library', 'annotations'],
  getHistory: ['library', 'annotations', 'review'],
  getSettings: ['annotations'],
  getCitationSettings: ['review'],
  reviewQueue: ['library', 'review'],
  traceMatrix: ['library', 'review'],
  exportTraceReport: ['library', 'review'],
  listLinkReviews: ['library', 'review'],
};

export function staleOn(method: ApiMethod): readonly CacheEvent[] {
  return STALE_ON[method] ?? CACHE_EVENTS;
}

/** How many answers nobody watches are kept (most recently used first) for going back to a view. */
export const MAX_UNWATCHED = 80;

/** A stable key for a method and its arguments (fields sorted, undefined ones left out). */
export function cacheKey<M extends ApiMethod>(method: M, args: ApiArgs<M>): string {
  return `${method} ${stableJson(args)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface ApiCacheSlice {
  /** Answers by cacheKey(method, args). */
  apiCache: Record<string, Loadable<unknown>>;
  /** Keeps `method(args)` fetched and fresh while watched (fetched now if not cached); returns the function that stops watching. */
  watchQuery<M extends ApiMethod>(method: M, args: ApiArgs<M>): () => void;
  /** The answer of `method(args)`, from the cache or fetched (at most one request at a time per key). */
  fetchQuery<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<Loadable<ApiResult<M>>>;
  /**
   * Something changed on the server: every cached answer that depends on `events` is stale. Watched answers are
   * fetched again (their old answer stays on screen until then), the others are forgotten; listeners run (the search
   * palette asks again). Resolves when what is on screen is fresh.
   */
  invalidate(events: readonly CacheEvent[]): Promise<void>;
  /** Runs one change through the API, then invalidates what it made stale; rejects with the API's error. */
  mutate<T>(events: readonly CacheEvent[], change: (api: ExplorerApi) => Promise<T>): Promise<T>;
  /**
   * Forgets the answers whose arguments `matches` (watched or not), without asking again: for things that are gone
   * (a removed document's clauses), so views still showing them during the change do not ask for them.
   */
  forgetQueries(matches: (method: ApiMethod, args: unknown) => boolean): void;
  /** Registers work to do after an invalidation (besides refetching watched queries); returns the unregister function. */
  onInvalidate(listener: (events: readonly CacheEvent[]) => Promise<unknown> | void): () => void;
}

interface Entry {
  method: ApiMethod;
  args: unknown;
  watchers: number;
  /** Last use, for forgetting the least recently used unwatched answers. */
  used: number;
  inflight: Promise<Loadable<unknown>> | null;
  /** Bumped by every request: an answer to an older one (asked before a change) is never cached. */
  gen: number;
}

/** The cached answer of `method(args)` in a state, for selectors (undefined: never asked or forgotten). */
export function selectQuery<M extends ApiMethod>(state: ApiCacheSlice, method: M, args: ApiArgs<M>): Loadable<ApiResult<M>> | undefined {
  return state.apiCache[cacheKey(method, args)] as Loadable<ApiResult<M>> | undefined;
}

/** The data of a cached answer when it is ready. */
export function readyData<M extends ApiMethod>(state: ApiCacheSlice, method: M, args: ApiArgs<M>): ApiResult<M> | undefined {
  const entry = selectQuery(state, method, args);
  return entry?.status === 'ready' ? entry.data : undefined;
}

export const createApiCacheSlice: SliceCreator<ApiCacheSlice> = ({ api }) => {
  const entries = new Map<string, Entry>();
  const listeners = new Set<(events: readonly CacheEvent[]) => Promise<unknown> | void>();
  let clock = 0;
  return (set, get) => {
    const call = (method: ApiMethod, args: unknown) =>
      (api[method] as (a: unknown) => Promise<unknown>).call(api, args);

    /**
     * Asks the API and caches the answer. A newer request for the same key (after a change) supersedes this one: its
     * answer is dropped and whoever waits for it gets the newer one.
     */
    const load = (key: string, entry: Entry): Promise<Loadable<unknown>> => {
      const gen = ++entry.gen;
      const run = async (): Promise<Loadable<unknown>> => {
        const result = await settle(call(entry.method, entry.args));
        if (entry.gen !== gen) return entry.inflight ?? get().apiCache[key] ?? result;
        entry.inflight = null;
        if (entries.get(key) === entry) set((s) => ({ apiCache: { ...s.apiCache, [key]: result } }));
        return result;
      };
      entry.inflight = run();
      return entry.inflight;
    };

    const entryFor = (method: ApiMethod, args: unknown): [string, Entry] => {
      const key = cacheKey(method, args as never);
      let entry = entries.get(key);
      if (!entry) {
        entry = { method, args, watchers: 0, used: 0, inflight: null, gen: 0 };
        entries.set(key, entry);
      }
      entry.used = ++clock;
      return [key, entry];
    };

    /** Forgets the least recently used answers nobody watches beyond MAX_UNWATCHED. */
    const trim = () => {
      const idle = [...entries].filter(([, e]) => e.watchers === 0 && !e.inflight);
      if (idle.length <= MAX_UNWATCHED) return;
      idle.sort(([, a], [, b]) => a.used - b.used);
      const drop = idle.slice(0, idle.length - MAX_UNWATCHED).map(([k]) => k);
      for (const k of drop) entries.delete(k);
      set((s) => {
        const apiCache = { ...s.apiCache };
        for (const k of drop) delete apiCache[k];
        return { apiCache };
      });
    };

    const ensure = (key: string, entry: Entry): Promise<Loadable<unknown>> => {
      const current = get().apiCache[key];
      if (entry.inflight) return entry.inflight;
      if (current && current.status === 'ready') return Promise.resolve(current);
      set((s) => ({ apiCache: { ...s.apiCache, [key]: LOADING } }));
      return load(key, entry);
    };

    return {
      apiCache: {},

      watchQuery(method, args) {
        const [key, entry] = entryFor(method, args);
        entry.watchers++;
        void ensure(key, entry);
        let stopped = false;
        return () => {
          if (stopped) return;
          stopped = true;
          entry.watchers--;
          entry.used = ++clock;
          if (entry.watchers === 0) trim();
        };
      },

      fetchQuery(method, args) {
        const [key, entry] = entryFor(method, args);
        const result = ensure(key, entry);
        void result.then(trim);
        return result as Promise<Loadable<ApiResult<typeof method>>>;
      },

      async invalidate(events) {
        const stale = [...entries].filter(([, e]) => staleOn(e.method).some((ev) => events.includes(ev)));
        // An answer on its way is asked for again (below); keep its entry so the fresh answer lands in the cache.
        const forgotten = stale.filter(([, e]) => e.watchers === 0 && !e.inflight).map(([k]) => k);
        for (const k of forgotten) entries.delete(k);
        if (forgotten.length) {
          set((s) => {
            const apiCache = { ...s.apiCache };
            for (const k of forgotten) delete apiCache[k];
            return { apiCache };
          });
        }
        const watched = stale.filter(([, e]) => e.watchers > 0 || e.inflight);
        await Promise.all([
          ...watched.map(([key, entry]) => load(key, entry)),
          ...[...listeners].map((listener) => listener(events)),
        ]);
      },

      async mutate(events, change) {
        const result = await change(api);
        await get().invalidate(events);
        return result;
      },

      forgetQueries(matches) {
        const gone = [...entries].filter(([, e]) => matches(e.method, e.args)).map(([k]) => k);
        if (gone.length === 0) return;
        for (const k of gone) {
          const entry = entries.get(k)!;
          entry.gen++; // an answer on its way is dropped
          entry.inflight = null;
          entries.delete(k);
        }
        set((s) => {
          const apiCache = { ...s.apiCache };
          for (const k of gone) delete apiCache[k];
          return { apiCache };
        });
      },

      onInvalidate(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  };
};
