// Saves the layout (panes, theme, library tab, annotations panel, last document) to localStorage and reads it back on start.
import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './app-state.js';
import { LIBRARY_TABS, type LibraryTab, type ThemeChoice } from './layout-slice.js';
import type { PaneState, PaneView, Side } from './panes-slice.js';

export const LAYOUT_KEY = 'lextrace.layout.v1';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SavedLayout {
  theme: ThemeChoice;
  libraryTab: LibraryTab;
  sidebarOpen: boolean;
  annotationsPanel: boolean;
  lastDoc: string | null;
  panes: { left: PaneView | null; right: PaneView | null };
  activeSide: Side;
}

/** The saved layout, or null when there is none or it cannot be read (never throws). */
export function readLayout(storage: StorageLike | undefined): Partial<SavedLayout> | null {
  try {
    const raw = storage?.getItem(LAYOUT_KEY);
    return raw ? parseLayout(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

/** The valid parts of a layout read from anywhere (storage, a history entry's state); unknown fields are dropped. */
export function parseLayout(value: unknown): Partial<SavedLayout> {
  const data = (value && typeof value === 'object' ? value : {}) as Partial<SavedLayout>;
  const out: Partial<SavedLayout> = {};
  if (data.theme === 'system' || data.theme === 'light' || data.theme === 'dark') out.theme = data.theme;
  if (typeof data.libraryTab === 'string' && LIBRARY_TABS.includes(data.libraryTab)) out.libraryTab = data.libraryTab;
  if (typeof data.sidebarOpen === 'boolean') out.sidebarOpen = data.sidebarOpen;
  if (typeof data.annotationsPanel === 'boolean') out.annotationsPanel = data.annotationsPanel;
  if (typeof data.lastDoc === 'string') out.lastDoc = data.lastDoc;
  if (data.panes && typeof data.panes === 'object') {
    out.panes = { left: validView(data.panes.left), right: validView(data.panes.right) };
    if (!out.panes.left) out.panes = { left: out.panes.right, right: null };
  }
  if (data.activeSide === 'left' || data.activeSide === 'right') out.activeSide = data.activeSide;
  return out;
}

function validView(view: unknown): PaneView | null {
  if (!view || typeof view !== 'object') return null;
  const v = view as Record<string, unknown>;
  if (v.type === 'doc' && typeof v.doc === 'string') {
    return { type: 'doc', doc: v.doc, clause: typeof v.clause === 'string' ? v.clause : null };
  }
  if (v.type === 'provision' && typeof v.key === 'string') return { type: 'provision', key: v.key };
  if (v.type === 'trace' && typeof v.clause === 'string') {
    return typeof v.focus === 'string' ? { type: 'trace', clause: v.clause, focus: v.focus } : { type: 'trace', clause: v.clause };
  }
  if (v.type === 'queue' || v.type === 'matrix' || v.type === 'report') return { type: v.type };
  if (v.type === 'page' && typeof v.doc === 'string' && Number.isInteger(v.page) && (v.page as number) > 0) {
    return { type: 'page', doc: v.doc, page: v.page as number, clause: typeof v.clause === 'string' ? v.clause : null };
  }
  return null;
}

/** Applies a saved layout to the store (panes only when `withPanes`, e.g. when no deep link was given). */
export function applyLayout(store: StoreApi<AppState>, saved: Partial<SavedLayout>, withPanes: boolean): void {
  const { panes, activeSide, ...rest } = saved;
  store.setState(rest);
  if (withPanes && panes?.left) {
    const pane = (view: PaneView | null): PaneState | null => (view ? { view, seq: 0 } : null);
    store.setState({
      panes: { left: pane(panes.left), right: pane(panes.right) },
      activeSide: activeSide === 'right' && panes.right ? 'right' : 'left',
    });
  }
}

export function snapshotLayout(state: AppState): SavedLayout {
  return {
    theme: state.theme,
    libraryTab: state.libraryTab,
    sidebarOpen: state.sidebarOpen,
    annotationsPanel: state.annotationsPanel,
    lastDoc: state.lastDoc,
    panes: { left: state.panes.left?.view ?? null, right: state.panes.right?.view ?? null },
    activeSide: state.activeSide,
  };
}

/** Writes the layout whenever it changes; returns the unsubscribe function. */
export function persistLayout(store: StoreApi<AppState>, storage: StorageLike | undefined): () => void {
  let last = '';
  return store.subscribe((state) => {
    const json = JSON.stringify(snapshotLayout(state));
    if (json === last) return;
    last = json;
    try {
      storage?.setItem(LAYOUT_KEY, json);
    } catch {
      // Storage full or disabled: the layout simply is not remembered.
    }
  });
}
