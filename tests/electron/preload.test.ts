// The preload exposes exactly window.explorer (every API method) and window.explorerHost, over a fake bridge.
import { beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/core/api/contract.js';
import { toUiError } from '../../renderer/api/ui-error.js';
import { registerExplorerIpc } from '../../electron/ipc-bridge.js';
import * as channels from '../../electron/ipc-channels.js';
import { stubService } from '../node/web/web-fixtures.js';
import { FakeContextBridge, FakeIpcMain, FakeIpcRenderer } from './fake-ipc.js';
import { compilePreload, runPreload, type PreloadModule } from './run-preload.js';

const bridge = new FakeContextBridge();
const ipcMain = new FakeIpcMain();
const ipcRenderer = new FakeIpcRenderer(ipcMain);
let preload: PreloadModule;
let explorer: Record<string, (args?: unknown) => Promise<unknown>>;
let host: { onNavigate(cb: (path: string) => void): () => void; onLibraryChanged(cb: (...args: unknown[]) => void): () => void };

beforeAll(() => {
  registerExplorerIpc(ipcMain, stubService());
  preload = runPreload({ contextBridge: bridge, ipcRenderer });
  explorer = bridge.exposed.get('explorer') as typeof explorer;
  host = bridge.exposed.get('explorerHost') as typeof host;
});

describe('preload', () => {
  it('exposes exactly window.explorer and window.explorerHost', () => {
    expect([...bridge.exposed.keys()]).toEqual(['explorer', 'explorerHost']);
    expect(Object.keys(host)).toEqual(['onNavigate', 'onLibraryChanged']);
  });

  it('gives window.explorer exactly the API methods, by name, from main', () => {
    expect(Object.keys(explorer)).toEqual(API_METHODS);
    for (const method of API_METHODS) expect(typeof explorer[method]).toBe('function');
  });

  it('uses the same channel names as main', () => {
    expect(preload.METHODS_CHANNEL).toBe(channels.METHODS_CHANNEL);
    expect(preload.NAVIGATE_CHANNEL).toBe(channels.NAVIGATE_CHANNEL);
    expect(preload.LIBRARY_CHANGED_CHANNEL).toBe(channels.LIBRARY_CHANGED_CHANNEL);
    expect(preload.API_CHANNEL_PREFIX).toBe(channels.API_CHANNEL_PREFIX);
  });

  it('resolves results and rejects with {code, message} that survive the bridge', async () => {
    expect(await explorer.listDocuments!()).toEqual([]);
    const err = await explorer.getDocument!({ id: 'gone' }).catch((e: unknown) => e);
    expect(err).toEqual({ name: 'ApiError', code: 'not_found', message: 'no document with id "gone"' });
    const bad = await explorer.getDocument!({ id: 1 }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'bad_request' });
  });

  it('passes navigation paths to subscribers, drops malformed ones, and unsubscribes', () => {
    const seen: string[] = [];
    const stop = host.onNavigate((path) => seen.push(path));
    ipcRenderer.emitFromMain(channels.NAVIGATE_CHANNEL, '/clause/action-plan-2012/3');
    for (const bad of ['https://evil.example/', '//evil.example/x', 42, { path: '/x' }, '/a\u0000b', '/a\\b']) {
      ipcRenderer.emitFromMain(channels.NAVIGATE_CHANNEL, bad);
    }
    stop();
    ipcRenderer.emitFromMain(channels.NAVIGATE_CHANNEL, '/provision/ru-gk:1259');
    expect(seen).toEqual(['/clause/action-plan-2012/3']);
    expect(ipcRenderer.listenerCount(channels.NAVIGATE_CHANNEL)).toBe(0);
  });

  it('shows the renderer the message of a failed call, not "Something went wrong."', async () => {
    const err = await explorer.getDocument!({ id: 'gone' }).catch((e: unknown) => e);
    expect(toUiError(err)).toEqual({ code: 'not_found', message: 'No document with id "gone".' });
  });

  it('tells subscribers the library changed, passing them nothing, and unsubscribes', () => {
    const calls: unknown[][] = [];
    const stop = host.onLibraryChanged((...args: unknown[]) => calls.push(args));
    ipcRenderer.emitFromMain(channels.LIBRARY_CHANGED_CHANNEL, { secret: 'from main' });
    ipcRenderer.emitFromMain(channels.NAVIGATE_CHANNEL, '/doc/x');
    expect(calls).toEqual([[]]);
    stop();
    ipcRenderer.emitFromMain(channels.LIBRARY_CHANGED_CHANNEL);
    expect(calls).toHaveLength(1);
    expect(ipcRenderer.listenerCount(channels.LIBRARY_CHANGED_CHANNEL)).toBe(0);
    expect(() => host.onLibraryChanged('nope' as unknown as () => void)).toThrow(TypeError);
  });

  it('keeps only identifier-like method names from main', () => {
    expect(preload.validMethodNames(['search', 'constructor x', 7, '__proto__', 'getClause'])).toEqual(['search', 'getClause']);
    expect(preload.validMethodNames('search')).toEqual([]);
  });

  it('turns a malformed envelope into an internal error', () => {
    expect(() => preload.unwrapEnvelope({ result: 1 })).toThrow(expect.objectContaining({ code: 'internal' }));
    expect(preload.unwrapEnvelope({ ok: true, result: 3 })).toBe(3);
  });

  it('compiles to CommonJS that requires nothing but electron (sandboxed preloads cannot load our modules)', () => {
    const outputText = compilePreload();
    expect(outputText).not.toMatch(/\bimport\s*[({'"]|\bexport\s/);
    const required = [...outputText.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
  });
});
