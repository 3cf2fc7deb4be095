// Documents grouped by kind with clause counts; opening one reads it in the active pane; the user's own imports can be
// removed (after a confirmation, with Undo).
import { useState } from 'react';
import type { DocumentSummary } from '../../shared/core/api/dto.js';
import { useApp, useAppStore } from '../state/store-context.js';
import { removeDocument } from '../commands/remove-document.js';
import { Dialog } from './Dialog.js';
import { useQuery } from '../state/use-query.js';
import { groupDocuments } from '../text/document-groups.js';
import { EmptyState } from './StatusNotice.js';
import { ImportButton } from './ImportButton.js';
import { LoadableView } from './LoadableView.js';
import { ViewLink } from './AppLink.js';

export function DocumentList() {
  const documents = useQuery('listDocuments', {});
  return (
    <LoadableView
      value={documents}
      what="the documents"
      errorHint="Check that Lextrace is still running, then reload."
      empty={
        <EmptyState title="No documents yet">
          <p>
            Run <code>lextrace index</code> to index the shipped corpus, or use <strong>File › Import…</strong> to add a
            text or HTML file.
          </p>
          <ImportButton />
        </EmptyState>
      }
    >
      {(data) => <DocumentGroups documents={data} />}
    </LoadableView>
  );
}

function DocumentGroups({ documents }: { documents: DocumentSummary[] }) {
  const store = useAppStore();
  const [removing, setRemoving] = useState<DocumentSummary | null>(null);
  const current = useApp((s) => {
    const view = s.panes[s.activeSide]?.view;
    return view?.type === 'doc' ? view.doc : null;
  });
  return (
    <div className="doc-groups">
      {groupDocuments(documents).map(({ group, documents: docs }) => (
        <section key={group.id} className="doc-group" aria-label={group.title}>
          <h2 className="section-title">{group.title}</h2>
          <ul className="plain-list">
            {docs.map((doc) => (
              <li key={doc.id} className="doc-item">
                <ViewLink
                  className={doc.id === current ? 'doc-link doc-link-current' : 'doc-link'}
                  view={{ type: 'doc', doc: doc.id, clause: null }}
                  aria-current={doc.id === current ? 'page' : undefined}
                >
                  <span className="doc-link-title">{doc.title}</span>
                  <span className="doc-link-meta">
                    {[doc.date, doc.lang.toUpperCase(), `${doc.clauses.toLocaleString('en')} clauses`]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </ViewLink>
                {doc.imported ? (
                  <button type="button" className="button doc-remove" aria-label={`Remove ${doc.title}`} title="Remove this document you imported" onClick={() => setRemoving(doc)}>
                    Remove
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="library-footer">
        <ImportButton />
      </div>
      {removing ? (
        <Dialog title={`Remove “${removing.title}”?`} onClose={() => setRemoving(null)}>
          <p>
            Its {removing.clauses.toLocaleString('en')} clauses leave the library, with their citations and links; annotations on them lose
            their place. You can undo this until you close Lextrace.
          </p>
          <div className="dialog-actions toolbar">
            <button type="button" className="button" data-autofocus onClick={() => setRemoving(null)}>
              Keep it
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                const doc = removing;
                setRemoving(null);
                void removeDocument(store, doc);
              }}
            >
              Remove
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
