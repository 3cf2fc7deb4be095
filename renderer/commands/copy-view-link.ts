// Copies the link to what is on screen (both panes, the selected clause, the open search): the page's address in the
// web host, a lextrace:// deep link in the desktop app.
import type { AppStore } from '../state/app-store.js';
import { shareableViewLink } from '../navigation.js';
import { copyText } from './clipboard.js';
import { showToast } from './toast.js';

export async function copyViewLink(store: AppStore): Promise<void> {
  const link = shareableViewLink(store.getState());
  showToast((await copyText(link)) ? 'Copied a link to this view.' : 'The clipboard is not available here.');
}
