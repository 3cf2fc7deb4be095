// A document's text for annotation selectors: its clause texts in reading order, joined by a blank line.

/** The separator between clauses in the document text (never part of a selection inside one clause). */
export const CLAUSE_SEPARATOR = '\n\n';

export interface DocumentTextClause {
  id: string;
  text: string;
}

export interface DocumentText {
  text: string;
  clauses: readonly DocumentTextClause[];
  /** Offset of each clause's text in `text`, in the order of `clauses`. */
  starts: readonly number[];
}

/** Joins clause texts (in reading order) into the document text that document-level selectors refer to. */
export function documentText(clauses: readonly DocumentTextClause[]): DocumentText {
  const starts: number[] = [];
  let offset = 0;
  for (const clause of clauses) {
    starts.push(offset);
    offset += clause.text.length + CLAUSE_SEPARATOR.length;
  }
  return { text: clauses.map((c) => c.text).join(CLAUSE_SEPARATOR), clauses, starts };
}

/** The index of the clause whose text (or the separator after it) holds document offset `offset`, or -1. */
export function clauseIndexAt(doc: DocumentText, offset: number): number {
  let lo = 0;
  let hi = doc.starts.length - 1;
  if (hi < 0 || offset < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Document offset of a position inside a clause, or null when the clause is not in the document. */
export function documentOffset(doc: DocumentText, clauseId: string, clauseOffset: number): number | null {
  const index = doc.clauses.findIndex((c) => c.id === clauseId);
  return index < 0 ? null : doc.starts[index]! + clauseOffset;
}
