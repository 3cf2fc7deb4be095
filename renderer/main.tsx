// Renderer entry: picks the API transport, restores the layout, starts routing, host events and shortcuts, mounts React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseApi } from './api/api.js';
import { createAppStore } from './state/app-store.js';
import { StoreProvider } from './state/store-context.js';
import { applyLayout, persistLayout, readLayout } from './state/persistence.js';
import { startNavigation, usesUrlRoutes } from './navigation.js';
import { followLibraryChanges } from './host-events.js';
import { parseRoute } from './routing.js';
import { installShortcuts } from './commands/commands.js';
import { installDropImport } from './commands/drop-import.js';
import { ApiContext } from './components/api-context.js';
import { App } from './App.js';
import './styles/theme.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/annotations.css';
import './styles/pdf.css';

const api = chooseApi();
const store = createAppStore(api);

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
const saved = readLayout(storage);
const deepLink = usesUrlRoutes() && parseRoute(location.pathname, location.search, location.hash).name !== 'home';
if (saved) applyLayout(store, saved, !deepLink);
persistLayout(store, storage);
startNavigation(store);
followLibraryChanges(store);
installShortcuts(store);
installDropImport(api, store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </ApiContext.Provider>
  </StrictMode>,
);
