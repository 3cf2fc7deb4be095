// Computes every automatic link of a corpus: explicit citations, quotations, and the provisions commitments concern.
import { isCommitment } from './commitments.js';
import { concernLinks, termStatistics, type ConcernModel } from './concerns.js';
import { buildCitedProfiles, withInstrumentContexts } from './provision-profiles.js';
import { statuteIndex } from './statute-index.js';
import { DEFAULT_MIN_QUOTE_WORDS, findQuotations, quotationLink } from './quotations.js';
import type { ComputedLink, LinkClause, LinkOptions } from './types.js';
import type { Lang } from '../model.js';

const DEFAULT_MAX_CONCERNS = 5;

export function computeLinks(clauses: readonly LinkClause[], options: LinkOptions = {}): ComputedLink[] {
  // Appended one by one: a large corpus has more links than a spread call may pass as arguments.
  const links: ComputedLink[] = [];
  for (const clause of clauses) for (const link of citationLinks(clause)) links.push(link);
  const quotations = findQuotations(clauses, options.minQuoteWords ?? DEFAULT_MIN_QUOTE_WORDS);
  for (const q of quotations) links.push(quotationLink(q));

  const concernsFor = options.concernsFor ?? isCommitment;
  const maxConcerns = options.maxConcerns ?? DEFAULT_MAX_CONCERNS;
  const targets = clauses.filter(concernsFor);
  const context = targets.length > 0 ? corpusContext(clauses) : undefined;
  for (const lang of new Set(targets.map((c) => c.lang))) {
    const model = { ...concernModel(clauses, lang, (c) => !concernsFor(c)), ...context };
    for (const link of concernLinks(targets.filter((c) => c.lang === lang), model, quotations, maxConcerns)) links.push(link);
  }
  return links;
}

/** One `cites` link per provision a clause cites, with every wording it uses. */
function citationLinks(clause: LinkClause): ComputedLink[] {
  const byKey = new Map<string, string[]>();
  for (const c of clause.citations) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c.text]);
  return [...byKey].map(([key, texts]) => ({
    from: clause.id,
    kind: 'cites',
    toKey: key,
    score: 1,
    confident: true,
    evidence: [{ clause: clause.id, kind: 'cites', terms: [...new Set(texts)] }],
  }));
}

/**
 * What the passages around a quotation and a cited article are read from: every clause by id, each clause's previous
 * one in its section (same document and parent path), and the statute articles. References only: no text is copied.
 */
export function corpusContext(clauses: readonly LinkClause[]): Pick<ConcernModel, 'clauses' | 'previous' | 'statutes'> {
  const byId = new Map<string, LinkClause>();
  const previous = new Map<string, LinkClause>();
  const lastIn = new Map<string, LinkClause>();
  for (const c of clauses) {
    byId.set(c.id, c);
    if (c.docKind === 'statute') continue;
    const section = `${c.docId}\u0000${c.path.slice(0, Math.max(0, c.path.lastIndexOf('/')))}`;
    const before = lastIn.get(section);
    if (before) previous.set(c.id, before);
    lastIn.set(section, c);
  }
  return { clauses: byId, previous, statutes: statuteIndex(clauses) };
}

/**
 * What `concerns` links are computed from: the citing contexts of the clauses that are not themselves being linked
 * (a commitment's own wording is never evidence for another commitment).
 */
export function concernModel(clauses: readonly LinkClause[], lang: Lang, include: (c: LinkClause) => boolean): ConcernModel {
  const profiles = buildCitedProfiles(clauses, lang, include);
  return { profiles: withInstrumentContexts(profiles), stats: termStatistics(clauses, lang, profiles.values()) };
}
