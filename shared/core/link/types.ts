// Types of the linking engine: the clauses it reads, the links it proposes and the per-provision trace of a clause.
import type { Citation } from '../citations/index.js';
import type { ClauseKind, DocumentKind, Lang } from '../model.js';

export type LinkKind = 'cites' | 'quotes' | 'concerns';

/** A clause as the linker reads it, with the explicit citations found in its text. */
export interface LinkClause {
  id: string;
  docId: string;
  docKind: DocumentKind;
  kind: ClauseKind;
  lang: Lang;
  label: string;
  text: string;
  path: string;
  citations: Citation[];
  /** The document's date (ISO, possibly partial: "2025-08"); orders quotations when quote marks do not. */
  docDate?: string;
  /** A statute's instrument ('ru-civil-code'): its articles can be proposed as numbered neighbours of a cited one. */
  instrument?: string;
}

/** Why a link was proposed: a clause and the words it shares (key terms, quoted words or cited words). */
export interface LinkEvidence {
  clause: string;
  kind: LinkKind;
  terms: string[];
}

export interface ComputedLink {
  from: string;
  kind: LinkKind;
  /** Provision key for `cites` and `concerns`. */
  toKey?: string;
  /** Quoted clause for `quotes`. */
  toClause?: string;
  /** Strength of the evidence in [0, 1]. */
  score: number;
  /** Strong, specific evidence: shown by default; other links are shown on request. */
  confident: boolean;
  evidence: LinkEvidence[];
  /** `quotes`: the quoted words as the quoting clause writes them, passages joined by " … ". */
  quoted?: string;
}

export interface LinkOptions {
  /** Shortest quotation, in words (default 8). */
  minQuoteWords?: number;
  /** Most `concerns` links kept per clause (default 5). */
  maxConcerns?: number;
  /** Which clauses get `concerns` links (default: commitments). */
  concernsFor?: (clause: LinkClause) => boolean;
}

/** One provision in the trace of a clause: every link kind that leads there, combined into one score. */
export interface TraceEntry {
  key: string;
  score: number;
  confident: boolean;
  kinds: LinkKind[];
  evidence: LinkEvidence[];
}
