// What normalisation removed from a document, counted by what each line was taken for, so an import can say so.

/** Lines removed from a document, by reason ("page headers": 3). Normalisers add to it; nothing removed, nothing set. */
export type RemovedLines = Partial<Record<RemovalReason, number>>;

export type RemovalReason = 'page headers' | 'page numbers' | 'website navigation' | 'photo captions' | 'footnote link lines';

const lines = (n: number): string => (n === 1 ? '1 line' : `${n} lines`);

/** How each reason is said: "removed 3 lines as page headers", "removed 2 page numbers". */
const PHRASE: Record<RemovalReason, (n: number) => string> = {
  'page headers': (n) => `${lines(n)} as ${n === 1 ? 'a page header' : 'page headers'}`,
  'page numbers': (n) => (n === 1 ? '1 page number' : `${n} page numbers`),
  'website navigation': (n) => `${lines(n)} of website navigation`,
  'photo captions': (n) => `${lines(n)} of photo captions`,
  'footnote link lines': (n) => (n === 1 ? '1 repeated footnote link' : `${n} repeated footnote links`),
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
    .map(([reason, n]) => `removed ${PHRASE[reason](n)}`);
}
