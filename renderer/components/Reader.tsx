// A document as its clause outline, virtualised for long statutes, with citations and the selected clause's tools.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ClauseSummary } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import type { Side } from '../state/panes-slice.js';
import { commonLabelPrefix } from '../text/label-prefix.js';
import { ClauseRow } from './ClauseRow.js';
import { ErrorNotice, EmptyState, Loading } from './StatusNotice.js';

export interface ReaderProps {
  side: Side;
  doc: string;
  clause: string | null;
  seq: number;
  /** The other pane's selected clause text, to mark shared words in this pane's selected clause. */
  compareText: string | null;
}

const NO_CLAUSES: ClauseSummary[] = [];

export function Reader({ side, doc, clause, seq, compareText }: ReaderProps) {
  const clauses = useApp((s) => s.clauses[doc]);
  const citations = useApp((s) => s.citations[doc]);
  const loadClauses = useApp((s) => s.loadClauses);
  const loadCitations = useApp((s) => s.loadCitations);
  const selectClause = useApp((s) => s.selectClause);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadClauses(doc);
    void loadCitations(doc);
  }, [doc, loadClauses, loadCitations]);

  const list = clauses?.status === 'ready' ? clauses.data : NO_CLAUSES;
  const prefix = useMemo(() => commonLabelPrefix(list.map((c) => c.label)), [list]);
  const byClause = citations?.status === 'ready' ? citations.data : null;

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
    // After opening from search or a link, ↑/↓ should move through this document straight away.
    if (document.activeElement === document.body) scrollRef.current?.focus({ preventScroll: true });
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

  if (!clauses || clauses.status === 'loading') return <Loading what="the document" />;
  if (clauses.status === 'error') {
    return <ErrorNotice error={clauses.error} what="this document" hint="It may have been removed; pick another one in the library." />;
  }
  if (list.length === 0) return <EmptyState title="This document has no clauses">Re-import it to segment it again.</EmptyState>;

  return (
    <div
      ref={scrollRef}
      className="reader-scroll"
      tabIndex={0}
      role="list"
      aria-label="Clauses"
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.ctrlKey || event.metaKey || event.altKey) return; // Ctrl+K and other shortcuts are not j/k
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
      <div className="reader-inner" style={{ height: virtualizer.getTotalSize() }}>
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
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function estimateHeight(clause: ClauseSummary | undefined): number {
  if (!clause) return 60;
  const lines = Math.ceil(clause.text.length / 70);
  return 34 + lines * 25;
}
