// Review actions shared by traces, clause links, provision pages and the queue: confirm or reject an inferred link
// (with an optional reason), take a verdict back, and make, edit or delete a link by hand. Each is one undoable change
// (Ctrl/Cmd+Z), refreshes every view of links and says what it did in a toast.
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import type { AppStore } from '../state/app-store.js';
import type { UserLinkDto, Verdict } from '../../shared/core/api/review-dto.js';
import { toUiError } from '../api/ui-error.js';
import { showToast } from './toast.js';

export interface LinkRef {
  /** The clause the link starts from (a commitment, or any clause). */
  clause: string;
  /** A provision key, or the other clause of a quotation. */
  target: string;
  /** How the target reads in messages ("Civil Code art. 1253"). */
  label?: string;
}

const UNDO_HINT = ' (Ctrl+Z undoes it)';

async function run<T>(store: AppStore, what: string, change: (api: ExplorerApi) => Promise<T>): Promise<T | null> {
  try {
    return await store.getState().changeReview(change);
  } catch (err) {
    showToast(`Could not ${what}: ${toUiError(err).message}`);
    return null;
  }
}

/** Confirms or rejects a link; resolves true when the verdict was recorded. */
export async function reviewLink(store: AppStore, link: LinkRef, verdict: Verdict, reason?: string): Promise<boolean> {
  const why = reason?.trim();
  const done = await run(store, verdict === 'confirmed' ? 'confirm the link' : 'reject the link', (api) =>
    api.reviewLink({ clause: link.clause, target: link.target, verdict, ...(why ? { reason: why } : {}) }),
  );
  if (done) showToast(`${verdict === 'confirmed' ? 'Confirmed' : 'Rejected'}: ${link.label ?? link.target}${UNDO_HINT}.`);
  return done !== null;
}

/** Takes the verdicts on a link back: it is proposed again. */
export async function clearReview(store: AppStore, link: LinkRef): Promise<boolean> {
  const done = await run(store, 'take the verdict back', (api) => api.clearLinkReview({ clause: link.clause, target: link.target }));
  if (done) showToast(`Back to proposed: ${link.label ?? link.target}${UNDO_HINT}.`);
  return done !== null;
}

export async function addUserLink(store: AppStore, link: LinkRef, note: string): Promise<UserLinkDto | null> {
  const text = note.trim();
  const made = await run(store, 'add the link', (api) => api.addUserLink({ clause: link.clause, target: link.target, ...(text ? { note: text } : {}) }));
  if (made) showToast(`Linked by hand: ${made.targetLabel}${UNDO_HINT}.`);
  return made;
}

export async function updateUserLink(store: AppStore, id: string, note: string): Promise<boolean> {
  const done = await run(store, 'save the note', (api) => api.updateUserLink({ id, note: note.trim() }));
  if (done) showToast(`Note saved: ${done.targetLabel}.`);
  return done !== null;
}

export async function deleteUserLink(store: AppStore, id: string, label?: string): Promise<boolean> {
  const done = await run(store, 'delete the link', (api) => api.deleteUserLink({ id }));
  if (done) showToast(`Deleted the link made by hand${label ? `: ${label}` : ''}${UNDO_HINT}.`);
  return done !== null;
}

/** Lets a detached verdict or hand-made link go (its clause is gone); undo brings it back. */
export async function discardDetached(store: AppStore, record: { id: string; kind: 'verdict' | 'link' }, label: string): Promise<boolean> {
  const done = await run(store, 'discard the review', (api) => (record.kind === 'verdict' ? api.deleteLinkVerdict({ id: record.id }) : api.deleteUserLink({ id: record.id })));
  if (done?.deleted) showToast(`Discarded: ${label}${UNDO_HINT}.`);
  return done?.deleted ?? false;
}
