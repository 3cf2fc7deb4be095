// Copies a clause's citation (label, document title, link) and reports the outcome as a short toast.
import type { AppStore } from '../state/app-store.js';
import { shareableLink } from '../navigation.js';
import { citationText } from './citation-text.js';
import { copyText } from './clipboard.js';
import { showToast } from './toast.js';

export async function copySelectedCitation(store: AppStore, clauseId: string): Promise<void> {
  const detail = await store.getState().fetchQuery('getClause', { id: clauseId });
  if (detail?.status !== 'ready') {
    showToast('Could not read that clause to copy its citation.');
    return;
  }
  const text = citationText(detail.data.label, detail.data.docTitle, shareableLink({ name: 'clause', id: clauseId }));
  showToast((await copyText(text)) ? `Copied: ${detail.data.label}` : 'The clipboard is not available here.');
}
