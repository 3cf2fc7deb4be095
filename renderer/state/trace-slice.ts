// How traces are shown: confident links only, or with the uncertain ones (the traces themselves are cached API answers).
import type { TraceResult } from '../../shared/core/api/dto.js';
import type { SliceCreator } from './app-state.js';

export interface TraceSlice {
  showUncertain: boolean;
  setShowUncertain(value: boolean): void;
}

export const createTraceSlice: SliceCreator<TraceSlice> = () => (set) => ({
  showUncertain: false,

  setShowUncertain(value) {
    set({ showUncertain: value });
  },
});

/** The trace query's arguments for a clause in the current mode. */
export function traceArgs(clause: string, all: boolean): { clause: string; all?: true } {
  return all ? { clause, all: true } : { clause };
}

/** Confident provisions first, then by score, best first. */
export function confidentFirst(result: TraceResult): TraceResult {
  const provisions = [...result.provisions].sort(
    (a, b) => Number(b.confident) - Number(a.confident) || b.score - a.score,
  );
  return { ...result, provisions };
}
