// Per-document data for anchoring (normalised text, clause ranges, word index), computed once per DocumentText.
import type { DocumentText } from './document-text.js';
import { matchText, type MatchText } from './match-text.js';

/** A document's text normalised for matching, with each clause's range in it. */
export interface AnchoringIndex extends MatchText {
  /** Normalised [start, end) of each clause, in the order of `doc.clauses`. */
  clauseStart: Int32Array;
  clauseEnd: Int32Array;
  /** Index of a clause by id, or undefined. */
  clauseIndex(id: string): number | undefined;
  /** The clause whose normalised range holds normalised offset `at` (or the one before it). */
  clauseAt(at: number): number;
  /** The normalised offset of original offset `offset` (the first normalised character at or after it). */
  normalOffset(offset: number): number;
  /** For a word (lower case, see indexWords), the clauses holding it, ascending; built on first use. */
  clausesWithWord(word: string): readonly number[];
}

/** Words the index knows: runs of letters and digits of at least this length, lower case. */
export const MIN_INDEXED_WORD = 3;
const WORDS = /[\p{L}\p{N}]{3,}/gu;

/** The distinct indexed words of a (normalised) text. */
export function indexWords(text: string): string[] {
  return [...new Set(Array.from(text.toLowerCase().matchAll(WORDS), (m) => m[0]))];
}

const cache = new WeakMap<DocumentText, AnchoringIndex>();

/** The anchoring index of `doc` (cached while `doc` lives). */
export function anchoringIndex(doc: DocumentText): AnchoringIndex {
  let index = cache.get(doc);
  if (!index) {
    index = buildIndex(doc);
    cache.set(doc, index);
  }
  return index;
}

function buildIndex(doc: DocumentText): AnchoringIndex {
  const normal = matchText(doc.text);
  const { toOriginal } = normal;
  const count = doc.clauses.length;
  const clauseStart = new Int32Array(count);
  const clauseEnd = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const start = doc.starts[i]!;
    clauseStart[i] = lowerBound(toOriginal, start, normal.text.length);
    clauseEnd[i] = lowerBound(toOriginal, start + doc.clauses[i]!.text.length, normal.text.length);
  }
  let ids: Map<string, number> | undefined;
  let words: Map<string, number[]> | undefined;
  return {
    ...normal,
    clauseStart,
    clauseEnd,
    clauseIndex(id) {
      ids ??= new Map(doc.clauses.map((c, i) => [c.id, i]));
      return ids.get(id);
    },
    clauseAt(at) {
      let lo = 0;
      let hi = count - 1;
      if (hi < 0) return -1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (clauseStart[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    normalOffset(offset) {
      return lowerBound(toOriginal, offset, normal.text.length);
    },
    clausesWithWord(word) {
      words ??= wordIndex(normal.text, clauseStart, clauseEnd);
      return words.get(word) ?? [];
    },
  };
}

function wordIndex(text: string, clauseStart: Int32Array, clauseEnd: Int32Array): Map<string, number[]> {
  const words = new Map<string, number[]>();
  for (let i = 0; i < clauseStart.length; i++) {
    for (const m of text.slice(clauseStart[i], clauseEnd[i]).toLowerCase().matchAll(WORDS)) {
      const list = words.get(m[0]);
      if (!list) words.set(m[0], [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  return words;
}

/** The first k in [0, limit] with map[k] >= value. */
function lowerBound(map: Int32Array, value: number, limit: number): number {
  let lo = 0;
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
