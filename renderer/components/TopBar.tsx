// The bar across the top: library toggle, the search box, the theme switch, settings and the command menu.
import { useState } from 'react';
import { useApp, useAppStore } from '../state/store-context.js';
import { COMMANDS, shortcutLabel } from '../commands/commands.js';
import { SearchPalette } from './SearchPalette.js';

const THEME_WORDS = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' } as const;

export function TopBar() {
  const store = useAppStore();
  const toggleSidebar = useApp((s) => s.toggleSidebar);
  const sidebarOpen = useApp((s) => s.sidebarOpen);
  const theme = useApp((s) => s.theme);
  const cycleTheme = useApp((s) => s.cycleTheme);
  const openDialog = useApp((s) => s.openDialog);
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <header className="topbar">
      <button
        type="button"
        className="icon-button"
        aria-pressed={sidebarOpen}
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
      <div className="menu">
        <button
          type="button"
          className="icon-button"
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          aria-label="Commands"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          ⋯
        </button>
        {menuOpen ? (
          <ul className="menu-list" role="menu" onKeyDown={(e) => e.key === 'Escape' && setMenuOpen(false)}>
            {COMMANDS.map((command) => {
              const enabled = command.enabled ? command.enabled(store) : true;
              return (
                <li key={command.id} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    disabled={!enabled}
                    className="menu-item"
                    onClick={() => {
                      setMenuOpen(false);
                      command.run(store);
                    }}
                  >
                    <span>{command.title}</span>
                    {command.shortcut ? <kbd>{shortcutLabel(command.shortcut)}</kbd> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </header>
  );
}
