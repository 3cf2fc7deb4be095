// The trace of a clause: every provision its links lead to, one entry per provision with a combined score.
import { isProvisionCitation } from './provision-profiles.js';
import { combineScores, isConfident } from './confidence.js';
import type { ComputedLink, LinkClause, LinkKind, TraceEntry } from './types.js';

/** A provision cited by a clause this one quotes (or is quoted by) counts at this share of the quotation's score. */
const QUOTED_CITATION_FACTOR = 0.9;
const KIND_ORDER: readonly LinkKind[] = ['cites', 'quotes', 'concerns'];

interface Route {
  key: string;
  kind: LinkKind;
  score: number;
  confident: boolean;
  evidence: ComputedLink['evidence'];
}

/**
 * Combines the links of `clauseId` per provision: its citations, the provisions it concerns, and the provisions cited
 * by the clauses it quotes or that quote it. Scores combine as independent evidence (1 - Π(1 - s)) when a route is
 * confident, else the best route counts alone (combineScores); an entry is confident exactly when its score reaches
 * the mark (confidence.ts), so the flag never disagrees with the number shown. Sorted by score, best first.
 */
export function traceClause(
  clauseId: string,
  links: readonly ComputedLink[],
  clausesById: ReadonlyMap<string, Pick<LinkClause, 'id' | 'citations'>>,
): TraceEntry[] {
  const routes: Route[] = [];
  for (const link of links) {
    if (link.from === clauseId && link.toKey) {
      routes.push({ key: link.toKey, kind: link.kind, score: link.score, confident: link.confident, evidence: link.evidence });
    }
    if (link.kind !== 'quotes') continue;
    const partnerId = link.from === clauseId ? link.toClause : link.toClause === clauseId ? link.from : undefined;
    const partner = partnerId ? clausesById.get(partnerId) : undefined;
    if (!partner) continue;
    const words = link.evidence.flatMap((e) => e.terms);
    for (const c of partner.citations.filter(isProvisionCitation)) {
      routes.push({
        key: c.key,
        kind: 'quotes',
        score: link.score * QUOTED_CITATION_FACTOR,
        confident: link.confident,
        evidence: [
          { clause: partner.id, kind: 'quotes', terms: words },
          { clause: partner.id, kind: 'cites', terms: [c.text] },
        ],
      });
    }
  }
  const byKey = new Map<string, Route[]>();
  for (const r of routes) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  return [...byKey.entries()]
    .map(([key, rs]) => ({
      key,
      score: combineScores(rs.map((r) => r.score)),
      confident: isConfident(combineScores(rs.map((r) => r.score))),
      kinds: KIND_ORDER.filter((k) => rs.some((r) => r.kind === k)),
      evidence: rs.flatMap((r) => r.evidence),
    }))
    .sort((a, b) => b.score - a.score || specificity(b.key) - specificity(a.key) || a.key.localeCompare(b.key));
}

/** How precisely a key names a provision: an instrument 0, an article 1, each part below it one more. */
function specificity(key: string): number {
  return key.includes(':') ? key.split('/').length : 0;
}
