// Documents grouped by kind with clause counts; opening one reads it in the active pane.
import { useApp } from '../state/store-context.js';
import { groupDocuments } from '../text/document-groups.js';
import { formatRoute } from '../routing.js';
import { ErrorNotice, EmptyState, Loading } from './StatusNotice.js';
import { ImportButton } from './ImportButton.js';

export function DocumentList() {
  const documents = useApp((s) => s.documents);
  const openView = useApp((s) => s.openView);
  const current = useApp((s) => {
    const view = s.panes[s.activeSide]?.view;
    return view?.type === 'doc' ? view.doc : null;
  });

  if (!documents || documents.status === 'loading') return <Loading what="documents" />;
  if (documents.status === 'error') {
    return <ErrorNotice error={documents.error} what="the documents" hint="Check that Lextrace is still running, then reload." />;
  }
  if (documents.data.length === 0) {
    return (
      <EmptyState title="No documents yet">
        <p>
          Run <code>lextrace index</code> to index the shipped corpus, or use <strong>File › Import…</strong> to add a
          text or HTML file.
        </p>
        <ImportButton />
      </EmptyState>
    );
  }
  return (
    <div className="doc-groups">
      {groupDocuments(documents.data).map(({ group, documents: docs }) => (
        <section key={group.id} className="doc-group" aria-label={group.title}>
          <h2 className="section-title">{group.title}</h2>
          <ul className="plain-list">
            {docs.map((doc) => (
              <li key={doc.id}>
                <a
                  className={doc.id === current ? 'doc-link doc-link-current' : 'doc-link'}
                  href={formatRoute({ name: 'doc', doc: doc.id, clause: null })}
                  aria-current={doc.id === current ? 'page' : undefined}
                  onClick={(event) => {
                    if (event.ctrlKey || event.metaKey) return;
                    event.preventDefault();
                    openView({ type: 'doc', doc: doc.id, clause: null }, event.altKey ? 'other' : 'active');
                  }}
                >
                  <span className="doc-link-title">{doc.title}</span>
                  <span className="doc-link-meta">
                    {[doc.date, doc.lang.toUpperCase(), `${doc.clauses.toLocaleString('en')} clauses`]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </a>
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
