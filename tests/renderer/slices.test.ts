// The zustand slices without React: documents, panes, search (debounce, stale answers), trace, provisions, library.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/core/api/api-error.js';
import { createAppStore } from '../../renderer/state/app-store.js';
import { traceKey } from '../../renderer/state/trace-slice.js';
import { clause, createFakeApi, manualTimers, searchHit as hit, tick } from './fake-api.js';

describe('documents slice', () => {
  it('loads documents once and caches clauses per document', async () => {
    const api = createFakeApi();
    const store = createAppStore(api, manualTimers());
    await store.getState().loadDocuments();
    await store.getState().loadDocuments();
    expect(api.calls.filter((c) => c.method === 'listDocuments')).toHaveLength(1);
    await store.getState().loadClauses('plan');
    const clauses = store.getState().clauses.plan;
    expect(clauses?.status === 'ready' && clauses.data.map((c) => c.id)).toEqual(['plan/I.1', 'plan/I.2']);
  });

  it('turns API errors into readable UiErrors instead of throwing', async () => {
    const store = createAppStore(createFakeApi(), manualTimers());
    await store.getState().loadClauses('missing');
    const state = store.getState().clauses.missing;
    expect(state?.status).toBe('error');
    expect(state?.status === 'error' && state.error).toEqual({ code: 'not_found', message: 'No document with id "missing".' });
  });

  it('shows the message of a plain-object rejection, as the Electron preload sends it', async () => {
    const failure = { name: 'ApiError', code: 'not_found', message: 'no document with id "gone"' };
    const api = createFakeApi({ listClauses: () => Promise.reject(failure) });
    const store = createAppStore(api, manualTimers());
    await store.getState().loadClauses('gone');
    const state = store.getState().clauses.gone;
    expect(state?.status === 'error' && state.error).toEqual({ code: 'not_found', message: 'No document with id "gone".' });
  });

  it('asks for citations again after an error, like the other loaders', async () => {
    let fail = true;
    const base = createFakeApi();
    const api = createFakeApi({
      listCitations: (args) => (fail ? Promise.reject(new ApiError('internal', 'database is busy')) : base.listCitations(args)),
    });
    const store = createAppStore(api, manualTimers());
    await store.getState().loadCitations('plan');
    expect(store.getState().citations.plan?.status).toBe('error');
    fail = false;
    await store.getState().loadCitations('plan');
    const c = store.getState().citations.plan;
    expect(c?.status === 'ready' && Object.keys(c.data)).toEqual(['plan/I.1']);
  });

  it('groups a document citations by clause', async () => {
    const store = createAppStore(createFakeApi(), manualTimers());
    await store.getState().loadCitations('plan');
    const c = store.getState().citations.plan;
    expect(c?.status === 'ready' && c.data['plan/I.1']?.[0]?.key).toBe('ru-civil-code:1253.1');
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

  it('drops answers to queries that were superseded', async () => {
    const api = createFakeApi();
    const timers = manualTimers();
    const store = createAppStore(api, timers);
    store.getState().setQuery('old');
    timers.flush();
    store.getState().setQuery('new');
    timers.flush();
    api.searches[1]!.resolve({ query: 'new', hits: [hit('plan/I.2')], notice: null });
    await tick();
    api.searches[0]!.resolve({ query: 'old', hits: [hit('plan/I.1')], notice: null });
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
    const opening = store.getState().hitToOpen();
    expect(timers.size).toBe(0);
    expect(api.searches.map((s) => s.query)).toEqual(['camcording', 'notice']);
    api.searches[1]!.resolve({ query: 'notice', hits: [hit('plan/I.2')], notice: null });
    expect((await opening)?.clause).toBe('plan/I.2');
    // With the results up to date it opens the selected hit at once.
    await expect(store.getState().hitToOpen()).resolves.toMatchObject({ clause: 'plan/I.2' });
    expect(api.searches).toHaveLength(2);
  });
});

describe('trace slice', () => {
  it('puts confident provisions first and caches per mode', async () => {
    const api = createFakeApi();
    const store = createAppStore(api, manualTimers());
    await store.getState().loadTrace('plan/I.1');
    const t = store.getState().traces[traceKey('plan/I.1', false)];
    expect(t?.status === 'ready' && t.data.provisions.map((p) => p.key)).toEqual(['a', 'b']);

    store.getState().setShowUncertain(true);
    await store.getState().loadTrace('plan/I.1');
    const all = store.getState().traces[traceKey('plan/I.1', true)];
    expect(all?.status === 'ready' && all.data.provisions.map((p) => p.key)).toEqual(['a', 'c', 'b']);
    expect(api.calls.filter((c) => c.method === 'trace').map((c) => c.args)).toEqual([
      { clause: 'plan/I.1' },
      { clause: 'plan/I.1', all: true },
    ]);
  });
});

describe('library changes', () => {
  /** A store showing plan (clause I.1 selected) on the left and a provision on the right, with much cached. */
  async function storeWithEverythingLoaded() {
    const api = createFakeApi();
    const timers = manualTimers();
    const store = createAppStore(api, timers);
    const s = () => store.getState();
    s().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
    s().openView({ type: 'provision', key: 'ru-civil-code:1253.1' }, 'other');
    await Promise.all([
      s().loadDocuments(),
      s().loadClauses('plan'),
      s().loadCitations('plan'),
      s().loadLinks('plan/I.1'),
      s().loadClauses('gk'),
      s().loadCitations('gk'),
      s().loadClause('plan/I.2'),
      s().loadLinks('plan/I.2'),
      s().loadTrace('plan/I.2'),
      s().loadProvision('ru-civil-code:1253.1'),
      s().loadProvision('other:1'),
      s().loadProvisions(),
      s().loadCommitments(),
    ]);
    s().setQuery('amend');
    timers.flush();
    api.searches[0]!.resolve({ query: 'amend', hits: [hit('plan/I.1')], notice: null });
    await tick();
    return { api, store, s };
  }

  it('drops what an updated document made stale and reloads what is open', async () => {
    const { api, s } = await storeWithEverythingLoaded();
    // An import updates "plan" (new text) and recomputes every cross-reference.
    api.library.plan = [clause('plan', 'I.1', 'Russia will amend Article 1253.1, as revised.')];
    api.revision.n = 2;
    api.calls.length = 0;

    const changed = s().libraryChanged();
    // Open content keeps its old data on screen while the new one loads.
    const during = s().clauses.plan;
    expect(during?.status === 'ready' && during.data.length).toBe(2);
    api.searches[1]!.resolve({ query: 'amend', hits: [hit('plan/I.1', { snippet: 'as revised' })], notice: null });
    await changed;

    const clauses = s().clauses.plan;
    expect(clauses?.status === 'ready' && clauses.data.map((c) => c.text)).toEqual(['Russia will amend Article 1253.1, as revised.']);
    const links = s().links['plan/I.1'];
    expect(links?.status === 'ready' && links.data[0]!.score).toBe(2);
    const provision = s().provisionDetails['ru-civil-code:1253.1'];
    expect(provision?.status === 'ready' && provision.data.label).toMatch(/r2$/);
    const provisions = s().provisions;
    expect(provisions?.status === 'ready' && provisions.data[0]!.label).toMatch(/r2$/);
    const commitments = s().commitments;
    expect(commitments?.status === 'ready' && commitments.data.map((c) => c.text)).toEqual(['Russia will amend Article 1253.1, as revised.']);
    expect(s().citations.plan?.status).toBe('ready');
    const results = s().results;
    expect(results?.status === 'ready' && results.data.hits[0]!.snippet).toBe('as revised');

    // What is not on screen is forgotten, to be asked for again when shown.
    expect(Object.keys(s().clauses)).toEqual(['plan']);
    expect(Object.keys(s().citations)).toEqual(['plan']);
    expect(s().clauseDetails).toEqual({});
    expect(Object.keys(s().links)).toEqual(['plan/I.1']);
    expect(s().traces).toEqual({});
    expect(Object.keys(s().provisionDetails)).toEqual(['ru-civil-code:1253.1']);
    expect(api.calls.map((c) => c.method).sort()).toEqual(
      ['clauseLinks', 'getProvision', 'listCitations', 'listClauses', 'listCommitments', 'listDocuments', 'listProvisions', 'search'].sort(),
    );

    // A clause detail fetched after the change shows the new text.
    await s().loadClause('plan/I.1');
    const detail = s().clauseDetails['plan/I.1'];
    expect(detail?.status === 'ready' && detail.data.text).toBe('Russia will amend Article 1253.1, as revised.');
  });

  it('reloads an open trace and the clause it starts from', async () => {
    const api = createFakeApi();
    const store = createAppStore(api, manualTimers());
    const s = () => store.getState();
    s().openView({ type: 'trace', clause: 'plan/I.1' });
    await Promise.all([s().loadClause('plan/I.1'), s().loadTrace('plan/I.1')]);
    api.library.plan = [clause('plan', 'I.1', 'Amended text.')];
    api.revision.n = 3;
    await s().libraryChanged();
    const detail = s().clauseDetails['plan/I.1'];
    expect(detail?.status === 'ready' && detail.data.text).toBe('Amended text.');
    const trace = s().traces[traceKey('plan/I.1', false)];
    expect(trace?.status === 'ready' && trace.data.provisions.map((p) => p.title)).toEqual(['A', 'B r3']);
    // Lists never loaded stay unloaded.
    expect(s().provisions).toBeNull();
    expect(s().commitments).toBeNull();
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
    const loading = store.getState().loadClauses('gk');
    api.library.gk = [clause('gk', 'art1', 'New statute text.')];
    await store.getState().libraryChanged();
    release();
    await loading;
    const gk = store.getState().clauses.gk;
    expect(gk?.status === 'ready' && gk.data.map((c) => c.text)).toEqual(['New statute text.']);
  });
});
