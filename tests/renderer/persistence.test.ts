// Layout persistence: panes, theme, library tab and annotations panel survive a restart; bad or foreign data is ignored.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/state/app-store.js';
import { applyLayout, LAYOUT_KEY, persistLayout, readLayout } from '../../renderer/state/persistence.js';
import { createFakeApi, manualTimers } from './fake-api.js';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('layout persistence', () => {
  it('restores panes, theme and tab in a new store', () => {
    const storage = memoryStorage();
    const first = createAppStore(createFakeApi(), manualTimers());
    persistLayout(first, storage);
    first.getState().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    first.getState().openView({ type: 'provision', key: 'k' }, 'other');
    first.getState().setTheme('dark');
    first.getState().setLibraryTab('tags');
    first.getState().setAnnotationsPanel(true);

    const second = createAppStore(createFakeApi(), manualTimers());
    applyLayout(second, readLayout(storage)!, true);
    const s = second.getState();
    expect(s.panes.left?.view).toEqual({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    expect(s.panes.right?.view).toEqual({ type: 'provision', key: 'k' });
    expect(s.activeSide).toBe('right');
    expect(s.theme).toBe('dark');
    expect(s.libraryTab).toBe('tags');
    expect(s.annotationsPanel).toBe(true);
    expect(s.lastDoc).toBe('plan');
  });

  it('keeps the panes of a deep link when told not to restore panes', () => {
    const storage = memoryStorage();
    storage.setItem(LAYOUT_KEY, JSON.stringify({ theme: 'light', panes: { left: { type: 'trace', clause: 'x' }, right: null } }));
    const store = createAppStore(createFakeApi(), manualTimers());
    applyLayout(store, readLayout(storage)!, false);
    expect(store.getState().panes.left).toBeNull();
    expect(store.getState().theme).toBe('light');
  });

  it('ignores corrupt or foreign data', () => {
    const storage = memoryStorage();
    storage.setItem(LAYOUT_KEY, '{not json');
    expect(readLayout(storage)).toBeNull();
    storage.setItem(LAYOUT_KEY, JSON.stringify({ theme: 'neon', panes: { left: { type: 'evil' }, right: { type: 'doc', doc: 'd' } } }));
    expect(readLayout(storage)).toEqual({ panes: { left: { type: 'doc', doc: 'd', clause: null }, right: null } });
  });
});
