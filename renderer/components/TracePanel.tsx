// A clause's trace: the provisions it concerns, confident first, each with its evidence and score.
import { useEffect } from 'react';
import type { TraceProvision } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import { traceKey } from '../state/trace-slice.js';
import { findTermRanges } from '../text/hit-excerpt.js';
import { formatScore } from '../text/format-score.js';
import { docOfClause, formatRoute } from '../routing.js';
import { ClauseCard } from './ClauseCard.js';
import { ClauseText, rangesToMarks } from './ClauseText.js';
import { ErrorNotice, EmptyState, Loading } from './StatusNotice.js';

export function TracePanel({ clause }: { clause: string }) {
  const detail = useApp((s) => s.clauseDetails[clause]);
  const showUncertain = useApp((s) => s.showUncertain);
  const trace = useApp((s) => s.traces[traceKey(clause, s.showUncertain)]);
  const loadClause = useApp((s) => s.loadClause);
  const loadTrace = useApp((s) => s.loadTrace);
  const setShowUncertain = useApp((s) => s.setShowUncertain);
  const openView = useApp((s) => s.openView);

  useEffect(() => {
    void loadClause(clause);
  }, [clause, loadClause]);
  useEffect(() => {
    void loadTrace(clause);
  }, [clause, showUncertain, loadTrace]);

  /** Commitment on the left, the provision (or evidence) on the right. */
  const readSideBySide = (right: Parameters<typeof openView>[0]) => {
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
              <a href={formatRoute({ name: 'clause', id: clause })} onClick={(e) => { e.preventDefault(); readSideBySide({ type: 'doc', doc: detail.data.doc, clause }); }}>
                {detail.data.docTitle}
              </a>
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

      {!trace || trace.status === 'loading' ? (
        <Loading what="the trace" />
      ) : trace.status === 'error' ? (
        <ErrorNotice error={trace.error} what="the trace" />
      ) : trace.data.provisions.length === 0 ? (
        <EmptyState title={showUncertain ? 'No provisions found' : 'No confident links'}>
          {showUncertain ? 'Nothing in the corpus links this clause to a provision.' : 'Turn on “Show uncertain links” to see weaker matches.'}
        </EmptyState>
      ) : (
        <ol className="plain-list trace-list">
          {trace.data.provisions.map((p) => (
            <TraceItem key={p.key} provision={p} onRead={readSideBySide} />
          ))}
        </ol>
      )}
    </div>
  );
}

function TraceItem({
  provision: p,
  onRead,
}: {
  provision: TraceProvision;
  onRead(view: { type: 'provision'; key: string } | { type: 'doc'; doc: string; clause: string }): void;
}) {
  return (
    <li className={p.confident ? 'trace-item' : 'trace-item trace-item-uncertain'}>
      <div className="trace-item-head">
        <a
          className="trace-item-title"
          href={formatRoute({ name: 'provision', key: p.key })}
          onClick={(e) => {
            e.preventDefault();
            onRead({ type: 'provision', key: p.key });
          }}
        >
          {p.label || p.key}
        </a>
        {p.title && p.title !== p.label ? <span className="trace-key">{p.title}</span> : null}
        <span className="score-bar" aria-label={`Score ${formatScore(p.score)}`} title={`Score ${formatScore(p.score)}`}>
          <span className="score-fill" style={{ width: `${Math.round(Math.max(0, Math.min(1, p.score)) * 100)}%` }} />
        </span>
        <span className="score">{formatScore(p.score)}</span>
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
