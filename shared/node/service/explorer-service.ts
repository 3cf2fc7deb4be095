// The single implementation of the API contract, over the SQLite store.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../core/api/api-error.js';
import type { ApiArgs, ExplorerApi } from '../../core/api/contract.js';
import type {
  CitationDto,
  ClauseContext,
  ClauseDetail,
  ClauseLink,
  ClauseSummary,
  DocumentSummary,
  ImportReport,
  ProvisionDetail,
  ProvisionSummary,
  SearchResult,
  StoreStatus,
  TaskProgress,
  TraceResult,
} from '../../core/api/dto.js';
import type {
  AnnotationDto,
  AnnotationExport,
  AnnotationImportReport,
  BulkTagResult,
  SettingsDto,
  TagDto,
  UndoResult,
  UndoState,
} from '../../core/api/annotation-dto.js';
import type {
  CitationSettings,
  ExportFile,
  FormattedCitation,
  LinkReviewList,
  LinkReviewResult,
  ReviewQueue,
  TraceMatrix,
  UserLinkDto,
} from '../../core/api/review-dto.js';
import { AnnotationExchange } from '../annotations/annotation-exchange.js';
import { AnnotationService } from '../annotations/annotation-service.js';
import { CrossRefQueries } from '../crossref/crossref-queries.js';
import { refreshStaleCrossReferences } from '../crossref/refresh-cross-references.js';
import { linksStatus } from '../crossref/refresh-guard.js';
import { importBytes, removeDocument, type IndexHook } from '../import/import-document.js';
import { ReviewService } from '../review/review-service.js';
import { ImportError } from '../import/import-error.js';
import { searchClauseIds, searchClauses } from '../search/index.js';
import { DocumentStore, type ClauseRecord } from '../store/document-store.js';
import { clauseSummary, documentSummary } from '../store/to-dto.js';
import type { ClauseRegionsDto, DocumentPdf } from '../../core/api/domains/pdf.js';

export class ExplorerService implements ExplorerApi {
  readonly store: DocumentStore;
  private readonly crossRefs: CrossRefQueries;
  readonly annotations: AnnotationService;
  private readonly exchange: AnnotationExchange;
  readonly review: ReviewService;
  /** Files of documents removed in this session, by id (for restoreDocument). */
  private readonly removedFiles = new Map<string, { fileName: string; bytes: Buffer }>();
  /** The long operation under way, as its host reports it (reportProgress), for the app's progress bar. */
  private progress: TaskProgress | null = null;

  constructor(
    readonly db: Database,
    readonly hooks: readonly IndexHook[] = [],
  ) {
    this.store = new DocumentStore(db);
    this.crossRefs = new CrossRefQueries(db);
    this.annotations = new AnnotationService(db, {
      clausesMatching: (query) => searchClauseIds(db, query),
      clausesCiting: (key) => this.crossRefs.clausesCiting(key),
    });
    this.exchange = new AnnotationExchange(db, this.annotations);
    this.review = new ReviewService(db, { refreshLinks: () => void this.linked() });
  }

  async listDocuments(_args: ApiArgs<'listDocuments'> = {}): Promise<DocumentSummary[]> {
    return this.store.listDocuments().map(documentSummary);
  }

  async getDocument({ id }: ApiArgs<'getDocument'>): Promise<DocumentSummary> {
    const doc = this.store.getDocument(id);
    if (!doc) throw new ApiError('not_found', `no document with id "${id}"`);
    return documentSummary(doc);
  }

  async listClauses({ doc }: ApiArgs<'listClauses'>): Promise<ClauseSummary[]> {
    await this.getDocument({ id: doc });
    return this.store.listClauses(doc).map(clauseSummary);
  }

  async getClause({ id }: ApiArgs<'getClause'>): Promise<ClauseDetail> {
    const clause = this.requireClause(id);
    const doc = this.store.getDocument(clause.docId)!;
    return {
      ...clauseSummary(clause),
      ...this.store.neighbours(clause),
      docTitle: doc.title,
      docKind: doc.kind,
      footnotes: clause.footnotes,
      calledFrom: clause.calledFrom,
      citations: this.citationsOf(clause.id),
      originalStart: clause.start,
      originalEnd: clause.end,
    };
  }

  async getClauseContext({ id, chars }: ApiArgs<'getClauseContext'>): Promise<ClauseContext> {
    const clause = this.requireClause(id);
    const original = this.store.getOriginal(clause.docId) ?? '';
    const span = chars ?? 400;
    return {
      clause: id,
      before: original.slice(Math.max(0, clause.start - span), clause.start),
      original: original.slice(clause.start, clause.end),
      after: original.slice(clause.end, clause.end + span),
    };
  }

  async importDocument({ fileName, data }: ApiArgs<'importDocument'>): Promise<ImportReport> {
    const bytes = Buffer.from(data, 'base64');
    let report: ImportReport;
    try {
      report = await importBytes(this.db, fileName, bytes, {}, this.hooks);
    } catch (err) {
      if (err instanceof ImportError) throw new ApiError('import_failed', err.message);
      throw err;
    }
    return report;
  }

  async getDocumentPdf({ id }: ApiArgs<'getDocumentPdf'>): Promise<DocumentPdf> {
    const doc = this.store.getDocument(id);
    const file = doc ? this.store.getDocumentFile(id) : undefined;
    if (!doc || !file || file.mediaType !== 'application/pdf') throw new ApiError('not_found', `no PDF for document "${id}"`);
    return { id, fileName: doc.fileName, size: file.bytes.length, data: file.bytes.toString('base64') };
  }

  async getClauseRegions({ id }: ApiArgs<'getClauseRegions'>): Promise<ClauseRegionsDto> {
    const clause = this.requireClause(id);
    const place = this.store.getClauseRegions(id);
    if (!place) throw new ApiError('not_found', `clause "${id}" is not from a PDF`);
    return { clause: id, doc: clause.docId, ...place };
  }

  async removeDocument({ id }: ApiArgs<'removeDocument'>): Promise<{ removed: boolean }> {
    // Kept for this session, so the removal can be undone (restoreDocument): the file as it was imported.
    const doc = this.store.getDocument(id);
    const original = doc ? (this.store.getDocumentFile(id)?.bytes ?? Buffer.from(this.store.getOriginal(id) ?? '', 'utf8')) : undefined;
    const removed = removeDocument(this.db, id, this.hooks);
    if (removed && doc && original) this.removedFiles.set(id, { fileName: doc.fileName, bytes: original });
    return { removed };
  }

  /** Hosts report a long operation's steps here (null when it is over); the app polls getProgress. */
  reportProgress(progress: TaskProgress | null): void {
    this.progress = progress;
  }

  async getProgress(_args: ApiArgs<'getProgress'> = {}): Promise<TaskProgress | null> {
    return this.progress;
  }

  async restoreDocument({ id }: ApiArgs<'restoreDocument'>): Promise<ImportReport> {
    const kept = this.removedFiles.get(id);
    if (!kept) throw new ApiError('not_found', `no document "${id}" was removed in this session`);
    const report = await this.importDocument({ fileName: kept.fileName, data: kept.bytes.toString('base64') });
    this.removedFiles.delete(id);
    return report;
  }

  async getStoreStatus(_args: ApiArgs<'getStoreStatus'> = {}): Promise<StoreStatus> {
    const { links, message, retrying } = linksStatus(this.db);
    return { links, message, retrying };
  }

  async listCitations({ doc }: ApiArgs<'listCitations'>): Promise<CitationDto[]> {
    if (doc) await this.getDocument({ id: doc });
    return this.crossRefs.listCitations(doc);
  }

  async trace({ clause, all }: ApiArgs<'trace'>): Promise<TraceResult> {
    this.requireClause(clause);
    return this.review.trace(clause, all ?? false);
  }

  async getProvision({ key, all }: ApiArgs<'getProvision'>): Promise<ProvisionDetail> {
    return this.review.provision(this.linked().getProvision(key), all ?? false);
  }

  async listProvisions(_args: ApiArgs<'listProvisions'>): Promise<ProvisionSummary[]> {
    return this.linked().listProvisions();
  }

  async listCommitments(_args: ApiArgs<'listCommitments'>): Promise<ClauseSummary[]> {
    return this.crossRefs.listCommitments();
  }

  async clauseLinks({ id, all }: ApiArgs<'clauseLinks'>): Promise<ClauseLink[]> {
    this.requireClause(id);
    return this.review.clauseLinks(id, this.linked().clauseLinks(id, true), all ?? false);
  }

  async search(args: ApiArgs<'search'>): Promise<SearchResult> {
    return searchClauses(this.db, args);
  }

  // The annotations domain: the user's own records, delegated to AnnotationService.

  async listAnnotations(args: ApiArgs<'listAnnotations'>): Promise<AnnotationDto[]> {
    return this.annotations.listAnnotations(args);
  }

  async createAnnotation(args: ApiArgs<'createAnnotation'>): Promise<AnnotationDto> {
    return this.annotations.createAnnotation(args);
  }

  async updateAnnotation(args: ApiArgs<'updateAnnotation'>): Promise<AnnotationDto> {
    return this.annotations.updateAnnotation(args);
  }

  async deleteAnnotation(args: ApiArgs<'deleteAnnotation'>): Promise<{ deleted: boolean }> {
    return this.annotations.deleteAnnotation(args);
  }

  async listTags(_args: ApiArgs<'listTags'>): Promise<TagDto[]> {
    return this.annotations.listTags();
  }

  async renameTag(args: ApiArgs<'renameTag'>): Promise<TagDto> {
    return this.annotations.renameTag(args);
  }

  async mergeTags(args: ApiArgs<'mergeTags'>): Promise<TagDto> {
    return this.annotations.mergeTags(args);
  }

  async deleteTag(args: ApiArgs<'deleteTag'>): Promise<{ deleted: boolean }> {
    return this.annotations.deleteTag(args);
  }

  async setTagColor(args: ApiArgs<'setTagColor'>): Promise<TagDto> {
    return this.annotations.setTagColor(args);
  }

  async bulkTag(args: ApiArgs<'bulkTag'>): Promise<BulkTagResult> {
    return this.annotations.bulkTag(args);
  }

  async undo(_args: ApiArgs<'undo'>): Promise<UndoResult> {
    return this.annotations.undo();
  }

  async redo(_args: ApiArgs<'redo'>): Promise<UndoResult> {
    return this.annotations.redo();
  }

  async getHistory(_args: ApiArgs<'getHistory'>): Promise<UndoState> {
    return this.annotations.getHistory();
  }

  async exportAnnotations(args: ApiArgs<'exportAnnotations'>): Promise<AnnotationExport> {
    return this.exchange.export(args);
  }

  async importAnnotations(args: ApiArgs<'importAnnotations'>): Promise<AnnotationImportReport> {
    return this.exchange.import(args);
  }

  async getSettings(_args: ApiArgs<'getSettings'>): Promise<SettingsDto> {
    return this.annotations.getSettings();
  }

  async updateSettings(args: ApiArgs<'updateSettings'>): Promise<SettingsDto> {
    return this.annotations.updateSettings(args);
  }

  // The review domain: verdicts, hand-made links, queue, matrix, exports, citations; delegated to ReviewService.

  async reviewLink(args: ApiArgs<'reviewLink'>): Promise<LinkReviewResult> {
    return this.review.reviewLink(args);
  }

  async clearLinkReview(args: ApiArgs<'clearLinkReview'>): Promise<LinkReviewResult> {
    return this.review.clearLinkReview(args);
  }

  async addUserLink(args: ApiArgs<'addUserLink'>): Promise<UserLinkDto> {
    return this.review.addUserLink(args);
  }

  async updateUserLink(args: ApiArgs<'updateUserLink'>): Promise<UserLinkDto> {
    return this.review.updateUserLink(args);
  }

  async deleteUserLink(args: ApiArgs<'deleteUserLink'>): Promise<{ deleted: boolean }> {
    return this.review.deleteUserLink(args);
  }

  async deleteLinkVerdict(args: ApiArgs<'deleteLinkVerdict'>): Promise<{ deleted: boolean }> {
    return this.review.deleteLinkVerdict(args);
  }

  async listLinkReviews(args: ApiArgs<'listLinkReviews'>): Promise<LinkReviewList> {
    return this.review.listLinkReviews(args);
  }

  async reviewQueue(args: ApiArgs<'reviewQueue'>): Promise<ReviewQueue> {
    return this.review.reviewQueue(args);
  }

  async traceMatrix(args: ApiArgs<'traceMatrix'>): Promise<TraceMatrix> {
    return this.review.traceMatrix(args);
  }

  async exportMatrix(args: ApiArgs<'exportMatrix'>): Promise<ExportFile> {
    return this.review.exportMatrix(args);
  }

  async exportTraceReport(args: ApiArgs<'exportTraceReport'>): Promise<ExportFile> {
    return this.review.exportTraceReport(args);
  }

  async citeClause(args: ApiArgs<'citeClause'>): Promise<FormattedCitation[]> {
    return this.review.citeClause(args);
  }

  async citeProvision(args: ApiArgs<'citeProvision'>): Promise<FormattedCitation> {
    return this.review.citeProvision(args);
  }

  async getCitationSettings(_args: ApiArgs<'getCitationSettings'>): Promise<CitationSettings> {
    return this.review.getCitationSettings();
  }

  async updateCitationSettings(args: ApiArgs<'updateCitationSettings'>): Promise<CitationSettings> {
    return this.review.updateCitationSettings(args);
  }

  /**
   * The cross-reference queries, over links brought up to date first. Imports and removals only mark the links stale
   * (in their own transaction), so importing many files recomputes the corpus-wide links once, at the next read.
   */
  private linked(): CrossRefQueries {
    if (!this.db.readonly) refreshStaleCrossReferences(this.db);
    return this.crossRefs;
  }

  private citationsOf(clauseId: string): CitationDto[] {
    return this.crossRefs.citationsOfClause(clauseId);
  }

  private requireClause(id: string): ClauseRecord {
    const clause = this.store.getClause(id);
    if (!clause) throw new ApiError('not_found', `no clause with id "${id}"`);
    return clause;
  }
}
