// The library sidebar: documents by kind, the provisions index, the Action Plan commitments, the review (queue, matrix,
// report) and the annotator's tags.
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
            className={tab === t.id ? 'tab tab-active' : 'tab'}
            onClick={() => setTab(t.id)}
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
