// Infers `concerns` links: which provisions a clause that cites none is about, from quotation chains and shared key terms.
import type { Lang } from '../model.js';
import { INSTRUMENT_CONTEXT_WEIGHT, isProvisionCitation, type CitedProfile, type ContextTerm } from './provision-profiles.js';
import { quotationLink, quoteStrength, type Quotation } from './quotations.js';
import { termRarity, termTokens } from './terms.js';
import type { ComputedLink, LinkClause, LinkEvidence } from './types.js';
import { CONFIDENT_SCORE, isConfident, linkScore } from './confidence.js';
import { conceptsOf, type Concepts } from './concepts.js';
import { articleKeyOf, type StatuteIndex } from './statute-index.js';
import { QUOTING_TIE_RE } from './quoting-tie.js';

/** Evidence (in units of a perfectly rare, perfectly specific term in the citing sentence) for a score of 1 - 1/e. */
const EVIDENCE_SCALE = 1.2;
/** Other citing clauses add this share of their evidence to the best one's. */
const SUPPORT_FACTOR = 0.25;
/** A link whose evidence passes the tests below scores at least CONFIDENT_SCORE (confidence.ts) ... */
/** ... shares several key terms with one citing sentence (at least this many), or key terms with several citing
 * clauses (at least two, each sharing one, two different terms in all) and a phrase (two adjacent key words) ... */
const SINGLE_CLAUSE_KEY_TERMS = 3;
/** ... in citing sentences (a key term is rare in the language and cited near few provisions: its weight
 * rarity × specificity, both in [0, 1], reaches this) ... */
const KEY_TERM_WEIGHT = 0.25;
/** ... and at least this share of its evidence is not explained as well by the citing sentences of another article. */
const CONFIDENT_MARGIN = 0.5;
/** ... and it scores at least this much more than the best candidate that fails these tests. */
const CONFIDENT_GAP = 0.1;
/** A quotation chain passes on the quotation's score, discounted by this factor. */
const CHAIN_FACTOR = 0.9;
/** Candidates scoring less are not proposed at all. */
const MIN_SCORE = 0.2;
/** Stems of one word family ("seiz", "seizur"; "destroi", "destruct") count this much, when both are this rare. */
const RELATED_STEM_FACTOR = 0.7;
const RELATED_STEM_RARITY = 0.5;
const MIN_RELATED_PREFIX = 4;
/** Words between parentheses are asides ("e.g., server location"): they count this much. */
const PARENTHETICAL_WEIGHT = 0.5;
/** Context weight of a citing sentence (an instrument's counts less, see INSTRUMENT_CONTEXT_WEIGHT). */
const IN_SENTENCE = INSTRUMENT_CONTEXT_WEIGHT;

/** How much each shared term weighs, from the clauses of one language. */
export interface TermStatistics {
  /** Inverse document frequency over the language's non-statute clauses, scaled to [0, 1]. */
  rarity(stem: string): number;
  /** How few cited articles (or instruments) have the term near their citations, in [0, 1]: 1 = one only. */
  specificity(stem: string): number;
}

export function termStatistics(clauses: readonly LinkClause[], lang: Lang, profiles: Iterable<CitedProfile>): TermStatistics {
  const rarity = termRarity(
    (function* () {
      for (const c of clauses) if (c.docKind !== 'statute' && c.lang === lang) yield new Set(termTokens(c.text, lang).map((t) => t.stem));
    })(),
  );
  // For each term, its strongest weight near each cited article; their sum counts the articles it is near. A sentence
  // (or clause) that cites several things at once shares its words among them: each is near 1/n of the time.
  const near = new Map<string, Map<string, number>>();
  const cited = new Set<string>();
  for (const p of profiles) {
    cited.add(p.article);
    for (const context of p.contexts) {
      const coCited = context.coCited ?? { sentence: 1, clause: 1 };
      for (const [stem, t] of context.terms) {
        let byArticle = near.get(stem);
        if (!byArticle) near.set(stem, (byArticle = new Map()));
        const share = t.weight >= 1 ? coCited.sentence : coCited.clause;
        byArticle.set(p.article, Math.max(byArticle.get(p.article) ?? 0, t.weight / share));
      }
    }
  }
  const norm = Math.log(1 + Math.max(1, cited.size));
  const nearCount = (stem: string): number => Math.max(1, [...(near.get(stem)?.values() ?? [])].reduce((a, b) => a + b, 0));
  return {
    rarity: (stem) => Math.min(1, rarity(stem)),
    specificity: (stem) => Math.log(1 + cited.size / nearCount(stem)) / norm,
  };
}

/** Two stems of one word family: one begins the other, or they share most of a long beginning. */
export function relatedStems(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  if (common < MIN_RELATED_PREFIX) return false;
  return common === shorter || (common > MIN_RELATED_PREFIX && common / shorter >= 0.7);
}

interface Contribution {
  stem: string;
  value: number;
  surface: string;
  /** Found in a sentence that cites the provision (or its instrument), not elsewhere in the clause. */
  inSentence: boolean;
  /** The term's own weight (rarity × specificity, less for asides and word-family matches). */
  termWeight: number;
}

interface ScoredContext {
  clause: string;
  borrowed: boolean;
  evidence: number;
  contributions: Contribution[];
}

/** A candidate provision with the figures its score and confidence come from. */
export interface ConcernCandidate {
  key: string;
  /** Strength of the evidence in [0, 1), before the tests of specificity. */
  strength: number;
  /** Whether the evidence passed the tests (see confidence.ts): then the score is the strength, else less than half. */
  qualified: boolean;
  evidence: LinkEvidence[];
  /** Similarity figures (absent for a pure quotation chain). */
  details?: { evidence: number; keyTerms: number; corroborating: number; margin: number };
  /** The similarity strength alone, and whether a confident quotation leads there. */
  similarity?: number;
  chained?: boolean;
}

/** The score and the confident mark of a candidate: one function of its evidence (confidence.ts). */
export function candidateScore(c: Pick<ConcernCandidate, 'strength' | 'qualified'>): { score: number; confident: boolean } {
  const score = linkScore(c.strength, c.qualified);
  return { score, confident: isConfident(score) };
}

/** The model `concerns` links are computed from, for one language. */
export interface ConcernModel {
  profiles: readonly CitedProfile[];
  stats: TermStatistics;
  /** Every clause by id (citing passages are read from it). */
  clauses?: ReadonlyMap<string, LinkClause>;
  /** The clause before each one in its section (same document, same parent), for passages tied by "these obligations". */
  previous?: ReadonlyMap<string, LinkClause>;
  /** The statute articles in the corpus, for numbered neighbours of a cited article. */
  statutes?: StatuteIndex;
}

/** Candidate provisions of one clause, best first: similarity, quotation chains and quoting passages merged per provision. */
export function rankConcerns(clause: LinkClause, model: ConcernModel, quotations: readonly Quotation[]): ConcernCandidate[] {
  const merged = new Map<string, ConcernCandidate>();
  const all = [...similarityCandidates(clause, model), ...chainCandidates(clause, quotations), ...quotingPassageCandidates(clause, quotations, model)];
  for (const c of all) {
    const known = merged.get(c.key);
    merged.set(c.key, known ? mergeCandidates(known, c) : c);
  }
  const out = neighbourCandidates(clause, [...merged.values()], model);
  return out.sort((a, b) => candidateScore(b).score - candidateScore(a).score || b.strength - a.strength || a.key.localeCompare(b.key));
}

/** Two routes to one provision: independent evidence when one passed the tests, else the stronger alone. */
function mergeCandidates(a: ConcernCandidate, b: ConcernCandidate): ConcernCandidate {
  const qualified = a.qualified || b.qualified;
  return {
    ...a,
    strength: qualified ? 1 - (1 - (a.qualified ? a.strength : 0)) * (1 - (b.qualified ? b.strength : 0)) : Math.max(a.strength, b.strength),
    qualified,
    chained: (a.chained ?? false) || (b.chained ?? false),
    evidence: [...a.evidence, ...b.evidence],
    ...(a.similarity !== undefined || b.similarity !== undefined ? { similarity: Math.max(a.similarity ?? 0, b.similarity ?? 0) } : {}),
  };
}

/** A confident link must also be good from the provision's side: within this much of its best-scoring clause. */
const RECIPROCAL_MARGIN = 0.1;

/**
 * The `concerns` links of the given clauses: each clause's best candidate provisions (not those it cites), scored,
 * with evidence. A similarity link keeps its qualification only if the clause is among the clauses that match the
 * provision best (a clause that matches everything a little is not about any of it).
 */
export function concernLinks(clauses: readonly LinkClause[], model: ConcernModel, quotations: readonly Quotation[], maxLinks: number): ComputedLink[] {
  const ranked = clauses.map((clause) => ({ clause, candidates: rankConcerns(clause, model, quotations) }));
  const bestFor = new Map<string, number>();
  for (const r of ranked) for (const c of r.candidates) bestFor.set(c.key, Math.max(bestFor.get(c.key) ?? 0, c.similarity ?? 0));
  return ranked.flatMap(({ clause, candidates }) => {
    const cited = new Set(clause.citations.map((c) => c.key));
    return candidates
      .filter((c) => c.strength >= MIN_SCORE && !cited.has(c.key))
      .map((c) => {
        const reciprocal = c.chained || (c.similarity ?? 0) >= bestFor.get(c.key)! - RECIPROCAL_MARGIN;
        return { ...c, qualified: c.qualified && reciprocal };
      })
      .sort((a, b) => candidateScore(b).score - candidateScore(a).score || b.strength - a.strength || a.key.localeCompare(b.key))
      .slice(0, maxLinks)
      .map((c) => ({ from: clause.id, kind: 'concerns' as const, toKey: c.key, ...candidateScore(c), evidence: c.evidence }));
  });
}

function similarityCandidates(clause: LinkClause, model: ConcernModel): ConcernCandidate[] {
  const { stats } = model;
  const query = queryTerms(clause);
  const weightOf = (stem: string): number => stats.rarity(stem) * stats.specificity(stem);
  const lookUp = (terms: ReadonlyMap<string, ContextTerm>, stem: string, q: number): Contribution | undefined => {
    const exact = terms.get(stem);
    if (exact) {
      const termWeight = q * weightOf(stem);
      return { stem, value: termWeight * exact.weight, surface: exact.surface, inSentence: exact.weight >= IN_SENTENCE, termWeight };
    }
    if (stats.rarity(stem) < RELATED_STEM_RARITY) return undefined;
    let best: Contribution | undefined;
    for (const [other, t] of terms) {
      if (!relatedStems(stem, other) || stats.rarity(other) < RELATED_STEM_RARITY) continue;
      const termWeight = q * Math.min(weightOf(stem), weightOf(other)) * RELATED_STEM_FACTOR;
      const value = termWeight * t.weight;
      if (!best || value > best.value) best = { stem, value, surface: t.surface, inSentence: t.weight >= IN_SENTENCE, termWeight };
    }
    return best;
  };

  const scored = new Map<string, ScoredContext[]>();
  for (const profile of model.profiles) {
    const contexts: ScoredContext[] = [];
    for (const context of profile.contexts) {
      const contributions: Contribution[] = [];
      for (const [stem, q] of query) {
        const c = lookUp(context.terms, stem, q);
        if (c) contributions.push(c);
      }
      if (contributions.length > 0) contexts.push({ clause: context.clause, borrowed: context.borrowed === true, evidence: sum(contributions.map((c) => c.value)), contributions });
    }
    if (contexts.length > 0) scored.set(profile.key, contexts.sort((a, b) => b.evidence - a.evidence));
  }

  const articleOf = new Map(model.profiles.map((p) => [p.key, p.article]));
  const profileOf = new Map(model.profiles.map((p) => [p.key, p]));
  const pairs = adjacentPairs(termTokens(clause.text, clause.lang).map((t) => t.stem));
  const own = new Map([...scored].map(([key, contexts]) => [key, bestValues(contexts, false)]));
  const stated = new Map([...scored].map(([key, contexts]) => [key, bestValues(contexts.filter((c) => !c.borrowed), true)]));
  const out: ConcernCandidate[] = [];
  for (const [key, contexts] of scored) {
    const evidence = contexts[0]!.evidence + SUPPORT_FACTOR * sum(contexts.slice(1).map((c) => c.evidence));
    const score = 1 - Math.exp(-evidence / EVIDENCE_SCALE);
    const keyed = contexts.map((c) => new Set(c.contributions.filter((x) => x.inSentence && x.termWeight >= KEY_TERM_WEIGHT).map((x) => x.stem)));
    const keyTerms = Math.max(...keyed.map((k) => k.size));
    const corroborating = keyed.filter((k) => k.size > 0);
    const corroborated = corroborating.length >= 2 && new Set(corroborating.flatMap((k) => [...k])).size >= 2;
    const specific = keyTerms >= SINGLE_CLAUSE_KEY_TERMS || (corroborated && sharesPhrase(pairs, contexts, profileOf.get(key)!));
    const mine = own.get(key)!;
    let explainedElsewhere = 0;
    for (const [other, values] of stated) {
      if (articleOf.get(other) === articleOf.get(key)) continue;
      explainedElsewhere = Math.max(explainedElsewhere, sum([...mine].map(([stem, v]) => Math.min(v, values.get(stem) ?? 0))));
    }
    const total = sum([...mine.values()]);
    const margin = total > 0 ? 1 - explainedElsewhere / total : 0;
    // Evidence lists the clauses that carry the link's subject (a key term in a citing sentence), else the best one.
    const carrying = contexts.filter((_, i) => keyed[i]!.size > 0);
    out.push({
      key,
      strength: score,
      qualified: score >= CONFIDENT_SCORE && specific && margin >= CONFIDENT_MARGIN,
      evidence: (carrying.length > 0 ? carrying : contexts.slice(0, 1)).map((c) => ({
        clause: c.clause,
        kind: 'concerns',
        terms: c.contributions.sort((a, b) => b.value - a.value).map((x) => x.surface),
      })),
      details: { evidence, keyTerms, corroborating: corroborating.length, margin },
      similarity: score,
    });
  }
  // Relative to the alternatives: a qualified candidate must stand out from the best candidate that is not.
  for (let changed = true; changed; ) {
    changed = false;
    const background = Math.max(0, ...out.filter((c) => !c.qualified).map((c) => c.strength));
    for (const c of out) {
      if (c.qualified && c.strength < background + CONFIDENT_GAP) {
        c.qualified = false;
        changed = true;
      }
    }
  }
  return out;
}

/** Unordered pairs of adjacent terms ("equipment and materials" → equip|materi), stop words skipped. */
function adjacentPairs(stems: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < stems.length; i++) out.add([stems[i - 1]!, stems[i]!].sort().join('|'));
  return out;
}

/** Whether a citing sentence of the provision holds two adjacent words that are also adjacent in the clause. */
function sharesPhrase(pairs: ReadonlySet<string>, contexts: readonly ScoredContext[], profile: CitedProfile): boolean {
  const clauses = new Set(contexts.filter((c) => c.contributions.some((x) => x.inSentence)).map((c) => c.clause));
  return profile.contexts.some((c) => clauses.has(c.clause) && c.sentencePairs !== undefined && [...c.sentencePairs].some((p) => pairs.has(p)));
}

/** The clause's distinct terms and how much each counts: words in parentheses are asides and count less. */
function queryTerms(clause: LinkClause): Map<string, number> {
  const depth = parenthesisDepth(clause.text);
  const out = new Map<string, number>();
  for (const t of termTokens(clause.text, clause.lang)) {
    const q = depth[t.start]! > 0 ? PARENTHETICAL_WEIGHT : 1;
    out.set(t.stem, Math.max(out.get(t.stem) ?? 0, q));
  }
  return out;
}

function parenthesisDepth(text: string): number[] {
  const depth: number[] = new Array<number>(text.length);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') d++;
    depth[i] = d;
    if (text[i] === ')' && d > 0) d--;
  }
  return depth;
}

/** Each stem's best contribution over the contexts (only from citing sentences, when `inSentence`). */
function bestValues(contexts: readonly ScoredContext[], inSentence: boolean): Map<string, number> {
  const best = new Map<string, number>();
  for (const c of contexts) {
    for (const x of c.contributions) if (!inSentence || x.inSentence) best.set(x.stem, Math.max(best.get(x.stem) ?? 0, x.value));
  }
  return best;
}

/** Provisions cited by a clause that quotes this one, or that this one quotes. */
function chainCandidates(clause: LinkClause, quotations: readonly Quotation[]): ConcernCandidate[] {
  const out: ConcernCandidate[] = [];
  for (const q of quotations) {
    const other = q.quoted.id === clause.id ? q.quoting : q.quoting.id === clause.id ? q.quoted : undefined;
    if (!other) continue;
    const link = quotationLink(q);
    for (const citation of other.citations.filter(isProvisionCitation)) {
      out.push({
        key: citation.key,
        strength: quoteStrength(q) * CHAIN_FACTOR,
        qualified: link.confident,
        chained: link.confident,
        evidence: [
          { clause: other.id, kind: 'quotes', terms: link.evidence[0]!.terms },
          { clause: other.id, kind: 'cites', terms: [citation.text] },
        ],
      });
    }
  }
  return out;
}

/** A quoting passage's share of the quotation's strength when the provision is cited in the paragraph before it. */
const QUOTING_PASSAGE_FACTOR = 0.85;

/**
 * A commitment quoted word for word in a passage whose section cites a provision: the passage itself citing it is a
 * quotation chain (chainCandidates); here, the paragraph just before the quoting one, in the same section, cites it and
 * the quoting passage takes it up ("Russia has not fully implemented these obligations"). Strong evidence that the
 * commitment restates the provision, shown with the quoting and the citing passages.
 */
function quotingPassageCandidates(clause: LinkClause, quotations: readonly Quotation[], model: ConcernModel): ConcernCandidate[] {
  const out: ConcernCandidate[] = [];
  for (const q of quotations) {
    if (q.quoted.id !== clause.id) continue;
    const link = quotationLink(q);
    if (!link.confident || !QUOTING_TIE_RE.test(q.quoting.text)) continue;
    const before = model.previous?.get(q.quoting.id);
    if (!before || before.docId !== q.quoting.docId) continue;
    for (const citation of before.citations.filter(isProvisionCitation)) {
      out.push({
        key: citation.key,
        strength: quoteStrength(q) * QUOTING_PASSAGE_FACTOR,
        qualified: true,
        chained: true,
        evidence: [
          { clause: q.quoting.id, kind: 'quotes', terms: link.evidence[0]!.terms },
          { clause: before.id, kind: 'cites', terms: [citation.text] },
        ],
      });
    }
  }
  return out;
}

/** A neighbour must fit the passage at least this well (sum of distinctive glossary terms, the title's counting twice). */
const MIN_NEIGHBOUR_FIT = 2;
const TITLE_WEIGHT = 2;

/**
 * Numbered neighbours of a cited article (1253.1, 1253.2 … of 1253) whose subject fits the citing passage better: the
 * passage (the commitment and the clauses that carry the candidate's evidence) and each article's statute text are
 * read through the bilingual glossary; a term counts 1 / (the number of these articles that have it), twice in the
 * article's title. When a neighbour fits clearly better, it is proposed with the candidate's strength and evidence
 * plus the terms it shares, and the cited article loses its qualification (the citation named the wrong number).
 */
function neighbourCandidates(clause: LinkClause, candidates: ConcernCandidate[], model: ConcernModel): ConcernCandidate[] {
  const statutes = model.statutes;
  if (!statutes) return candidates;
  const byKey = new Map(candidates.map((c) => [c.key, c]));
  for (const c of candidates) {
    const article = articleKeyOf(c.key);
    if (!article) continue;
    const group = statutes.neighbours(article);
    if (group.length < 2 || !group.includes(article)) continue;
    const passage = new Map<string, string>();
    for (const text of [clause.text, ...c.evidence.map((e) => model.clauses?.get(e.clause)?.text ?? '')]) {
      for (const [id, surface] of conceptsOf(text)) if (!passage.has(id)) passage.set(id, surface);
    }
    const texts = new Map(group.map((k) => [k, statutes.concepts(k)!]));
    const having = new Map<string, number>();
    for (const t of texts.values()) for (const id of t.body.keys()) having.set(id, (having.get(id) ?? 0) + 1);
    const fit = (t: { title: Concepts; body: Concepts }): number =>
      [...passage.keys()].reduce((sum, id) => (t.body.has(id) ? sum + (t.title.has(id) ? TITLE_WEIGHT : 1) / having.get(id)! : sum), 0);
    let best = article;
    for (const k of group) if (fit(texts.get(k)!) > fit(texts.get(best)!)) best = k;
    const bestFit = fit(texts.get(best)!);
    if (best === article || bestFit < MIN_NEIGHBOUR_FIT || bestFit < 2 * fit(texts.get(article)!)) continue;
    const t = texts.get(best)!;
    const shared = [...passage].filter(([id]) => t.body.has(id)).map(([id, surface]) => `${surface} ~ ${t.body.get(id)!}`);
    const proposal: ConcernCandidate = {
      key: best,
      strength: c.strength,
      qualified: c.qualified,
      ...(c.chained ? { chained: c.chained } : {}),
      ...(c.similarity !== undefined ? { similarity: c.similarity } : {}),
      evidence: [...c.evidence, { clause: statutes.clauseOf(best)!, kind: 'concerns', terms: shared }],
    };
    const known = byKey.get(best);
    byKey.set(best, known ? mergeCandidates(known, proposal) : proposal);
    byKey.set(c.key, { ...c, qualified: false });
  }
  return [...byKey.values()];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
