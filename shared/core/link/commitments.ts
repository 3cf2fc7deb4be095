// Which clauses are commitments: the operative bullet items of an action plan (not its headings or prose).
import type { LinkClause } from './types.js';

export function isCommitment(clause: Pick<LinkClause, 'docKind' | 'kind'>): boolean {
  return clause.docKind === 'action-plan' && (clause.kind === 'item' || clause.kind === 'subitem');
}
