// Window layout the user expects back after a restart: theme override, library tab, sidebar, annotations panel, last document.
import type { SliceCreator } from './app-state.js';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type LibraryTab = 'documents' | 'provisions' | 'commitments' | 'review' | 'tags';
export const LIBRARY_TABS: readonly LibraryTab[] = ['documents', 'provisions', 'commitments', 'review', 'tags'];

export interface LayoutSlice {
  theme: ThemeChoice;
  libraryTab: LibraryTab;
  sidebarOpen: boolean;
  /** The annotations panel beside a document. */
  annotationsPanel: boolean;
  lastDoc: string | null;
  /** The window is narrow (under NARROW_WIDTH): with a pane open, the library steps aside and opens over the panes. */
  narrow: boolean;
  /** The library shown over the panes in a narrow window (not remembered). */
  libraryOverlay: boolean;
  setNarrow(narrow: boolean): void;
  setTheme(theme: ThemeChoice): void;
  cycleTheme(): void;
  setLibraryTab(tab: LibraryTab): void;
  toggleSidebar(): void;
  setAnnotationsPanel(open: boolean): void;
}

const THEME_ORDER: ThemeChoice[] = ['system', 'light', 'dark'];

/** Below this width (CSS pixels) two panes need the library's room. */
export const NARROW_WIDTH = 1200;

/** Whether the library steps aside for the panes: a narrow window with something open. */
export function libraryCollapsed(state: Pick<LayoutSlice, 'narrow'> & { panes: { left: unknown } }): boolean {
  return state.narrow && state.panes.left !== null;
}

export const createLayoutSlice: SliceCreator<LayoutSlice> = () => (set, get) => ({
  theme: 'system',
  libraryTab: 'documents',
  sidebarOpen: true,
  annotationsPanel: false,
  lastDoc: null,
  narrow: false,
  libraryOverlay: false,

  setNarrow(narrow) {
    set({ narrow, libraryOverlay: false });
  },

  setTheme(theme) {
    set({ theme });
  },

  cycleTheme() {
    const next = THEME_ORDER[(THEME_ORDER.indexOf(get().theme) + 1) % THEME_ORDER.length]!;
    set({ theme: next });
  },

  setLibraryTab(tab) {
    set({ libraryTab: tab });
  },

  toggleSidebar() {
    if (libraryCollapsed(get())) set({ libraryOverlay: !get().libraryOverlay });
    else set({ sidebarOpen: !get().sidebarOpen });
  },

  setAnnotationsPanel(open) {
    set({ annotationsPanel: open });
  },
});
