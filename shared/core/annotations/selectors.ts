// Builds the stored selectors (quote with context, clause and document positions) for a range the annotator selected.
import type { DocumentText } from './document-text.js';
import { QUOTE_CONTEXT_CHARS, type AnnotationTarget } from './types.js';

/**
 * The target for [start, end) of clause `clauseId` in `doc` (offsets in the clause's text). Throws when the clause is
 * not in the document or the range is empty or outside the clause.
 */
export function describeRange(doc: DocumentText, docId: string, docHash: string, clauseId: string, start: number, end: number): AnnotationTarget {
  const index = doc.clauses.findIndex((c) => c.id === clauseId);
  const clause = doc.clauses[index];
  if (!clause) throw new Error(`cannot describe a range in clause ${clauseId}: it is not in document ${docId}`);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > clause.text.length || start >= end) {
    throw new Error(`cannot describe range [${start}, ${end}) in clause ${clauseId}: the clause text has ${clause.text.length} characters and the range must be a non-empty part of it`);
  }
  const docStart = doc.starts[index]! + start;
  const docEnd = docStart + (end - start);
  return {
    docId,
    docHash,
    clauseId,
    quote: {
      type: 'TextQuoteSelector',
      exact: clause.text.slice(start, end),
      prefix: wholeCharacters(doc.text.slice(Math.max(0, docStart - QUOTE_CONTEXT_CHARS), docStart)),
      suffix: wholeCharacters(doc.text.slice(docEnd, docEnd + QUOTE_CONTEXT_CHARS)),
    },
    clause: { type: 'TextPositionSelector', start, end },
    document: { type: 'TextPositionSelector', start: docStart, end: docEnd },
  };
}

/** The target for the whole text of clause `clauseId` (throws as describeRange does, e.g. for an empty clause). */
export function wholeClauseRange(doc: DocumentText, docId: string, docHash: string, clauseId: string): AnnotationTarget {
  const clause = doc.clauses.find((c) => c.id === clauseId);
  return describeRange(doc, docId, docHash, clauseId, 0, clause?.text.length ?? 0);
}

/** Drops a half surrogate pair left at either end of a context slice. */
function wholeCharacters(text: string): string {
  let from = 0;
  let to = text.length;
  if (to > 0 && isLowSurrogate(text.charCodeAt(0))) from = 1;
  if (to > from && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
