// Which clauses are commitments: the operative bullet items of an action plan (not its headings or prose).
import type { ClauseKind, DocumentKind } from '../model.js';
import type { LinkClause } from './types.js';

/** The kind of document whose items are commitments, and the kinds of clause that are its items. */
export const COMMITMENT_DOC_KIND: DocumentKind = 'action-plan';
export const COMMITMENT_CLAUSE_KINDS: readonly ClauseKind[] = ['item', 'subitem'];

export function isCommitment(clause: Pick<LinkClause, 'docKind' | 'kind'>): boolean {
  return clause.docKind === COMMITMENT_DOC_KIND && COMMITMENT_CLAUSE_KINDS.includes(clause.kind);
}
