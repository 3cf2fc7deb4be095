// The application shell: top bar, library sidebar, the workspace of panes and the annotator's dialogs; applies the theme
// choice; in a narrow window the library steps aside for the panes and opens over them on demand.
import { useEffect } from 'react';
import { useApp } from './state/store-context.js';
import { libraryCollapsed, NARROW_WIDTH } from './state/layout-slice.js';
import { TopBar } from './components/TopBar.js';
import { Library } from './components/Library.js';
import { SideBySide } from './components/SideBySide.js';
import { StoreNotice } from './components/StoreNotice.js';
import { Toast } from './components/Toast.js';
import { AnnotatorDialogs } from './components/AnnotatorDialogs.js';
import { ServiceProgress } from './components/ProgressBar.js';

export function App() {
  const sidebarOpen = useApp((s) => s.sidebarOpen);
  const collapsed = useApp(libraryCollapsed);
  const overlay = useApp((s) => s.libraryOverlay);
  const setNarrow = useApp((s) => s.setNarrow);
  const toggleSidebar = useApp((s) => s.toggleSidebar);
  const theme = useApp((s) => s.theme);

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    const query = window.matchMedia(`(max-width: ${NARROW_WIDTH - 1}px)`);
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [setNarrow]);

  // Escape closes the library shown over the panes, wherever the focus is.
  useEffect(() => {
    if (!(collapsed && overlay)) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) toggleSidebar();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [collapsed, overlay, toggleSidebar]);

  const showLibrary = collapsed ? overlay : sidebarOpen;
  const classes = ['body', !showLibrary || collapsed ? 'body-no-sidebar' : '', collapsed && overlay ? 'body-library-overlay' : ''].filter(Boolean).join(' ');
  return (
    <div className="app">
      <TopBar />
      <div className="progress-slot">
        <ServiceProgress />
      </div>
      <div className={classes}>
        {showLibrary ? <Library /> : null}
        <main className="main" aria-label="Workspace" onMouseDown={() => collapsed && overlay && toggleSidebar()}>
          <StoreNotice />
          <SideBySide />
        </main>
      </div>
      <AnnotatorDialogs />
      <Toast />
    </div>
  );
}
