// The provisions index and single provision pages, fetched on demand and cached.
import type { ProvisionDetail, ProvisionSummary } from '../../shared/core/api/dto.js';
import type { SliceCreator } from './app-state.js';
import { LOADING, settleFresh, type Loadable } from './loadable.js';

export interface ProvisionsSlice {
  provisions: Loadable<ProvisionSummary[]> | null;
  provisionDetails: Record<string, Loadable<ProvisionDetail>>;
  loadProvisions(force?: boolean): Promise<void>;
  loadProvision(key: string): Promise<void>;
}

export const createProvisionsSlice: SliceCreator<ProvisionsSlice> =
  ({ api }) =>
  (set, get) => ({
    provisions: null,
    provisionDetails: {},

    async loadProvisions(force = false) {
      if (!force && get().provisions?.status === 'ready') return;
      set({ provisions: LOADING });
      set({ provisions: await settleFresh(() => get().libraryVersion, () => api.listProvisions({})) });
    },

    async loadProvision(key) {
      const current = get().provisionDetails[key];
      if (current && current.status !== 'error') return;
      set((s) => ({ provisionDetails: { ...s.provisionDetails, [key]: LOADING } }));
      const result = await settleFresh(() => get().libraryVersion, () => api.getProvision({ key }));
      set((s) => ({ provisionDetails: { ...s.provisionDetails, [key]: result } }));
    },
  });
