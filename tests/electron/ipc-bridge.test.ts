// Main-side IPC: one handler per API method, errors as data, and nothing for frames that are not our app.
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../shared/core/api/contract.js';
import { registerExplorerIpc, UNTRUSTED_SENDER } from '../../electron/ipc-bridge.js';
import { apiChannel, METHODS_CHANNEL } from '../../electron/ipc-channels.js';
import { stubService } from '../node/web/web-fixtures.js';
import { FakeIpcMain, FakeIpcRenderer } from './fake-ipc.js';

function setup(frameUrl?: string) {
  const main = new FakeIpcMain();
  const listDocuments = vi.fn(async () => []);
  const log: string[] = [];
  registerExplorerIpc(main, stubService({ listDocuments }), (m) => log.push(m));
  return { main, renderer: new FakeIpcRenderer(main, frameUrl), listDocuments, log };
}

describe('registerExplorerIpc', () => {
  it('registers exactly one explorer:<method> handler per API method', () => {
    const { main } = setup();
    expect([...main.handlers.keys()].sort()).toEqual(API_METHODS.map(apiChannel).sort());
  });

  it('answers envelopes: results, ApiErrors as data, validation errors', async () => {
    const { renderer } = setup();
    expect(await renderer.invoke('explorer:listDocuments', {})).toEqual({ ok: true, result: [] });
    expect(await renderer.invoke('explorer:getDocument', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'no document with id "nope"' },
    });
    expect(await renderer.invoke('explorer:getDocument', { id: 7 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('hides unexpected errors behind a generic internal error', async () => {
    const main = new FakeIpcMain();
    const log: string[] = [];
    registerExplorerIpc(main, stubService({ listDocuments: async () => Promise.reject(new Error('disk path /secret')) }), (m) => log.push(m));
    const answer = await new FakeIpcRenderer(main).invoke('explorer:listDocuments', {});
    expect(JSON.stringify(answer)).not.toContain('/secret');
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log.join()).toContain('/secret');
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'lextrace-app://other/', 'http://127.0.0.1:5178/', ''])(
    'refuses calls from a frame at %j without calling the service',
    async (url) => {
      const { renderer, listDocuments } = setup(url);
      expect(await renderer.invoke('explorer:listDocuments', {})).toEqual(UNTRUSTED_SENDER);
      expect(listDocuments).not.toHaveBeenCalled();
      expect(renderer.sendSync(METHODS_CHANNEL)).toEqual([]);
    },
  );

  it('gives our own frames the method list', () => {
    const { renderer } = setup('lextrace-app://app/clause/x');
    expect(renderer.sendSync(METHODS_CHANNEL)).toEqual(API_METHODS);
  });
});
