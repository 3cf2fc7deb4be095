// Links from and to a clause (quotations, citations, concerns) with their review status and controls, in the server's
// order (confirmed first; rejected ones only with "Show rejected"); following one opens it in the other pane.
import type { ClauseLink } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import { useQuery } from '../state/use-query.js';
import { describeProvision } from '../../shared/core/citations/keys.js';
import { formatScore } from '../text/format-score.js';
import { ViewLink } from './AppLink.js';
import { LoadableView } from './LoadableView.js';
import { LinkReview } from './LinkReview.js';
import { visibleLinks, wantsAll } from '../state/trace-slice.js';
import type { LinkRef } from '../commands/review-link.js';

const KIND_WORDS: Record<ClauseLink['kind'], { out: string; in: string }> = {
  cites: { out: 'Cites', in: 'Cited by' },
  quotes: { out: 'Quotes', in: 'Quoted by' },
  concerns: { out: 'Concerns', in: 'Concerned by' },
};

/** `provisionKey`: the provision whose text the clause holds (a statute clause), whose citations its page lists. */
export function ClauseLinks({ clause, provisionKey }: { clause: string; provisionKey?: string | null }) {
  const showUncertain = useApp((s) => s.showUncertain);
  const showRejected = useApp((s) => s.showRejected);
  const show = { uncertain: showUncertain, rejected: showRejected };
  const links = useQuery('clauseLinks', wantsAll(show) ? { id: clause, all: true } : { id: clause });
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
          {visibleLinks(data, show).map((link, i) => {
            const words = KIND_WORDS[link.kind][link.direction];
            const view = link.clause
              ? ({ type: 'doc', doc: link.clause.doc, clause: link.clause.id } as const)
              : link.key
                ? ({ type: 'provision', key: link.key } as const)
                : null;
            if (!view) return null;
            const target = link.clause ? link.clause.label : describeProvision(link.key!);
            const ref = reviewRef(clause, link, target);
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
                {link.kind !== 'cites' && link.inferred !== false ? <span className="score">{formatScore(link.score)}</span> : null}
                <div className="clause-link-review">
                  <LinkReview link={link} ref_={ref ?? { clause, target: link.key ?? '', label: target }} reviewable={ref !== null} compact />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </LoadableView>
  );
}

/**
 * The identity a verdict on this link takes: from this clause to the provision or clause it links to, or, for a
 * quotation of this clause, from the quoting clause. Null for other links to this clause (a citation of the provision
 * it holds, a commitment concerning it), reviewed from their own side.
 */
function reviewRef(clause: string, link: ClauseLink, label: string): LinkRef | null {
  if (link.direction === 'out') {
    const target = link.key ?? link.clause?.id;
    return target ? { clause, target, label } : null;
  }
  if (link.status === 'user') return { clause: link.clause?.id ?? clause, target: clause, label };
  return link.kind === 'quotes' && link.clause ? { clause: link.clause.id, target: clause, label } : null;
}
