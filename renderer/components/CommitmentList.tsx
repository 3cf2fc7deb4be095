// The Action Plan commitments; each opens its trace (the provisions it concerns) or the plan at that item.
import { useQuery } from '../state/use-query.js';
import { EmptyState } from './StatusNotice.js';
import { LoadableView } from './LoadableView.js';
import { ViewLink } from './AppLink.js';

export function CommitmentList() {
  const commitments = useQuery('listCommitments', {});
  return (
    <LoadableView
      value={commitments}
      what="the commitments"
      empty={<EmptyState title="No commitments">Import an action plan to list its commitments here.</EmptyState>}
    >
      {(data) => (
        <ul className="plain-list commitment-list">
          {data.map((c) => (
            <li key={c.id} className="commitment">
              <ViewLink className="commitment-link" view={{ type: 'trace', clause: c.id }}>
                <span className="commitment-label">{c.label}</span>
                <span className="commitment-text">{c.text}</span>
              </ViewLink>
            </li>
          ))}
        </ul>
      )}
    </LoadableView>
  );
}
