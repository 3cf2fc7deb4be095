// Finds the clause a review record was made on in today's version of its document: same id and text, the same text
// elsewhere, or (reworded) the one clearly most similar clause; otherwise none, and why.
import { normaliseForMatch } from '../annotations/match-text.js';
import type { ReviewPlacement } from '../api/review-dto.js';

/** How a record's clause was found today; the last three mean it applies to no clause (the record is detached). */
export type Placement = ReviewPlacement;

export const DETACHED_PLACEMENTS: readonly Placement[] = ['not-found', 'ambiguous', 'missing-document'];

/** A clause as the record saw it when it was made. An empty text (records older than the texts) is found by id only. */
export interface RecordedClause {
  clauseId: string;
  text: string;
}

export interface PlacedClause {
  clauseId: string | null;
  how: Placement;
}

/** A reworded clause is taken when its words' similarity (Dice, 0..1) reaches this… */
export const MIN_REWORDED_SIMILARITY = 0.6;
/** …and no other clause comes within this of it (the clause with the record's id wins within it). */
export const REWORDED_MARGIN = 0.1;

/** Today's clauses of one document, prepared once for placing any number of records in it. */
export interface PlacementIndex {
  clauses: readonly { id: string; text: string }[];
  normal: readonly string[];
  byNormal: ReadonlyMap<string, number[]>;
  words: readonly Map<string, number>[];
  sizes: readonly number[];
}

export function placementIndex(clauses: readonly { id: string; text: string }[]): PlacementIndex {
  const normal = clauses.map((c) => normalised(c.text));
  const byNormal = new Map<string, number[]>();
  normal.forEach((n, i) => {
    const list = byNormal.get(n);
    if (list) list.push(i);
    else byNormal.set(n, [i]);
  });
  const words = clauses.map((c) => wordBag(c.text));
  return { clauses, normal, byNormal, words, sizes: words.map(bagSize) };
}

/** Where `recorded` is in today's document (`index` null: the document is not in the store). */
export function placeClause(recorded: RecordedClause, index: PlacementIndex | null): PlacedClause {
  if (!index) return { clauseId: null, how: 'missing-document' };
  const sameId = index.clauses.findIndex((c) => c.id === recorded.clauseId);
  if (recorded.text.length === 0) return sameId >= 0 ? { clauseId: recorded.clauseId, how: 'same' } : { clauseId: null, how: 'not-found' };

  const normal = normalised(recorded.text);
  if (sameId >= 0 && index.normal[sameId] === normal) return { clauseId: recorded.clauseId, how: 'same' };
  const equal = index.byNormal.get(normal) ?? [];
  if (equal.length === 1) return { clauseId: index.clauses[equal[0]!]!.id, how: 'moved' };
  if (equal.length > 1) return { clauseId: null, how: 'ambiguous' };
  return reworded(recorded, index, sameId);
}

/** The clause clearly most similar in wording, if similar enough: a paragraph edited in place or moved and edited. */
function reworded(recorded: RecordedClause, index: PlacementIndex, sameId: number): PlacedClause {
  const bag = wordBag(recorded.text);
  const size = bagSize(bag);
  if (size === 0) return { clauseId: null, how: 'not-found' };
  const scores = index.words.map((words, i) => dice(bag, size, words, index.sizes[i]!));
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const best = order[0];
  if (best === undefined || scores[best]! < MIN_REWORDED_SIMILARITY) return { clauseId: null, how: 'not-found' };
  const home = sameId >= 0 ? scores[sameId]! : 0;
  if (home >= MIN_REWORDED_SIMILARITY && home > scores[best]! - REWORDED_MARGIN) return { clauseId: recorded.clauseId, how: 'edited' };
  const second = order[1];
  if (second !== undefined && scores[second]! > scores[best]! - REWORDED_MARGIN) return { clauseId: null, how: 'ambiguous' };
  return { clauseId: index.clauses[best]!.id, how: 'edited' };
}

function normalised(text: string): string {
  return normaliseForMatch(text).trim();
}

/** Lower-case words and numbers, counted. */
function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function bagSize(bag: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const count of bag.values()) n += count;
  return n;
}

function dice(a: ReadonlyMap<string, number>, aSize: number, b: ReadonlyMap<string, number>, bSize: number): number {
  if (aSize + bSize === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return (2 * shared) / (aSize + bSize);
}
