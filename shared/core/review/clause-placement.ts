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
/** …and no other clause comes within this of it (the clause with the record's id wins within it)… */
export const REWORDED_MARGIN = 0.1;
/**
 * …and both texts have at least this many words: a short heading or list item ("Статья 2. Задачи Уголовного кодекса
 * Российской Федерации", "1) исключительное право на произведение;") is similar to many others by chance, so a short
 * clause is only found by its exact text.
 */
export const MIN_REWORDED_WORDS = 8;

/** Today's clauses of one document, prepared once for placing any number of records in it. */
export interface PlacementIndex {
  clauses: readonly { id: string; text: string }[];
  byId: ReadonlyMap<string, number>;
  normal: readonly string[];
  byNormal: ReadonlyMap<string, number[]>;
  /** Clauses by their normalised text after a leading list number (those that have one). */
  byRenumbered: ReadonlyMap<string, number[]>;
  /** The word statistics, built on the first reworded search (most records are found by id or text). */
  words(): WordIndex;
}

/** Each clause's words and numbers, and for each word the clauses holding it (with its count there). */
export interface WordIndex {
  sizes: readonly number[];
  /** The numbers of each clause's text after its leading list number, and that list number ('' when none). */
  numbers: readonly string[];
  leads: readonly string[];
  postings: ReadonlyMap<string, { clause: number; count: number }[]>;
}

export function placementIndex(clauses: readonly { id: string; text: string }[]): PlacementIndex {
  const normal = clauses.map((c) => normalised(c.text));
  const byNormal = new Map<string, number[]>();
  normal.forEach((n, i) => {
    const list = byNormal.get(n);
    if (list) list.push(i);
    else byNormal.set(n, [i]);
  });
  const byId = new Map<string, number>();
  const byRenumbered = new Map<string, number[]>();
  clauses.forEach((c, i) => {
    if (!byId.has(c.id)) byId.set(c.id, i);
    const { lead, rest } = listNumber(c.text);
    if (lead === '') return;
    const key = normalised(rest);
    const list = byRenumbered.get(key);
    if (list) list.push(i);
    else byRenumbered.set(key, [i]);
  });
  let words: WordIndex | undefined;
  return { clauses, byId, normal, byNormal, byRenumbered, words: () => (words ??= wordIndex(clauses)) };
}

function wordIndex(clauses: readonly { id: string; text: string }[]): WordIndex {
  const postings = new Map<string, { clause: number; count: number }[]>();
  const sizes: number[] = [];
  const numbers: string[] = [];
  const leads: string[] = [];
  clauses.forEach((c, clause) => {
    const bag = wordBag(c.text);
    sizes.push(bagSize(bag));
    const { lead, rest } = listNumber(c.text);
    leads.push(lead);
    numbers.push(numbersOf(wordBag(rest)));
    for (const [word, count] of bag) {
      const list = postings.get(word);
      if (list) list.push({ clause, count });
      else postings.set(word, [{ clause, count }]);
    }
  });
  return { sizes, numbers, leads, postings };
}

/** Where `recorded` is in today's document (`index` null: the document is not in the store). */
export function placeClause(recorded: RecordedClause, index: PlacementIndex | null): PlacedClause {
  if (!index) return { clauseId: null, how: 'missing-document' };
  const sameId = index.byId.get(recorded.clauseId) ?? -1;
  if (recorded.text.length === 0) return sameId >= 0 ? { clauseId: recorded.clauseId, how: 'same' } : { clauseId: null, how: 'not-found' };

  const normal = normalised(recorded.text);
  if (sameId >= 0 && index.normal[sameId] === normal) return { clauseId: recorded.clauseId, how: 'same' };
  // The records of one clause (a verdict per link, hand-made links) share their clause and text: placed once.
  let placed = memo.get(index);
  if (!placed) memo.set(index, (placed = new Map()));
  const key = `${recorded.clauseId}\u0000${recorded.text}`;
  let found = placed.get(key);
  if (!found) placed.set(key, (found = search(recorded, index, sameId, normal)));
  return { ...found };
}

/** Placements already searched in an index, by recorded clause id and text. */
const memo = new WeakMap<PlacementIndex, Map<string, PlacedClause>>();

function search(recorded: RecordedClause, index: PlacementIndex, sameId: number, normal: string): PlacedClause {
  const equal = index.byNormal.get(normal) ?? [];
  if (equal.length === 1) return { clauseId: index.clauses[equal[0]!]!.id, how: 'moved' };
  if (equal.length > 1) return { clauseId: null, how: 'ambiguous' };
  return renumbered(recorded, index) ?? reworded(recorded, index, sameId);
}

/** A list item renumbered by items inserted or removed before it ("2) …" now "3) …"): the same words under the same parent. */
function renumbered(recorded: RecordedClause, index: PlacementIndex): PlacedClause | null {
  const { lead, rest } = listNumber(recorded.text);
  if (lead === '') return null;
  const parent = parentOf(recorded.clauseId);
  const same = (index.byRenumbered.get(normalised(rest)) ?? []).filter((i) => parentOf(index.clauses[i]!.id) === parent);
  if (same.length === 1) return { clauseId: index.clauses[same[0]!]!.id, how: 'moved' };
  return same.length > 1 ? { clauseId: null, how: 'ambiguous' } : null;
}

/**
 * The clause clearly most similar in wording, if similar enough: a paragraph edited in place or moved and edited.
 * Only clauses with the same numbers are candidates (numbers carry a legal text's identity: article and part numbers,
 * dates, "1)" and "2)" items), and a short text is never placed by similarity: a wrong guess would show the lawyer's
 * verdict on another clause, while a detached record is kept and listed.
 */
function reworded(recorded: RecordedClause, index: PlacementIndex, sameId: number): PlacedClause {
  const bag = wordBag(recorded.text);
  const size = bagSize(bag);
  if (size < MIN_REWORDED_WORDS) return { clauseId: null, how: 'not-found' };
  const { lead, rest } = listNumber(recorded.text);
  const numbers = numbersOf(wordBag(rest));
  const words = index.words();
  const shared = new Map<number, number>();
  for (const [word, count] of bag) {
    for (const posting of words.postings.get(word) ?? []) shared.set(posting.clause, (shared.get(posting.clause) ?? 0) + Math.min(count, posting.count));
  }
  let best = -1;
  let bestScore = 0;
  let secondScore = 0;
  let home = 0;
  for (const [clause, common] of shared) {
    if (words.numbers[clause] !== numbers || words.sizes[clause]! < MIN_REWORDED_WORDS) continue;
    if (words.leads[clause] !== lead) continue;
    const score = (2 * common) / (size + words.sizes[clause]!);
    if (clause === sameId) home = score;
    if (score > bestScore) {
      secondScore = bestScore;
      bestScore = score;
      best = clause;
    } else if (score > secondScore) {
      secondScore = score;
    }
  }
  if (best < 0 || bestScore < MIN_REWORDED_SIMILARITY) return { clauseId: null, how: 'not-found' };
  if (home >= MIN_REWORDED_SIMILARITY && home > bestScore - REWORDED_MARGIN) return { clauseId: recorded.clauseId, how: 'edited' };
  if (secondScore > bestScore - REWORDED_MARGIN) return { clauseId: null, how: 'ambiguous' };
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

/** A text's leading list number ("1.", "2)", "(3)", "2.1.") and the text after it. */
function listNumber(text: string): { lead: string; rest: string } {
  const m = /^\s*\(?(\p{N}+(?:\.\p{N}+)*)[.)]/u.exec(text);
  return m ? { lead: m[1]!, rest: text.slice(m[0].length) } : { lead: '', rest: text };
}

/** A clause id without its last path segment ("memo/p3" → "memo", "doc/art1255/2/1" → "doc/art1255/2"). */
function parentOf(clauseId: string): string {
  const slash = clauseId.lastIndexOf('/');
  return slash < 0 ? '' : clauseId.slice(0, slash);
}

/** The distinct tokens of a bag that hold a digit, sorted and joined (equal strings: the same numbers). */
function numbersOf(bag: ReadonlyMap<string, number>): string {
  return [...bag.keys()].filter((word) => /\p{N}/u.test(word)).sort().join(' ');
}

function bagSize(bag: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const count of bag.values()) n += count;
  return n;
}
