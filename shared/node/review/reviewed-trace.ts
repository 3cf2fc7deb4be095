// A clause's trace with the lawyer's review joined in: verdicts keyed by link identity, links made by hand,
// confirmed links the engine no longer infers; confirmed first, rejected hidden unless asked for.
import type { LinkKind, LinkStatus } from '../../core/api/dto.js';
import type { Citation } from '../../core/citations/index.js';
import { parseProvisionKey } from '../../core/citations/index.js';
import { traceClause, type ComputedLink, type LinkClause } from '../../core/link/index.js';
import { citationFromRow } from '../crossref/citation-rows.js';
import { parseEvidence, type StoredEvidence } from '../crossref/crossref-queries.js';
import type { LinkRepository, LinkRow } from '../store/link-repository.js';
import type { ReviewState } from './review-state.js';

export type { LinkRow };

/** One provision of a reviewed trace (evidence as stored: clause ids, kinds and terms). */
export interface ReviewedEntry {
  key: string;
  score: number;
  confident: boolean;
  kinds: LinkKind[];
  evidence: StoredEvidence[];
  status: LinkStatus;
  inferred: boolean;
  isNew: boolean;
  reason: string | null;
  userLinkId: string | null;
  /** The verdict or hand-made link behind the status was made on an earlier wording of the clause. */
  reworded?: boolean;
}

type Partners = ReadonlyMap<string, Pick<LinkClause, 'id' | 'citations'>>;

const STATUS_RANK: Record<LinkStatus, number> = { confirmed: 0, user: 1, proposed: 2, rejected: 3 };

/** The automatic links from or to each of these clauses. */
export function loadLinksTouching(links: LinkRepository, clauseIds: readonly string[]): Map<string, LinkRow[]> {
  const wanted = new Set(clauseIds);
  const byClause = new Map<string, LinkRow[]>(clauseIds.map((id) => [id, []]));
  for (const row of links.touching(clauseIds)) {
    if (wanted.has(row.from_clause)) byClause.get(row.from_clause)!.push(row);
    if (row.to_clause && row.to_clause !== row.from_clause && wanted.has(row.to_clause)) byClause.get(row.to_clause)!.push(row);
  }
  return byClause;
}

/** The clauses at the other end of these clauses' quotations, with their citations (routes to what they cite). */
export function loadPartners(repo: LinkRepository, links: ReadonlyMap<string, readonly LinkRow[]>): Partners {
  const ids = new Set<string>();
  for (const [clauseId, rows] of links) {
    for (const r of rows) if (r.kind === 'quotes') ids.add(r.from_clause === clauseId ? r.to_clause ?? '' : r.from_clause);
  }
  ids.delete('');
  const citations = new Map<string, Citation[]>([...ids].map((id) => [id, []]));
  for (const row of repo.citationsOf([...ids])) citations.get(row.clause_id)!.push(citationFromRow(row));
  return new Map([...citations].map(([id, list]) => [id, { id, citations: list }]));
}

/** A stored link row as the linking engine's value. */
export function computedLink(r: LinkRow): ComputedLink {
  return {
    from: r.from_clause,
    kind: r.kind,
    ...(r.to_key ? { toKey: r.to_key } : {}),
    ...(r.to_clause ? { toClause: r.to_clause } : {}),
    score: r.score,
    confident: r.confident === 1,
    evidence: parseEvidence(r.evidence).evidence,
  };
}

/**
 * Every provision a clause leads to, with its status. A rejected quotation (from, quotes, quoted clause) drops its
 * routes; a rejected route (clause, kind, key) drops that kind; a provision with no route left is `rejected`.
 * A provision is `confirmed` when any route to it is, `user` when made by hand, else `proposed`. Confirmed routes
 * the engine no longer infers and links made by hand to provisions it does not infer are added (inferred: false).
 * Sorted: confirmed, by hand, proposed (confident first, then by score), rejected.
 */
export function reviewedTrace(
  clauseId: string,
  rows: readonly LinkRow[],
  partners: Partners,
  state: ReviewState,
  provisionHeldBy: ReadonlyMap<string, string> = new Map(),
): ReviewedEntry[] {
  const droppedQuote = (r: LinkRow) => r.kind === 'quotes' && !!r.to_clause && state.rejected(r.from_clause, 'quotes', r.to_clause);
  const droppedRoute = (r: LinkRow) => r.from_clause === clauseId && !!r.to_key && state.rejected(clauseId, r.kind, r.to_key);
  const kept = rows.filter((r) => !droppedQuote(r) && !droppedRoute(r)).map(computedLink);
  const keptPartners = new Map(
    [...partners].map(([id, p]) => [id, { id, citations: p.citations.filter((c) => !state.rejected(clauseId, 'quotes', c.key)) }]),
  );
  const everything = traceClause(clauseId, rows.map(computedLink), partners);
  const live = traceClause(clauseId, kept, keptPartners);
  const newQuoteKeys = new Set<string>();
  for (const r of rows) {
    if (r.kind !== 'quotes' || !r.to_clause || !state.isNew(r.from_clause, 'quotes', r.to_clause)) continue;
    const partner = partners.get(r.from_clause === clauseId ? r.to_clause : r.from_clause);
    for (const c of partner?.citations ?? []) newQuoteKeys.add(c.key);
  }

  const entries = new Map<string, ReviewedEntry>();
  for (const e of live) {
    const confirmed = e.kinds.map((k) => state.verdict(clauseId, k, e.key)).find((v) => v?.verdict === 'confirmed');
    const fresh = e.kinds.some((k) => (k === 'quotes' ? newQuoteKeys.has(e.key) : state.isNew(clauseId, k, e.key)));
    entries.set(e.key, {
      ...e,
      status: confirmed ? 'confirmed' : 'proposed',
      inferred: true,
      isNew: !confirmed && fresh,
      reason: confirmed ? confirmed.reason : null,
      userLinkId: null,
      ...(confirmed?.placement === 'edited' ? { reworded: true } : {}),
    });
  }
  for (const e of everything) {
    if (entries.has(e.key)) continue;
    const verdict = e.kinds.map((k) => state.verdict(clauseId, k, e.key)).find((v) => v?.verdict === 'rejected');
    entries.set(e.key, { ...e, status: 'rejected', inferred: true, isNew: false, reason: verdict?.reason ?? null, userLinkId: null, ...(verdict?.placement === 'edited' ? { reworded: true } : {}) });
  }
  for (const v of state.verdictsFrom(clauseId)) {
    if (v.verdict !== 'confirmed' || !parseProvisionKey(v.target)) continue; // quotation verdicts name a clause
    const entry = entries.get(v.target);
    if (entry) {
      if (!entry.inferred && !entry.kinds.includes(v.kind)) entry.kinds.push(v.kind);
      continue;
    }
    entries.set(v.target, {
      key: v.target, score: 0, confident: false, kinds: [v.kind], evidence: [], status: 'confirmed', inferred: false, isNew: false, reason: v.reason, userLinkId: null,
      ...(v.placement === 'edited' ? { reworded: true } : {}),
    });
  }
  for (const link of state.linksFrom(clauseId)) {
    // A link to a statute clause is a link to the provision whose text it holds, with that clause as its evidence; a
    // link to any other clause stays a link between clauses (the clause's links show it, not the trace).
    const key = link.targetKey ?? (link.targetClause !== null ? provisionHeldBy.get(link.targetClause) : undefined);
    if (!key) continue;
    const evidence: StoredEvidence[] = link.targetKey === null && link.targetClause !== null ? [{ clause: link.targetClause, kind: 'concerns', terms: [] }] : [];
    const entry = entries.get(key);
    if (entry) {
      if (entry.status !== 'confirmed') Object.assign(entry, { status: 'user', isNew: false, reason: link.note || entry.reason, ...(link.placement === 'edited' ? { reworded: true } : {}) });
      entry.userLinkId = link.id;
      for (const e of evidence) if (!entry.evidence.some((x) => x.clause === e.clause)) entry.evidence.unshift(e);
      continue;
    }
    entries.set(key, {
      key, score: 1, confident: true, kinds: ['concerns'], evidence, status: 'user', inferred: false, isNew: false, reason: link.note, userLinkId: link.id,
      ...(link.placement === 'edited' ? { reworded: true } : {}),
    });
  }
  const order = new Map(everything.map((e, i) => [e.key, i]));
  return [...entries.values()].sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      Number(b.confident) - Number(a.confident) ||
      b.score - a.score ||
      (order.get(a.key) ?? Infinity) - (order.get(b.key) ?? Infinity) ||
      a.key.localeCompare(b.key),
  );
}

/** Shown by default: confirmed, made by hand, or proposed with confidence; `all` adds uncertain and rejected links. */
export function isVisible(entry: { status?: LinkStatus; confident: boolean }, all: boolean): boolean {
  if (all) return true;
  return entry.status === 'confirmed' || entry.status === 'user' || (entry.status !== 'rejected' && entry.confident);
}
