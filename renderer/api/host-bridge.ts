// What a desktop host may expose on window: the API itself, deep-link navigation and library changes.
import type { ExplorerApi } from '../../shared/core/api/contract.js';

export interface ExplorerHost {
  /** Called with an app path such as "/clause/<id>" when the OS opens a lextrace:// link. */
  onNavigate?(callback: (path: string) => void): (() => void) | void;
  /** Called when the host changed the library itself (File › Import… in the native menu). */
  onLibraryChanged?(callback: () => void): (() => void) | void;
}

declare global {
  interface Window {
    explorer?: ExplorerApi;
    explorerHost?: ExplorerHost;
  }
}

export function hostBridge(): ExplorerHost | undefined {
  return typeof window === 'undefined' ? undefined : window.explorerHost;
}
