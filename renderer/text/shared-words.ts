// Word-level comparison of a quoting clause and its source: the ranges of words both texts share.
import { diffWords } from 'diff';

export interface SharedWords {
  /** Ranges in the first text that also appear, in order, in the second. */
  left: [number, number][];
  right: [number, number][];
  /** Shared letters and digits as a share of the shorter text's (0..1); punctuation shared alone does not count. */
  overlap: number;
}

/**
 * Runs jsdiff's `diffWords`; the unchanged parts are the words both texts share. Parts are mapped back to each text
 * by counting non-space characters, so differences in spacing between the two texts never shift the ranges.
 */
export function sharedWords(left: string, right: string): SharedWords {
  const parts = diffWords(left, right, { ignoreCase: true });
  const leftCursor = new NonSpaceCursor(left);
  const rightCursor = new NonSpaceCursor(right);
  const leftRanges: [number, number][] = [];
  const rightRanges: [number, number][] = [];
  for (const part of parts) {
    const count = part.value.replace(/\s+/g, '').length;
    if (part.added) rightCursor.advance(count);
    else if (part.removed) leftCursor.advance(count);
    else {
      leftRanges.push(...leftCursor.advance(count));
      rightRanges.push(...rightCursor.advance(count));
    }
  }
  const leftWords = leftRanges.filter(([s, e]) => WORD_CHAR.test(left.slice(s, e)));
  const rightWords = rightRanges.filter(([s, e]) => WORD_CHAR.test(right.slice(s, e)));
  const sharedChars = leftWords.reduce((n, [s, e]) => n + wordChars(left.slice(s, e)), 0);
  const shorter = Math.min(wordChars(left), wordChars(right));
  return { left: leftWords, right: rightWords, overlap: shorter ? Math.min(1, sharedChars / shorter) : 0 };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordChars = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** Walks a text's non-space characters, reporting the runs (words) it passes over. */
class NonSpaceCursor {
  private at = 0;

  constructor(private readonly text: string) {}

  advance(count: number): [number, number][] {
    const runs: [number, number][] = [];
    let left = count;
    while (left > 0 && this.at < this.text.length) {
      while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
      const start = this.at;
      while (left > 0 && this.at < this.text.length && !/\s/.test(this.text[this.at]!)) {
        this.at++;
        left--;
      }
      if (this.at > start) runs.push([start, this.at]);
    }
    return runs;
  }
}
