// Word-level comparison of a quoting clause and its source: the ranges of words both texts share (stop words such as
// "and", "the", "и", "в" are shared by any two texts, so they are neither compared, marked nor counted).
import { diffArrays } from 'diff';
import { isStopWord } from './stop-words.js';

export interface SharedWords {
  /** Ranges in the first text that also appear, in order, in the second. */
  left: [number, number][];
  right: [number, number][];
  /** Shared letters and digits as a share of the shorter text's (0..1); punctuation and stop words do not count. */
  overlap: number;
}

/** A run of non-space characters holding a word that is not a stop word, with its comparable form. */
interface ContentWord {
  start: number;
  end: number;
  /** Lower case, letters and digits only. */
  key: string;
}

/**
 * Runs jsdiff's `diffArrays` over the two texts' content words (whitespace-separated runs, compared without case or
 * punctuation, stop words left out): the unchanged parts are the words both texts share, in order.
 */
export function sharedWords(left: string, right: string): SharedWords {
  const a = contentWords(left);
  const b = contentWords(right);
  const leftRanges: [number, number][] = [];
  const rightRanges: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(a.map((w) => w.key), b.map((w) => w.key))) {
    const n = part.count ?? part.value.length;
    if (part.added) j += n;
    else if (part.removed) i += n;
    else {
      for (let k = 0; k < n; k++) {
        leftRanges.push([a[i + k]!.start, a[i + k]!.end]);
        rightRanges.push([b[j + k]!.start, b[j + k]!.end]);
      }
      i += n;
      j += n;
    }
  }
  const chars = (words: readonly { key: string }[]) => words.reduce((sum, w) => sum + w.key.length, 0);
  const shared = leftRanges.reduce((sum, [s, e]) => sum + left.slice(s, e).replace(NON_WORD, '').length, 0);
  const shorter = Math.min(chars(a), chars(b));
  return { left: leftRanges, right: rightRanges, overlap: shorter ? Math.min(1, shared / shorter) : 0 };
}

const NON_WORD = /[^\p{L}\p{N}]/gu;

function contentWords(text: string): ContentWord[] {
  const out: ContentWord[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const key = m[0].replace(NON_WORD, '').toLowerCase();
    if (key && !isStopWord(key)) out.push({ start: m.index, end: m.index + m[0].length, key });
  }
  return out;
}
