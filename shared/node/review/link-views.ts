// The read side of the review: traces, a clause's links and a provision's related commitments with their statuses.
import type { Database } from 'better-sqlite3';
import type { ClauseLink, EvidenceDto, LinkStatus, ProvisionDetail, TraceProvision, TraceResult } from '../../core/api/dto.js';
import { describeProvision } from '../../core/citations/index.js';
import { dedupeEvidence, type StoredEvidence } from '../crossref/crossref-queries.js';
import { newLinkSources } from '../store/link-sightings.js';
import { LinkRepository } from '../store/link-repository.js';
import { UserLinkRepository } from '../store/user/user-link-repository.js';
import { VerdictRepository } from '../store/user/verdict-repository.js';
import { DocumentStore, type ClauseRecord } from '../store/document-store.js';
import { clauseSummary } from '../store/to-dto.js';
import { ReviewState } from './review-state.js';
import { isVisible, loadLinksTouching, loadPartners, reviewedTrace, type ReviewedEntry } from './reviewed-trace.js';

const STATUS_RANK: Record<LinkStatus, number> = { confirmed: 0, user: 1, proposed: 2, rejected: 3 };

function byStatusThenScore<T extends { status?: LinkStatus; score: number }>(list: T[]): T[] {
  return list
    .map((x, i) => ({ x, i }))
    .sort((a, b) => STATUS_RANK[a.x.status ?? 'proposed'] - STATUS_RANK[b.x.status ?? 'proposed'] || b.x.score - a.x.score || a.i - b.i)
    .map(({ x }) => x);
}

export class LinkViews {
  private readonly store: DocumentStore;
  readonly links: LinkRepository;
  private readonly clauseCache = new Map<string, ClauseRecord | null>();

  constructor(private readonly db: Database) {
    this.store = new DocumentStore(db);
    this.links = new LinkRepository(db);
  }

  /** Reviewed traces of many clauses at once (every entry, rejected ones included). */
  reviewedTraces(clauseIds: readonly string[], state = ReviewState.load(this.db, clauseIds)): Map<string, ReviewedEntry[]> {
    const links = loadLinksTouching(this.links, clauseIds);
    const partners = loadPartners(this.links, links);
    const linkedClauses = clauseIds.flatMap((id) => state.linksFrom(id).flatMap((l) => (l.targetKey === null && l.targetClause !== null ? [l.targetClause] : [])));
    const held = this.links.provisionsHeldBy(linkedClauses);
    return new Map(clauseIds.map((id) => [id, reviewedTrace(id, links.get(id) ?? [], partners, state, held)]));
  }

  trace(clauseId: string, all: boolean): TraceResult {
    const entries = this.reviewedTraces([clauseId]).get(clauseId) ?? [];
    return { clause: clauseId, provisions: entries.filter((e) => isVisible(e, all)).map((e) => this.traceProvision(e)) };
  }

  traceProvision(e: ReviewedEntry): TraceProvision {
    const label = describeProvision(e.key);
    return {
      key: e.key,
      label,
      title: this.links.provisionTitle(e.key) ?? label,
      score: e.score,
      confident: e.confident,
      kinds: e.kinds,
      evidence: this.evidenceDtos(dedupeEvidence(e.evidence)),
      status: e.status,
      inferred: e.inferred,
      isNew: e.isNew,
      reason: e.reason,
      userLinkId: e.userLinkId,
      ...(e.reworded ? { reworded: true } : {}),
    };
  }

  /** A clause's links (computed with `all`) with their statuses; links made by hand and confirmed links no longer inferred added. */
  clauseLinks(clauseId: string, inferred: readonly ClauseLink[], all: boolean): ClauseLink[] {
    const state = ReviewState.load(this.db, [clauseId]);
    const identity = (l: ClauseLink) =>
      l.direction === 'out' ? { from: clauseId, target: l.key ?? l.clause?.id ?? '' } : { from: l.clause?.id ?? '', target: clauseId };
    const out: ClauseLink[] = inferred.map((l) => {
      const { from, target } = identity(l);
      const verdict = state.verdict(from, l.kind, target);
      return {
        ...l,
        status: verdict?.verdict ?? 'proposed',
        inferred: true,
        isNew: !verdict && state.isNew(from, l.kind, target),
        reason: verdict?.reason ?? null,
        userLinkId: null,
        ...(verdict?.placement === 'edited' ? { reworded: true as const } : {}),
      };
    });
    const present = new Set(out.map((l) => { const { from, target } = identity(l); return `${from}|${l.kind}|${target}`; }));
    for (const v of state.verdicts) {
      if (v.verdict !== 'confirmed' || present.has(`${v.fromClause}|${v.kind}|${v.target}`)) continue;
      const direction = v.fromClause === clauseId ? 'out' : 'in';
      const otherId = direction === 'out' ? (v.kind === 'quotes' ? v.target : null) : v.fromClause;
      if (direction === 'in' && v.kind !== 'quotes') continue;
      const other = otherId ? this.clause(otherId) : null;
      out.push({
        kind: v.kind, direction, clause: other ? clauseSummary(other) : null, key: otherId ? null : v.target, score: 0, confident: false, evidence: [],
        status: 'confirmed', inferred: false, isNew: false, reason: v.reason, userLinkId: null, ...(v.placement === 'edited' ? { reworded: true as const } : {}),
      });
    }
    for (const link of state.userLinks) {
      const direction = link.fromClause === clauseId ? 'out' : 'in';
      const same = direction === 'out' ? out.find((l) => l.direction === 'out' && (link.targetKey ? l.key === link.targetKey : l.clause?.id === link.targetClause)) : undefined;
      if (same) {
        if (same.status !== 'confirmed') Object.assign(same, { status: 'user', isNew: false, reason: link.note || same.reason, ...(link.placement === 'edited' ? { reworded: true as const } : {}) });
        same.userLinkId = link.id;
        continue;
      }
      const otherId = direction === 'out' ? link.targetClause : link.fromClause;
      const other = otherId ? this.clause(otherId) : null;
      out.push({
        kind: 'concerns', direction, clause: other ? clauseSummary(other) : null, key: direction === 'out' ? link.targetKey : null, score: 1, confident: true,
        evidence: [], status: 'user', inferred: false, isNew: false, reason: link.note, userLinkId: link.id, ...(link.placement === 'edited' ? { reworded: true as const } : {}),
      });
    }
    return byStatusThenScore(out.filter((l) => isVisible(l, all)));
  }

  /** A provision's related commitments with their statuses; rejected ones only when `all`. */
  provision(detail: ProvisionDetail, all: boolean): ProvisionDetail {
    const key = detail.key;
    const verdicts = new Map(new VerdictRepository(this.db).toTarget(key).filter((v) => v.kind === 'concerns').map((v) => [v.fromClause, v]));
    const handMade = new UserLinkRepository(this.db).toKey(key);
    const fresh = newLinkSources(this.db, 'concerns', key);
    const related: ProvisionDetail['related'] = detail.related.map((r) => {
      const v = verdicts.get(r.id);
      return { ...r, status: v?.verdict ?? 'proposed', inferred: true, isNew: !v && fresh.has(r.id), reason: v?.reason ?? null, userLinkId: null, ...(v?.placement === 'edited' ? { reworded: true as const } : {}) };
    });
    for (const [from, v] of verdicts) {
      if (v.verdict !== 'confirmed' || related.some((r) => r.id === from)) continue;
      const clause = this.clause(from);
      if (clause) related.push({ ...clauseSummary(clause), score: 0, confident: false, status: 'confirmed', inferred: false, isNew: false, reason: v.reason, userLinkId: null, ...(v.placement === 'edited' ? { reworded: true as const } : {}) });
    }
    for (const link of handMade) {
      const same = related.find((r) => r.id === link.fromClause);
      if (same) {
        if (same.status !== 'confirmed') Object.assign(same, { status: 'user', isNew: false, reason: link.note || same.reason, ...(link.placement === 'edited' ? { reworded: true as const } : {}) });
        same.userLinkId = link.id;
        continue;
      }
      const clause = this.clause(link.fromClause);
      if (clause) related.push({ ...clauseSummary(clause), score: 1, confident: true, status: 'user', inferred: false, isNew: false, reason: link.note, userLinkId: link.id, ...(link.placement === 'edited' ? { reworded: true as const } : {}) });
    }
    return { ...detail, related: byStatusThenScore(related.filter((r) => all || r.status !== 'rejected')) };
  }

  evidenceDtos(evidence: readonly StoredEvidence[]): EvidenceDto[] {
    return evidence.flatMap((e) => {
      const c = this.clause(e.clause);
      return c ? [{ clause: c.id, doc: c.docId, label: c.label, text: c.text, terms: e.terms, kind: e.kind }] : [];
    });
  }

  /** The statute clauses holding a provision's official text, in reading order. */
  officialTextIds(key: string): string[] {
    return this.links.officialTextIds(key);
  }

  /** A clause by id, cached for this view's lifetime (one request). */
  clause(id: string): ClauseRecord | null {
    if (!this.clauseCache.has(id)) this.clauseCache.set(id, this.store.getClause(id) ?? null);
    return this.clauseCache.get(id)!;
  }
}
