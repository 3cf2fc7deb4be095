// The bar across the top: library toggle, the search box, the theme switch, settings and the command menu.
import { useApp } from '../state/store-context.js';
import { SearchPalette } from './SearchPalette.js';
import { CommandMenu } from './CommandMenu.js';
import { libraryCollapsed } from '../state/layout-slice.js';

const THEME_WORDS = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' } as const;

export function TopBar() {
  const toggleSidebar = useApp((s) => s.toggleSidebar);
  const libraryShown = useApp((s) => (libraryCollapsed(s) ? s.libraryOverlay : s.sidebarOpen));
  const theme = useApp((s) => s.theme);
  const cycleTheme = useApp((s) => s.cycleTheme);
  const openDialog = useApp((s) => s.openDialog);

  return (
    <header className="topbar">
      <button
        type="button"
        className="icon-button"
        aria-pressed={libraryShown}
        aria-label="Show or hide the library (Alt+L)"
        title="Library (Alt+L)"
        onClick={toggleSidebar}
      >
        ☰
      </button>
      <span className="brand">Lextrace</span>
      <SearchPalette />
      <button type="button" className="button button-quiet" onClick={cycleTheme} title="Switch theme (Alt+D)">
        {THEME_WORDS[theme]}
      </button>
      <button type="button" className="icon-button" aria-label="Settings" title="Settings: your name on annotations" onClick={() => openDialog({ kind: 'settings' })}>
        ⚙
      </button>
      <CommandMenu />
    </header>
  );
}
