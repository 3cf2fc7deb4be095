// Links from and to a clause (quotations, citations, concerns); following one opens it in the other pane.
import type { ClauseLink } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import { useQuery } from '../state/use-query.js';
import { describeProvision } from '../../shared/core/citations/keys.js';
import { formatScore } from '../text/format-score.js';
import { ViewLink } from './AppLink.js';
import { LoadableView } from './LoadableView.js';

const KIND_WORDS: Record<ClauseLink['kind'], { out: string; in: string }> = {
  cites: { out: 'Cites', in: 'Cited by' },
  quotes: { out: 'Quotes', in: 'Quoted by' },
  concerns: { out: 'Concerns', in: 'Concerned by' },
};

/** `provisionKey`: the provision whose text the clause holds (a statute clause), whose citations its page lists. */
export function ClauseLinks({ clause, provisionKey }: { clause: string; provisionKey?: string | null }) {
  const links = useQuery('clauseLinks', { id: clause });
  const setCompareShared = useApp((s) => s.setCompareShared);
  return (
    <LoadableView
      value={links}
      what="links"
      loading={<p className="links-status">Looking for links…</p>}
      empty={<p className="links-status">{provisionKey ? 'Who cites this provision is on its provision page.' : 'No links to or from this clause.'}</p>}
    >
      {(data) => (
        <ul className="plain-list clause-links" aria-label="Links">
          {data.map((link, i) => {
            const words = KIND_WORDS[link.kind][link.direction];
            const view = link.clause
              ? ({ type: 'doc', doc: link.clause.doc, clause: link.clause.id } as const)
              : link.key
                ? ({ type: 'provision', key: link.key } as const)
                : null;
            if (!view) return null;
            return (
              <li key={i} className={link.confident ? 'clause-link' : 'clause-link clause-link-uncertain'}>
                <span className={`link-kind link-kind-${link.kind}`}>{words}</span>
                <ViewLink
                  view={view}
                  target="other"
                  onOpened={() => {
                    if (link.kind === 'quotes') setCompareShared(true);
                  }}
                >
                  {link.clause ? link.clause.label : describeProvision(link.key!)}
                </ViewLink>
                {link.kind !== 'cites' ? <span className="score">{formatScore(link.score)}</span> : null}
                {!link.confident ? <span className="badge badge-uncertain">uncertain</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </LoadableView>
  );
}
