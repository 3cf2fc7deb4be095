// What the corpus says around each provision's citations: per citing clause, the key terms near the citation.
import { sentenceAt, sentenceStarts } from '../citations/sentences.js';
import type { Lang } from '../model.js';
import { termTokens } from './terms.js';
import type { LinkClause } from './types.js';

/** Terms in the sentence that cites the provision count fully; the rest of the citing clause counts this much. */
export const REST_OF_CLAUSE_WEIGHT = 0.35;
/**
 * The sentence around a citation of a whole instrument ("the Criminal Code") counts this much for a cited article of
 * that instrument, divided among the instrument's cited articles (a mention of the Code is about one of them).
 */
export const INSTRUMENT_CONTEXT_WEIGHT = 0.5;

/** A term near a citation: its weight and the word as written there. */
export interface ContextTerm {
  weight: number;
  surface: string;
}

/** One citing clause's words about one cited thing. */
export interface CitingContext {
  clause: string;
  terms: Map<string, ContextTerm>;
  /** Unordered pairs of adjacent terms in the citing sentences ("equip|materi"). */
  sentencePairs?: Set<string>;
  /** Borrowed from a citation of the whole instrument: shared by all its articles, so says nothing specific to one. */
  borrowed?: boolean;
  /**
   * How many different things the citing sentence cites, and the whole citing clause: a sentence that cites a list
   * ("amendments to the Civil Code, the Civil Procedure Code and Law 149-FZ") says its words once, about all of them.
   */
  coCited?: { sentence: number; clause: number };
}

/** Everything the corpus says around the citations of one key. */
export interface CitedProfile {
  key: string;
  /** "ru-civil-code:1252" for an article or its parts, "ru-civil-code" for a whole instrument. */
  article: string;
  instrument: string;
  /** Only provisions (articles or parts) are candidates for `concerns`; instruments are too broad. */
  provision: boolean;
  contexts: CitingContext[];
}

export function isProvisionCitation(c: { article?: string }): boolean {
  return c.article !== undefined;
}

/** The profiles of everything cited by the non-statute clauses in `lang` that `include` admits. */
export function buildCitedProfiles(clauses: readonly LinkClause[], lang: Lang, include: (c: LinkClause) => boolean): Map<string, CitedProfile> {
  const profiles = new Map<string, CitedProfile>();
  for (const clause of clauses) {
    if (clause.docKind === 'statute' || clause.lang !== lang || clause.citations.length === 0 || !include(clause)) continue;
    const tokens = termTokens(clause.text, lang);
    const starts = sentenceStarts(clause.text);
    const byKey = new Map<string, CitingContext>();
    const sentenceOf = (pos: number): number => sentenceAt(starts, pos, clause.text.length)[0];
    const keysBySentence = new Map<number, Set<string>>();
    for (const c of clause.citations) keysBySentence.set(sentenceOf(c.start), (keysBySentence.get(sentenceOf(c.start)) ?? new Set()).add(c.key));
    const clauseKeys = new Set(clause.citations.map((c) => c.key)).size;
    for (const citation of clause.citations) {
      let profile = profiles.get(citation.key);
      if (!profile) {
        const provision = isProvisionCitation(citation);
        const article = provision ? `${citation.instrument}:${citation.article}` : citation.instrument;
        profile = { key: citation.key, article, instrument: citation.instrument, provision, contexts: [] };
        profiles.set(citation.key, profile);
      }
      let context = byKey.get(citation.key);
      if (!context) {
        context = { clause: clause.id, terms: new Map(), sentencePairs: new Set(), coCited: { sentence: clauseKeys, clause: clauseKeys } };
        byKey.set(citation.key, context);
        profile.contexts.push(context);
      }
      const [from, to] = sentenceAt(starts, citation.start, clause.text.length);
      context.coCited!.sentence = Math.min(context.coCited!.sentence, keysBySentence.get(from)!.size);
      let previous: string | undefined;
      for (const t of tokens) {
        const inSentence = t.start >= from && t.start < to;
        mergeTerm(context.terms, t.stem, inSentence ? 1 : REST_OF_CLAUSE_WEIGHT, t.surface);
        if (inSentence && previous) context.sentencePairs!.add([previous, t.stem].sort().join('|'));
        previous = inSentence ? t.stem : undefined;
      }
    }
  }
  return profiles;
}

/** Each provision's contexts, plus the citing sentences of its whole instrument at a reduced weight. */
export function withInstrumentContexts(profiles: ReadonlyMap<string, CitedProfile>): CitedProfile[] {
  const articles = new Map<string, Set<string>>();
  for (const p of profiles.values()) if (p.provision) articles.set(p.instrument, (articles.get(p.instrument) ?? new Set()).add(p.article));
  const out: CitedProfile[] = [];
  for (const profile of profiles.values()) {
    if (!profile.provision) continue;
    const whole = profiles.get(profile.instrument)?.contexts ?? [];
    const weight = INSTRUMENT_CONTEXT_WEIGHT / articles.get(profile.instrument)!.size;
    const borrowed = whole.map((c) => {
      const terms = new Map<string, ContextTerm>();
      for (const [stem, t] of c.terms) if (t.weight === 1) terms.set(stem, { weight, surface: t.surface });
      return { clause: c.clause, terms, sentencePairs: c.sentencePairs, borrowed: true };
    });
    out.push({ ...profile, contexts: [...profile.contexts, ...borrowed] });
  }
  return out;
}

function mergeTerm(terms: Map<string, ContextTerm>, stem: string, weight: number, surface: string): void {
  const known = terms.get(stem);
  if (!known || weight > known.weight) terms.set(stem, { weight, surface });
}
