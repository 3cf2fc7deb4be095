// Follows the text selection in one reader: when the mouse lets go of a selection over clause text, it becomes the
// pending selection (targets, quote and where to show the Annotate button); when the selection goes, so does it.
import { useEffect, type RefObject } from 'react';
import type { ClauseSummary } from '../../shared/core/api/dto.js';
import type { PendingSelection } from '../state/annotator-slice.js';
import type { Side } from '../state/panes-slice.js';
import { useApp, useAppStore } from '../state/store-context.js';
import { quoteOf, selectionTargets } from '../text/selection-targets.js';

export function useSelectionCapture(side: Side, content: RefObject<HTMLElement | null>, clauses: readonly ClauseSummary[]): PendingSelection | null {
  const store = useAppStore();
  useEffect(() => {
    const textOf = (id: string) => clauses.find((c) => c.id === id)?.text;
    const capture = () => {
      const root = content.current;
      const selection = window.getSelection();
      if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return;
      const targets = selectionTargets(range, root);
      if (targets.length === 0) return;
      const rects = range.getClientRects();
      const end = rects[rects.length - 1] ?? range.getBoundingClientRect();
      const base = root.getBoundingClientRect();
      const x = Math.max(4, Math.min(end.right - base.left - 40, base.width - 160));
      store.getState().setPendingSelection({ side, targets, quote: quoteOf(targets, textOf), x, y: end.bottom - base.top + 6 });
    };
    const onMouseUp = () => setTimeout(capture, 0); // after the browser has settled the selection
    const onSelectionChange = () => {
      const pending = store.getState().pendingSelection;
      if (pending?.side !== side) return;
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed) store.getState().setPendingSelection(null);
    };
    document.addEventListener('mouseup', onMouseUp);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      document.removeEventListener('mouseup', onMouseUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [side, content, clauses, store]);
  return useApp((s) => (s.pendingSelection?.side === side ? s.pendingSelection : null));
}
