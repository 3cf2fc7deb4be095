// History in each host: Back/Forward over http(s) and in the desktop app (lextrace-app://), none elsewhere;
// shareable links are web URLs on the web and lextrace:// deep links in the desktop app.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../renderer/state/app-store.js';
import { shareableLink, startNavigation, usesUrlRoutes } from '../../renderer/navigation.js';
import { createFakeApi, manualTimers } from './fake-api.js';

/** A window with a session history that behaves like a browser's: push, replace, back (firing popstate). */
function fakeBrowser(origin: string) {
  const url = new URL('/', origin);
  const loc = {
    get protocol() {
      return url.protocol;
    },
    get origin() {
      return origin;
    },
    get pathname() {
      return url.pathname;
    },
    get search() {
      return url.search;
    },
    get hash() {
      return url.hash;
    },
  };
  const entries = ['/'];
  let index = 0;
  const listeners = new Set<() => void>();
  const go = (path: string) => {
    const next = new URL(path, origin);
    url.pathname = next.pathname;
    url.search = next.search;
    url.hash = next.hash;
  };
  const history = {
    pushState: vi.fn((_s: unknown, _t: string, path: string) => {
      entries.splice(index + 1, Infinity, path);
      index++;
      go(path);
    }),
    replaceState: vi.fn((_s: unknown, _t: string, path: string) => {
      entries[index] = path;
      go(path);
    }),
    back() {
      if (index === 0) return;
      index--;
      go(entries[index]!);
      for (const l of listeners) l();
    },
  };
  const win = {
    addEventListener: (type: string, l: () => void) => type === 'popstate' && listeners.add(l),
    removeEventListener: (type: string, l: () => void) => type === 'popstate' && listeners.delete(l),
  };
  vi.stubGlobal('location', loc);
  vi.stubGlobal('history', history);
  vi.stubGlobal('window', win);
  return { history, entries: () => entries.slice(0, index + 1) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('history', () => {
  it.each(['lextrace-app://app', 'http://127.0.0.1:5178'])('pushes views and goes Back in %s', (origin) => {
    const browser = fakeBrowser(origin);
    const store = createAppStore(createFakeApi(), manualTimers());
    const nav = startNavigation(store);
    store.getState().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    store.getState().openView({ type: 'provision', key: 'ru-civil-code:1253.1' });
    expect(browser.entries()).toEqual(['/', '/doc/plan#plan/I.1', '/provision/ru-civil-code:1253.1']);
    browser.history.back();
    expect(store.getState().panes.left?.view).toEqual({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    nav.stop();
  });

  it('keeps history off where paths are not routes', () => {
    const browser = fakeBrowser('file:///opt/lextrace/index.html');
    const store = createAppStore(createFakeApi(), manualTimers());
    startNavigation(store).stop();
    store.getState().openView({ type: 'doc', doc: 'plan', clause: null });
    expect(browser.history.pushState).not.toHaveBeenCalled();
    expect(usesUrlRoutes({ protocol: 'file:', origin: 'null' })).toBe(false);
  });
});

describe('shareable links', () => {
  const route = { name: 'clause', id: 'plan/I.1' } as const;

  it('are lextrace:// deep links in the desktop app', () => {
    expect(shareableLink(route, { protocol: 'lextrace-app:', origin: 'lextrace-app://app' })).toBe('lextrace://clause/plan/I.1');
  });

  it('are web URLs over http(s)', () => {
    expect(shareableLink(route, { protocol: 'http:', origin: 'http://127.0.0.1:5178' })).toBe('http://127.0.0.1:5178/clause/plan/I.1');
  });
});
