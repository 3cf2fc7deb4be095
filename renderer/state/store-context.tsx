// React access to the app store: a provider and a selector hook.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './app-state.js';
import type { AppStore } from './app-store.js';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside StoreProvider');
  return store;
}

/** The app store, or null outside a StoreProvider (components also rendered on their own, as in tests). */
export function useOptionalAppStore(): AppStore | null {
  return useContext(StoreContext);
}

/** Selects from the app state; select primitives or stable references (or wrap with useShallow). */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}
