// The review domain of the API over the store: verdicts on inferred links and links made by hand (undoable user
// changes keyed by link identity), reviewed traces, the review queue, the matrix, its exports and memo citations.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../core/api/api-error.js';
import type { ApiArgs } from '../../core/api/contract.js';
import type { ClauseLink, LinkKind, ProvisionDetail, TraceResult } from '../../core/api/dto.js';
import type {
  CitationSettings,
  ExportFile,
  FormattedCitation,
  DetachedReviews,
  LinkReviewList,
  LinkReviewResult,
  LinkVerdictDto,
  ReviewQueue,
  TraceMatrix,
  UserLinkDto,
  Verdict,
} from '../../core/api/review-dto.js';
import { describeProvision, parseProvisionKey } from '../../core/citations/index.js';
import { traceClause } from '../../core/link/index.js';
import { UserChange } from '../annotations/user-change.js';
import { DocumentStore, type ClauseRecord } from '../store/document-store.js';
import { LinkRepository } from '../store/link-repository.js';
import { clauseSummary } from '../store/to-dto.js';
import { AnnotationRepository } from '../store/user/annotation-repository.js';
import { HistoryRepository } from '../store/user/history-repository.js';
import { TagRepository } from '../store/user/tag-repository.js';
import { UserLinkRepository, type DetachedUserLink, type PlacedUserLink, type UserLinkRecord } from '../store/user/user-link-repository.js';
import { VerdictRepository, type DetachedVerdict, type PlacedVerdict, type VerdictRecord } from '../store/user/verdict-repository.js';
import { loadCommitments } from './commitments.js';
import { exportMatrixFile, exportReportFile } from './export/exports.js';
import { LinkViews } from './link-views.js';
import { buildMatrix } from './matrix.js';
import { MemoCitations } from './memo-citations.js';
import { placeUserLink, placeVerdict } from './review-placement.js';
import { computedLink, loadLinksTouching, loadPartners } from './reviewed-trace.js';

/** What the review needs from the rest of the service: the cross-references brought up to date first. */
export interface ReviewDeps {
  refreshLinks(): void;
}

interface Identity {
  from: string;
  kind: LinkKind;
  target: string;
}

export class ReviewService {
  private readonly store: DocumentStore;
  private readonly verdicts: VerdictRepository;
  private readonly userLinks: UserLinkRepository;
  private readonly history: HistoryRepository;
  readonly citations: MemoCitations;

  constructor(
    private readonly db: Database,
    private readonly deps: ReviewDeps,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.store = new DocumentStore(db);
    this.verdicts = new VerdictRepository(db);
    this.userLinks = new UserLinkRepository(db);
    this.history = new HistoryRepository(db);
    this.citations = new MemoCitations(db);
  }

  // Reads: the cross-reference views with statuses.

  trace(clauseId: string, all: boolean): TraceResult {
    this.deps.refreshLinks();
    return new LinkViews(this.db).trace(clauseId, all);
  }

  clauseLinks(clauseId: string, inferred: readonly ClauseLink[], all: boolean): ClauseLink[] {
    return new LinkViews(this.db).clauseLinks(clauseId, inferred, all);
  }

  provision(detail: ProvisionDetail, all: boolean): ProvisionDetail {
    return new LinkViews(this.db).provision(detail, all);
  }

  // Writes: verdicts and hand-made links, each one undoable change.

  reviewLink(args: ApiArgs<'reviewLink'>): LinkReviewResult {
    this.deps.refreshLinks();
    const from = this.requireClause(args.clause);
    const identities = this.identities(from.id, args.target, args.kind);
    if (identities.length === 0) {
      throw new ApiError('not_found', `no inferred link from "${args.clause}" to "${args.target}"${args.kind ? ` of kind ${args.kind}` : ''} (a link can be added by hand)`);
    }
    const verb = args.verdict === 'confirmed' ? 'Confirm' : 'Reject';
    this.change(`${verb} link ${from.label} → ${this.targetLabel(args.target)}`, (change) => {
      const now = this.now();
      for (const { from: fromClause, kind, target } of identities) {
        // The verdict in force first; others landing here were made on other versions of the document (merged paragraphs).
        const [existing, ...superseded] = this.verdicts.allAt(fromClause, kind, target);
        const reason = args.reason ?? (existing?.verdict === args.verdict ? existing.reason : '');
        if (existing && existing.verdict === args.verdict && existing.reason === reason) continue;
        // Recorded as of today: the clause ids and texts it applies to now.
        const record: VerdictRecord = {
          id: existing?.id ?? randomUUID(),
          fromClause,
          fromText: this.clauseText(fromClause),
          kind,
          target,
          targetText: kind === 'quotes' ? this.clauseText(target) : null,
          verdict: args.verdict as Verdict,
          reason,
          created: existing?.created ?? now,
          modified: now,
        };
        change.touchVerdict(record.id);
        this.verdicts.put(record);
        placeVerdict(this.db, record.id);
        for (const old of superseded) {
          change.touchVerdict(old.id);
          this.verdicts.delete(old.id);
        }
      }
    });
    return this.reviewResult(from.id, args.target, identities);
  }

  clearLinkReview(args: ApiArgs<'clearLinkReview'>): LinkReviewResult {
    this.deps.refreshLinks();
    const from = this.requireClause(args.clause);
    const identities = this.identities(from.id, args.target, args.kind);
    const existing = identities.flatMap(({ from: f, kind, target }) => this.verdicts.allAt(f, kind, target));
    if (existing.length > 0) {
      this.change(`Clear review of ${from.label} → ${this.targetLabel(args.target)}`, (change) => {
        for (const v of existing) {
          change.touchVerdict(v.id);
          this.verdicts.delete(v.id);
        }
      });
    }
    return this.reviewResult(from.id, args.target, identities);
  }

  addUserLink(args: ApiArgs<'addUserLink'>): UserLinkDto {
    const from = this.requireClause(args.clause);
    const target = this.linkTarget(args.target);
    if ('clause' in target && target.clause === from.id) throw new ApiError('bad_request', 'a clause cannot be linked to itself');
    const existing = this.userLinks.find(from.id, target);
    if (existing && (args.note === undefined || args.note === existing.note)) return this.userLinkDto(existing);
    const id = existing?.id ?? randomUUID();
    this.change(existing ? 'Edit note of hand-made link' : `Link ${from.label} → ${this.targetLabel(args.target)} by hand`, (change) => {
      const now = this.now();
      change.touchUserLink(id);
      this.userLinks.put({
        id,
        fromClause: from.id,
        fromText: from.text,
        targetKey: 'key' in target ? target.key : null,
        targetClause: 'clause' in target ? target.clause : null,
        targetText: 'clause' in target ? this.clauseText(target.clause) : null,
        note: args.note ?? '',
        created: existing?.created ?? now,
        modified: now,
      });
      placeUserLink(this.db, id);
    });
    return this.userLinkDto(this.userLinks.placed(id)!);
  }

  updateUserLink({ id, note }: ApiArgs<'updateUserLink'>): UserLinkDto {
    const link = this.userLinks.get(id);
    if (!link) throw new ApiError('not_found', `no hand-made link with id "${id}"`);
    if (link.note !== note) {
      this.change('Edit note of hand-made link', (change) => {
        change.touchUserLink(id);
        this.userLinks.put({ ...link, note, modified: this.now() });
      });
    }
    return this.userLinkDto(this.userLinks.placed(id)!);
  }

  deleteUserLink({ id }: ApiArgs<'deleteUserLink'>): { deleted: boolean } {
    const link = this.userLinks.placed(id);
    if (!link) return { deleted: false };
    // Links made on other versions of the document that land on the same link go too (the one in force would
    // otherwise give way to an older one, and the deleted link would seem to come back).
    const same = 'id' in link ? this.userLinks.allAt(link.fromClause, link.targetKey !== null ? { key: link.targetKey } : { clause: link.targetClause! }) : [];
    this.change('Delete hand-made link', (change) => {
      for (const other of [id, ...same.map((l) => l.id).filter((o) => o !== id)]) {
        change.touchUserLink(other);
        this.userLinks.delete(other);
      }
    });
    return { deleted: true };
  }

  /** Discards one verdict by id (a detached one, whose clause is gone, has no clause to clear it from). */
  deleteLinkVerdict({ id }: ApiArgs<'deleteLinkVerdict'>): { deleted: boolean } {
    const verdict = this.verdicts.get(id);
    if (!verdict) return { deleted: false };
    this.change(`Discard review of ${verdict.fromClause} → ${this.targetLabel(verdict.target)}`, (change) => {
      change.touchVerdict(id);
      this.verdicts.delete(id);
    });
    return { deleted: true };
  }

  /** In-force records (of one clause, or all), and without a clause filter the detached ones after them. */
  listLinkReviews({ clause }: ApiArgs<'listLinkReviews'>): LinkReviewList {
    if (clause) return { verdicts: this.verdicts.touching([clause]).map(verdictDto), links: this.userLinks.touching([clause]).map((l) => this.userLinkDto(l)) };
    const detached = this.detachedReviews();
    return {
      verdicts: [...this.verdicts.all().map(verdictDto), ...detached.verdicts],
      links: [...this.userLinks.all().map((l) => this.userLinkDto(l)), ...detached.links],
    };
  }

  /** Verdicts and hand-made links whose clause is not in today's documents, with the text it had. */
  detachedReviews(): DetachedReviews {
    return { verdicts: this.verdicts.detached().map(detachedVerdictDto), links: this.userLinks.detached().map((l) => this.userLinkDto(l)) };
  }

  // The lawyer's work product: queue, matrix, exports, citations.

  reviewQueue(args: ApiArgs<'reviewQueue'>): ReviewQueue {
    this.deps.refreshLinks();
    const views = new LinkViews(this.db);
    const { sections, commitments } = loadCommitments(this.db, args.docs);
    const traces = views.reviewedTraces(commitments.map((c) => c.clause.id));
    const items = commitments.map(({ clause, section }) => {
      const entries = traces.get(clause.id) ?? [];
      const pending = entries.filter((e) => e.status === 'proposed').length;
      return { clause: clauseSummary(clause), section, proposals: entries.map((e) => views.traceProvision(e)), pending, reviewed: pending === 0 };
    });
    const reviewed = items.filter((i) => i.reviewed).length;
    return { sections, items: args.pendingOnly ? items.filter((i) => !i.reviewed) : items, reviewed, total: items.length, detached: this.detachedReviews() };
  }

  traceMatrix(args: ApiArgs<'traceMatrix'>): TraceMatrix {
    this.deps.refreshLinks();
    return buildMatrix(this.db, new LinkViews(this.db), args).matrix;
  }

  async exportMatrix(args: ApiArgs<'exportMatrix'>): Promise<ExportFile> {
    this.deps.refreshLinks();
    const views = new LinkViews(this.db);
    return exportMatrixFile(args.format, buildMatrix(this.db, views, args), views, this.clock());
  }

  async exportTraceReport(args: ApiArgs<'exportTraceReport'>): Promise<ExportFile> {
    this.deps.refreshLinks();
    const views = new LinkViews(this.db);
    const data = buildMatrix(this.db, views, args);
    return exportReportFile(args.format, data, views, this.citations, this.store, this.clock(), args, args.clauses);
  }

  citeClause({ ids, form }: ApiArgs<'citeClause'>): FormattedCitation[] {
    return this.citations.clauses(ids, form);
  }

  citeProvision({ key, form }: ApiArgs<'citeProvision'>): FormattedCitation {
    return this.citations.provision(key, form);
  }

  getCitationSettings(): CitationSettings {
    return { citationForm: this.citations.form() };
  }

  updateCitationSettings({ citationForm }: ApiArgs<'updateCitationSettings'>): CitationSettings {
    this.citations.setForm(citationForm, this.now());
    return this.getCitationSettings();
  }

  /** Runs one user change in a write transaction and records it in the undo journal shared with the annotations. */
  private change<T>(label: string, body: (change: UserChange) => T): T {
    return this.db.transaction(() => {
      const change = new UserChange(new AnnotationRepository(this.db), new TagRepository(this.db), { verdicts: this.verdicts, userLinks: this.userLinks });
      const result = body(change);
      if (change.touched > 0) this.history.record(label, JSON.stringify(change.beforeSnapshot()), JSON.stringify(change.afterSnapshot()), this.now());
      return result;
    }).immediate();
  }

  /**
   * The identities a review of (clause, target) applies to. A provision key: every kind of route from the clause to it
   * the engine infers today (cites, quotes, concerns), plus kinds already reviewed. A clause id: the quotation between
   * the two clauses, in whichever direction it runs.
   */
  private identities(clauseId: string, target: string, kind?: LinkKind): Identity[] {
    const repo = new LinkRepository(this.db);
    const links = loadLinksTouching(repo, [clauseId]);
    const rows = links.get(clauseId) ?? [];
    const reviewed = this.verdicts.touching([clauseId]);
    let found: Identity[];
    if (parseProvisionKey(target)) {
      const entry = traceClause(clauseId, rows.map(computedLink), loadPartners(repo, links)).find((e) => e.key === target);
      const kinds = new Set<LinkKind>([...(entry?.kinds ?? []), ...reviewed.filter((v) => v.fromClause === clauseId && v.target === target).map((v) => v.kind)]);
      found = [...kinds].map((k) => ({ from: clauseId, kind: k, target }));
    } else {
      if (kind && kind !== 'quotes') throw new ApiError('bad_request', `a link between two clauses is a quotation; "${kind}" links lead to provisions`);
      const pairs = [
        ...rows.filter((r) => r.kind === 'quotes' && ((r.from_clause === clauseId && r.to_clause === target) || (r.from_clause === target && r.to_clause === clauseId))).map((r) => r.from_clause),
        ...reviewed.filter((v) => v.kind === 'quotes' && ((v.fromClause === clauseId && v.target === target) || (v.fromClause === target && v.target === clauseId))).map((v) => v.fromClause),
      ];
      found = [...new Set(pairs)].map((from) => ({ from, kind: 'quotes' as const, target: from === clauseId ? target : clauseId }));
    }
    return kind ? found.filter((i) => i.kind === kind) : found;
  }

  private reviewResult(clauseId: string, target: string, identities: readonly Identity[]): LinkReviewResult {
    const verdicts = identities.flatMap(({ from, kind, target: t }) => this.verdicts.find(from, kind, t) ?? []);
    let status: LinkReviewResult['status'];
    if (parseProvisionKey(target)) {
      status = new LinkViews(this.db).reviewedTraces([clauseId]).get(clauseId)?.find((e) => e.key === target)?.status ?? 'proposed';
    } else {
      const hand = this.userLinks.find(clauseId, { clause: target });
      status = verdicts.some((v) => v.verdict === 'confirmed') ? 'confirmed' : hand ? 'user' : verdicts.length && verdicts.every((v) => v.verdict === 'rejected') ? 'rejected' : 'proposed';
    }
    return { clause: clauseId, target, status, verdicts: verdicts.map(verdictDto) };
  }

  private linkTarget(target: string): { key: string } | { clause: string } {
    if (parseProvisionKey(target)) return { key: target };
    if (!this.store.getClause(target)) throw new ApiError('not_found', `"${target}" is neither a provision key (e.g. ru-civil-code:1229) nor a clause id`);
    return { clause: target };
  }

  private targetLabel(target: string): string {
    return parseProvisionKey(target) ? describeProvision(target) : (this.store.getClause(target)?.label ?? target);
  }

  private userLinkDto(link: PlacedUserLink | DetachedUserLink): UserLinkDto {
    const stored: UserLinkRecord = link.stored;
    const today = 'id' in link ? link : null;
    const targetClause = today ? today.targetClause : stored.targetClause;
    return {
      id: stored.id,
      clause: today ? today.fromClause : stored.fromClause,
      targetKey: stored.targetKey,
      targetClause,
      targetLabel: this.targetLabel(stored.targetKey ?? targetClause ?? ''),
      note: stored.note,
      created: stored.created,
      modified: stored.modified,
      placement: link.placement,
      recordedClause: stored.fromClause,
      ...(today ? {} : { recordedText: stored.fromText ?? '' }),
    };
  }

  /** A clause's text today ('' when it is not in the store). */
  private clauseText(id: string): string {
    return this.store.getClause(id)?.text ?? '';
  }

  private requireClause(id: string): ClauseRecord {
    const clause = this.store.getClause(id);
    if (!clause) throw new ApiError('not_found', `no clause with id "${id}"`);
    return clause;
  }

  private now(): string {
    return this.clock().toISOString();
  }
}

function verdictDto(v: PlacedVerdict): LinkVerdictDto {
  return {
    id: v.id, clause: v.fromClause, kind: v.kind, target: v.target, verdict: v.verdict, reason: v.reason, created: v.created, modified: v.modified,
    placement: v.placement, recordedClause: v.stored.fromClause,
  };
}

function detachedVerdictDto({ placement, stored: v }: DetachedVerdict): LinkVerdictDto {
  return {
    id: v.id, clause: v.fromClause, kind: v.kind, target: v.target, verdict: v.verdict, reason: v.reason, created: v.created, modified: v.modified,
    placement, recordedClause: v.fromClause, recordedText: v.fromText ?? '',
  };
}
