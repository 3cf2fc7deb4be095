// React access to the ExplorerApi for the few components that call it directly (import).
import { createContext, useContext } from 'react';
import type { ExplorerApi } from '../../shared/core/api/contract.js';

export const ApiContext = createContext<ExplorerApi | null>(null);

export function useApi(): ExplorerApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
