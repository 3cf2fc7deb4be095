// The library sidebar: documents by kind, the provisions index, the Action Plan commitments, the review (queue, matrix,
// report) and the annotator's tags.
import type { KeyboardEvent } from 'react';
import { useApp } from '../state/store-context.js';
import type { LibraryTab } from '../state/layout-slice.js';
import { DocumentList } from './DocumentList.js';
import { ProvisionIndex } from './ProvisionIndex.js';
import { CommitmentList } from './CommitmentList.js';
import { TagList } from './TagList.js';
import { ReviewHub } from './ReviewHub.js';

const TABS: { id: LibraryTab; title: string }[] = [
  { id: 'documents', title: 'Documents' },
  { id: 'provisions', title: 'Provisions' },
  { id: 'commitments', title: 'Commitments' },
  { id: 'review', title: 'Review' },
  { id: 'tags', title: 'Tags' },
];

export function Library() {
  const tab = useApp((s) => s.libraryTab);
  const setTab = useApp((s) => s.setLibraryTab);

  /** The ARIA tabs pattern: arrows, Home and End select and focus the neighbouring, first or last tab. */
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % TABS.length
      : event.key === 'ArrowLeft' ? (at - 1 + TABS.length) % TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? TABS.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    setTab(TABS[next]!.id);
    document.getElementById(`library-tab-${TABS[next]!.id}`)?.focus();
  };

  return (
    <aside className="library" aria-label="Library">
      <div className="tabs" role="tablist" aria-label="Library sections">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`library-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="library-panel"
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? 'tab tab-active' : 'tab'}
            onClick={() => setTab(t.id)}
            onKeyDown={onTabKey}
          >
            {t.title}
          </button>
        ))}
      </div>
      <div className="library-panel" id="library-panel" role="tabpanel" aria-labelledby={`library-tab-${tab}`}>
        {tab === 'documents' ? (
          <DocumentList />
        ) : tab === 'provisions' ? (
          <ProvisionIndex />
        ) : tab === 'commitments' ? (
          <CommitmentList />
        ) : tab === 'review' ? (
          <ReviewHub />
        ) : (
          <TagList />
        )}
      </div>
    </aside>
  );
}
