// A clause's trace: the provisions it concerns in the server's order (confirmed, by hand, then by confidence), each
// with its review status and controls, evidence and score; rejected links only with "Show rejected"; "Add link…".
import { useEffect, useMemo } from 'react';
import type { TraceProvision } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import { useQuery } from '../state/use-query.js';
import { traceArgs, visibleLinks, wantsAll } from '../state/trace-slice.js';
import type { PaneView } from '../state/panes-slice.js';
import { formatScore } from '../text/format-score.js';
import { docOfClause } from '../routing.js';
import { AppLink } from './AppLink.js';
import { ClauseText } from './ClauseText.js';
import { EvidenceList } from './EvidenceList.js';
import { ErrorNotice, EmptyState } from './StatusNotice.js';
import { LoadableView } from './LoadableView.js';
import { LinkReview } from './LinkReview.js';
import { AddLinkButton } from './AddLinkDialog.js';

/** `focus`: a provision to bring into view and mark (a matrix cell or a queue proposal opened). */
export function TracePanel({ clause, focus }: { clause: string; focus?: string }) {
  const detail = useQuery('getClause', { id: clause });
  const showUncertain = useApp((s) => s.showUncertain);
  const showRejected = useApp((s) => s.showRejected);
  const show = { uncertain: showUncertain, rejected: showRejected };
  const trace = useQuery('trace', traceArgs(clause, wantsAll(show)));
  const setShowUncertain = useApp((s) => s.setShowUncertain);
  const setShowRejected = useApp((s) => s.setShowRejected);
  const openView = useApp((s) => s.openView);
  // The server's order (confirmed first), never re-sorted; an answer with `all` is narrowed to what is asked for.
  const shown = useMemo(
    () => (trace?.status === 'ready' ? visibleLinks(trace.data.provisions, { uncertain: showUncertain, rejected: showRejected }) : null),
    [trace, showUncertain, showRejected],
  );
  const focusShown = Boolean(focus && shown?.some((p) => p.key === focus));
  useEffect(() => {
    if (focusShown) document.getElementById(focusId(clause, focus!))?.scrollIntoView({ block: 'start' });
  }, [focusShown, clause, focus]);

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
        <label className="switch">
          <input type="checkbox" checked={showRejected} onChange={(e) => setShowRejected(e.target.checked)} />
          Show rejected
        </label>
        {detail?.status === 'ready' ? <AddLinkButton clause={clause} clauseLabel={detail.data.label} /> : null}
      </div>

      <LoadableView
        value={trace}
        what="the trace"
        empty={
          <EmptyState title={showUncertain ? 'No provisions found' : 'No confident links'}>
            {showUncertain ? 'Nothing in the corpus links this clause to a provision.' : 'Turn on “Show uncertain links” to see weaker matches.'}
          </EmptyState>
        }
        isEmpty={() => (shown ?? []).length === 0}
      >
        {() => (
          <ol className="plain-list trace-list">
            {(shown ?? []).map((p) => (
              <TraceItem
                key={p.key}
                clause={clause}
                commitmentText={detail?.status === 'ready' ? detail.data.text : undefined}
                provision={p}
                focused={p.key === focus}
                onRead={readSideBySide}
              />
            ))}
          </ol>
        )}
      </LoadableView>
    </div>
  );
}

function focusId(clause: string, key: string): string {
  return `trace-${clause}-${key}`.replace(/[^\w-]/g, '_');
}

function TraceItem({
  clause,
  commitmentText,
  provision: p,
  focused,
  onRead,
}: {
  clause: string;
  /** The traced clause's text, once loaded: tells which way a quotation goes. */
  commitmentText?: string;
  provision: TraceProvision;
  focused: boolean;
  onRead(view: PaneView): void;
}) {
  const percent = Math.round(Math.max(0, Math.min(1, p.score)) * 100);
  const classes = ['trace-item', p.confident || p.status === 'confirmed' || p.status === 'user' ? '' : 'trace-item-uncertain', p.status === 'rejected' ? 'trace-item-rejected' : '', focused ? 'trace-item-focused' : '']
    .filter(Boolean)
    .join(' ');
  const scored = p.inferred !== false;
  return (
    <li className={classes} id={focusId(clause, p.key)} aria-current={focused ? 'true' : undefined}>
      <div className="trace-item-head">
        <AppLink className="trace-item-title" route={{ name: 'provision', key: p.key }} onFollow={() => onRead({ type: 'provision', key: p.key })}>
          {p.label || p.key}
        </AppLink>
        {p.title && p.title !== p.label ? <span className="trace-key">{p.title}</span> : null}
        {scored ? (
          <>
            <span className="score-bar" aria-hidden="true" title={`Score ${formatScore(p.score)}`}>
              <span className="score-fill" style={{ width: `${percent}%` }} />
            </span>
            <span className="score">
              <span className="offscreen">Score </span>
              {formatScore(p.score)}
            </span>
          </>
        ) : null}
        {p.kinds.map((k) => (
          <span key={k} className={`link-kind link-kind-${k}`}>
            {k}
          </span>
        ))}
      </div>
      <LinkReview link={p} ref_={{ clause, target: p.key, label: p.label || p.key }} />
      {p.evidence.length ? (
        <EvidenceList
          evidence={p.evidence}
          provisionLabel={p.label || p.key}
          commitmentText={commitmentText}
          onOpen={(e) => onRead({ type: 'doc', doc: e.doc, clause: e.clause })}
        />
      ) : null}
    </li>
  );
}
