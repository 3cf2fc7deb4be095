// Read side of the cross-reference graph: citations, provisions, commitments and a clause's links, as DTOs.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../core/api/api-error.js';
import type {
  CitationDto,
  ClauseLink,
  ClauseSummary,
  EvidenceDto,
  LinkKind,
  ProvisionDetail,
  ProvisionSummary,
  TraceResult,
} from '../../core/api/dto.js';
import { canonicalProvisionKey, describeProvision, parseProvisionKey, INSTRUMENTS } from '../../core/citations/index.js';
import { COMMITMENT_CLAUSE_KINDS, COMMITMENT_DOC_KIND, traceClause, type ComputedLink } from '../../core/link/index.js';
import { citationsOfClause } from './citation-rows.js';
import { CitationRepository } from '../store/citation-repository.js';
import { DocumentStore } from '../store/document-store.js';
import { LinkRepository } from '../store/link-repository.js';
import { ProvisionRepository } from '../store/provision-repository.js';
import { clauseSummary } from '../store/to-dto.js';

export interface StoredEvidence {
  clause: string;
  kind: LinkKind;
  terms: string[];
}

export function parseEvidence(json: string): { evidence: StoredEvidence[]; quoted: string | null } {
  const parsed = JSON.parse(json) as { evidence?: StoredEvidence[]; quoted?: string | null };
  return { evidence: parsed.evidence ?? [], quoted: parsed.quoted ?? null };
}

export class CrossRefQueries {
  private readonly store: DocumentStore;
  private readonly citations: CitationRepository;
  private readonly links: LinkRepository;
  private readonly provisions: ProvisionRepository;

  constructor(private readonly db: Database) {
    this.store = new DocumentStore(db);
    this.citations = new CitationRepository(db);
    this.links = new LinkRepository(db);
    this.provisions = new ProvisionRepository(db);
  }

  listCitations(doc?: string): CitationDto[] {
    return this.citations.listDtos(doc);
  }

  /** Every clause citing a provision or a part of it, in reading order. */
  clausesCiting(key: string): string[] {
    return this.citations.clausesCiting(key);
  }

  citationsOfClause(clauseId: string): CitationDto[] {
    return this.citations.dtosOfClause(clauseId);
  }

  listProvisions(): ProvisionSummary[] {
    return this.provisions
      .summaries()
      .filter((r) => r.cited_by > 0 || r.related > 0 || (r.has_text && !r.key.includes('/')))
      .map((r) => ({
        key: r.key,
        instrument: r.instrument,
        label: describeProvision(r.key),
        title: r.title ?? describeProvision(r.key),
        citedBy: r.cited_by,
        related: r.related,
        hasText: r.has_text === 1,
      }))
      .sort((a, b) => b.citedBy + b.related - (a.citedBy + a.related) || compareKeys(a.key, b.key));
  }

  getProvision(requested: string): ProvisionDetail {
    // A key made before an instrument's id changed ('ru-fl-364-fz', from a bookmark or a note) opens today's provision.
    const key = canonicalProvisionKey(requested);
    const parsed = parseProvisionKey(key);
    if (!parsed) throw new ApiError('bad_request', `"${key}" is not a provision key (expected e.g. ru-civil-code:1229)`);
    const row = this.provisions.find(key);
    const textIds = this.links.officialTextIds(key);
    const citedIds = this.citations.distinctClausesCiting(key);
    if (!row && textIds.length === 0 && citedIds.length === 0) {
      throw new ApiError('not_found', `no provision "${key}" is cited or held in the corpus`);
    }
    const related = this.links.concerning(key);
    const relatedClauses = new Map(this.store.getClauses(related.map((r) => r.from_clause)).map((c) => [c.id, c]));
    const instrument = INSTRUMENTS.get(parsed.instrument);
    return {
      key,
      instrument: parsed.instrument,
      instrumentName: instrument?.name.en ?? parsed.instrument,
      label: describeProvision(key),
      title: row?.title ?? describeProvision(key),
      text: this.store.getClauses(textIds).map(clauseSummary),
      citedBy: this.store.getClauses(citedIds).map(clauseSummary),
      related: related.flatMap((r) => {
        const clause = relatedClauses.get(r.from_clause);
        return clause ? [{ ...clauseSummary(clause), score: r.score, confident: r.confident === 1 }] : [];
      }),
    };
  }

  listCommitments(): ClauseSummary[] {
    const rows = this.store.clauseIdsOfKinds(COMMITMENT_DOC_KIND, COMMITMENT_CLAUSE_KINDS);
    return this.store.getClauses(rows).map(clauseSummary);
  }

  /** Links from and to a clause; uncertain ones only when `all`. */
  clauseLinks(id: string, all = false): ClauseLink[] {
    const rows = this.links.ofClause(id, all);
    const otherIds = rows.map((r) => (r.from_clause === id ? r.to_clause : r.from_clause)).filter((x): x is string => !!x);
    const others = new Map(this.store.getClauses(otherIds).map((c) => [c.id, c]));
    return rows.map((r) => {
      const direction = r.from_clause === id ? 'out' : 'in';
      const otherId = direction === 'out' ? r.to_clause : r.from_clause;
      const other = otherId ? others.get(otherId) : undefined;
      const { evidence, quoted } = parseEvidence(r.evidence);
      return {
        kind: r.kind,
        direction,
        clause: other ? clauseSummary(other) : null,
        key: r.to_key,
        score: r.score,
        confident: r.confident === 1,
        evidence: this.evidenceDtos(evidence),
        ...(quoted ? { quoted } : {}),
      };
    });
  }

  /** The provisions a clause leads to through its citations, quotations and concerns links, best first. */
  trace(clauseId: string, all = false): TraceResult {
    const rows = this.links.notRejectedOf(clauseId);
    const links: ComputedLink[] = rows.map((r) => ({
      from: r.from_clause,
      kind: r.kind,
      ...(r.to_key ? { toKey: r.to_key } : {}),
      ...(r.to_clause ? { toClause: r.to_clause } : {}),
      score: r.score,
      confident: r.confident === 1,
      evidence: parseEvidence(r.evidence).evidence,
    }));
    const partnerIds = [...new Set(links.flatMap((l) => [l.from, l.toClause ?? '']).filter((id) => id && id !== clauseId))];
    const partners = new Map(partnerIds.map((id) => [id, { id, citations: citationsOfClause(this.db, id) }]));
    const entries = traceClause(clauseId, links, partners).filter((e) => all || e.confident);
    return {
      clause: clauseId,
      provisions: entries.map((e) => ({
        key: e.key,
        label: describeProvision(e.key),
        title: this.links.provisionTitle(e.key) ?? describeProvision(e.key),
        score: e.score,
        confident: e.confident,
        kinds: e.kinds,
        evidence: this.evidenceDtos(dedupeEvidence(e.evidence)),
      })),
    };
  }

  evidenceDtos(evidence: readonly StoredEvidence[]): EvidenceDto[] {
    const clauses = new Map(this.store.getClauses(evidence.map((e) => e.clause)).map((c) => [c.id, c]));
    // A document the user imported has no provenance (the shipped corpus's come from its manifest).
    const userDocs = new Map<string, boolean>();
    const fromUser = (docId: string): boolean => {
      let known = userDocs.get(docId);
      if (known === undefined) userDocs.set(docId, (known = this.store.getDocument(docId)?.provenance === null));
      return known;
    };
    return evidence.flatMap((e) => {
      const c = clauses.get(e.clause);
      if (!c) return [];
      return [{ clause: c.id, doc: c.docId, label: c.label, text: c.text, terms: e.terms, kind: e.kind, ...(fromUser(c.docId) ? { fromUserDocument: true } : {}) }];
    });
  }
}

/** One evidence entry per clause and kind, their terms merged. */
export function dedupeEvidence(evidence: readonly StoredEvidence[]): StoredEvidence[] {
  const merged = new Map<string, StoredEvidence>();
  for (const e of evidence) {
    const key = `${e.clause}|${e.kind}`;
    const seen = merged.get(key);
    if (seen) seen.terms = [...new Set([...seen.terms, ...e.terms])];
    else merged.set(key, { ...e, terms: [...e.terms] });
  }
  return [...merged.values()];
}

/** Orders keys by instrument, then numerically by article. */
function compareKeys(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
