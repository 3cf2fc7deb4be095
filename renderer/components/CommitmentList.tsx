// The Action Plan commitments; each opens its trace (the provisions it concerns) or the plan at that item.
import { useEffect } from 'react';
import { useApp } from '../state/store-context.js';
import { formatRoute } from '../routing.js';
import { ErrorNotice, EmptyState, Loading } from './StatusNotice.js';

export function CommitmentList() {
  const commitments = useApp((s) => s.commitments);
  const loadCommitments = useApp((s) => s.loadCommitments);
  const openView = useApp((s) => s.openView);
  useEffect(() => {
    void loadCommitments();
  }, [loadCommitments]);

  if (!commitments || commitments.status === 'loading') return <Loading what="commitments" />;
  if (commitments.status === 'error') return <ErrorNotice error={commitments.error} what="the commitments" />;
  if (commitments.data.length === 0) {
    return <EmptyState title="No commitments">Import an action plan to list its commitments here.</EmptyState>;
  }
  return (
    <ul className="plain-list commitment-list">
      {commitments.data.map((c) => (
        <li key={c.id} className="commitment">
          <a
            className="commitment-link"
            href={formatRoute({ name: 'trace', clause: c.id })}
            onClick={(event) => {
              if (event.ctrlKey || event.metaKey) return;
              event.preventDefault();
              openView({ type: 'trace', clause: c.id }, event.altKey ? 'other' : 'active');
            }}
          >
            <span className="commitment-label">{c.label}</span>
            <span className="commitment-text">{c.text}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
