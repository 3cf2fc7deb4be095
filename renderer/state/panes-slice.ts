// The reading panes (one, or two side by side): what each shows, which is active, and comparison.
import type { SliceCreator } from './app-state.js';

export type PaneView =
  | { type: 'doc'; doc: string; clause: string | null }
  | { type: 'provision'; key: string }
  | { type: 'trace'; clause: string; /** The provision to bring into view (a matrix cell opened). */ focus?: string }
  | { type: 'queue' }
  | { type: 'matrix' }
  | { type: 'report' }
  /** A PDF document's original page, the clause's regions highlighted. */
  | { type: 'page'; doc: string; page: number; clause: string | null };

export type Side = 'left' | 'right';
/** Where to open something: the active pane, the other pane, or a named one. */
export type PaneTarget = 'active' | 'other' | Side;

export interface PaneState {
  view: PaneView;
  /** Bumped on every open, so a reader scrolls to its clause again even when it is the same one. */
  seq: number;
}

export interface PanesSlice {
  panes: { left: PaneState | null; right: PaneState | null };
  activeSide: Side;
  /** Highlight the words the two panes' selected clauses share. */
  compareShared: boolean;
  /** Keyboard focus should move into this pane (bumped `n` on every request): a view opened, Alt+O. */
  focusRequest: { side: Side; n: number } | null;
  /** Makes a pane the active one and moves keyboard focus into it. */
  focusPane(side: Side): void;
  openView(view: PaneView, target?: PaneTarget): void;
  selectClause(side: Side, clause: string | null): void;
  setActiveSide(side: Side): void;
  swapPanes(): void;
  closePane(side: Side): void;
  setCompareShared(value: boolean): void;
}

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

let openCounter = 0;

export const createPanesSlice: SliceCreator<PanesSlice> =
  () =>
  (set, get) => ({
    panes: { left: null, right: null },
    activeSide: 'left',
    compareShared: true,
    focusRequest: null,

    focusPane(side) {
      if (!get().panes[side]) return;
      set({ activeSide: side, focusRequest: { side, n: ++openCounter } });
    },

    openView(view, target = 'active') {
      const { panes, activeSide } = get();
      let side: Side = target === 'active' ? activeSide : target === 'other' ? otherSide(activeSide) : target;
      if (side === 'right' && !panes.left) side = 'left';
      // Opening "in the other pane" while only the right pane exists goes to the left one.
      set({
        panes: { ...panes, [side]: { view, seq: ++openCounter } },
        activeSide: side,
        libraryOverlay: false,
        focusRequest: { side, n: openCounter },
        ...(view.type === 'doc' ? { lastDoc: view.doc } : {}),
      });
    },

    selectClause(side, clause) {
      const pane = get().panes[side];
      if (!pane || pane.view.type !== 'doc') return;
      set({ panes: { ...get().panes, [side]: { ...pane, view: { ...pane.view, clause } } }, activeSide: side });
    },

    setActiveSide(side) {
      if (get().panes[side]) set({ activeSide: side });
    },

    swapPanes() {
      const { left, right } = get().panes;
      if (!left || !right) return;
      set({ panes: { left: right, right: left }, activeSide: otherSide(get().activeSide) });
    },

    closePane(side) {
      const { left, right } = get().panes;
      const remaining = side === 'left' ? right : left;
      set({ panes: { left: remaining, right: null }, activeSide: 'left' });
    },

    setCompareShared(value) {
      set({ compareShared: value });
    },
  });
