// Traces from a clause to the provisions it concerns, confident-only or with uncertain links, cached per clause.
import type { TraceResult } from '../../shared/core/api/dto.js';
import type { SliceCreator } from './app-state.js';
import { LOADING, settleFresh, type Loadable } from './loadable.js';

export interface TraceSlice {
  traces: Record<string, Loadable<TraceResult>>;
  showUncertain: boolean;
  setShowUncertain(value: boolean): void;
  loadTrace(clause: string): Promise<void>;
}

export function traceKey(clause: string, all: boolean): string {
  return `${all ? 'all' : 'confident'}|${clause}`;
}

export const createTraceSlice: SliceCreator<TraceSlice> =
  ({ api }) =>
  (set, get) => ({
    traces: {},
    showUncertain: false,

    setShowUncertain(value) {
      set({ showUncertain: value });
    },

    async loadTrace(clause) {
      const all = get().showUncertain;
      const key = traceKey(clause, all);
      const current = get().traces[key];
      if (current && current.status !== 'error') return;
      set((s) => ({ traces: { ...s.traces, [key]: LOADING } }));
      const result = await settleFresh(
        () => get().libraryVersion,
        () => api.trace(all ? { clause, all: true } : { clause }).then(confidentFirst),
      );
      set((s) => ({ traces: { ...s.traces, [key]: result } }));
    },
  });

/** Confident provisions first, then by score, best first. */
export function confidentFirst(result: TraceResult): TraceResult {
  const provisions = [...result.provisions].sort(
    (a, b) => Number(b.confident) - Number(a.confident) || b.score - a.score,
  );
  return { ...result, provisions };
}
