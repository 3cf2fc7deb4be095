// Every provision key with its title and how many clauses cite it, filterable.
import { useEffect, useState } from 'react';
import { useApp } from '../state/store-context.js';
import { formatRoute } from '../routing.js';
import { ErrorNotice, EmptyState, Loading } from './StatusNotice.js';

export function ProvisionIndex() {
  const provisions = useApp((s) => s.provisions);
  const loadProvisions = useApp((s) => s.loadProvisions);
  const openView = useApp((s) => s.openView);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    void loadProvisions();
  }, [loadProvisions]);

  if (!provisions || provisions.status === 'loading') return <Loading what="provisions" />;
  if (provisions.status === 'error') return <ErrorNotice error={provisions.error} what="the provisions index" />;
  if (provisions.data.length === 0) {
    return <EmptyState title="No provisions cited yet">Import documents that cite statutes to build the index.</EmptyState>;
  }
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle
    ? provisions.data.filter((p) => `${p.key} ${p.label} ${p.title}`.toLocaleLowerCase().includes(needle))
    : provisions.data;
  return (
    <div className="provision-index">
      <input
        className="filter-input"
        type="search"
        placeholder="Filter provisions"
        aria-label="Filter provisions"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul className="plain-list">
        {shown.map((p) => (
          <li key={p.key}>
            <a
              className="provision-link"
              href={formatRoute({ name: 'provision', key: p.key })}
              onClick={(event) => {
                if (event.ctrlKey || event.metaKey) return;
                event.preventDefault();
                openView({ type: 'provision', key: p.key }, event.altKey ? 'other' : 'active');
              }}
            >
              <span className="provision-link-title">{p.label || p.key}</span>
              <span className="provision-link-meta">
                {p.title && p.title !== p.label ? <span className="provision-link-sub">{p.title}</span> : null}
                <span className="count" title="Clauses citing it">
                  {p.citedBy} cited
                </span>
                {p.related ? <span className="count">{p.related} related</span> : null}
              </span>
            </a>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p className="notice notice-quiet">No provision matches “{filter}”.</p> : null}
    </div>
  );
}
