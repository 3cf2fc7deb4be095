// How links are shown in traces, clause links and provision pages: with or without the uncertain ones and the rejected
// ones. The lists are cached API answers, kept in the server's order (confirmed, by hand, then proposed by confidence).
import type { LinkStatus } from '../../shared/core/api/dto.js';
import type { SliceCreator } from './app-state.js';

export interface TraceSlice {
  showUncertain: boolean;
  /** Show links a verdict rejected (struck through, to restore them). */
  showRejected: boolean;
  setShowUncertain(value: boolean): void;
  setShowRejected(value: boolean): void;
}

export const createTraceSlice: SliceCreator<TraceSlice> = () => (set) => ({
  showUncertain: false,
  showRejected: false,

  setShowUncertain(value) {
    set({ showUncertain: value });
  },

  setShowRejected(value) {
    set({ showRejected: value });
  },
});

export interface LinkVisibility {
  uncertain: boolean;
  rejected: boolean;
}

/** Whether to ask the server for every link (`all`): it then adds both the uncertain and the rejected ones. */
export function wantsAll(show: LinkVisibility): boolean {
  return show.uncertain || show.rejected;
}

/** The trace query's arguments for a clause in the current mode. */
export function traceArgs(clause: string, all: boolean): { clause: string; all?: true } {
  return all ? { clause, all: true } : { clause };
}

/**
 * The links to show, in the order the server gave them (it ranks confirmed first): an answer asked with `all` holds
 * uncertain and rejected links, and only those the user asked for stay.
 */
export function visibleLinks<T extends { status?: LinkStatus; confident: boolean }>(links: readonly T[], show: LinkVisibility): T[] {
  return links.filter((l) => {
    if (l.status === 'rejected') return show.rejected;
    if (l.status === 'confirmed' || l.status === 'user') return true;
    return l.confident || show.uncertain;
  });
}
