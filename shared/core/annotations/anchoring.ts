// Re-anchors a stored target in today's document: its stored position, else its quote found exactly or approximately.
import { anchoringIndex, indexWords, type AnchoringIndex } from './anchoring-index.js';
import type { DocumentText } from './document-text.js';
import { approxMatches, similarity } from './match-quote.js';
import { normaliseForMatch } from './match-text.js';
import { snapEdges } from './snap-edges.js';
import type { AnchorResult, AnnotationTarget, OrphanReason } from './types.js';

/** Weights of a candidate's score (hypothesis/client's): quote, prefix and suffix similarity, nearness to the old place. */
export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
export const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** The least score (0..1) a place needs to be chosen. */
export const MIN_SCORE = 0.75;
/**
 * Two places whose scores differ by less than this are "about the same": the target is orphaned as ambiguous.
 * It exceeds the whole position weight (2/92), so nearness to the old place alone never settles a tie.
 */
export const AMBIGUITY_MARGIN = 0.025;
/** Similarity that unrelated context of the same language reaches by chance (context agreement counts above it). */
export const CONTEXT_CHANCE = 0.3;
/** A context side agrees when its similarity is at least this. */
export const CONTEXT_AGREES = 0.6;
/** Characters of evidence a place needs: quote characters matched plus context characters agreeing beyond chance. */
export const MIN_EVIDENCE_CHARS = 40;
/** A quote at least this long (normalised) that is found exactly may stand without agreeing context. */
export const LONG_QUOTE_CHARS = 40;
/** Error budget of the approximate search: half the quote, at most this. */
export const MAX_FUZZY_ERRORS = 64;
/** More exact occurrences than this (and the stored place gone) is ambiguous without looking further. */
export const MAX_EXACT_PLACES = 1000;
/** Both context sides must reach this for the stored position to be taken when the document changed. */
export const POSITION_CONTEXT_AGREES = 0.5;
/** Clauses either side of the old place always searched approximately, whatever words they share. */
const WINDOW_CLAUSES = 3;
/** Elsewhere, a clause is searched approximately when it holds at least this share of the quote's words. */
const WORD_SHARE = 0.5;
/** Search rounds per clause (each finds the next-best places, see approxMatches). */
const ROUNDS_PER_CLAUSE = 3;

/** Where `target` sits in `doc` today (doc null: the document is gone). `docHash` is the document's current hash. */
export function anchorTarget(target: AnnotationTarget, doc: DocumentText | null, docHash: string | null): AnchorResult {
  if (!doc) return orphan('missing-document');
  if (target.quote.exact.length === 0) return orphan('not-found');
  return positionHolds(target, doc, docHash) ?? search(target, doc, anchoringIndex(doc));
}

function orphan(reason: OrphanReason): AnchorResult {
  return { status: 'orphaned', reason };
}

/** (a) The stored clause still holds the quote at the stored offsets, and (if the document changed) its context agrees. */
function positionHolds(target: AnnotationTarget, doc: DocumentText, docHash: string | null): AnchorResult | null {
  const index = doc.clauses.findIndex((c) => c.id === target.clauseId);
  const clause = doc.clauses[index];
  const { start, end } = target.clause;
  if (!clause || clause.text.slice(start, end) !== target.quote.exact) return null;
  if (docHash !== target.docHash) {
    const at = doc.starts[index]!;
    const prefix = normaliseForMatch(target.quote.prefix);
    const suffix = normaliseForMatch(target.quote.suffix);
    const before = normaliseForMatch(doc.text.slice(Math.max(0, at + start - 2 * prefix.length - 8), at + start));
    const after = normaliseForMatch(doc.text.slice(at + end, at + end + 2 * suffix.length + 8));
    const p = prefix ? similarity(before.slice(-prefix.length), prefix) : at + start === 0 ? 1 : 0;
    const s = suffix ? similarity(after.slice(0, suffix.length), suffix) : at + end === doc.text.length ? 1 : 0;
    if (Math.min(p, s) < POSITION_CONTEXT_AGREES) return null;
  }
  return { status: 'anchored', clauseId: clause.id, start, end, how: 'position' };
}

/** A place in the normalised document text, inside clause `clause`. */
interface Place {
  start: number;
  end: number;
  errors: number;
  clause: number;
}

interface Scored extends Place {
  score: number;
  acceptable: boolean;
}

interface Query {
  quote: string;
  prefix: string;
  suffix: string;
  /** Normalised offset of the old place in today's text. */
  hint: number;
}

/** (b) exact occurrences and (c) approximate ones, scored; the best wins if good enough and clearly best. */
function search(target: AnnotationTarget, doc: DocumentText, index: AnchoringIndex): AnchorResult {
  const quote = normaliseForMatch(target.quote.exact);
  if (quote.trim().length === 0) return orphan('not-found');
  const sameClause = index.clauseIndex(target.clauseId);
  const oldOffset = Math.min(target.document.start, doc.text.length);
  const hint =
    sameClause === undefined
      ? index.normalOffset(oldOffset)
      : index.normalOffset(doc.starts[sameClause]! + Math.min(target.clause.start, doc.clauses[sameClause]!.text.length));
  const query: Query = { quote, prefix: normaliseForMatch(target.quote.prefix), suffix: normaliseForMatch(target.quote.suffix), hint };

  const exact = exactPlaces(index, quote);
  if (exact === 'too-many') return orphan('ambiguous');
  const near = [sameClause, index.clauseAt(index.normalOffset(oldOffset))];
  const places = distinctPlaces([...exact, ...approximatePlaces(index, quote, near)]);
  const { best, rival } = rank(index, query, places);
  if (!best?.acceptable) return orphan('not-found');
  if (rival && rival.score > best.score - AMBIGUITY_MARGIN) return orphan('ambiguous');

  const clause = doc.clauses[best.clause]!;
  const base = doc.starts[best.clause]!;
  const start = Math.max(0, index.toOriginal[best.start]! - base);
  const end = Math.min(clause.text.length, index.toOriginal[best.end - 1]! + 1 - base);
  const range = best.errors === 0 ? (start < end ? { start, end } : null) : snapEdges(clause.text, start, end, target.quote);
  if (!range) return orphan('not-found');
  return { status: 'anchored', clauseId: clause.id, start: range.start, end: range.end, how: best.errors === 0 ? 'exact' : 'fuzzy' };
}

/** Every occurrence of the normalised quote that lies inside one clause. */
function exactPlaces(index: AnchoringIndex, quote: string): Place[] | 'too-many' {
  const places: Place[] = [];
  for (let at = index.text.indexOf(quote); at >= 0; at = index.text.indexOf(quote, at + 1)) {
    const clause = index.clauseAt(at);
    if (clause < 0 || at < index.clauseStart[clause]! || at + quote.length > index.clauseEnd[clause]!) continue;
    if (places.length === MAX_EXACT_PLACES) return 'too-many';
    places.push({ start: at, end: at + quote.length, errors: 0, clause });
  }
  return places;
}

/** Approximate places (with at least one error) in the clauses near the old place and in those sharing the quote's words. */
function approximatePlaces(index: AnchoringIndex, quote: string, near: readonly (number | undefined)[]): Place[] {
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length / 2));
  if (maxErrors === 0) return [];
  const places: Place[] = [];
  for (const clause of clausesToSearch(index, quote, near)) {
    const from = index.clauseStart[clause]!;
    const to = index.clauseEnd[clause]!;
    if (to - from < quote.length - maxErrors) continue;
    for (const m of approxMatches(index.text.slice(from, to), quote, maxErrors, ROUNDS_PER_CLAUSE)) {
      if (m.errors > 0) places.push({ start: from + m.start, end: from + m.end, errors: m.errors, clause });
    }
  }
  return places;
}

function clausesToSearch(index: AnchoringIndex, quote: string, near: readonly (number | undefined)[]): number[] {
  const count = index.clauseStart.length;
  const chosen = new Set<number>();
  for (const centre of near) {
    if (centre === undefined || centre < 0) continue;
    for (let c = Math.max(0, centre - WINDOW_CLAUSES); c <= Math.min(count - 1, centre + WINDOW_CLAUSES); c++) chosen.add(c);
  }
  const words = indexWords(quote);
  if (words.length > 0) {
    const need = Math.ceil(words.length * WORD_SHARE);
    const shared = new Uint16Array(count);
    for (const word of words) {
      for (const c of index.clausesWithWord(word)) {
        shared[c] = shared[c]! + 1;
        if (shared[c] === need) chosen.add(c);
      }
    }
  }
  return [...chosen].sort((a, b) => a - b);
}

/** Overlapping places are one place: keep the one with the fewest errors (then the first). */
function distinctPlaces(places: Place[]): Place[] {
  places.sort((a, b) => a.errors - b.errors || a.start - b.start);
  const kept: Place[] = [];
  for (const place of places) {
    if (!kept.some((k) => k.start < place.end && place.start < k.end)) kept.push(place);
  }
  return kept;
}

/** Scores places best-first, skipping those that cannot reach the best or its rival; returns the best two. */
function rank(index: AnchoringIndex, query: Query, places: readonly Place[]): { best?: Scored; rival?: Scored } {
  const quoteScore = (p: Place): number => 1 - p.errors / query.quote.length;
  const ordered = [...places].sort((a, b) => a.errors - b.errors);
  let best: Scored | undefined;
  let rival: Scored | undefined;
  for (const place of ordered) {
    const upperBound = (QUOTE_WEIGHT * quoteScore(place) + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT) / TOTAL_WEIGHT;
    const floor = best ? Math.max(best.score - AMBIGUITY_MARGIN, rival?.score ?? 0) : MIN_SCORE - AMBIGUITY_MARGIN;
    if (upperBound <= floor) break;
    const scored = score(index, query, place, quoteScore(place));
    if (!best || scored.score > best.score) {
      rival = best;
      best = scored;
    } else if (!rival || scored.score > rival.score) {
      rival = scored;
    }
  }
  return { ...(best ? { best } : {}), ...(rival ? { rival } : {}) };
}

function score(index: AnchoringIndex, query: Query, place: Place, q: number): Scored {
  const { text } = index;
  const { prefix, suffix } = query;
  const p = prefix ? similarity(text.slice(Math.max(0, place.start - prefix.length), place.start), prefix) : place.start === 0 ? 1 : 0;
  const s = suffix ? similarity(text.slice(place.end, place.end + suffix.length), suffix) : place.end === text.length ? 1 : 0;
  const pos = 1 - Math.min(1, Math.abs(place.start - query.hint) / Math.max(1, text.length));
  const total = (QUOTE_WEIGHT * q + PREFIX_WEIGHT * p + SUFFIX_WEIGHT * s + POSITION_WEIGHT * pos) / TOTAL_WEIGHT;
  const beyondChance = (x: number): number => Math.max(0, (x - CONTEXT_CHANCE) / (1 - CONTEXT_CHANCE));
  const evidence = q * query.quote.length + beyondChance(p) * prefix.length + beyondChance(s) * suffix.length;
  const contextAgrees = Math.max(p, s) >= CONTEXT_AGREES || (place.errors === 0 && query.quote.length >= LONG_QUOTE_CHARS);
  return { ...place, score: total, acceptable: total >= MIN_SCORE && evidence >= MIN_EVIDENCE_CHARS && contextAgrees };
}
