// What a desktop host may expose on window: the API itself and deep-link navigation.
import type { ExplorerApi } from '../../shared/core/api/contract.js';

export interface ExplorerHost {
  /** Called with an app path such as "/clause/<id>" when the OS opens a lextrace:// link. */
  onNavigate?(callback: (path: string) => void): (() => void) | void;
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
