// The zustand slices without React: documents, panes, search (debounce, stale answers), trace and provisions.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/state/app-store.js';
import { traceKey } from '../../renderer/state/trace-slice.js';
import { createFakeApi, manualTimers, tick } from './fake-api.js';

const hit = (clause: string) => ({ clause, doc: 'plan', label: clause, score: 1, snippet: 's', highlights: [] as [number, number][], docTitle: 'Plan', kind: 'item' as const });

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
    expect(state?.status === 'error' && state.error).toMatchObject({ code: 'not_found', unavailable: false });
  });

  it('marks features that are not built yet as unavailable', async () => {
    const store = createAppStore(createFakeApi(), manualTimers());
    await store.getState().loadProvisions();
    const p = store.getState().provisions;
    expect(p?.status === 'error' && p.error.unavailable).toBe(true);
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

  it('moves the selection around the hits and fetches clause texts for excerpts', async () => {
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
    expect(store.getState().hitTexts['plan/I.2']).toBe('Second item.');
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
