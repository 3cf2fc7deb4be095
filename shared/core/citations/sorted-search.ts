// Binary search over items sorted by a number: how many of them come before a position.

/** The number of items whose key is below `pos` (at or below it when `inclusive`); items are sorted by key. */
export function countBefore<T>(items: readonly T[], pos: number, keyOf: (item: T) => number, inclusive = false): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const key = keyOf(items[mid]!);
    if (key < pos || (inclusive && key === pos)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The same over sorted numbers. */
export function countNumbersBefore(sorted: readonly number[], pos: number, inclusive = false): number {
  return countBefore(sorted, pos, (n) => n, inclusive);
}
