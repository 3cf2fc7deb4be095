// Every provision key with its title and how many clauses cite it, filterable.
import { useState } from 'react';
import type { ProvisionSummary } from '../../shared/core/api/dto.js';
import { useQuery } from '../state/use-query.js';
import { EmptyState } from './StatusNotice.js';
import { LoadableView } from './LoadableView.js';
import { ViewLink } from './AppLink.js';

export function ProvisionIndex() {
  const provisions = useQuery('listProvisions', {});
  return (
    <LoadableView
      value={provisions}
      what="the provisions index"
      empty={<EmptyState title="No provisions cited yet">Import documents that cite statutes to build the index.</EmptyState>}
    >
      {(data) => <FilteredProvisions provisions={data} />}
    </LoadableView>
  );
}

function FilteredProvisions({ provisions }: { provisions: ProvisionSummary[] }) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle ? provisions.filter((p) => `${p.key} ${p.label} ${p.title}`.toLocaleLowerCase().includes(needle)) : provisions;
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
            <ViewLink className="provision-link" view={{ type: 'provision', key: p.key }}>
              <span className="provision-link-title">{p.label || p.key}</span>
              <span className="provision-link-meta">
                {p.title && p.title !== p.label ? <span className="provision-link-sub">{p.title}</span> : null}
                <span className="count" title="Clauses citing it">
                  {p.citedBy} cited
                </span>
                {p.related ? <span className="count">{p.related} related</span> : null}
              </span>
            </ViewLink>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p className="notice notice-quiet">No provision matches “{filter}”.</p> : null}
    </div>
  );
}
