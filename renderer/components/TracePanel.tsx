// A clause's trace: the provisions it concerns, confident first, each with its evidence and score.
import { useMemo } from 'react';
import type { TraceProvision } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import { useQuery } from '../state/use-query.js';
import { confidentFirst, traceArgs } from '../state/trace-slice.js';
import type { PaneView } from '../state/panes-slice.js';
import { findTermRanges } from '../text/hit-excerpt.js';
import { formatScore } from '../text/format-score.js';
import { docOfClause } from '../routing.js';
import { AppLink } from './AppLink.js';
import { ClauseCard } from './ClauseCard.js';
import { ClauseText, rangesToMarks } from './ClauseText.js';
import { ErrorNotice, EmptyState } from './StatusNotice.js';
import { LoadableView } from './LoadableView.js';

export function TracePanel({ clause }: { clause: string }) {
  const detail = useQuery('getClause', { id: clause });
  const showUncertain = useApp((s) => s.showUncertain);
  const trace = useQuery('trace', traceArgs(clause, showUncertain));
  const setShowUncertain = useApp((s) => s.setShowUncertain);
  const openView = useApp((s) => s.openView);
  const sorted = useMemo(() => (trace?.status === 'ready' ? confidentFirst(trace.data).provisions : null), [trace]);

  /** Commitment on the left, the provision (or evidence) on the right. */
  const readSideBySide = (right: PaneView) => {
    openView({ type: 'doc', doc: docOfClause(clause), clause }, 'left');
    openView(right, 'right');
  };

  return (
    <div className="page trace-page">
      <header className="page-header">
        <div className="eyebrow">Trace</div>
        {detail?.status === 'ready' ? (
          <>
            <h1 className="page-title">{detail.data.label}</h1>
            <p className="trace-source">
              <AppLink route={{ name: 'clause', id: clause }} onFollow={() => readSideBySide({ type: 'doc', doc: detail.data.doc, clause })}>
                {detail.data.docTitle}
              </AppLink>
            </p>
            <blockquote className="trace-quote">
              <ClauseText text={detail.data.text} />
            </blockquote>
          </>
        ) : detail?.status === 'error' ? (
          <ErrorNotice error={detail.error} what="the clause" />
        ) : (
          <h1 className="page-title mono">{clause}</h1>
        )}
      </header>

      <div className="trace-controls">
        <label className="switch">
          <input type="checkbox" checked={showUncertain} onChange={(e) => setShowUncertain(e.target.checked)} />
          Show uncertain links
        </label>
      </div>

      <LoadableView
        value={trace}
        what="the trace"
        empty={
          <EmptyState title={showUncertain ? 'No provisions found' : 'No confident links'}>
            {showUncertain ? 'Nothing in the corpus links this clause to a provision.' : 'Turn on “Show uncertain links” to see weaker matches.'}
          </EmptyState>
        }
        isEmpty={(data) => data.provisions.length === 0}
      >
        {() => (
          <ol className="plain-list trace-list">
            {(sorted ?? []).map((p) => (
              <TraceItem key={p.key} provision={p} onRead={readSideBySide} />
            ))}
          </ol>
        )}
      </LoadableView>
    </div>
  );
}

function TraceItem({ provision: p, onRead }: { provision: TraceProvision; onRead(view: PaneView): void }) {
  const percent = Math.round(Math.max(0, Math.min(1, p.score)) * 100);
  return (
    <li className={p.confident ? 'trace-item' : 'trace-item trace-item-uncertain'}>
      <div className="trace-item-head">
        <AppLink className="trace-item-title" route={{ name: 'provision', key: p.key }} onFollow={() => onRead({ type: 'provision', key: p.key })}>
          {p.label || p.key}
        </AppLink>
        {p.title && p.title !== p.label ? <span className="trace-key">{p.title}</span> : null}
        <span className="score-bar" aria-hidden="true" title={`Score ${formatScore(p.score)}`}>
          <span className="score-fill" style={{ width: `${percent}%` }} />
        </span>
        <span className="score">
          <span className="offscreen">Score </span>
          {formatScore(p.score)}
        </span>
        <span className={p.confident ? 'badge badge-confident' : 'badge badge-uncertain'}>{p.confident ? 'confident' : 'uncertain'}</span>
        {p.kinds.map((k) => (
          <span key={k} className={`link-kind link-kind-${k}`}>
            {k}
          </span>
        ))}
      </div>
      {p.evidence.length ? (
        <div className="evidence">
          {p.evidence.map((e) => (
            <ClauseCard
              key={`${e.clause}-${e.kind}`}
              id={e.clause}
              label={e.label}
              meta={e.terms.length ? `${e.kind}: ${e.terms.join(', ')}` : e.kind}
              text={e.text}
              marks={rangesToMarks(findTermRanges(e.text, e.terms), 'term')}
              onOpen={() => onRead({ type: 'doc', doc: e.doc, clause: e.clause })}
            />
          ))}
        </div>
      ) : null}
    </li>
  );
}
