// Documents grouped by kind with clause counts; opening one reads it in the active pane.
import type { DocumentSummary } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
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
              <li key={doc.id}>
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
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="library-footer">
        <ImportButton />
      </div>
    </div>
  );
}
