// The review domain of the API: verdicts on inferred links, links made by hand, the review queue, the traceability
// matrix and its exports, and the citations a lawyer pastes into a memo.
import { z } from '../../zod-config.js';
import { CITATION_FORMS } from '../../cite/legal-citation.js';
import type {
  CitationSettings,
  ExportFile,
  FormattedCitation,
  LinkReviewList,
  LinkReviewResult,
  ReviewQueue,
  TraceMatrix,
  UserLinkDto,
} from '../review-dto.js';
import { INSTRUMENT_GROUPS, MATRIX_STATUSES } from '../review-dto.js';
import { id, key } from './common.js';

export const MAX_REASON_CHARS = 4000;

const kind = z.enum(['cites', 'quotes', 'concerns']);
/** A provision key ("ru-civil-code:1252/5") or a clause id ("iipa-2017-russia/p4"). */
const target = z.string().min(1).max(300);
const reason = z.string().max(MAX_REASON_CHARS, `a reason has at most ${MAX_REASON_CHARS} characters`);
const form = z.enum(CITATION_FORMS);
const matrixFilters = {
  /** Action-plan documents to take commitments from (default: all). */
  docs: z.array(id).max(100).optional(),
  instruments: z.array(z.enum(INSTRUMENT_GROUPS)).max(INSTRUMENT_GROUPS.length).optional(),
  /** Cell statuses to keep (default: all but rejected). */
  statuses: z.array(z.enum(MATRIX_STATUSES)).max(MATRIX_STATUSES.length).optional(),
};

export const REVIEW_ARGS = {
  reviewLink: z
    .object({
      clause: id,
      target,
      verdict: z.enum(['confirmed', 'rejected']),
      reason: reason.optional(),
      /** Only this kind of link (default: every kind that leads from the clause to the target). */
      kind: kind.optional(),
    })
    .strict(),
  clearLinkReview: z.object({ clause: id, target, kind: kind.optional() }).strict(),
  addUserLink: z.object({ clause: id, target, note: reason.optional() }).strict(),
  updateUserLink: z.object({ id, note: reason }).strict(),
  deleteUserLink: z.object({ id }).strict(),
  deleteLinkVerdict: z.object({ id }).strict(),
  listLinkReviews: z.object({ clause: id.optional() }).strict(),
  reviewQueue: z.object({ docs: matrixFilters.docs, pendingOnly: z.boolean().optional() }).strict(),
  traceMatrix: z.object(matrixFilters).strict(),
  exportMatrix: z.object({ format: z.enum(['csv', 'xlsx']), ...matrixFilters }).strict(),
  exportTraceReport: z
    .object({ format: z.enum(['docx', 'html']), ...matrixFilters, clauses: z.array(id).max(5000).optional() })
    .strict(),
  citeClause: z.object({ ids: z.array(id).min(1).max(5000), form: form.optional() }).strict(),
  citeProvision: z.object({ key, form: form.optional() }).strict(),
  getCitationSettings: z.object({}).strict(),
  updateCitationSettings: z.object({ citationForm: form }).strict(),
} as const;

type Args<M extends keyof typeof REVIEW_ARGS> = z.infer<(typeof REVIEW_ARGS)[M]>;

export interface ReviewApi {
  /**
   * Confirms or rejects an inferred link from a clause to a provision key (every kind leading there: cites, quotes,
   * concerns) or to a clause (a quotation, either direction). One undoable change.
   */
  reviewLink(args: Args<'reviewLink'>): Promise<LinkReviewResult>;
  /** Removes the verdicts on a link: it is proposed again (if still inferred). */
  clearLinkReview(args: Args<'clearLinkReview'>): Promise<LinkReviewResult>;
  /** A link made by hand from a clause to a provision key or a clause, with a note. */
  addUserLink(args: Args<'addUserLink'>): Promise<UserLinkDto>;
  updateUserLink(args: Args<'updateUserLink'>): Promise<UserLinkDto>;
  deleteUserLink(args: Args<'deleteUserLink'>): Promise<{ deleted: boolean }>;
  /** Discards one verdict by its id (how a detached verdict, whose clause is gone, is let go). One undoable change. */
  deleteLinkVerdict(args: Args<'deleteLinkVerdict'>): Promise<{ deleted: boolean }>;
  /** Every verdict and hand-made link in force (then the detached ones), or those from (or to) one clause. */
  listLinkReviews(args: Args<'listLinkReviews'>): Promise<LinkReviewList>;
  /** The commitments of every action-plan document in order, each with its proposals; progress counts. */
  reviewQueue(args: Args<'reviewQueue'>): Promise<ReviewQueue>;
  /** Commitments × provisions as a compact list of non-empty cells, filtered by instrument group and status. */
  traceMatrix(args: Args<'traceMatrix'>): Promise<TraceMatrix>;
  /** The matrix as CSV, or as XLSX (a matrix sheet and a sheet of links with evidence). */
  exportMatrix(args: Args<'exportMatrix'>): Promise<ExportFile>;
  /** The trace report for a memo, as DOCX or printable self-contained HTML. */
  exportTraceReport(args: Args<'exportTraceReport'>): Promise<ExportFile>;
  /** Clauses cited for a memo, in the form asked (default: the user's citation form). */
  citeClause(args: Args<'citeClause'>): Promise<FormattedCitation[]>;
  citeProvision(args: Args<'citeProvision'>): Promise<FormattedCitation>;
  getCitationSettings(args: Args<'getCitationSettings'>): Promise<CitationSettings>;
  updateCitationSettings(args: Args<'updateCitationSettings'>): Promise<CitationSettings>;
}
