// The user's annotations as stored (selectors = data the annotator wrote) and as anchored today (computed, derived).

/** W3C TextQuoteSelector: the quoted words and about 32 characters either side, taken from the document's text. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: [start, end) in a text (UTF-16 code units, as JavaScript strings count). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** How much context a quote selector keeps on each side. */
export const QUOTE_CONTEXT_CHARS = 32;

/**
 * One target of an annotation: a range inside one clause, as the annotator selected it. Never rewritten by import,
 * rebuild or refresh; only the annotator's own action (re-attaching an orphan) replaces it.
 */
export interface AnnotationTarget {
  /** The document the range was selected in, and its content hash (sha256 of the file's bytes) at that moment. */
  docId: string;
  docHash: string;
  /** The clause the range was selected in (a stable natural key: document id + structural path). */
  clauseId: string;
  /** Quote with prefix/suffix from the document text (see document-text.ts). */
  quote: TextQuoteSelector;
  /** Position within the clause's text. */
  clause: TextPositionSelector;
  /** Position within the document's text (the clause texts joined, see document-text.ts). */
  document: TextPositionSelector;
}

/** An annotation as the user's own record: stable UUID, tags by name, a plain-text note, author and times. */
export interface AnnotationRecord {
  /** A UUID (without the urn:uuid: prefix). */
  id: string;
  /** One per clause the selection touched, in reading order. */
  targets: AnnotationTarget[];
  /** Tag names (as the user spelt them; unique case-insensitively). */
  tags: string[];
  /** Plain text, line breaks kept; '' when none. */
  note: string;
  creator: string;
  /** ISO 8601 times. */
  created: string;
  modified: string;
}

export interface TagRecord {
  id: string;
  name: string;
  /** A CSS colour, "#rrggbb". */
  color: string;
  created: string;
  modified: string;
}

/** Where a target sits in today's text: computed from the selectors, never stored as the user's data. */
export type AnchorResult =
  | { status: 'anchored'; clauseId: string; start: number; end: number; how: AnchorMethod }
  | { status: 'orphaned'; reason: OrphanReason };

/** position: the stored position still holds the quote; exact: the quote found elsewhere; fuzzy: an approximate match. */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';
/** missing-document: the document is gone; not-found: no place is good enough; ambiguous: two places are equally good. */
export type OrphanReason = 'missing-document' | 'not-found' | 'ambiguous';
