// The review queue: the commitments of every action-plan document one after another, each with its proposals, scores
// and evidence, reviewed from the keyboard (C/Y confirm, X/N reject, J/↓ next, K/↑ previous, →/← next or previous
// commitment, U clear) with the progress "12 of 30 commitments reviewed".
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ReviewQueue, ReviewQueueItem } from '../../shared/core/api/review-dto.js';
import type { TraceProvision } from '../../shared/core/api/dto.js';
import { useApp, useAppStore } from '../state/store-context.js';
import { useQuery } from '../state/use-query.js';
import { otherSide, type Side } from '../state/panes-slice.js';
import { afterVerdict, queueStops, stepItem, stepStop, stopIndex, type QueueStop } from '../text/queue-cursor.js';
import { formatScore } from '../text/format-score.js';
import { isTextField } from '../commands/commands.js';
import { clearReview, reviewLink } from '../commands/review-link.js';
import { LoadableView } from './LoadableView.js';
import { EmptyState } from './StatusNotice.js';
import { EvidenceList } from './EvidenceList.js';
import { LinkReview } from './LinkReview.js';
import { AddLinkButton } from './AddLinkDialog.js';
import { DetachedReviews } from './DetachedReviews.js';
import { useTakeFocus } from './use-take-focus.js';
import '../styles/review.css';

export function ReviewQueueView({ side }: { side: Side }) {
  const queue = useQuery('reviewQueue', {});
  return (
    <LoadableView
      value={queue}
      what="the review queue"
      isEmpty={(q) => q.items.length === 0 && q.detached.verdicts.length + q.detached.links.length === 0}
      empty={<EmptyState title="Nothing to review">Import an action plan: its commitments and their proposed links are reviewed here.</EmptyState>}
    >
      {(data) => <Queue queue={data} side={side} />}
    </LoadableView>
  );
}

const KEYS: [string, string][] = [
  ['C / Y', 'confirm'],
  ['X / N', 'reject'],
  ['J / ↓', 'next'],
  ['K / ↑', 'previous'],
  ['→ / ←', 'next / previous commitment'],
  ['U', 'clear the verdict'],
  ['Enter', 'read side by side'],
];

function itemId(clause: string): string {
  return `queue-item-${clause}`.replace(/[^\w-]/g, '_');
}

function stopId(stop: Pick<QueueStop, 'clause' | 'key'>): string {
  return `queue-stop-${stop.clause}-${stop.key ?? 'none'}`.replace(/[^\w-]/g, '_');
}

function Queue({ queue, side }: { queue: ReviewQueue; side: Side }) {
  const store = useAppStore();
  const cursor = useApp((s) => s.queueCursor);
  const setCursor = useApp((s) => s.setQueueCursor);
  const openView = useApp((s) => s.openView);
  const stops = useMemo(() => queueStops(queue), [queue]);
  const at = stopIndex(stops, cursor);
  const stop = stops[at];
  const rootRef = useRef<HTMLDivElement>(null);

  // Keys work as soon as the queue opens.
  useTakeFocus(rootRef);

  // A new commitment comes into view from its top (its text, then the proposals); a proposal within it as needed.
  const shownItem = useRef<string | null>(null);
  useEffect(() => {
    if (!stop) return;
    if (shownItem.current !== stop.clause) document.getElementById(itemId(stop.clause))?.scrollIntoView({ block: 'start' });
    else if (stop.key) document.getElementById(stopId(stop))?.scrollIntoView({ block: 'nearest' });
    shownItem.current = stop.clause;
  }, [stop?.clause, stop?.key]);

  const moveTo = (index: number) => {
    const next = stops[index];
    if (next) setCursor({ clause: next.clause, key: next.key });
  };

  const proposalAt = (s: QueueStop | undefined): TraceProvision | undefined =>
    s && s.proposal !== null ? queue.items[s.item]?.proposals[s.proposal] : undefined;

  const verdict = (which: 'confirmed' | 'rejected') => {
    const p = proposalAt(stop);
    if (!stop || !p || p.status === 'user') return;
    moveTo(afterVerdict(stops, at));
    void reviewLink(store, { clause: stop.clause, target: p.key, label: p.label }, which);
  };

  const readSideBySide = (s: QueueStop) => {
    openView({ type: 'trace', clause: s.clause, ...(s.key ? { focus: s.key } : {}) }, otherSide(side));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
    const onButton = event.target instanceof HTMLElement && event.target.closest('button, a') !== null;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const actions: Record<string, () => void> = {
      c: () => verdict('confirmed'),
      y: () => verdict('confirmed'),
      x: () => verdict('rejected'),
      n: () => verdict('rejected'),
      j: () => moveTo(stepStop(stops, at, 1)),
      ArrowDown: () => moveTo(stepStop(stops, at, 1)),
      k: () => moveTo(stepStop(stops, at, -1)),
      ArrowUp: () => moveTo(stepStop(stops, at, -1)),
      ArrowRight: () => moveTo(stepItem(stops, at, 1)),
      ArrowLeft: () => moveTo(stepItem(stops, at, -1)),
      u: () => {
        const p = proposalAt(stop);
        if (stop && p && (p.status === 'confirmed' || p.status === 'rejected')) void clearReview(store, { clause: stop.clause, target: p.key, label: p.label });
      },
      ...(onButton ? {} : { Enter: () => stop && readSideBySide(stop) }),
    };
    const action = actions[key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  let lastSection: number | null | undefined;
  return (
    <div className="queue" ref={rootRef} tabIndex={0} onKeyDown={onKeyDown} aria-label="Commitments to review" role="region" data-pane-focus="">
      <header className="queue-head">
        <div className="queue-progress">
          <h1 className="matrix-title">Review queue</h1>
          <progress max={queue.total} value={queue.reviewed} aria-hidden="true" />
          <span className="queue-progress-text" aria-live="polite">
            {queue.reviewed} of {queue.total} commitments reviewed
          </span>
        </div>
        <dl className="key-legend" aria-label="Keyboard">
          {KEYS.map(([k, what]) => (
            <div key={k}>
              <dt>
                <kbd>{k}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </header>
      <div className="queue-scroll">
        {queue.items.map((item, i) => {
          const section = item.section;
          const heading = section !== lastSection ? queue.sections[section ?? -1] : undefined;
          const showHeading = section !== lastSection;
          lastSection = section;
          return (
            <div key={item.clause.id} id={itemId(item.clause.id)} className="queue-entry">
              {showHeading ? (
                <h2 className="queue-section">
                  {heading ? (
                    <>
                      {heading.label}
                      {heading.title ? <span className="queue-section-title"> {heading.title}</span> : null}
                    </>
                  ) : (
                    'Commitments'
                  )}
                </h2>
              ) : null}
              <QueueItem
                item={item}
                current={stop?.item === i}
                cursorKey={stop?.item === i ? stop.key : undefined}
                onPick={(key) => setCursor({ clause: item.clause.id, key })}
                onRead={(key) => readSideBySide({ item: i, proposal: null, clause: item.clause.id, key, pending: false })}
              />
            </div>
          );
        })}
        <DetachedReviews detached={queue.detached} />
      </div>
    </div>
  );
}

function QueueItem({
  item,
  current,
  cursorKey,
  onPick,
  onRead,
}: {
  item: ReviewQueueItem;
  current: boolean;
  cursorKey: string | null | undefined;
  onPick(key: string | null): void;
  onRead(key: string | null): void;
}) {
  const c = item.clause;
  const summary = item.proposals.length === 0 ? 'no proposals' : item.pending ? `${item.pending} of ${item.proposals.length} awaiting a verdict` : 'reviewed';
  return (
    <article
      className={`queue-item${current ? ' queue-item-current' : ''}${item.reviewed ? ' queue-item-reviewed' : ''}`}
      aria-current={current ? 'step' : undefined}
      onClick={(e) => {
        if (!current && !(e.target as HTMLElement).closest('button, a, input')) onPick(item.proposals[0]?.key ?? null);
      }}
    >
      <header className="queue-item-head">
        <span className="queue-item-label">{c.label}</span>
        <span className={item.reviewed ? 'queue-item-state queue-item-done' : 'queue-item-state'}>
          <span aria-hidden="true">{item.reviewed ? '✓ ' : ''}</span>
          {summary}
        </span>
      </header>
      <p className={current ? 'queue-item-text' : 'queue-item-text queue-item-text-clamped'}>{c.text}</p>
      {current ? (
        <>
          <ol className="plain-list queue-proposals">
            {item.proposals.map((p) => (
              <QueueProposal key={p.key} clause={c.id} commitmentText={c.text} p={p} focused={p.key === cursorKey} onPick={() => onPick(p.key)} onRead={() => onRead(p.key)} />
            ))}
          </ol>
          <div className="toolbar queue-item-tools">
            <AddLinkButton clause={c.id} clauseLabel={c.label} />
            <button type="button" className="button button-small" onClick={() => onRead(cursorKey ?? null)}>
              Read side by side
            </button>
          </div>
        </>
      ) : null}
    </article>
  );
}

function QueueProposal({
  clause,
  commitmentText,
  p,
  focused,
  onPick,
  onRead,
}: {
  clause: string;
  commitmentText: string;
  p: TraceProvision;
  focused: boolean;
  onPick(): void;
  onRead(): void;
}) {
  const openView = useApp((s) => s.openView);
  const [fullEvidence, setFullEvidence] = useState(false);
  const percent = Math.round(Math.max(0, Math.min(1, p.score)) * 100);
  return (
    <li
      id={stopId({ clause, key: p.key })}
      className={`queue-proposal${focused ? ' queue-proposal-focused' : ''}${p.status === 'rejected' ? ' queue-proposal-rejected' : ''}`}
      aria-current={focused ? 'true' : undefined}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('button, a, input')) onPick();
      }}
    >
      <div className="queue-proposal-head">
        <button type="button" className="link-button queue-proposal-title" onClick={onRead} title="Read the commitment and this provision side by side">
          {p.label || p.key}
        </button>
        {p.title && p.title !== p.label ? <span className="trace-key">{p.title}</span> : null}
        {p.inferred !== false && p.status !== 'user' ? (
          <>
            <span className="score-bar" aria-hidden="true">
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
      <LinkReview link={p} ref_={{ clause, target: p.key, label: p.label || p.key }} compact />
      {focused && p.evidence.length ? (
        <EvidenceList
          className={fullEvidence ? 'evidence' : 'evidence queue-evidence-short'}
          evidence={p.evidence}
          provisionLabel={p.label || p.key}
          commitmentText={commitmentText}
          before={
            <button type="button" className="link-button queue-evidence-toggle" aria-pressed={fullEvidence} onClick={() => setFullEvidence(!fullEvidence)}>
              {fullEvidence ? 'Shorten the evidence' : `Evidence in full (${new Set(p.evidence.map((e) => e.clause)).size})`}
            </button>
          }
          onOpen={(e, alt) => openView({ type: 'doc', doc: e.doc, clause: e.clause }, alt ? 'active' : 'other')}
        />
      ) : null}
    </li>
  );
}
