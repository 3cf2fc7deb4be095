// The zustand slices without React: the API cache, panes, search (debounce, stale answers), traces, library changes.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/core/api/api-error.js';
import { createAppStore } from '../../renderer/state/app-store.js';
import { traceArgs, visibleLinks } from '../../renderer/state/trace-slice.js';
import { cacheKey, MAX_UNWATCHED, readyData, selectQuery, staleOn } from '../../renderer/state/api-cache-slice.js';
import { groupByClause } from '../../renderer/text/group-by-clause.js';
import { hasMore, paletteItems, SEARCH_LIMIT } from '../../renderer/state/search-slice.js';
import { clause, createFakeApi, manualTimers, searchHit as hit, tick } from './fake-api.js';

describe('API cache', () => {
  it('fetches an answer once per method and arguments, whatever the field order', async () => {
    const api = createFakeApi();
    const store = createAppStore(api, manualTimers());
    await store.getState().fetchQuery('listDocuments', {});
    await store.getState().fetchQuery('listDocuments', {});
    expect(api.calls.filter((c) => c.method === 'listDocuments')).toHaveLength(1);
    expect(cacheKey('trace', { clause: 'x', all: undefined })).toBe(cacheKey('trace', { clause: 'x' }));
    expect(cacheKey('listAnnotations', { tag: 'x', doc: 'd' })).toBe(cacheKey('listAnnotations', { doc: 'd', tag: 'x' }));
    await store.getState().fetchQuery('listClauses', { doc: 'plan' });
    expect(readyData(store.getState(), 'listClauses', { doc: 'plan' })!.map((c) => c.id)).toEqual(['plan/I.1', 'plan/I.2']);
  });

  it('shares one request between watchers that ask at once', async () => {
    const api = createFakeApi();
    const store = createAppStore(api, manualTimers());
    const stop = [store.getState().watchQuery('getClause', { id: 'plan/I.1' }), store.getState().watchQuery('getClause', { id: 'plan/I.1' })];
    await store.getState().fetchQuery('getClause', { id: 'plan/I.1' });
    expect(api.calls.filter((c) => c.method === 'getClause')).toHaveLength(1);
    stop.forEach((f) => f());
  });

  it('turns API errors into readable UiErrors instead of throwing', async () => {
    const store = createAppStore(createFakeApi(), manualTimers());
    const state = await store.getState().fetchQuery('listClauses', { doc: 'missing' });
    expect(state.status === 'error' && state.error).toEqual({ code: 'not_found', message: 'No document with id "missing".' });
    expect(selectQuery(store.getState(), 'listClauses', { doc: 'missing' })).toEqual(state);
  });

  it('shows the message of a plain-object rejection, as the Electron preload sends it', async () => {
    const failure = { name: 'ApiError', code: 'not_found', message: 'no document with id "gone"' };
    const api = createFakeApi({ listClauses: () => Promise.reject(failure) });
    const store = createAppStore(api, manualTimers());
    const state = await store.getState().fetchQuery('listClauses', { doc: 'gone' });
    expect(state.status === 'error' && state.error).toEqual({ code: 'not_found', message: 'No document with id "gone".' });
  });

  it('asks again after an error', async () => {
    let fail = true;
    const base = createFakeApi();
    const api = createFakeApi({
      listCitations: (args) => (fail ? Promise.reject(new ApiError('internal', 'database is busy')) : base.listCitations(args)),
    });
    const store = createAppStore(api, manualTimers());
    expect((await store.getState().fetchQuery('listCitations', { doc: 'plan' })).status).toBe('error');
    fail = false;
    const c = await store.getState().fetchQuery('listCitations', { doc: 'plan' });
    expect(c.status === 'ready' && groupByClause(c.data)['plan/I.1']?.[0]?.key).toBe('ru-civil-code:1253.1');
  });

  it('refreshes only the answers an event makes stale', async () => {
    const api = createFakeApi();
    const store = createAppStore(api, manualTimers());
    const s = () => store.getState();
    s().watchQuery('listClauses', { doc: 'plan' });
    s().watchQuery('clauseLinks', { id: 'plan/I.1' });
    await tick();
    api.calls.length = 0;
    await s().invalidate(['review']);
    expect(api.calls.map((c) => c.method)).toEqual(['clauseLinks']);
    expect(staleOn('exportMatrix')).toEqual(['library', 'review', 'annotations']); // a method not listed: every event
    expect(staleOn('reviewQueue')).toEqual(['library', 'review']);
  });

  it('forgets the least recently used answers nobody watches beyond its bound', async () => {
    const api = createFakeApi();
    const store = createAppStore(api, manualTimers());
    for (let i = 0; i <= MAX_UNWATCHED; i++) await store.getState().fetchQuery('getProvision', { key: `k:${i}` });
    expect(selectQuery(store.getState(), 'getProvision', { key: 'k:0' })).toBeUndefined();
    expect(selectQuery(store.getState(), 'getProvision', { key: `k:${MAX_UNWATCHED}` })?.status).toBe('ready');
    expect(Object.keys(store.getState().apiCache)).toHaveLength(MAX_UNWATCHED);
  });
});

describe('panes slice', () => {
  it('opens in the active pane, then in the other, swaps and closes', () => {
    const store = createAppStore(createFakeApi(), manualTimers());
    const s = () => store.getState();
    s().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' }, 'other'); // no pane yet: goes left
    expect(s().panes.left?.view).toEqual({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    expect(s().panes.right).toBeNull();
    expect(s().lastDoc).toBe('plan');

    s().openView({ type: 'provision', key: 'k' }, 'other');
    expect(s().panes.right?.view).toEqual({ type: 'provision', key: 'k' });
    expect(s().activeSide).toBe('right');

    s().swapPanes();
    expect(s().panes.left?.view.type).toBe('provision');
    expect(s().activeSide).toBe('left');

    s().closePane('left');
    expect(s().panes.left?.view.type).toBe('doc');
    expect(s().panes.right).toBeNull();
  });

  it('bumps seq on every open so the reader scrolls again', () => {
    const store = createAppStore(createFakeApi(), manualTimers());
    store.getState().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    const first = store.getState().panes.left!.seq;
    store.getState().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    expect(store.getState().panes.left!.seq).toBeGreaterThan(first);
  });

  it('selects clauses without reopening', () => {
    const store = createAppStore(createFakeApi(), manualTimers());
    store.getState().openView({ type: 'doc', doc: 'plan', clause: null });
    const seq = store.getState().panes.left!.seq;
    store.getState().selectClause('left', 'plan/I.2');
    expect(store.getState().panes.left).toEqual({ view: { type: 'doc', doc: 'plan', clause: 'plan/I.2' }, seq });
  });
});

describe('search slice', () => {
  it('debounces typing into one request', async () => {
    const api = createFakeApi();
    const timers = manualTimers();
    const store = createAppStore(api, timers);
    store.getState().setQuery('p');
    store.getState().setQuery('pi');
    store.getState().setQuery('pir');
    expect(timers.size).toBe(1);
    timers.flush();
    expect(api.searches.map((s) => s.query)).toEqual(['pir']);
  });

  it('drops answers to queries that were superseded, and sends only the newest query once one comes back', async () => {
    const api = createFakeApi();
    const timers = manualTimers();
    const store = createAppStore(api, timers);
    store.getState().setQuery('old');
    timers.flush();
    store.getState().setQuery('older');
    timers.flush();
    store.getState().setQuery('new');
    timers.flush();
    // One search at a time: "older" and "new" wait, and only the newest is sent when "old" comes back.
    expect(api.searches.map((s) => s.query)).toEqual(['old']);
    api.searches[0]!.resolve({ query: 'old', hits: [hit('plan/I.1')], notice: null });
    await tick();
    expect(store.getState().results).toBeNull(); // the stale answer is dropped
    expect(api.searches.map((s) => s.query)).toEqual(['old', 'new']);
    api.searches[1]!.resolve({ query: 'new', hits: [hit('plan/I.2')], notice: null });
    await tick();
    const r = store.getState().results;
    expect(r?.status === 'ready' && r.data.hits[0]!.clause).toBe('plan/I.2');
    expect(store.getState().resultQuery).toBe('new');
  });

  it('clears results for an empty query and ignores late answers', async () => {
    const api = createFakeApi();
    const timers = manualTimers();
    const store = createAppStore(api, timers);
    store.getState().setQuery('x');
    timers.flush();
    store.getState().setQuery('');
    api.searches[0]!.resolve({ query: 'x', hits: [hit('plan/I.1')], notice: null });
    await tick();
    expect(store.getState().results).toBeNull();
  });

  it('moves the selection around the hits without fetching their clauses', async () => {
    const api = createFakeApi();
    const timers = manualTimers();
    const store = createAppStore(api, timers);
    store.getState().setQuery('item');
    timers.flush();
    api.searches[0]!.resolve({ query: 'item', hits: [hit('plan/I.1'), hit('plan/I.2')], notice: 'searched as words' });
    await tick();
    await tick();
    store.getState().moveSelection(1);
    expect(store.getState().selectedHit).toBe(1);
    store.getState().moveSelection(1);
    expect(store.getState().selectedHit).toBe(0);
    store.getState().moveSelection(-1);
    expect(store.getState().selectedHit).toBe(1);
    // Snippets come with the hits: no clause is fetched to cut them again.
    expect(api.calls.map((c) => c.method)).toEqual(['search']);
  });

  it('opens a hit of the query as typed, even when Enter comes before its results', async () => {
    const api = createFakeApi();
    const timers = manualTimers();
    const store = createAppStore(api, timers);
    store.getState().setQuery('camcording');
    timers.flush();
    api.searches[0]!.resolve({ query: 'camcording', hits: [hit('plan/I.1')], notice: null });
    await tick();
    store.getState().setQuery('notice'); // typed, debounced search not run yet
    const opening = store.getState().itemToOpen();
    expect(timers.size).toBe(0);
    expect(api.searches.map((s) => s.query)).toEqual(['camcording', 'notice']);
    api.searches[1]!.resolve({ query: 'notice', hits: [hit('plan/I.2')], notice: null });
    expect(await opening).toMatchObject({ kind: 'hit', hit: { clause: 'plan/I.2' } });
    // With the results up to date it opens the selected hit at once.
    await expect(store.getState().itemToOpen()).resolves.toMatchObject({ hit: { clause: 'plan/I.2' } });
    expect(api.searches).toHaveLength(2);
  });
});

describe('search: adaptive debounce, more results, provisions', () => {
  it('searches at once while answers come fast, and debounces again after a slow one', async () => {
    const api = createFakeApi();
    const timers = manualTimers();
    let clock = 0;
    const store = createAppStore(api, timers, () => clock);
    store.getState().setQuery('pi');
    expect(timers.size).toBe(1); // no answer yet: debounced
    timers.flush();
    clock = 20;
    api.searches[0]!.resolve({ query: 'pi', hits: [], notice: null });
    await tick();
    expect(store.getState().lastAnswerMs).toBe(20);
    store.getState().setQuery('pir');
    expect(timers.size).toBe(0);
    expect(api.searches.map((s) => s.query)).toEqual(['pi', 'pir']); // no debounce after a fast answer
    api.searches[1]!.resolve({ query: 'pir', hits: [], notice: null });
    clock = 500;
    await tick();
    store.getState().setQuery('pira');
    expect(timers.size).toBe(1); // the last answer took 480 ms: debounced again
  });

  it('appends the next page on Show more, and knows when there is none', async () => {
    const api = createFakeApi();
    const timers = manualTimers();
    const store = createAppStore(api, timers);
    store.getState().setQuery('item');
    timers.flush();
    api.searches[0]!.resolve({ query: 'item', hits: [hit('plan/I.1')], notice: null, total: 2, offset: 0 });
    await tick();
    const more = store.getState().showMore();
    expect(api.calls.filter((c) => c.method === 'search').map((c) => c.args)).toEqual([
      { query: 'item', limit: SEARCH_LIMIT },
      { query: 'item', limit: SEARCH_LIMIT, offset: 1 },
    ]);
    api.searches[1]!.resolve({ query: 'item', hits: [hit('plan/I.2')], notice: null, total: 2, offset: 1 });
    await more;
    const r = store.getState().results;
    expect(r?.status === 'ready' && r.data.hits.map((h) => h.clause)).toEqual(['plan/I.1', 'plan/I.2']);
    expect(r?.status === 'ready' && hasMore(r.data)).toBe(false);
    await store.getState().showMore();
    expect(api.searches).toHaveLength(2);
  });

  it('lists a citation query\'s provisions before its clauses, and opens the selected one', async () => {
    const api = createFakeApi();
    const timers = manualTimers();
    const store = createAppStore(api, timers);
    store.getState().setQuery('Article 7.12');
    timers.flush();
    const provision = { key: 'ru-admin-code:7.12', label: 'Administrative Code art. 7.12', title: null, citedBy: 2, hasText: false };
    api.searches[0]!.resolve({ query: 'Article 7.12', hits: [hit('plan/I.1')], notice: null, provisions: [provision] });
    await tick();
    const r = store.getState().results;
    expect(r?.status === 'ready' && paletteItems(r.data).map((i) => i.kind)).toEqual(['provision', 'hit']);
    await expect(store.getState().itemToOpen()).resolves.toEqual({ kind: 'provision', provision });
    store.getState().moveSelection(1);
    await expect(store.getState().itemToOpen()).resolves.toMatchObject({ kind: 'hit' });
  });
});

describe('traces', () => {
  it("keeps the server's order, shows what the mode asks for and caches per mode", async () => {
    const api = createFakeApi();
    const store = createAppStore(api, manualTimers());
    const hidden = { uncertain: false, rejected: false };
    const t = await store.getState().fetchQuery('trace', traceArgs('plan/I.1', false));
    expect(t.status === 'ready' && visibleLinks(t.data.provisions, hidden).map((p) => p.key)).toEqual(['a']);
    store.getState().setShowUncertain(true);
    const all = await store.getState().fetchQuery('trace', traceArgs('plan/I.1', store.getState().showUncertain));
    // Never re-sorted by confidence: the server ranks confirmed links first.
    expect(all.status === 'ready' && visibleLinks(all.data.provisions, { uncertain: true, rejected: false }).map((p) => p.key)).toEqual(['b', 'a', 'c']);
    expect(api.calls.filter((c) => c.method === 'trace').map((c) => c.args)).toEqual([
      { clause: 'plan/I.1' },
      { clause: 'plan/I.1', all: true },
    ]);
  });
});

describe('library changes', () => {
  /** A store whose views watch plan (clause I.1 selected) and a provision, with much else cached but not on screen. */
  async function storeWithEverythingLoaded() {
    const api = createFakeApi();
    const timers = manualTimers();
    const store = createAppStore(api, timers);
    const s = () => store.getState();
    s().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    s().openView({ type: 'provision', key: 'ru-civil-code:1253.1' }, 'other');
    // What the mounted views watch: the library lists, the reader, its selected clause's links, the provision page.
    s().watchQuery('listDocuments', {});
    s().watchQuery('listProvisions', {});
    s().watchQuery('listCommitments', {});
    s().watchQuery('listClauses', { doc: 'plan' });
    s().watchQuery('listCitations', { doc: 'plan' });
    s().watchQuery('clauseLinks', { id: 'plan/I.1' });
    s().watchQuery('getProvision', { key: 'ru-civil-code:1253.1' });
    await Promise.all([
      s().fetchQuery('listClauses', { doc: 'gk' }),
      s().fetchQuery('listCitations', { doc: 'gk' }),
      s().fetchQuery('getClause', { id: 'plan/I.2' }),
      s().fetchQuery('clauseLinks', { id: 'plan/I.2' }),
      s().fetchQuery('trace', { clause: 'plan/I.2' }),
      s().fetchQuery('getProvision', { key: 'other:1' }),
    ]);
    await tick();
    s().setQuery('amend');
    timers.flush();
    api.searches[0]!.resolve({ query: 'amend', hits: [hit('plan/I.1')], notice: null });
    await tick();
    return { api, store, s };
  }

  it('drops what an updated document made stale and reloads what is on screen', async () => {
    const { api, s } = await storeWithEverythingLoaded();
    // An import updates "plan" (new text) and recomputes every cross-reference.
    api.library.plan = [clause('plan', 'I.1', 'Russia will amend Article 1253.1, as revised.')];
    api.revision.n = 2;
    api.calls.length = 0;

    const changed = s().invalidate(['library']);
    // Open content keeps its old data on screen while the new one loads.
    expect(readyData(s(), 'listClauses', { doc: 'plan' })).toHaveLength(2);
    api.searches[1]!.resolve({ query: 'amend', hits: [hit('plan/I.1', { snippet: 'as revised' })], notice: null });
    await changed;

    expect(readyData(s(), 'listClauses', { doc: 'plan' })!.map((c) => c.text)).toEqual(['Russia will amend Article 1253.1, as revised.']);
    expect(readyData(s(), 'clauseLinks', { id: 'plan/I.1' })![0]!.score).toBe(2);
    expect(readyData(s(), 'getProvision', { key: 'ru-civil-code:1253.1' })!.label).toMatch(/r2$/);
    expect(readyData(s(), 'listProvisions', {})![0]!.label).toMatch(/r2$/);
    expect(readyData(s(), 'listCommitments', {})!.map((c) => c.text)).toEqual(['Russia will amend Article 1253.1, as revised.']);
    expect(selectQuery(s(), 'listCitations', { doc: 'plan' })?.status).toBe('ready');
    const results = s().results;
    expect(results?.status === 'ready' && results.data.hits[0]!.snippet).toBe('as revised');

    // What is not on screen is forgotten, to be asked for again when shown.
    for (const gone of [
      selectQuery(s(), 'listClauses', { doc: 'gk' }),
      selectQuery(s(), 'listCitations', { doc: 'gk' }),
      selectQuery(s(), 'getClause', { id: 'plan/I.2' }),
      selectQuery(s(), 'clauseLinks', { id: 'plan/I.2' }),
      selectQuery(s(), 'trace', { clause: 'plan/I.2' }),
      selectQuery(s(), 'getProvision', { key: 'other:1' }),
    ]) expect(gone).toBeUndefined();
    expect(api.calls.map((c) => c.method).sort()).toEqual(
      ['clauseLinks', 'getProvision', 'listCitations', 'listClauses', 'listCommitments', 'listDocuments', 'listProvisions', 'search'].sort(),
    );

    // A clause detail fetched after the change shows the new text.
    const detail = await s().fetchQuery('getClause', { id: 'plan/I.1' });
    expect(detail.status === 'ready' && detail.data.text).toBe('Russia will amend Article 1253.1, as revised.');
  });

  it('reloads an open trace and the clause it starts from', async () => {
    const api = createFakeApi();
    const store = createAppStore(api, manualTimers());
    const s = () => store.getState();
    s().watchQuery('getClause', { id: 'plan/I.1' });
    s().watchQuery('trace', { clause: 'plan/I.1' });
    await tick();
    api.library.plan = [clause('plan', 'I.1', 'Amended text.')];
    api.revision.n = 3;
    await s().invalidate(['library']);
    expect(readyData(s(), 'getClause', { id: 'plan/I.1' })!.text).toBe('Amended text.');
    expect(readyData(s(), 'trace', { clause: 'plan/I.1' })!.provisions.map((p) => p.title)).toEqual(['B r3', 'A']);
    // Lists never asked for stay unasked.
    expect(selectQuery(s(), 'listProvisions', {})).toBeUndefined();
    expect(api.calls.filter((c) => c.method === 'listCommitments')).toEqual([]);
  });

  it('never caches an answer that was on its way when the library changed', async () => {
    const api = createFakeApi();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowOnce = { first: true };
    api.listClauses = async (args) => {
      api.calls.push({ method: 'listClauses', args });
      const answer = api.library[args.doc]!; // read before the import
      if (slowOnce.first) {
        slowOnce.first = false;
        await gate;
      }
      return answer;
    };
    const store = createAppStore(api, manualTimers());
    const loading = store.getState().fetchQuery('listClauses', { doc: 'gk' });
    api.library.gk = [clause('gk', 'art1', 'New statute text.')];
    const changed = store.getState().invalidate(['library']);
    release();
    await Promise.all([loading, changed]);
    expect(readyData(store.getState(), 'listClauses', { doc: 'gk' })!.map((c) => c.text)).toEqual(['New statute text.']);
    expect((await loading).status === 'ready' && (await loading)).toMatchObject({ data: [{ text: 'New statute text.' }] });
  });
});
