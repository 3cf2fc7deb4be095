// Plain JSON data that crosses the API boundary between the service and the renderer or CLI.
import type { ClauseKind, DocumentKind, FootnoteCall, Lang } from '../model.js';

export interface DocumentSummary {
  id: string;
  title: string;
  shortTitle: string;
  kind: DocumentKind;
  lang: Lang;
  date: string | null;
  /** The imported file's name. */
  file: string;
  /** Number of clauses. */
  clauses: number;
  instrument: string | null;
  /** Bytes the store holds for it: its original text, and its PDF when it is one. */
  size: number;
  /** Imported from a PDF, which the store keeps: its clauses can be shown on their page. */
  pdf: boolean;
  /** Imported by the user (not the shipped corpus): the user may remove it. */
  imported?: boolean;
}

export interface ClauseSummary {
  id: string;
  doc: string;
  path: string;
  label: string;
  kind: ClauseKind;
  level: number;
  parent: string | null;
  text: string;
  number: string | null;
  title: string | null;
  page: number | null;
  /** First and last page, when a clause of a PDF spans pages. */
  pages?: [number, number];
}

export interface CitationDto {
  clause: string;
  doc: string;
  key: string;
  /** The cited words, = clause text.slice(start, end). */
  text: string;
  start: number;
  end: number;
}

export interface ClauseDetail extends ClauseSummary {
  prev: string | null;
  next: string | null;
  docTitle: string;
  docKind: DocumentKind;
  footnotes: FootnoteCall[];
  calledFrom: string | null;
  /** Explicit citations in this clause, with their spans. */
  citations: CitationDto[];
  /** Span of the clause in its document's original text. */
  originalStart: number;
  originalEnd: number;
}

/** The original text around a clause, as received (before any cleaning). */
export interface ClauseContext {
  clause: string;
  before: string;
  original: string;
  after: string;
}

export type LinkKind = 'cites' | 'quotes' | 'concerns';

/** A link's status: the user's verdict if any, else proposed; `user` for a link made by hand. */
export type LinkStatus = 'confirmed' | 'rejected' | 'proposed' | 'user';

/**
 * What the lawyer's review adds to a link in traces, clause links and provision pages (optional in the types so
 * older fakes compile; the service always sets them).
 */
export interface LinkReviewFields {
  status?: LinkStatus;
  /** False when the engine no longer infers the link (a confirmed link kept, or a link made by hand only). */
  inferred?: boolean;
  /** Proposed by a refresh after the store's first one (an import brought it) and not reviewed yet. */
  isNew?: boolean;
  /** The verdict's reason, or the hand-made link's note. */
  reason?: string | null;
  /** The hand-made link behind a `user` status, to edit or delete it. */
  userLinkId?: string | null;
  /**
   * The verdict or the hand-made link was made on an earlier wording of the clause: a re-import reworded it and the
   * record followed it (placement `edited`). Present only when true: read the clause again before relying on it.
   */
  reworded?: boolean;
}

export interface EvidenceDto {
  clause: string;
  doc: string;
  label: string;
  text: string;
  /** Why this clause is evidence: shared terms, quoted words, the citation itself. */
  terms: string[];
  kind: LinkKind;
  /** The clause is in a document the user imported (not the shipped corpus): a score that moved after an import says why. */
  fromUserDocument?: boolean;
}

export interface TraceProvision extends LinkReviewFields {
  key: string;
  /** How a lawyer cites it: "Civil Code art. 1252(5)". */
  label: string;
  title: string;
  score: number;
  confident: boolean;
  kinds: LinkKind[];
  evidence: EvidenceDto[];
}

export interface TraceResult {
  clause: string;
  provisions: TraceProvision[];
}

export interface ProvisionSummary {
  key: string;
  instrument: string;
  /** How a lawyer cites it: "Civil Code art. 1252(5)". */
  label: string;
  /** The article's own title where the statute is in the corpus ("Исключительное право"), else the label. */
  title: string;
  /** Number of clauses that cite it explicitly. */
  citedBy: number;
  /** Number of clauses linked to it by `concerns`. */
  related: number;
  hasText: boolean;
}

export interface ProvisionDetail {
  key: string;
  instrument: string;
  label: string;
  title: string;
  /** The instrument's name ("Civil Code of the Russian Federation"). */
  instrumentName: string;
  /** The statute clauses holding its official text (empty when the instrument is not in the corpus). */
  text: ClauseSummary[];
  citedBy: ClauseSummary[];
  /** Clauses linked by `concerns` (commitments), with their scores. */
  related: (ClauseSummary & { score: number; confident: boolean } & LinkReviewFields)[];
}

/** A link from a clause to another clause (quotation) or a provision. */
export interface ClauseLink extends LinkReviewFields {
  kind: LinkKind;
  direction: 'out' | 'in';
  clause: ClauseSummary | null;
  key: string | null;
  score: number;
  confident: boolean;
  evidence: EvidenceDto[];
  quoted?: string;
}

export interface SearchHit {
  clause: string;
  doc: string;
  label: string;
  score: number;
  snippet: string;
  /** Where the snippet's text (after a leading "…") starts in the clause text, to place highlights in it. */
  snippetStart: number;
  /** Offsets in the clause text of every matched word. */
  highlights: [number, number][];
  docTitle: string;
  kind: ClauseKind;
  /** Set when the clause was found through the words of an annotation note on it. */
  viaNote?: boolean;
  /** Provision keys the clause cites (a few, in the order they are cited), since the snippet often cuts them off. */
  cites?: string[];
}

/** A provision a citation query names ("Article 7.12"), shown before the clauses, with or without text in the corpus. */
export interface SearchProvision {
  key: string;
  label: string;
  title: string | null;
  /** How many clauses cite it (or a part of it). */
  citedBy: number;
  hasText: boolean;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** Set when the query could not be read as written and was searched as plain words. */
  notice: string | null;
  /** How many clauses match in all (counted up to a cap: `totalCapped` when there are more). */
  total?: number;
  totalCapped?: boolean;
  /** The rank of the first hit (the `offset` asked for). */
  offset?: number;
  /** The provisions a citation query names, before its clauses. */
  provisions?: SearchProvision[];
}

export interface ImportReport {
  status: 'imported' | 'updated' | 'unchanged';
  docId: string;
  file: string;
  clauses: number;
  /** What the import did to the text that the user should know ("removed 3 lines as page headers", an encoding). */
  notes?: string[];
}

/**
 * The state of the store the UI should tell the user about: the corpus-wide links are `current`, `updating` after a
 * change, or `failed` (a refresh failed or died; the links are shown as they were). `message` says what to do.
 */
/** A long operation under way in the service (indexing the corpus, a rebuild), for a progress bar in the app. */
export interface TaskProgress {
  task: 'index' | 'import' | 'rebuild';
  /** The file (or document) being worked on or just done. */
  file: string;
  /** How many of `total` are done. */
  done: number;
  total: number;
}

export interface StoreStatus {
  links: 'current' | 'updating' | 'failed';
  message: string;
  /** Whether Lextrace will try the refresh again by itself. */
  retrying: boolean;
}
