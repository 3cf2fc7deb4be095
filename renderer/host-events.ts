// Library changes the desktop host makes itself (File › Import… in the native menu) reach the store.
import type { ExplorerHost } from './api/host-bridge.js';
import { hostBridge } from './api/host-bridge.js';
import type { AppStore } from './state/app-store.js';

/** Reloads what the library change made stale each time the host reports one; returns a cleanup function. */
export function followLibraryChanges(store: AppStore, host: ExplorerHost | undefined = hostBridge()): () => void {
  const stop = host?.onLibraryChanged?.(() => void store.getState().invalidate(['library']));
  return typeof stop === 'function' ? stop : () => {};
}
