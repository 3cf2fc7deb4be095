// Plain JSON data of the review domain: link statuses and verdicts, hand-made links, the review queue, the
// traceability matrix, export files and memo citations.
import type { CitationForm, FormattedCitation } from '../cite/legal-citation.js';
import type { ClauseSummary, LinkKind, LinkReviewFields, LinkStatus, TraceProvision } from './dto.js';

export type { CitationForm, FormattedCitation, LinkReviewFields, LinkStatus };

export type Verdict = 'confirmed' | 'rejected';

export interface LinkVerdictDto {
  id: string;
  /** Today's clause (for a detached record: the clause id it was made on). */
  clause: string;
  kind: LinkKind;
  /** A provision key, or the quoted clause's id (today's). */
  target: string;
  verdict: Verdict;
  reason: string;
  created: string;
  modified: string;
  /** How the record's clause was found in today's documents (see ReviewPlacement). */
  placement: ReviewPlacement;
  /** The clause id the record was made on (differs from `clause` when the document changed). */
  recordedClause: string;
  /** The text the record's clause had when it was made: given for detached records, to find where it belongs. */
  recordedText?: string;
}

export interface UserLinkDto {
  id: string;
  clause: string;
  targetKey: string | null;
  targetClause: string | null;
  /** How a lawyer cites the target ("Civil Code art. 1253", or the clause's label). */
  targetLabel: string;
  note: string;
  created: string;
  modified: string;
  placement: ReviewPlacement;
  recordedClause: string;
  recordedText?: string;
}

/**
 * How a verdict's or hand-made link's clause was found in today's version of its document: `same` (same id, same
 * text), `moved` (same text, another id: paragraphs were inserted or removed before it), `edited` (reworded; the one
 * clearly most similar clause). The record is *detached*, kept but applied nowhere, when its clause is `not-found`,
 * `ambiguous` (several clauses fit equally) or its document is gone (`missing-document`).
 */
export const REVIEW_PLACEMENTS = ['same', 'moved', 'edited', 'not-found', 'ambiguous', 'missing-document'] as const;
export type ReviewPlacement = (typeof REVIEW_PLACEMENTS)[number];

/** Review records whose clause is not in today's documents: kept, listed for the user to redo or discard. */
export interface DetachedReviews {
  verdicts: LinkVerdictDto[];
  links: UserLinkDto[];
}

/** The outcome of a review action: the verdicts now recorded for the link and its status. */
export interface LinkReviewResult {
  clause: string;
  target: string;
  status: LinkStatus;
  verdicts: LinkVerdictDto[];
}

export interface LinkReviewList {
  verdicts: LinkVerdictDto[];
  links: UserLinkDto[];
}


/** A heading of an action plan that groups commitments ("§ I.A Enforcement"). */
export interface PlanSection {
  id: string;
  doc: string;
  label: string;
  title: string | null;
}

export interface ReviewQueueItem {
  clause: ClauseSummary;
  /** Index into ReviewQueue.sections, or null for an item outside any heading. */
  section: number | null;
  /** Every proposal with its status, score and evidence (rejected ones included, to undo them). */
  proposals: TraceProvision[];
  /** Proposals still awaiting a verdict. */
  pending: number;
  /** No proposal awaits a verdict. */
  reviewed: boolean;
}

export interface ReviewQueue {
  sections: PlanSection[];
  items: ReviewQueueItem[];
  /** "12 of 30 commitments reviewed". */
  reviewed: number;
  total: number;
  /** Verdicts and hand-made links whose clause a re-import or removal took away. */
  detached: DetachedReviews;
}

/** Instrument groups, the matrix's column groups, in order. */
export const INSTRUMENT_GROUPS = ['civil-code', 'admin-code', 'criminal-code', 'wto-wpr', 'federal-laws', 'other'] as const;
export type InstrumentGroup = (typeof INSTRUMENT_GROUPS)[number];

/** A matrix cell: confirmed, made by hand, proposed with confidence, proposed, or rejected (only when asked for). */
export const MATRIX_STATUSES = ['confirmed', 'user', 'confident', 'proposed', 'rejected'] as const;
export type MatrixStatus = (typeof MATRIX_STATUSES)[number];

export interface MatrixRow {
  clause: string;
  doc: string;
  label: string;
  text: string;
  section: number | null;
}

export interface MatrixColumn {
  key: string;
  /** "Civil Code art. 1252(5)". */
  label: string;
  title: string;
  instrument: string;
  group: InstrumentGroup;
}

/** One non-empty cell; a cell absent from the list is `none`. */
export interface MatrixCell {
  row: number;
  col: number;
  status: MatrixStatus;
  score: number;
  isNew?: boolean;
}

export interface TraceMatrix {
  sections: PlanSection[];
  /** Column groups in order, with their display names ("Civil Code", "Working Party Report"). */
  groups: { id: InstrumentGroup; label: string }[];
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cells: MatrixCell[];
}

/** A file to save: text (CSV, HTML) as UTF-8, binary (XLSX, DOCX) as base64. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  encoding: 'utf8' | 'base64';
  content: string;
}

export interface CitationSettings {
  citationForm: CitationForm;
}
