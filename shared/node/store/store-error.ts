// The one error type for a store that cannot be opened or written: it names the store's file and says what to do.

/** What kind of problem it is, for callers that can work around one (a read-only folder, an old schema). */
export type StoreProblem = 'newer-schema' | 'older-schema' | 'damaged' | 'not-writable' | 'locked' | 'not-a-store' | 'missing' | 'other';

export class StoreError extends Error {
  constructor(
    /** The store's file. */
    readonly path: string,
    /** What is wrong, in words ("is at schema 7, newer than this Lextrace"). */
    readonly problem: string,
    /** What the user can do about it. */
    readonly remedy: string,
    readonly kind: StoreProblem = 'other',
  ) {
    super(`the store ${path} ${problem}; ${remedy}`);
    this.name = 'StoreError';
  }
}
