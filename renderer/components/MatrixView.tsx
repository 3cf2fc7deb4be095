// The traceability matrix: commitments as rows by plan section, provisions as columns by instrument, each cell
// confirmed / by hand / confident / proposed with its score / none in words and colour. Virtualised both ways with
// sticky headers (500 × 300 stays fluent); arrow keys move through the cells, Enter or a click opens the commitment
// and the provision side by side with the evidence. Filters by instrument and status; CSV, XLSX, DOCX and print.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MatrixColumn, MatrixRow, TraceMatrix } from '../../shared/core/api/review-dto.js';
import { useApp } from '../state/store-context.js';
import { useQuery } from '../state/use-query.js';
import { matrixArgs } from '../state/review-slice.js';
import { cellLookup, cellWords, columnGroups, matrixLines, shortColumnLabel } from '../text/matrix-layout.js';
import { LoadableView } from './LoadableView.js';
import { EmptyState } from './StatusNotice.js';
import { MatrixToolbar } from './MatrixToolbar.js';
import { useTakeFocus } from './use-take-focus.js';
import '../styles/review.css';

export const MATRIX_SIZES = {
  rowHead: 300,
  col: 96,
  row: 50,
  section: 34,
  groupHead: 28,
  colHead: 58,
} as const;
const HEAD = MATRIX_SIZES.groupHead + MATRIX_SIZES.colHead;

export function MatrixView({ initialRect }: { initialRect?: MatrixGridProps['initialRect'] } = {}) {
  const filters = useApp((s) => s.matrixFilters);
  const matrix = useQuery('traceMatrix', matrixArgs(filters));
  return (
    <div className="matrix-view">
      <MatrixToolbar matrix={matrix?.status === 'ready' ? matrix.data : null} />
      <LoadableView
        value={matrix}
        what="the matrix"
        isEmpty={(m) => m.rows.length === 0 || m.columns.length === 0}
        empty={
          <EmptyState title="No links match these filters">
            Widen the instruments or statuses above, or review the proposals in the review queue.
          </EmptyState>
        }
      >
        {(data) => <MatrixGrid matrix={data} initialRect={initialRect} />}
      </LoadableView>
    </div>
  );
}

export interface MatrixGridProps {
  matrix: TraceMatrix;
  /** The viewport's size before it is measured (server rendering in tests). */
  initialRect?: { width: number; height: number };
}

export function MatrixGrid({ matrix, initialRect }: MatrixGridProps) {
  const openView = useApp((s) => s.openView);
  const scrollRef = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => matrixLines(matrix), [matrix]);
  const groups = useMemo(() => columnGroups(matrix), [matrix]);
  const cellAt = useMemo(() => cellLookup(matrix), [matrix]);
  const groupLabel = useMemo(() => new Map(matrix.groups.map((g) => [g.id, g.label])), [matrix]);
  const [active, setActive] = useState<{ line: number; col: number } | null>(null);
  const [focused, setFocused] = useState(false);
  // Arrow keys move through the cells as soon as the matrix opens.
  useTakeFocus(scrollRef);

  const rows = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (lines[i]?.type === 'section' ? MATRIX_SIZES.section : MATRIX_SIZES.row),
    scrollMargin: HEAD,
    scrollPaddingStart: HEAD,
    overscan: 4,
    initialRect,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: matrix.columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => MATRIX_SIZES.col,
    scrollMargin: MATRIX_SIZES.rowHead,
    scrollPaddingStart: MATRIX_SIZES.rowHead,
    overscan: 3,
    initialRect,
  });
  const width = MATRIX_SIZES.rowHead + cols.getTotalSize();
  const virtualCols = cols.getVirtualItems();
  const firstCol = virtualCols[0]?.index ?? 0;
  const lastCol = virtualCols[virtualCols.length - 1]?.index ?? -1;

  const firstRowLine = lines.findIndex((l) => l.type === 'row');
  const current = active ?? (firstRowLine >= 0 ? { line: firstRowLine, col: 0 } : null);
  /** The cell keys act on, marked once the grid has the focus or a cell was chosen. */
  const marked = focused || active !== null ? current : null;
  const cellId = (line: number, col: number) => `matrix-cell-${line}-${col}`;

  const open = (row: MatrixRow, column: MatrixColumn) => {
    // The commitment's trace (its text and the evidence, this provision brought into view) beside the provision.
    openView({ type: 'trace', clause: row.clause, focus: column.key }, 'left');
    openView({ type: 'provision', key: column.key }, 'right');
  };

  const moveTo = (line: number, col: number) => {
    const c = Math.max(0, Math.min(matrix.columns.length - 1, col));
    setActive({ line, col: c });
    rows.scrollToIndex(line, { align: 'auto' });
    cols.scrollToIndex(c, { align: 'auto' });
  };

  /** The next row line from `line` in direction `step` (section headings skipped), `count` rows on. */
  const rowLine = (line: number, step: 1 | -1, count = 1): number => {
    let at = line;
    let moved = 0;
    for (let i = line + step; i >= 0 && i < lines.length && moved < count; i += step) {
      if (lines[i]!.type === 'row') {
        at = i;
        moved++;
      }
    }
    return at;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!current || event.target !== event.currentTarget) return;
    const { line, col } = current;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / MATRIX_SIZES.row) - 2);
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(rowLine(line, 1), col),
      ArrowUp: () => moveTo(rowLine(line, -1), col),
      ArrowRight: () => moveTo(line, col + 1),
      ArrowLeft: () => moveTo(line, col - 1),
      PageDown: () => moveTo(rowLine(line, 1, page), col),
      PageUp: () => moveTo(rowLine(line, -1, page), col),
      Home: () => (event.ctrlKey ? moveTo(firstRowLine, 0) : moveTo(line, 0)),
      End: () => (event.ctrlKey ? moveTo(rowLine(lines.length, -1), matrix.columns.length - 1) : moveTo(line, matrix.columns.length - 1)),
      Enter: () => {
        const l = lines[line];
        if (l?.type === 'row') open(matrix.rows[l.row]!, matrix.columns[col]!);
      },
    };
    const move = moves[event.key === ' ' ? 'Enter' : event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  return (
    <div
      ref={scrollRef}
      className="matrix-scroll"
      tabIndex={0}
      role="grid"
      aria-label="Traceability matrix: commitments by provisions"
      aria-rowcount={matrix.rows.length + 1}
      aria-colcount={matrix.columns.length + 1}
      data-pane-focus=""
      aria-activedescendant={marked ? cellId(marked.line, marked.col) : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <div className="matrix-canvas" style={{ width, height: HEAD + rows.getTotalSize() }}>
        <div className="matrix-head" role="rowgroup" style={{ width, height: HEAD }}>
          <div className="matrix-corner" style={{ width: MATRIX_SIZES.rowHead, height: HEAD }}>
            <span>Commitments ↓</span>
            <span>Provisions →</span>
          </div>
          {groups
            .filter((g) => g.last >= firstCol && g.first <= lastCol)
            .map((g) => {
              const left = cols.measurementsCache[g.first]?.start ?? MATRIX_SIZES.rowHead + g.first * MATRIX_SIZES.col;
              const right = cols.measurementsCache[g.last]?.end ?? MATRIX_SIZES.rowHead + (g.last + 1) * MATRIX_SIZES.col;
              return (
                <div key={g.id} className={`matrix-group matrix-group-${g.id}`} aria-hidden="true" style={{ left, width: right - left, height: MATRIX_SIZES.groupHead }}>
                  <span className="matrix-group-label">
                    {g.label} <span className="matrix-group-count">{g.last - g.first + 1}</span>
                  </span>
                </div>
              );
            })}
          <div role="row" aria-rowindex={1} className="matrix-colheads">
            {virtualCols.map((vc) => {
              const column = matrix.columns[vc.index]!;
              const group = groupLabel.get(column.group) ?? '';
              return (
                <div
                  key={vc.key}
                  role="columnheader"
                  aria-colindex={vc.index + 2}
                  className={marked?.col === vc.index ? 'matrix-colhead matrix-colhead-active' : 'matrix-colhead'}
                  title={`${column.label}${column.title && column.title !== column.label ? ` — ${column.title}` : ''}`}
                  style={{ left: vc.start, width: vc.size, top: MATRIX_SIZES.groupHead, height: MATRIX_SIZES.colHead }}
                >
                  <span className="offscreen">{group} </span>
                  {shortColumnLabel(column, group)}
                </div>
              );
            })}
          </div>
        </div>
        {rows.getVirtualItems().map((vr) => {
          const line = lines[vr.index]!;
          if (line.type === 'section') {
            return (
              <div key={vr.key} className="matrix-section" role="row" style={{ top: vr.start, height: vr.size, width }}>
                <div role="rowheader" className="matrix-section-label">
                  {line.label}
                </div>
              </div>
            );
          }
          const row = matrix.rows[line.row]!;
          return (
            <div key={vr.key} role="row" aria-rowindex={line.row + 2} className="matrix-row" style={{ top: vr.start, height: vr.size, width }}>
              <div role="rowheader" className={marked?.line === vr.index ? 'matrix-rowhead matrix-rowhead-active' : 'matrix-rowhead'} style={{ width: MATRIX_SIZES.rowHead }} title={row.text}>
                <span className="matrix-row-label">{row.label}</span>
                <span className="matrix-row-text">{row.text}</span>
              </div>
              {virtualCols.map((vc) => {
                const column = matrix.columns[vc.index]!;
                const cell = cellAt(line.row, vc.index);
                const words = cellWords(cell);
                const isActive = marked?.line === vr.index && marked.col === vc.index;
                return (
                  <div
                    key={vc.key}
                    id={cellId(vr.index, vc.index)}
                    role="gridcell"
                    aria-colindex={vc.index + 2}
                    aria-selected={isActive}
                    className={`matrix-cell matrix-cell-${cell?.status ?? 'none'}${isActive ? ' matrix-cell-active' : ''}`}
                    style={{ left: vc.start, width: vc.size }}
                    title={`${row.label} × ${column.label}: ${words.status}${words.score ? ` ${words.score}` : ''}${cell?.isNew ? ', new' : ''}`}
                    onClick={() => {
                      setActive({ line: vr.index, col: vc.index });
                      open(row, column);
                    }}
                  >
                    {cell ? (
                      <>
                        <span className="matrix-cell-status">
                          <span aria-hidden="true">{words.symbol} </span>
                          {words.status}
                        </span>
                        {words.score ? <span className="matrix-cell-score">{words.score}</span> : null}
                        {cell.isNew ? <span className="matrix-cell-new">new</span> : null}
                      </>
                    ) : (
                      <span className="offscreen">none</span>
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
