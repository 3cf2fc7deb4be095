// Candidate places for a quote in a document's normalised text: exact occurrences and approximate matches, one clause each.
import { indexWords, type AnchoringIndex } from './anchoring-index.js';
import { approxMatches } from './match-quote.js';

/** A place in the normalised document text, inside clause `clause` (an index into the document's clauses). */
export interface Place {
  start: number;
  end: number;
  /** Edits between the quote and the text of the place (0: an exact occurrence). */
  errors: number;
  clause: number;
}

/** Error budget of the approximate search: half the quote, at most this (long quotes stay fast). */
export const MAX_FUZZY_ERRORS = 64;
/** Beyond this many exact occurrences, only those whose adjacent characters agree with the context are kept. */
const MANY_EXACT_PLACES = 200;
/** Characters next to an occurrence compared with the context when there are many occurrences. */
const ADJACENT_CHARS = 4;
/** The window around the old place: at least this many clauses either side... */
const WINDOW_CLAUSES = 3;
/** ...and as many more as lie within this many (normalised) characters. */
export const WINDOW_CHARS = 6000;
/** Search rounds per clause (each finds the next-best places, see approxMatches). */
const ROUNDS_PER_CLAUSE = 3;

/**
 * Every occurrence of the normalised quote that lies inside one clause. When there are very many, only those in
 * the `keep` clause or with the context's adjacent characters on one side are returned (the others cannot compete).
 */
export function exactPlaces(index: AnchoringIndex, quote: string, context: { prefix: string; suffix: string }, keep: number | undefined): Place[] {
  const places: Place[] = [];
  for (let at = index.text.indexOf(quote); at >= 0; at = index.text.indexOf(quote, at + 1)) {
    const clause = index.clauseAt(at);
    if (clause < 0 || at < index.clauseStart[clause]! || at + quote.length > index.clauseEnd[clause]!) continue;
    places.push({ start: at, end: at + quote.length, errors: 0, clause });
  }
  if (places.length <= MANY_EXACT_PLACES) return places;
  const before = context.prefix.slice(-ADJACENT_CHARS);
  const after = context.suffix.slice(0, ADJACENT_CHARS);
  return places.filter(
    (p) =>
      p.clause === keep ||
      index.text.slice(Math.max(0, p.start - before.length), p.start) === before ||
      index.text.slice(p.end, p.end + after.length) === after,
  );
}

/** Approximate places (at least one error) of the quote in the given clauses, up to `maxErrors` edits. */
export function approximatePlaces(index: AnchoringIndex, quote: string, clauses: Iterable<number>, maxErrors: number, rounds = ROUNDS_PER_CLAUSE): Place[] {
  const places: Place[] = [];
  if (maxErrors <= 0) return places;
  for (const clause of clauses) {
    const from = index.clauseStart[clause]!;
    const to = index.clauseEnd[clause]!;
    if (to - from < quote.length - maxErrors) continue;
    for (const m of approxMatches(index.text.slice(from, to), quote, maxErrors, rounds)) {
      if (m.errors > 0) places.push({ start: from + m.start, end: from + m.end, errors: m.errors, clause });
    }
  }
  return places;
}

/** The error budget for a quote: half its length, at most MAX_FUZZY_ERRORS. */
export function fuzzyBudget(quote: string): number {
  return Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length / 2));
}

/**
 * The clauses near the old place: around each centre (the stored clause, the clause at the old document offset, the
 * stored clause renumbered), WINDOW_CLAUSES clauses either side and further while within WINDOW_CHARS of the centre.
 * Only places here may be chosen; others can only make a choice ambiguous.
 */
export function windowClauses(index: AnchoringIndex, centres: readonly (number | undefined)[]): Set<number> {
  const count = index.clauseStart.length;
  const chosen = new Set<number>();
  for (const centre of centres) {
    if (centre === undefined || centre < 0 || centre >= count) continue;
    const from = index.clauseStart[centre]!;
    const to = index.clauseEnd[centre]!;
    for (let c = centre, k = 0; c >= 0 && (k <= WINDOW_CLAUSES || from - index.clauseStart[c]! <= WINDOW_CHARS); c--, k++) chosen.add(c);
    for (let c = centre, k = 0; c < count && (k <= WINDOW_CLAUSES || index.clauseEnd[c]! - to <= WINDOW_CHARS); c++, k++) chosen.add(c);
  }
  return chosen;
}

/** Clauses outside `exclude` holding at least `minShared` of the quote's distinct words (all of them if it has fewer). */
export function clausesSharingWords(index: AnchoringIndex, quote: string, minShared: number, exclude: ReadonlySet<number>): number[] {
  const words = indexWords(quote);
  if (words.length === 0) return [];
  const need = Math.max(1, Math.min(words.length, minShared));
  const shared = new Uint16Array(index.clauseStart.length);
  const chosen: number[] = [];
  for (const word of words) {
    for (const c of index.clausesWithWord(word)) {
      shared[c] = shared[c]! + 1;
      if (shared[c] === need && !exclude.has(c)) chosen.push(c);
    }
  }
  return chosen.sort((a, b) => a - b);
}

/** The quote's distinct indexed words (see clausesSharingWords). */
export function quoteWordCount(quote: string): number {
  return indexWords(quote).length;
}

/** Overlapping places are one place: keeps the one with the fewest errors (then the first), in that order. */
export function distinctPlaces(places: Place[]): Place[] {
  places.sort((a, b) => a.errors - b.errors || a.start - b.start);
  const kept: Place[] = [];
  const byClause = new Map<number, Place[]>();
  for (const place of places) {
    const same = byClause.get(place.clause) ?? [];
    if (same.some((k) => k.start < place.end && place.start < k.end)) continue;
    same.push(place);
    byClause.set(place.clause, same);
    kept.push(place);
  }
  return kept;
}
