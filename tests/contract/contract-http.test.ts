// The contract over HTTP: the web host on 127.0.0.1, called with fetch.
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import { API_METHODS } from '../../shared/core/api/contract.js';
import { startWebHost } from '../../shared/node/web/web-host.js';
import { makeRendererDir } from '../node/web/web-fixtures.js';
import { defineContractSuite } from './contract.suite.js';

defineContractSuite('HTTP (web host)', async (service) => {
  const renderer = makeRendererDir();
  const host = await startWebHost({ service, port: 0, rendererDir: renderer.rendererDir, log: () => {} });
  const callRaw = async (method: string, args: unknown): Promise<unknown> => {
    const response = await fetch(`${host.url}api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    const envelope = (await response.json()) as { ok: boolean; result?: unknown; error?: { code: string; message: string } };
    if (envelope.ok) return envelope.result;
    throw Object.assign(new Error(envelope.error!.message), { code: envelope.error!.code, status: response.status });
  };
  const api = Object.fromEntries(API_METHODS.map((m) => [m, (args: unknown) => callRaw(m, args)])) as unknown as ExplorerApi;
  return {
    api,
    callRaw,
    unknownMethodsReachHost: true,
    close: async () => {
      await host.close();
      renderer.cleanup();
    },
  };
});
