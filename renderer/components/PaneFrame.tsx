// One pane: a header naming what it shows, swap/close buttons, and the reader (with its annotations panel), provision page or trace inside.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useApp } from '../state/store-context.js';
import type { PaneState, Side } from '../state/panes-slice.js';
import { Reader } from './Reader.js';
import { ProvisionPage } from './ProvisionPage.js';
import { TracePanel } from './TracePanel.js';
import { AnnotationsPanel } from './AnnotationsPanel.js';
import { ReattachBanner } from './ReattachBanner.js';
import { ReviewQueueView } from './ReviewQueueView.js';
import { MatrixView } from './MatrixView.js';
import { ReportView } from './ReportView.js';
import { StatuteNavigator } from './StatuteNavigator.js';
import { Loading } from './StatusNotice.js';

/** The page view brings pdf.js with it: loaded when a page is first shown, not at start. */
const PdfPageView = lazy(() => import('./PdfPageView.js').then((m) => ({ default: m.PdfPageView })));
import { readyData } from '../state/api-cache-slice.js';
import type { AppState } from '../state/app-state.js';

export interface PaneFrameProps {
  side: Side;
  pane: PaneState;
  twoPanes: boolean;
  compareText: string | null;
}

export function PaneFrame({ side, pane, twoPanes, compareText }: PaneFrameProps) {
  const active = useApp((s) => s.activeSide === side);
  const setActiveSide = useApp((s) => s.setActiveSide);
  const swapPanes = useApp((s) => s.swapPanes);
  const closePane = useApp((s) => s.closePane);
  const openView = useApp((s) => s.openView);
  const title = useApp((s) => paneTitle(s, pane));
  const panelOpen = useApp((s) => s.annotationsPanel);
  const setAnnotationsPanel = useApp((s) => s.setAnnotationsPanel);
  const view = pane.view;
  const bodyRef = useRef<HTMLDivElement>(null);
  const focusRequest = useApp((s) => (s.focusRequest?.side === side ? s.focusRequest.n : null));

  // A view opened here (or Alt+O) brings keyboard focus in: the reader once its clauses are there, else the pane.
  useEffect(() => {
    if (focusRequest === null) return;
    const body = bodyRef.current;
    const target = body?.querySelector<HTMLElement>('.reader-scroll') ?? body;
    target?.focus({ preventScroll: true });
  }, [focusRequest]);

  return (
    <section
      className={active && twoPanes ? 'pane pane-active' : 'pane'}
      aria-label={`${side === 'left' ? 'Left' : 'Right'} pane: ${title}`}
      data-side={side}
      onFocusCapture={() => setActiveSide(side)}
      onMouseDown={() => setActiveSide(side)}
    >
      <header className="pane-header">
        <span className="pane-kind">{PANE_KINDS[view.type]}</span>
        {/* A document's title is its pane's top heading; pages (trace, provision) carry their own h1. */}
        {view.type === 'doc' ? (
          <h1 className="pane-title" title={title}>
            {title}
          </h1>
        ) : (
          <h2 className="pane-title" title={title}>
            {title}
          </h2>
        )}
        <div className="toolbar">
          {view.type === 'doc' ? (
            <button
              type="button"
              className="button button-small button-toggle"
              aria-pressed={panelOpen}
              title="Show or hide the annotations panel (Alt+N)"
              onClick={() => setAnnotationsPanel(!panelOpen)}
            >
              Annotations
            </button>
          ) : null}
          {twoPanes ? (
            <button type="button" className="icon-button" onClick={swapPanes} title="Swap panes (Alt+S)" aria-label="Swap panes">
              ⇄
            </button>
          ) : null}
          <button type="button" className="icon-button" onClick={() => closePane(side)} title="Close pane" aria-label="Close pane">
            ×
          </button>
        </div>
      </header>
      <div className="pane-body" ref={bodyRef} tabIndex={-1}>
        {view.type === 'doc' ? (
          <>
            <ReattachBanner />
            <div className="pane-columns">
              <StatuteNavigator side={side} doc={view.doc} />
              <Reader side={side} doc={view.doc} clause={view.clause} seq={pane.seq} compareText={compareText} />
              {panelOpen ? <AnnotationsPanel side={side} doc={view.doc} /> : null}
            </div>
          </>
        ) : view.type === 'provision' ? (
          <div className="page-scroll">
            <ProvisionPage provisionKey={view.key} />
          </div>
        ) : view.type === 'trace' ? (
          <div className="page-scroll">
            <TracePanel clause={view.clause} focus={view.focus} />
          </div>
        ) : view.type === 'queue' ? (
          <ReviewQueueView side={side} />
        ) : view.type === 'matrix' ? (
          <MatrixView />
        ) : view.type === 'page' ? (
          <Suspense fallback={<Loading what="the page viewer" />}>
            <PdfPageView
              doc={view.doc}
              page={view.page}
              clause={view.clause}
              onFindClause={(clause) => openView({ type: 'doc', doc: view.doc, clause }, 'other')}
            />
          </Suspense>
        ) : (
          <ReportView />
        )}
      </div>
    </section>
  );
}

const PANE_KINDS: Record<PaneState['view']['type'], string> = {
  doc: 'Document',
  provision: 'Provision',
  trace: 'Trace',
  queue: 'Review',
  matrix: 'Matrix',
  report: 'Report',
  page: 'Original page',
};

function paneTitle(s: AppState, pane: PaneState): string {
  const view = pane.view;
  if (view.type === 'queue') return 'Review queue';
  if (view.type === 'matrix') return 'Traceability matrix';
  if (view.type === 'report') return 'Trace report';
  if (view.type === 'page') {
    const doc = readyData(s, 'listDocuments', {})?.find((d) => d.id === view.doc)?.shortTitle ?? view.doc;
    const label = view.clause ? readyData(s, 'getClause', { id: view.clause })?.label : undefined;
    return label ? `${label} — ${doc}` : doc;
  }
  if (view.type === 'doc') return readyData(s, 'listDocuments', {})?.find((d) => d.id === view.doc)?.title ?? view.doc;
  if (view.type === 'provision') {
    const detail = readyData(s, 'getProvision', { key: view.key }) ?? readyData(s, 'getProvision', { key: view.key, all: true });
    return detail?.label || view.key;
  }
  return readyData(s, 'getClause', { id: view.clause })?.label ?? view.clause;
}
