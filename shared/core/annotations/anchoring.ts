// Re-anchors a stored target in today's document: its stored position, else its quote found exactly or approximately.
import { approximatePlaces, clausesSharingWords, distinctPlaces, exactPlaces, fuzzyBudget, quoteWordCount, windowClauses, type Place } from './anchor-places.js';
import { evidenceChars, MIN_EVIDENCE_CHARS, scoreBound, scorePlace, type Query, type ScoredPlace } from './anchor-score.js';
import { anchoringIndex, type AnchoringIndex } from './anchoring-index.js';
import type { DocumentText } from './document-text.js';
import { similarity, similarityTo } from './match-quote.js';
import { normaliseForMatch } from './match-text.js';
import { isRenumbering, renumberings } from './renumbering.js';
import { alignEdges } from './snap-edges.js';
import type { AnchorResult, AnnotationTarget, OrphanReason } from './types.js';

/**
 * Two places whose scores differ by less than this are "about the same": the target is orphaned as ambiguous (except
 * that a place in the stored clause at the stored offset wins a tie). It exceeds the whole position weight (2/92), so
 * nearness in the document alone never settles a tie.
 */
export const AMBIGUITY_MARGIN = 0.025;
/** Both context sides must reach this for the stored position to be taken when the document changed. */
export const POSITION_CONTEXT_AGREES = 0.5;

/** Where `target` sits in `doc` today (doc null: the document is gone). `docHash` is the document's current hash. */
export function anchorTarget(target: AnnotationTarget, doc: DocumentText | null, docHash: string | null): AnchorResult {
  if (!doc) return orphan('missing-document');
  if (target.quote.exact.length === 0) return orphan('not-found');
  return positionHolds(target, doc, docHash) ?? search(target, doc, anchoringIndex(doc));
}

function orphan(reason: OrphanReason): AnchorResult {
  return { status: 'orphaned', reason };
}

/**
 * (a) The stored clause still holds the quote at the stored offsets and, if the document changed, its context agrees
 * (both sides, and enough of it for a short quote).
 */
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
    if (Math.min(p, s) < POSITION_CONTEXT_AGREES || evidenceChars(end - start, prefix.length, p, suffix.length, s) < MIN_EVIDENCE_CHARS) return null;
  }
  return { status: 'anchored', clauseId: clause.id, start, end, how: 'position' };
}

/**
 * (b) exact occurrences and (c) approximate ones, scored. Places near the old place are searched in full; elsewhere
 * only exact occurrences and, when a place was chosen, approximate ones good enough to rival it.
 */
function search(target: AnnotationTarget, doc: DocumentText, index: AnchoringIndex): AnchorResult {
  const quote = normaliseForMatch(target.quote.exact);
  if (quote.trim().length === 0) return orphan('not-found');
  const home = index.clauseIndex(target.clauseId);
  const oldOffset = index.normalOffset(Math.min(target.document.start, doc.text.length));
  const hint = home === undefined ? oldOffset : index.normalOffset(doc.starts[home]! + Math.min(target.clause.start, doc.clauses[home]!.text.length));
  const prefix = normaliseForMatch(target.quote.prefix);
  const suffix = normaliseForMatch(target.quote.suffix);
  const query: Query = {
    quote,
    prefix,
    suffix,
    prefixSimilarity: similarityTo(prefix),
    suffixSimilarity: similarityTo(suffix),
    hint,
    home,
    homeOffset: target.clause.start,
  };
  const near = windowClauses(index, [home, index.clauseAt(oldOffset), ...renumberings(target.clauseId).map((id) => index.clauseIndex(id))]);
  const scoreOf = (place: Place): ScoredPlace =>
    scorePlace(index.text, query, place, {
      clauseOffset: index.toOriginal[place.start]! - doc.starts[place.clause]!,
      near: near.has(place.clause),
      renumbered: isRenumbering(target.clauseId, doc.clauses[place.clause]!.id),
    });
  const places = distinctPlaces([...exactPlaces(index, quote, query, home), ...approximatePlaces(index, quote, near, fuzzyBudget(quote))]);
  const decision = choose(query, scoreAll(query, places, scoreOf));
  if (typeof decision === 'string') return orphan(decision);
  const { chosen, rivalAbove } = decision;
  if (rivalAbove !== undefined && farRivals(index, query, near, rivalAbove, places, scoreOf)) return orphan('ambiguous');

  const clause = doc.clauses[chosen.clause]!;
  const base = doc.starts[chosen.clause]!;
  const start = Math.max(0, index.toOriginal[chosen.start]! - base);
  const end = Math.min(clause.text.length, index.toOriginal[chosen.end - 1]! + 1 - base);
  const range = chosen.errors === 0 ? (start < end ? { start, end } : null) : alignEdges(doc.text, base, clause.text, start, end, target.quote);
  if (!range) return orphan('not-found');
  return { status: 'anchored', clauseId: clause.id, start: range.start, end: range.end, how: chosen.errors === 0 ? 'exact' : 'fuzzy' };
}

/** A good place nearer to the old place than the best and within this of its score makes the best doubtful. */
export const NEARER_RIVAL_MARGIN = 0.06;
/** A place in another clause is not chosen while the stored clause, at the stored offset, has one scoring this. */
export const HOME_PLAUSIBLE = 0.65;

/**
 * Scored places, best first: all in the stored clause and all others that could be chosen or make a choice
 * ambiguous (places come in order of errors; one that cannot come within NEARER_RIVAL_MARGIN of the best or above a
 * good place at home is skipped).
 */
function scoreAll(query: Query, places: readonly Place[], scoreOf: (p: Place) => ScoredPlace): ScoredPlace[] {
  const scored: ScoredPlace[] = [];
  let best = -1;
  let home = Infinity;
  for (const place of places) {
    if (place.clause !== query.home && best >= 0 && scoreBound(query, place.errors) <= Math.min(best - NEARER_RIVAL_MARGIN, home + AMBIGUITY_MARGIN)) continue;
    const s = scoreOf(place);
    scored.push(s);
    best = Math.max(best, s.score);
    if (s.atHome && s.acceptable) home = Math.min(home, s.score);
  }
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * The decision. A good place in the stored clause at the stored offset wins unless another one there is about as
 * good or a good place elsewhere, its quote matched as well, is clearly better (then: ambiguous). Otherwise the best place wins if it is good
 * enough, no other place comes within AMBIGUITY_MARGIN of it and no nearer good one within NEARER_RIVAL_MARGIN. With the
 * choice comes the score above which a place elsewhere (not yet searched approximately) would make it ambiguous.
 */
function choose(query: Query, scored: readonly ScoredPlace[]): { chosen: ScoredPlace; rivalAbove?: number } | 'ambiguous' | 'not-found' {
  const atHome = scored.filter((p) => p.atHome);
  const homeBest = atHome[0];
  if (homeBest?.acceptable) {
    if (atHome[1] && atHome[1].score > homeBest.score - AMBIGUITY_MARGIN) return 'ambiguous';
    if (scored.some((p) => p !== homeBest && p.acceptable && p.errors <= homeBest.errors && p.score >= homeBest.score + AMBIGUITY_MARGIN)) return 'ambiguous';
    return { chosen: homeBest };
  }
  const [best, ...others] = scored;
  if (!best?.acceptable) return 'not-found';
  if (best.clause !== query.home && homeBest && homeBest.score >= HOME_PLAUSIBLE) return 'ambiguous';
  const distance = (p: ScoredPlace): number => Math.abs(p.start - query.hint);
  for (const other of others) {
    if (other.score > best.score - AMBIGUITY_MARGIN) return 'ambiguous';
    if (other.acceptable && other.score > best.score - NEARER_RIVAL_MARGIN && distance(other) < distance(best)) return 'ambiguous';
  }
  return { chosen: best, rivalAbove: best.score - AMBIGUITY_MARGIN };
}

/** Share of the quote's words a clause outside the window must hold to be searched for a rival. */
export const FAR_RIVAL_WORD_SHARE = 0.6;

/**
 * Whether a place outside the window scores above `above`: approximate search, with just the error budget that
 * allows, in the clauses holding most of the quote's words (exact occurrences are already in `known`).
 */
function farRivals(index: AnchoringIndex, query: Query, near: ReadonlySet<number>, above: number, known: readonly Place[], scoreOf: (p: Place) => ScoredPlace): boolean {
  let budget = 0;
  while (budget < fuzzyBudget(query.quote) && scoreBound(query, budget + 1) > above) budget++;
  if (budget === 0) return false;
  const words = quoteWordCount(query.quote);
  const clauses = clausesSharingWords(index, query.quote, Math.max(words - budget, Math.ceil(words * FAR_RIVAL_WORD_SHARE)), near);
  const rivals = approximatePlaces(index, query.quote, clauses, budget, 1);
  return rivals.some((p) => !known.some((k) => k.clause === p.clause && k.start < p.end && p.start < k.end) && scoreOf(p).score > above);
}
