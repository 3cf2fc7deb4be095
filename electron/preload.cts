// The window's only bridge to main: exposes window.explorer (the ExplorerApi) and window.explorerHost (onNavigate,
// onLibraryChanged).
//
// A sandboxed preload runs as CommonJS and may require only 'electron' (and a few built-ins), not our own
// modules. So this file imports nothing but 'electron' at runtime (types are erased), and asks main for
// the method names once, synchronously, over `explorer:methods`: the names stay defined in one place
// (API_METHODS in shared/core/api/contract.ts) without a bundler or a code-generation step, at the cost of
// one synchronous round trip while the window loads. tests/electron checks the compiled output requires
// only 'electron' and that the exposed names equal API_METHODS.
import { contextBridge, ipcRenderer } from 'electron';

export const METHODS_CHANNEL = 'explorer:methods';
export const NAVIGATE_CHANNEL = 'explorer:navigate';
export const LIBRARY_CHANGED_CHANNEL = 'explorer:library-changed';
export const API_CHANNEL_PREFIX = 'explorer:';

interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  sendSync(channel: string, ...args: unknown[]): unknown;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

interface ContextBridgeLike {
  exposeInMainWorld(key: string, api: unknown): void;
}

/**
 * What a failed call rejects with: plain data { name, code, message }. Not an Error instance on purpose:
 * contextBridge copies a rejected Error as a fresh Error with only its message, dropping `.code`, while a
 * plain object crosses intact. The renderer reads `.code` and `.message`, as it does for its HTTP client.
 */
export interface ExplorerCallFailure {
  name: 'ApiError';
  code: string;
  message: string;
}

function failure(code: string, message: string): ExplorerCallFailure {
  return { name: 'ApiError', code, message };
}

/** Unwraps main's envelope: the result, or throws an ExplorerCallFailure. */
export function unwrapEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null) {
    const e = envelope as { ok?: unknown; result?: unknown; error?: { code?: unknown; message?: unknown } };
    if (e.ok === true) return e.result;
    if (e.ok === false && typeof e.error?.code === 'string' && typeof e.error.message === 'string') {
      throw failure(e.error.code, e.error.message);
    }
  }
  throw failure('internal', 'malformed answer from the Lextrace main process');
}

/** Method names as main sent them, keeping only plausible identifiers. */
export function validMethodNames(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((m): m is string => typeof m === 'string' && /^[A-Za-z]{1,80}$/.test(m)) : [];
}

/**
 * window.explorer: one async function per method, each invoking `explorer:<method>` with one argument.
 * A frozen plain object, so contextBridge copies exactly these functions and nothing else.
 */
export function createExplorerClient(ipc: IpcRendererLike, methods: readonly string[]): Record<string, (args?: unknown) => Promise<unknown>> {
  const client: Record<string, (args?: unknown) => Promise<unknown>> = {};
  for (const method of methods) {
    client[method] = async (args?: unknown) => unwrapEnvelope(await ipc.invoke(`${API_CHANNEL_PREFIX}${method}`, args ?? {}));
  }
  return Object.freeze(client);
}

/** Same rule as isAppPath in deep-link.ts: a root-relative path without control characters. */
export function isAppPath(value: unknown): value is string {
  // eslint-disable-next-line no-control-regex
  return typeof value === 'string' && value.length <= 2000 && /^\/(?!\/)[^\\\u0000-\u001f\u007f]*$/.test(value);
}

export interface HostBridge {
  onNavigate(callback: (path: string) => void): () => void;
  onLibraryChanged(callback: () => void): () => void;
}

/**
 * window.explorerHost: `onNavigate(cb)` calls cb with an app path ("/clause/<id>") when main asks to show
 * one (deep link, menu, import); `onLibraryChanged(cb)` calls cb (with nothing) when main changed the library
 * (File › Import…). Each returns an unsubscribe function.
 */
export function createHostBridge(ipc: IpcRendererLike): HostBridge {
  return Object.freeze({
    onNavigate(callback: (path: string) => void): () => void {
      if (typeof callback !== 'function') throw new TypeError('onNavigate needs a function');
      // The event object (with its sender) is deliberately not passed on to the page.
      const listener = (_event: unknown, path: unknown): void => {
        if (isAppPath(path)) callback(path);
      };
      ipc.on(NAVIGATE_CHANNEL, listener);
      return () => void ipc.removeListener(NAVIGATE_CHANNEL, listener);
    },
    onLibraryChanged(callback: () => void): () => void {
      if (typeof callback !== 'function') throw new TypeError('onLibraryChanged needs a function');
      // Neither the event nor anything sent with it reaches the page.
      const listener = (): void => callback();
      ipc.on(LIBRARY_CHANGED_CHANNEL, listener);
      return () => void ipc.removeListener(LIBRARY_CHANGED_CHANNEL, listener);
    },
  });
}

export function exposeExplorer(bridge: ContextBridgeLike, ipc: IpcRendererLike): void {
  const methods = validMethodNames(ipc.sendSync(METHODS_CHANNEL));
  bridge.exposeInMainWorld('explorer', createExplorerClient(ipc, methods));
  bridge.exposeInMainWorld('explorerHost', createHostBridge(ipc));
}

exposeExplorer(contextBridge, ipcRenderer as unknown as IpcRendererLike);
