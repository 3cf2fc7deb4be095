// Copies a clause's citation for a memo in the user's default form (Alt+C and the clause's button); see memo-citation.ts.
import type { AppStore } from '../state/app-store.js';
import { copyCitation } from './memo-citation.js';

export function copySelectedCitation(store: AppStore, clauseId: string): Promise<void> {
  return copyCitation(store, { clauses: [clauseId] });
}
