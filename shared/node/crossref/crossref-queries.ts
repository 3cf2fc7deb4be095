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
import { keyOrBelow } from './key-range.js';
import { DocumentStore } from '../store/document-store.js';
import { clauseSummary } from '../store/to-dto.js';

interface LinkRow {
  id: number;
  from_clause: string;
  kind: LinkKind;
  to_key: string | null;
  to_clause: string | null;
  score: number;
  confident: number;
  evidence: string;
}

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

  constructor(private readonly db: Database) {
    this.store = new DocumentStore(db);
  }

  listCitations(doc?: string): CitationDto[] {
    const rows = this.db
      .prepare(
        `SELECT ci.clause_id AS clause, c.doc_id AS doc, ci.key, ci.text, ci.start, ci.end
         FROM citations ci JOIN clauses c ON c.id = ci.clause_id
         JOIN documents d ON d.id = c.doc_id
         WHERE (@doc IS NULL OR c.doc_id = @doc) ORDER BY d.rowid, c.seq, ci.start`,
      )
      .all({ doc: doc ?? null }) as CitationDto[];
    return rows;
  }

  /** Every clause citing a provision or a part of it, in reading order. */
  clausesCiting(key: string): string[] {
    return this.db
      .prepare(
        `SELECT c.id FROM clauses c JOIN documents d ON d.id = c.doc_id
         WHERE c.id IN (SELECT clause_id FROM citations WHERE ${keyOrBelow('key', '@key')}) ORDER BY d.rowid, c.seq`,
      )
      .pluck()
      .all({ key }) as string[];
  }

  citationsOfClause(clauseId: string): CitationDto[] {
    return this.db
      .prepare(
        `SELECT ci.clause_id AS clause, c.doc_id AS doc, ci.key, ci.text, ci.start, ci.end
         FROM citations ci JOIN clauses c ON c.id = ci.clause_id WHERE ci.clause_id = ? ORDER BY ci.start`,
      )
      .all(clauseId) as CitationDto[];
  }

  listProvisions(): ProvisionSummary[] {
    const rows = this.db
      .prepare(
        `SELECT p.key, p.instrument, p.title,
           (SELECT COUNT(DISTINCT clause_id) FROM citations ci WHERE ${keyOrBelow('ci.key', 'p.key')}) AS cited_by,
           (SELECT COUNT(DISTINCT from_clause) FROM links l WHERE l.to_key = p.key AND l.kind = 'concerns' AND l.status != 'rejected'
              AND NOT EXISTS (SELECT 1 FROM user_link_verdicts v WHERE v.from_clause = l.from_clause AND v.kind = 'concerns' AND v.target = p.key AND v.verdict = 'rejected')) AS related,
           EXISTS (SELECT 1 FROM provision_text t WHERE t.key = p.key) AS has_text
         FROM provisions p`,
      )
      .all() as { key: string; instrument: string; title: string | null; cited_by: number; related: number; has_text: number }[];
    return rows
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
    const row = this.db.prepare('SELECT title FROM provisions WHERE key = ?').get(key) as { title: string | null } | undefined;
    const textIds = this.db
      .prepare(
        `SELECT t.clause_id FROM provision_text t JOIN clauses c ON c.id = t.clause_id WHERE t.key = ? ORDER BY c.doc_id, c.seq`,
      )
      .pluck()
      .all(key) as string[];
    const citedIds = this.db
      .prepare(
        `SELECT DISTINCT ci.clause_id FROM citations ci JOIN clauses c ON c.id = ci.clause_id JOIN documents d ON d.id = c.doc_id
         WHERE ${keyOrBelow('ci.key', '@key')} ORDER BY d.rowid, c.seq`,
      )
      .pluck()
      .all({ key }) as string[];
    if (!row && textIds.length === 0 && citedIds.length === 0) {
      throw new ApiError('not_found', `no provision "${key}" is cited or held in the corpus`);
    }
    const related = this.db
      .prepare(
        `SELECT from_clause, MAX(score) AS score, MAX(confident) AS confident FROM links
         WHERE to_key = ? AND kind = 'concerns' AND status != 'rejected' GROUP BY from_clause ORDER BY score DESC`,
      )
      .all(key) as { from_clause: string; score: number; confident: number }[];
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
    const rows = this.db
      .prepare(
        `SELECT c.id FROM clauses c JOIN documents d ON d.id = c.doc_id
         WHERE d.kind = ? AND c.kind IN (SELECT value FROM json_each(?)) ORDER BY d.rowid, c.seq`,
      )
      .pluck()
      .all(COMMITMENT_DOC_KIND, JSON.stringify(COMMITMENT_CLAUSE_KINDS)) as string[];
    return this.store.getClauses(rows).map(clauseSummary);
  }

  /** Links from and to a clause; uncertain ones only when `all`. */
  clauseLinks(id: string, all = false): ClauseLink[] {
    const rows = this.db
      .prepare(
        `SELECT id, from_clause, kind, to_key, to_clause, score, confident, evidence FROM links
         WHERE (from_clause = @id OR to_clause = @id) AND status != 'rejected' AND (@all = 1 OR confident = 1)
         ORDER BY score DESC`,
      )
      .all({ id, all: all ? 1 : 0 }) as LinkRow[];
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
    const rows = this.db
      .prepare(
        `SELECT id, from_clause, kind, to_key, to_clause, score, confident, evidence FROM links
         WHERE (from_clause = @id OR to_clause = @id) AND status != 'rejected'`,
      )
      .all({ id: clauseId }) as LinkRow[];
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
    const titles = this.db.prepare('SELECT title FROM provisions WHERE key = ?').pluck();
    const entries = traceClause(clauseId, links, partners).filter((e) => all || e.confident);
    return {
      clause: clauseId,
      provisions: entries.map((e) => ({
        key: e.key,
        label: describeProvision(e.key),
        title: (titles.get(e.key) as string | null | undefined) ?? describeProvision(e.key),
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
