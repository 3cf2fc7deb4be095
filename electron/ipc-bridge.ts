// Registers one ipcMain handler per API method; each checks the sender is our app, then dispatches.
import type { ExplorerApi } from '../shared/core/api/contract.js';
import { API_METHODS } from '../shared/core/api/contract.js';
import { callApi, type ApiEnvelope, type ErrorLogger } from '../shared/node/host/api-envelope.js';
import { isAppUrl } from './app-origin.js';
import { apiChannel, METHODS_CHANNEL } from './ipc-channels.js';

/** The parts of Electron's IPC events we rely on (a fake pair implements the same in tests). */
export interface IpcSenderEvent {
  senderFrame: { url: string } | null;
}
export interface IpcSyncEvent extends IpcSenderEvent {
  returnValue: unknown;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>): void;
  on(channel: string, listener: (event: IpcSyncEvent) => void): void;
}

export const UNTRUSTED_SENDER: ApiEnvelope = {
  ok: false,
  error: { code: 'bad_request', message: 'this IPC channel only answers the Lextrace window' },
};

/** Frames of our own origin only; a navigated-away or foreign frame gets nothing. */
export function isTrustedSender(event: IpcSenderEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}

/**
 * `explorer:<method>` for every method of the contract, answering envelopes (errors as data, never thrown:
 * Electron would flatten a thrown error into a message string), plus `explorer:methods` for the preload.
 */
export function registerExplorerIpc(ipcMain: IpcMainLike, service: ExplorerApi, log?: ErrorLogger): void {
  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), async (event, args) => {
      if (!isTrustedSender(event)) return UNTRUSTED_SENDER;
      return callApi(service, method, args, log);
    });
  }
  ipcMain.on(METHODS_CHANNEL, (event) => {
    event.returnValue = isTrustedSender(event) ? [...API_METHODS] : [];
  });
}
