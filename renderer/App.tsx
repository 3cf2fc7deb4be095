// The application shell: top bar, library sidebar, the workspace of panes and the annotator's dialogs; applies the theme choice.
import { useEffect } from 'react';
import { useApp } from './state/store-context.js';
import { TopBar } from './components/TopBar.js';
import { Library } from './components/Library.js';
import { SideBySide } from './components/SideBySide.js';
import { Toast } from './components/Toast.js';
import { AnnotatorDialogs } from './components/AnnotatorDialogs.js';

export function App() {
  const sidebarOpen = useApp((s) => s.sidebarOpen);
  const theme = useApp((s) => s.theme);

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="app">
      <TopBar />
      <div className={sidebarOpen ? 'body' : 'body body-no-sidebar'}>
        {sidebarOpen ? <Library /> : null}
        <main className="main" aria-label="Workspace">
          <SideBySide />
        </main>
      </div>
      <AnnotatorDialogs />
      <Toast />
    </div>
  );
}
