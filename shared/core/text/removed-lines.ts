// What normalisation removed from a document, counted by what each line was taken for, so an import can say so.

/** Lines removed from a document, by reason ("page headers": 3). Normalisers add to it; nothing removed, nothing set. */
export type RemovedLines = Partial<Record<RemovalReason, number>>;

export type RemovalReason = 'page headers' | 'page numbers' | 'website navigation' | 'photo captions' | 'footnote link lines';

const SINGULAR: Record<RemovalReason, string> = {
  'page headers': 'a page header',
  'page numbers': 'a page number',
  'website navigation': 'website navigation',
  'photo captions': 'a photo caption',
  'footnote link lines': 'a footnote link line',
};

/** Adds `count` removed lines under `reason` (no entry for zero). */
export function countRemoved(removed: RemovedLines | undefined, reason: RemovalReason, count = 1): void {
  if (!removed || count <= 0) return;
  removed[reason] = (removed[reason] ?? 0) + count;
}

/** One sentence per reason, for the import's report: "removed 3 lines as page headers". */
export function describeRemoved(removed: RemovedLines): string[] {
  return (Object.entries(removed) as [RemovalReason, number][])
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => (n === 1 ? `removed 1 line as ${SINGULAR[reason]}` : `removed ${n} lines as ${reason}`));
}
