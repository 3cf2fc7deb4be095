// A document as its clause outline, virtualised for long statutes, with citations, annotation highlights and the selected clause's tools.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { AnnotationDto } from '../../shared/core/api/annotation-dto.js';
import type { ClauseSummary } from '../../shared/core/api/dto.js';
import { useApp, useAppStore } from '../state/store-context.js';
import type { Side } from '../state/panes-slice.js';
import { useAnnotationList } from '../state/use-annotations.js';
import { useQuery } from '../state/use-query.js';
import { groupByClause } from '../text/group-by-clause.js';
import { commonLabelPrefix } from '../text/label-prefix.js';
import { annotationMarksByClause } from '../text/annotation-marks.js';
import { READER_CONTENT_CLASS } from '../text/selection-targets.js';
import { annotateSelection } from '../commands/annotate.js';
import { isTextField } from '../commands/commands.js';
import { ClauseRow } from './ClauseRow.js';
import { AnnotationCard } from './AnnotationCard.js';
import { SelectionAction } from './SelectionAction.js';
import { useAnnotationHover } from './use-annotation-hover.js';
import { useSelectionCapture } from './use-selection-capture.js';
import { EmptyState } from './StatusNotice.js';
import { LoadableView } from './LoadableView.js';

export interface ReaderProps {
  side: Side;
  doc: string;
  clause: string | null;
  seq: number;
  /** The other pane's selected clause text, to mark shared words in this pane's selected clause. */
  compareText: string | null;
}

const NO_CLAUSES: ClauseSummary[] = [];
const NO_ANNOTATIONS: AnnotationDto[] = [];

export function Reader({ side, doc, clause, seq, compareText }: ReaderProps) {
  const clauses = useQuery('listClauses', { doc });
  const citations = useQuery('listCitations', { doc });
  const selectClause = useApp((s) => s.selectClause);
  const openDialog = useApp((s) => s.openDialog);
  const store = useAppStore();
  const scrollRef = useRef<HTMLDivElement>(null);
  const innerRef = useRef<HTMLDivElement>(null);
  const annotations = useAnnotationList({ doc });
  const annotationList = annotations?.status === 'ready' ? annotations.data : NO_ANNOTATIONS;
  const marksByClause = useMemo(() => annotationMarksByClause(annotationList), [annotationList]);
  const cardId = `annotation-card-${side}`;
  const hover = useAnnotationHover(innerRef, cardId, (id) => {
    const annotation = annotationList.find((a) => a.id === id);
    if (annotation) openDialog({ kind: 'edit', annotation });
  });

  const list = clauses?.status === 'ready' ? clauses.data : NO_CLAUSES;
  const prefix = useMemo(() => commonLabelPrefix(list.map((c) => c.label)), [list]);
  const citationList = citations?.status === 'ready' ? citations.data : null;
  const byClause = useMemo(() => (citationList ? groupByClause(citationList) : null), [citationList]);
  const pending = useSelectionCapture(side, innerRef, list);

  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateHeight(list[i]),
    getItemKey: (i) => list[i]?.id ?? i,
    overscan: 6,
  });

  // Scroll to the requested clause whenever the pane is (re)opened on it, and once the clauses arrive.
  const selectedIndex = clause ? list.findIndex((c) => c.id === clause) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
    else if (scrollRef.current) scrollRef.current.scrollTop = 0;
    // After opening from search or a link, ↑/↓ should move through this document straight away (focus that went to
    // the pane while the clauses loaded moves on into them).
    const focused = document.activeElement;
    const paneBody = scrollRef.current?.closest('.pane-body');
    const mine = store.getState().activeSide === side;
    if (mine && (focused === document.body || (focused !== null && focused === paneBody))) scrollRef.current?.focus({ preventScroll: true });
  }, [seq, list.length, doc]); // on open (seq) and when the clauses arrive

  /** Selects the clause at `index` and scrolls it into view (rows not yet measured are measured on the way). */
  const selectAt = useCallback(
    (index: number, align: 'auto' | 'start' | 'end' = 'auto') => {
      if (!list.length) return;
      const at = Math.max(0, Math.min(list.length - 1, index));
      selectClause(side, list[at]!.id);
      virtualizer.scrollToIndex(at, { align });
    },
    [list, selectClause, side, virtualizer],
  );

  if (clauses?.status !== 'ready' || list.length === 0) {
    return (
      <LoadableView
        value={clauses}
        what={clauses?.status === 'error' ? 'this document' : 'the document'}
        errorHint="It may have been removed; pick another one in the library."
        empty={<EmptyState title="This document has no clauses">Re-import it to segment it again.</EmptyState>}
      >
        {() => null}
      </LoadableView>
    );
  }

  return (
    <div
      ref={scrollRef}
      className="reader-scroll"
      tabIndex={0}
      role="list"
      aria-label="Clauses"
      onKeyDown={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey) return; // Ctrl+K and other shortcuts are not j/k
        if (event.key === 'a' && !isTextField(event.target)) {
          event.preventDefault();
          annotateSelection(store);
          return;
        }
        if (event.target !== event.currentTarget) return;
        if (event.key === 'ArrowDown' || event.key === 'j') {
          event.preventDefault();
          selectAt(selectedIndex < 0 ? 0 : selectedIndex + 1);
        } else if (event.key === 'ArrowUp' || event.key === 'k') {
          event.preventDefault();
          selectAt(selectedIndex < 0 ? 0 : selectedIndex - 1);
        } else if (event.key === 'Home' || event.key === 'End') {
          // The browser's own Home/End scroll by the estimated height of rows not yet measured and stop short.
          event.preventDefault();
          if (event.key === 'Home') selectAt(0, 'start');
          else selectAt(list.length - 1, 'end');
        }
      }}
    >
      <div ref={innerRef} className={READER_CONTENT_CLASS} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const c = list[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="reader-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <ClauseRow
                side={side}
                clause={c}
                labelPrefix={prefix}
                citations={byClause?.[c.id]}
                selected={c.id === clause}
                compareText={c.id === clause ? compareText : null}
                annotations={marksByClause[c.id]}
                annotationEvents={hover.events}
              />
            </div>
          );
        })}
        {pending ? <SelectionAction x={pending.x} y={pending.y} /> : null}
        {hover.card ? (
          <AnnotationCard
            id={cardId}
            x={hover.card.x}
            y={hover.card.y}
            annotations={hover.card.ids.flatMap((id) => annotationList.filter((a) => a.id === id))}
            onPointerInside={hover.pointerInside}
          />
        ) : null}
      </div>
    </div>
  );
}

function estimateHeight(clause: ClauseSummary | undefined): number {
  if (!clause) return 60;
  const lines = Math.ceil(clause.text.length / 70);
  return 34 + lines * 25;
}
