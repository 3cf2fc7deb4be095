// Maps a DOM selection in a reader to annotation targets: one [start, end) range of clause text per clause it touches.
import type { TargetRange } from '../state/annotator-slice.js';

/** The attribute that marks a clause's text in the reader; its value is the clause id and its text content is exactly the clause text. */
export const CLAUSE_TEXT_ATTR = 'data-clause-text';

export interface ClauseSlice {
  clause: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The part of each clause a selection covers, trimmed of surrounding whitespace; clauses where nothing but
 * whitespace is selected are left out. Offsets stay exact positions in the clause text (UTF-16 code units).
 */
export function trimSlices(slices: readonly ClauseSlice[]): TargetRange[] {
  const out: TargetRange[] = [];
  for (const s of slices) {
    let start = Math.max(0, Math.min(s.start, s.text.length));
    let end = Math.max(start, Math.min(s.end, s.text.length));
    while (start < end && /\s/.test(s.text[start]!)) start++;
    while (end > start && /\s/.test(s.text[end - 1]!)) end--;
    if (end > start) out.push({ clause: s.clause, start, end });
  }
  return out;
}

/** The quoted words of targets, for people: each target's text, joined by an ellipsis. */
export function quoteOf(targets: readonly TargetRange[], textOf: (clause: string) => string | undefined): string {
  return targets.map((t) => (textOf(t.clause) ?? '').slice(t.start, t.end)).join(' … ');
}

/** Targets of `range` among the clause texts under `root`, in document order. */
export function selectionTargets(range: Range, root: Element): TargetRange[] {
  const slices: ClauseSlice[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(`[${CLAUSE_TEXT_ATTR}]`)) {
    if (!range.intersectsNode(el)) continue;
    const text = el.textContent ?? '';
    const start = el.contains(range.startContainer) ? offsetIn(el, range.startContainer, range.startOffset) : 0;
    const end = el.contains(range.endContainer) ? offsetIn(el, range.endContainer, range.endOffset) : text.length;
    slices.push({ clause: el.getAttribute(CLAUSE_TEXT_ATTR)!, text, start, end });
  }
  return trimSlices(slices);
}

/** Characters of `el`'s text before the boundary point (node, offset) inside it. */
function offsetIn(el: Element, node: Node, offset: number): number {
  const before = el.ownerDocument.createRange();
  before.setStart(el, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The container of clause texts a reader marks with this class (its scrolled content). */
export const READER_CONTENT_CLASS = 'reader-inner';

/** Targets and quote of the text selected now in a reader of the page, or null when none is. */
export function currentSelectionTargets(): { targets: TargetRange[]; quote: string } | null {
  if (typeof window === 'undefined') return null;
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const common = range.commonAncestorContainer;
  const root = (common instanceof Element ? common : common.parentElement)?.closest(`.${READER_CONTENT_CLASS}`);
  if (!root) return null;
  const targets = selectionTargets(range, root);
  if (targets.length === 0) return null;
  const textOf = (id: string) => root.querySelector(`[${CLAUSE_TEXT_ATTR}="${CSS.escape(id)}"]`)?.textContent ?? undefined;
  return { targets, quote: quoteOf(targets, textOf) };
}
