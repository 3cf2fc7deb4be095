// Scores a candidate place for a stored quote (hypothesis's weights) and says whether it is good enough to anchor.
import type { Place } from './anchor-places.js';

/** Weights of a place's score (hypothesis/client's): quote, prefix and suffix similarity, nearness to the old place. */
export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
export const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * A place needs one context side agreeing (CONTEXT_AGREES) and this score (0..1); an approximate one needs
 * MIN_SCORE_FUZZY, or MIN_SCORE with both context sides at least CONTEXT_HOLDS...
 */
export const MIN_SCORE = 0.75;
export const MIN_SCORE_FUZZY = 0.8;
export const CONTEXT_AGREES = 0.6;
export const CONTEXT_HOLDS = 0.5;
/** ...unless its quote speaks for itself: this similar and at least SELF_EVIDENT_CHARS characters matched. */
export const SELF_EVIDENT_QUOTE = 0.9;
export const SELF_EVIDENT_CHARS = 60;
/** Similarity that unrelated context of the same language reaches by chance (agreement counts above it). */
export const CONTEXT_CHANCE = 0.3;
/** Characters of evidence a place needs: quote characters matched plus context characters agreeing beyond chance. */
export const MIN_EVIDENCE_CHARS = 40;
/**
 * A place must start this close to the stored offset within its clause: in another clause (which must be the stored
 * one renumbered, and keeps its text) MOVED_OFFSET_SLACK, in the stored clause (where words may be added before it)
 * HOME_OFFSET_SLACK. A place in the stored clause within MOVED_OFFSET_SLACK is "at home".
 */
export const MOVED_OFFSET_SLACK = 64;
export const HOME_OFFSET_SLACK = 160;

/** What a place is compared with: the normalised quote and context, and where the old place is today. */
export interface Query {
  quote: string;
  prefix: string;
  suffix: string;
  /** similarityTo(prefix) and similarityTo(suffix), prepared once. */
  prefixSimilarity: (text: string) => number;
  suffixSimilarity: (text: string) => number;
  /** Normalised offset of the old place in today's text. */
  hint: number;
  /** The clause with the stored clause id today (undefined when gone), and the stored offset in it. */
  home: number | undefined;
  homeOffset: number;
}

/** Where a place lies, beyond its text. */
export interface PlaceSetting {
  /** Its start within its clause, in real characters. */
  clauseOffset: number;
  /** In the window around the old place (see windowClauses). */
  near: boolean;
  /** Its clause's id is the stored one renumbered (see isRenumbering). */
  renumbered: boolean;
}

export interface ScoredPlace extends Place {
  score: number;
  /** Good enough to anchor (near the old place; score, context, evidence and, in another clause, its offset). */
  acceptable: boolean;
  /** In the stored clause, near the stored offset. */
  atHome: boolean;
}

/** Characters of evidence: quote characters matched plus context characters agreeing beyond chance. */
export function evidenceChars(quoteMatched: number, prefixLength: number, p: number, suffixLength: number, s: number): number {
  const beyondChance = (x: number): number => Math.max(0, (x - CONTEXT_CHANCE) / (1 - CONTEXT_CHANCE));
  return quoteMatched + beyondChance(p) * prefixLength + beyondChance(s) * suffixLength;
}

/** The best score a place with this many errors can reach (for pruning). */
export function scoreBound(query: Query, errors: number): number {
  return (QUOTE_WEIGHT * (1 - errors / query.quote.length) + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT) / TOTAL_WEIGHT;
}

/** Scores `place` (normalised offsets into `text`) and judges whether it may be chosen. */
export function scorePlace(text: string, query: Query, place: Place, setting: PlaceSetting): ScoredPlace {
  const { prefix, suffix, quote } = query;
  const q = 1 - place.errors / quote.length;
  const p = prefix ? query.prefixSimilarity(text.slice(Math.max(0, place.start - prefix.length), place.start)) : place.start === 0 ? 1 : 0;
  const s = suffix ? query.suffixSimilarity(text.slice(place.end, place.end + suffix.length)) : place.end === text.length ? 1 : 0;
  const pos = 1 - Math.min(1, Math.abs(place.start - query.hint) / Math.max(1, text.length));
  const score = (QUOTE_WEIGHT * q + PREFIX_WEIGHT * p + SUFFIX_WEIGHT * s + POSITION_WEIGHT * pos) / TOTAL_WEIGHT;

  const evidence = evidenceChars(quote.length * q, prefix.length, p, suffix.length, s);
  const shift = Math.abs(setting.clauseOffset - query.homeOffset);
  const inHome = place.clause === query.home;
  const atHome = inHome && shift <= MOVED_OFFSET_SLACK;
  const placeAgrees = inHome ? shift <= HOME_OFFSET_SLACK : shift <= MOVED_OFFSET_SLACK && setting.renumbered;
  const enough = place.errors === 0 || Math.min(p, s) >= CONTEXT_HOLDS ? MIN_SCORE : MIN_SCORE_FUZZY;
  const supported = score >= enough && Math.max(p, s) >= CONTEXT_AGREES;
  const selfEvident = q >= SELF_EVIDENT_QUOTE && q * quote.length >= SELF_EVIDENT_CHARS;
  const acceptable = setting.near && placeAgrees && evidence >= MIN_EVIDENCE_CHARS && (supported || selfEvident);
  return { ...place, score, acceptable, atHome };
}
