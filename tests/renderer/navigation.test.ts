// History in each host: Back/Forward over http(s) and in the desktop app (lextrace-app://), none elsewhere;
// shareable links are web URLs on the web and lextrace:// deep links in the desktop app.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../renderer/state/app-store.js';
import { parsePlaceFromPath, shareableLink, shareableViewLink, startNavigation, usesUrlRoutes } from '../../renderer/navigation.js';
import { formatPlace } from '../../renderer/place.js';
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
  const entries: { path: string; state: unknown }[] = [{ path: '/', state: null }];
  let index = 0;
  const listeners = new Set<(event: { state: unknown }) => void>();
  const go = (path: string) => {
    const next = new URL(path, origin);
    url.pathname = next.pathname;
    url.search = next.search;
    url.hash = next.hash;
  };
  const history = {
    get state() {
      return entries[index]!.state;
    },
    pushState: vi.fn((state: unknown, _t: string, path: string) => {
      entries.splice(index + 1, Infinity, { path, state: structuredClone(state) });
      index++;
      go(path);
    }),
    replaceState: vi.fn((state: unknown, _t: string, path: string) => {
      entries[index] = { path, state: structuredClone(state) };
      go(path);
    }),
    back() {
      if (index === 0) return;
      index--;
      go(entries[index]!.path);
      for (const l of listeners) l({ state: entries[index]!.state });
    },
  };
  const win = {
    addEventListener: (type: string, l: (event: { state: unknown }) => void) => type === 'popstate' && listeners.add(l),
    removeEventListener: (type: string, l: (event: { state: unknown }) => void) => type === 'popstate' && listeners.delete(l),
  };
  vi.stubGlobal('location', loc);
  vi.stubGlobal('history', history);
  vi.stubGlobal('window', win);
  return { history, entries: () => entries.slice(0, index + 1).map((e) => e.path) };
}

/** Lets the navigation record what a user action changed (it does so once the action's changes are all made). */
const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('history', () => {
  it.each(['lextrace-app://app', 'http://127.0.0.1:5178'])('pushes views and goes Back in %s', async (origin) => {
    const browser = fakeBrowser(origin);
    const store = createAppStore(createFakeApi(), manualTimers());
    const nav = startNavigation(store);
    store.getState().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    await settled();
    store.getState().openView({ type: 'provision', key: 'ru-civil-code:1253.1' });
    await settled();
    expect(browser.entries()).toEqual(['/', '/doc/plan#plan/I.1', '/provision/ru-civil-code:1253.1']);
    browser.history.back();
    expect(store.getState().panes.left?.view).toEqual({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    nav.stop();
  });

  it('keeps a search link in history, so Back from a result opens the search again', async () => {
    const browser = fakeBrowser('http://127.0.0.1:5178');
    browser.history.replaceState(null, '', '/search?q=takedown');
    const store = createAppStore(createFakeApi(), manualTimers());
    const nav = startNavigation(store);
    expect(store.getState().query).toBe('takedown');
    store.getState().setQuery('takedown '); // the URL keeps the query as typed, without its trailing space
    await settled();
    expect(browser.entries()).toEqual(['/search?q=takedown']);
    // Picking a result closes the palette and opens the clause.
    store.getState().closeSearch();
    store.getState().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    await settled();
    expect(browser.entries()).toEqual(['/search?q=takedown', '/doc/plan#plan/I.1']);
    store.getState().closeSearch();
    browser.history.back();
    expect(store.getState().searchOpen).toBe(true);
    nav.stop();
  });

  it('makes one entry of views opened together, and Back and reload bring both panes back', async () => {
    const browser = fakeBrowser('http://127.0.0.1:5178');
    const store = createAppStore(createFakeApi(), manualTimers());
    const nav = startNavigation(store);
    store.getState().openView({ type: 'trace', clause: 'plan/I.1' });
    await settled();
    // "Read side by side": the commitment on the left, the provision on the right, as one action.
    store.getState().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' }, 'left');
    store.getState().openView({ type: 'provision', key: 'ru-civil-code:1253.1' }, 'right');
    await settled();
    expect(browser.entries()).toEqual(['/', '/trace/plan/I.1', '/provision/ru-civil-code:1253.1?other=%2Fdoc%2Fplan%23plan%2FI.1&side=right']);
    const views = () => [store.getState().panes.left?.view ?? null, store.getState().panes.right?.view ?? null];
    const sideBySide = views();
    const sideBySideEntry = browser.history.state;

    browser.history.back();
    expect(views()).toEqual([{ type: 'trace', clause: 'plan/I.1' }, null]);
    nav.stop();

    // A reload on the side-by-side entry: a new page and store start on that URL with its entry's state.
    const again = fakeBrowser('http://127.0.0.1:5178');
    again.history.replaceState(sideBySideEntry, '', '/provision/ru-civil-code:1253.1');
    const reloaded = createAppStore(createFakeApi(), manualTimers());
    startNavigation(reloaded).stop();
    expect([reloaded.getState().panes.left?.view ?? null, reloaded.getState().panes.right?.view ?? null]).toEqual(sideBySide);
  });

  it('opens both panes, the active side, the selected clauses and the search from a URL in a fresh window', async () => {
    const browser = fakeBrowser('http://127.0.0.1:5178');
    const url = formatPlace({
      route: { name: 'provision', key: 'ru-civil-code:1253.1' },
      other: { name: 'doc', doc: 'plan', clause: 'plan/I.2' },
      side: 'right',
      q: 'piracy kind:report',
    });
    browser.history.replaceState(null, '', url);
    const store = createAppStore(createFakeApi(), manualTimers());
    const nav = startNavigation(store);
    const s = store.getState();
    expect(s.panes.left?.view).toEqual({ type: 'doc', doc: 'plan', clause: 'plan/I.2' });
    expect(s.panes.right?.view).toEqual({ type: 'provision', key: 'ru-civil-code:1253.1' });
    expect(s.activeSide).toBe('right');
    expect([s.searchOpen, s.query]).toEqual([true, 'piracy kind:report']);
    // The URL it keeps is the one it was opened with.
    await settled();
    expect(browser.entries()).toEqual([url]);
    // Closing the search drops it from the URL, in place.
    store.getState().closeSearch();
    await settled();
    expect(browser.entries()).toEqual(['/provision/ru-civil-code:1253.1?other=%2Fdoc%2Fplan%23plan%2FI.2&side=right']);
    nav.stop();
  });

  it("keeps the matrix's filters in the URL, so a link or a reload shows the same cells; unknown values are dropped", async () => {
    const browser = fakeBrowser('http://127.0.0.1:5178');
    const store = createAppStore(createFakeApi(), manualTimers());
    const nav = startNavigation(store);
    store.getState().openView({ type: 'matrix' });
    await settled();
    store.getState().setMatrixFilters({ instruments: ['civil-code', 'wto-wpr'], statuses: ['confirmed'] });
    await settled();
    // A filter change updates the matrix's entry in place (it is not a new place to come Back to).
    expect(browser.entries()).toEqual(['/', '/matrix?groups=civil-code%2Cwto-wpr&status=confirmed']);
    nav.stop();

    const fresh = fakeBrowser('http://127.0.0.1:5178');
    fresh.history.replaceState(null, '', '/matrix?groups=criminal-code,nonsense&status=rejected,confident');
    const opened = createAppStore(createFakeApi(), manualTimers());
    startNavigation(opened).stop();
    expect(opened.getState().panes.left?.view).toEqual({ type: 'matrix' });
    expect(opened.getState().matrixFilters).toEqual({ instruments: ['criminal-code'], statuses: ['rejected', 'confident'] });

    // Other views do not carry the filters; a matrix URL without them clears them.
    opened.getState().openView({ type: 'provision', key: 'ru-civil-code:1229' });
    expect(formatPlace({ route: { name: 'provision', key: 'ru-civil-code:1229' }, other: null, side: 'left', q: null, matrix: opened.getState().matrixFilters })).toBe(
      '/provision/ru-civil-code:1229',
    );
    const plain = fakeBrowser('http://127.0.0.1:5178');
    plain.history.replaceState(null, '', '/matrix');
    startNavigation(opened).stop();
    expect(opened.getState().matrixFilters).toEqual({ instruments: [], statuses: [] });
  });

  it('keeps history off where paths are not routes', async () => {
    const browser = fakeBrowser('file:///opt/lextrace/index.html');
    const store = createAppStore(createFakeApi(), manualTimers());
    const nav = startNavigation(store);
    store.getState().openView({ type: 'doc', doc: 'plan', clause: null });
    await settled();
    nav.stop();
    expect(browser.history.pushState).not.toHaveBeenCalled();
    expect(browser.history.replaceState).not.toHaveBeenCalled();
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

  it('of a whole view name both panes, in either host', () => {
    const store = createAppStore(createFakeApi(), manualTimers());
    store.getState().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    store.getState().openView({ type: 'trace', clause: 'plan/I.1' }, 'other');
    const web = shareableViewLink(store.getState(), { protocol: 'http:', origin: 'http://127.0.0.1:5178' });
    expect(web).toBe('http://127.0.0.1:5178/trace/plan/I.1?other=%2Fdoc%2Fplan%23plan%2FI.1&side=right');
    const desktop = shareableViewLink(store.getState(), { protocol: 'lextrace-app:', origin: 'lextrace-app://app' });
    expect(desktop).toBe('lextrace://trace/plan/I.1?other=%2Fdoc%2Fplan%23plan%2FI.1&side=right');
    expect(parsePlaceFromPath(desktop)).toEqual({
      route: { name: 'trace', clause: 'plan/I.1' },
      other: { name: 'doc', doc: 'plan', clause: 'plan/I.1' },
      side: 'right',
      q: null,
    });
  });
});
