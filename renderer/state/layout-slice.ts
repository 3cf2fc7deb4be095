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
  setTheme(theme: ThemeChoice): void;
  cycleTheme(): void;
  setLibraryTab(tab: LibraryTab): void;
  toggleSidebar(): void;
  setAnnotationsPanel(open: boolean): void;
}

const THEME_ORDER: ThemeChoice[] = ['system', 'light', 'dark'];

export const createLayoutSlice: SliceCreator<LayoutSlice> = () => (set, get) => ({
  theme: 'system',
  libraryTab: 'documents',
  sidebarOpen: true,
  annotationsPanel: false,
  lastDoc: null,

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
    set({ sidebarOpen: !get().sidebarOpen });
  },

  setAnnotationsPanel(open) {
    set({ annotationsPanel: open });
  },
});
