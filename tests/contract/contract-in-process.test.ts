// The contract against the service itself, through dispatch (what both hosts call).
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import { API_METHODS } from '../../shared/core/api/contract.js';
import { dispatch } from '../../shared/core/api/dispatch.js';
import { defineContractSuite } from './contract.suite.js';

defineContractSuite('in-process dispatch', async (service) => {
  const callRaw = (method: string, args: unknown) => dispatch(service, method, args);
  const api = Object.fromEntries(API_METHODS.map((m) => [m, (args: unknown) => callRaw(m, args)])) as unknown as ExplorerApi;
  return { api, callRaw, unknownMethodsReachHost: true, close: async () => {} };
});
