// Moving through the review queue: every proposal of every commitment in order (a commitment without proposals is
// one stop of its own), where the cursor is, and where a verdict sends it next.
import type { ReviewQueue } from '../../shared/core/api/review-dto.js';
import type { QueueCursor } from '../state/review-slice.js';
import { isPending } from './link-status.js';

export interface QueueStop {
  /** Index into queue.items. */
  item: number;
  /** Index into the item's proposals, or null for a commitment without any. */
  proposal: number | null;
  clause: string;
  key: string | null;
  pending: boolean;
}

export function queueStops(queue: ReviewQueue): QueueStop[] {
  const stops: QueueStop[] = [];
  queue.items.forEach((item, i) => {
    if (!item.proposals.length) {
      stops.push({ item: i, proposal: null, clause: item.clause.id, key: null, pending: false });
      return;
    }
    item.proposals.forEach((p, j) => stops.push({ item: i, proposal: j, clause: item.clause.id, key: p.key, pending: isPending(p) }));
  });
  return stops;
}

/** The stop the cursor names; else the same commitment's first stop; else the first proposal awaiting a verdict; else the first. */
export function stopIndex(stops: readonly QueueStop[], cursor: QueueCursor | null): number {
  if (!stops.length) return -1;
  if (cursor) {
    const exact = stops.findIndex((s) => s.clause === cursor.clause && s.key === cursor.key);
    if (exact >= 0) return exact;
    const same = stops.findIndex((s) => s.clause === cursor.clause);
    if (same >= 0) return same;
  }
  const pending = stops.findIndex((s) => s.pending);
  return pending >= 0 ? pending : 0;
}

/** One stop on (delta ±1), within bounds. */
export function stepStop(stops: readonly QueueStop[], at: number, delta: number): number {
  return Math.max(0, Math.min(stops.length - 1, at + delta));
}

/** The first stop of the next (delta 1) or previous (delta -1) commitment. */
export function stepItem(stops: readonly QueueStop[], at: number, delta: 1 | -1): number {
  const item = stops[at]?.item ?? 0;
  const target = item + delta;
  const found = stops.findIndex((s) => s.item === target);
  return found >= 0 ? found : at;
}

/**
 * Where the cursor goes after a verdict on stop `at`: the next proposal still awaiting one (in this commitment, then
 * the following ones); when none is left after it, simply the next stop.
 */
export function afterVerdict(stops: readonly QueueStop[], at: number): number {
  for (let i = at + 1; i < stops.length; i++) if (stops[i]!.pending) return i;
  return stepStop(stops, at, 1);
}
