// The lawyer's review in the UI: the matrix's filters (shared by the matrix, its exports and the trace report), where
// the review queue's cursor is, and review changes through the API cache (verdicts, links made by hand).
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import type { InstrumentGroup, MatrixStatus } from '../../shared/core/api/review-dto.js';
import type { SliceCreator } from './app-state.js';

export interface MatrixFilters {
  /** Instrument groups to show; empty: every group. */
  instruments: InstrumentGroup[];
  /** Cell statuses to show; empty: the server's default (all but rejected). */
  statuses: MatrixStatus[];
}

/** The proposal the review queue is on: a commitment and one of its provisions (null: a commitment without any). */
export interface QueueCursor {
  clause: string;
  key: string | null;
}

export interface ReviewSlice {
  matrixFilters: MatrixFilters;
  queueCursor: QueueCursor | null;
  setMatrixFilters(filters: Partial<MatrixFilters>): void;
  setQueueCursor(cursor: QueueCursor | null): void;
  /** Runs one review change through the API (one undoable step), then refreshes every view of links; rejects with the API's error. */
  changeReview<T>(change: (api: ExplorerApi) => Promise<T>): Promise<T>;
}

export const createReviewSlice: SliceCreator<ReviewSlice> = () => (set, get) => ({
  matrixFilters: { instruments: [], statuses: [] },
  queueCursor: null,

  setMatrixFilters(filters) {
    set({ matrixFilters: { ...get().matrixFilters, ...filters } });
  },

  setQueueCursor(cursor) {
    set({ queueCursor: cursor });
  },

  changeReview(change) {
    return get().mutate(['review'], change);
  },
});

/** The API's filter arguments for the matrix, its exports and the report (empty lists left out: the defaults). */
export function matrixArgs(filters: MatrixFilters): { instruments?: InstrumentGroup[]; statuses?: MatrixStatus[] } {
  return {
    ...(filters.instruments.length ? { instruments: filters.instruments } : {}),
    ...(filters.statuses.length ? { statuses: filters.statuses } : {}),
  };
}
