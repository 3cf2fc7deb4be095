// The contract over IPC: main's handlers on a fake ipcMain, window.explorer from the real compiled preload.
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import { registerExplorerIpc } from '../../electron/ipc-bridge.js';
import { apiChannel } from '../../electron/ipc-channels.js';
import { FakeContextBridge, FakeIpcMain, FakeIpcRenderer } from './fake-ipc.js';
import { runPreload } from './run-preload.js';
import { defineContractSuite } from '../contract/contract.suite.js';

defineContractSuite('IPC (preload + main handlers)', async (service) => {
  const ipcMain = new FakeIpcMain();
  registerExplorerIpc(ipcMain, service, () => {});
  const ipcRenderer = new FakeIpcRenderer(ipcMain);
  const bridge = new FakeContextBridge();
  const preload = runPreload({ contextBridge: bridge, ipcRenderer });
  const api = bridge.exposed.get('explorer') as ExplorerApi;
  // Known methods go through window.explorer (bridge, preload, main); others straight to the channel.
  const exposed = api as unknown as Record<string, ((args: unknown) => Promise<unknown>) | undefined>;
  const callRaw = async (method: string, args: unknown) => {
    const viaPreload = Object.hasOwn(exposed, method) ? exposed[method] : undefined;
    return viaPreload ? viaPreload(args) : preload.unwrapEnvelope(await ipcRenderer.invoke(apiChannel(method), args));
  };
  return { api, callRaw, unknownMethodsReachHost: false, close: async () => {} };
});
