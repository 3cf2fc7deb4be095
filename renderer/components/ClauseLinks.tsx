// Links from and to a clause (quotations, citations, concerns); following one opens it in the other pane.
import { useEffect } from 'react';
import type { ClauseLink } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import { describeProvision } from '../../shared/core/citations/keys.js';
import { formatRoute } from '../routing.js';
import { ErrorNotice } from './StatusNotice.js';
import { formatScore } from '../text/format-score.js';

const KIND_WORDS: Record<ClauseLink['kind'], { out: string; in: string }> = {
  cites: { out: 'Cites', in: 'Cited by' },
  quotes: { out: 'Quotes', in: 'Quoted by' },
  concerns: { out: 'Concerns', in: 'Concerned by' },
};

/** `provisionKey`: the provision whose text the clause holds (a statute clause), whose citations its page lists. */
export function ClauseLinks({ clause, provisionKey }: { clause: string; provisionKey?: string | null }) {
  const links = useApp((s) => s.links[clause]);
  const loadLinks = useApp((s) => s.loadLinks);
  const openView = useApp((s) => s.openView);
  const setCompareShared = useApp((s) => s.setCompareShared);
  useEffect(() => {
    void loadLinks(clause);
  }, [clause, loadLinks]);

  if (!links || links.status === 'loading') return <p className="links-status">Looking for links…</p>;
  if (links.status === 'error') return <ErrorNotice error={links.error} what="links" />;
  if (links.data.length === 0) {
    return <p className="links-status">{provisionKey ? 'Who cites this provision is on its provision page.' : 'No links to or from this clause.'}</p>;
  }

  return (
    <ul className="plain-list clause-links" aria-label="Links">
      {links.data.map((link, i) => {
        const words = KIND_WORDS[link.kind][link.direction];
        const target = link.clause
          ? { route: formatRoute({ name: 'clause', id: link.clause.id }), text: link.clause.label }
          : link.key
            ? { route: formatRoute({ name: 'provision', key: link.key }), text: describeProvision(link.key) }
            : null;
        if (!target) return null;
        return (
          <li key={i} className={link.confident ? 'clause-link' : 'clause-link clause-link-uncertain'}>
            <span className={`link-kind link-kind-${link.kind}`}>{words}</span>
            <a
              href={target.route}
              onClick={(event) => {
                if (event.ctrlKey || event.metaKey) return;
                event.preventDefault();
                if (link.clause) {
                  if (link.kind === 'quotes') setCompareShared(true);
                  openView({ type: 'doc', doc: link.clause.doc, clause: link.clause.id }, 'other');
                } else if (link.key) openView({ type: 'provision', key: link.key }, 'other');
              }}
            >
              {target.text}
            </a>
            {link.kind !== 'cites' ? <span className="score">{formatScore(link.score)}</span> : null}
            {!link.confident ? <span className="badge badge-uncertain">uncertain</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
