// The annotations slices without React: watched lists, refresh after every change, undo/redo, commands and toasts.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/state/app-store.js';
import { readyData, selectQuery } from '../../renderer/state/api-cache-slice.js';
import type { AnnotationQuery } from '../../renderer/state/annotations-slice.js';
import { annotateSelection, targetsToAnnotate, undoOrRedo } from '../../renderer/commands/annotate.js';
import { onToast } from '../../renderer/commands/toast.js';
import { createFakeApi, manualTimers, tick } from './fake-api.js';

function setup() {
  const api = createFakeApi();
  const store = createAppStore(api, manualTimers());
  return { api, store, s: () => store.getState() };
}

const ready = <T,>(l: { status: string; data?: T } | null | undefined): T => {
  if (l?.status !== 'ready') throw new Error(`not ready: ${l?.status}`);
  return l.data as T;
};

const list = (state: ReturnType<ReturnType<typeof setup>['s']>, query: AnnotationQuery) => selectQuery(state, 'listAnnotations', query);

function toasts(): string[] {
  const out: string[] = [];
  onToast((m) => out.push(m));
  return out;
}

describe('annotations slice', () => {
  it('fetches a watched list once per key, keeps it while watched and forgets it at the next change when nobody watches', async () => {
    const { api, s } = setup();
    const stopA = s().watchQuery('listAnnotations', { doc: 'plan' });
    const stopB = s().watchQuery('listAnnotations', { doc: 'plan' });
    await tick();
    expect(api.calls.filter((c) => c.method === 'listAnnotations')).toHaveLength(1);
    expect(ready(list(s(), { doc: 'plan' }))).toEqual([]);
    stopA();
    stopB();
    stopB(); // a second stop changes nothing
    expect(list(s(), { doc: 'plan' })).toBeDefined(); // kept for going back to the view
    await s().annotationsChanged();
    expect(list(s(), { doc: 'plan' })).toBeUndefined();
    expect(api.calls.filter((c) => c.method === 'listAnnotations')).toHaveLength(1);
  });

  it('re-fetches every watched list, the tags and the history after a change', async () => {
    const { s } = setup();
    s().watchQuery('listAnnotations', { doc: 'plan' });
    s().watchQuery('listAnnotations', { tag: 'piracy' });
    s().watchQuery('listTags', {});
    s().watchQuery('getHistory', {});
    await tick();
    const created = await s().changeAnnotations((api) =>
      api.createAnnotation({ targets: [{ clause: 'plan/I.2', start: 0, end: 6 }], tags: ['Piracy'], note: 'line one\nline two' }),
    );
    expect(created.targets[0]!.exact).toBe('Second');
    const inDoc = ready<{ id: string; note: string }[]>(list(s(), { doc: 'plan' }));
    expect(inDoc.map((a) => a.note)).toEqual(['line one\nline two']);
    // Tag filters are case-insensitive.
    expect(ready<unknown[]>(list(s(), { tag: 'piracy' }))).toHaveLength(1);
    expect(readyData(s(), 'listTags', {})!.map((t) => [t.name, t.count])).toEqual([['Piracy', 1]]);
    expect(readyData(s(), 'getHistory', {})).toMatchObject({ canUndo: true, undoLabel: 'Annotate' });
  });

  it('undoes and redoes through the API and refreshes what is shown', async () => {
    const { s } = setup();
    s().watchQuery('listAnnotations', { doc: 'plan' });
    await s().changeAnnotations((api) => api.bulkTag({ query: 'item', tag: 'todo' }));
    expect(ready<unknown[]>(list(s(), { doc: 'plan' }))).toHaveLength(1);
    const undone = await s().undo();
    expect(undone.done).toBe("Tag 1 clauses 'todo'");
    expect(ready<unknown[]>(list(s(), { doc: 'plan' }))).toHaveLength(0);
    await s().redo();
    expect(ready<unknown[]>(list(s(), { doc: 'plan' }))).toHaveLength(1);
  });

  it('says what was undone, or that there was nothing to undo, in a toast', async () => {
    const { s, store } = setup();
    const said = toasts();
    await undoOrRedo(store, 'undo');
    await s().changeAnnotations((api) => api.createAnnotation({ targets: [{ clause: 'plan/I.2', start: 0, end: 6 }] }));
    await undoOrRedo(store, 'undo');
    await undoOrRedo(store, 'redo');
    expect(said).toEqual(['Nothing to undo.', 'Undone: Annotate', 'Redone: Annotate']);
  });

  it('drops an answer computed before a change and asks again', async () => {
    const base = createFakeApi();
    let release: () => void = () => {};
    let first = true;
    const api = createFakeApi({
      listAnnotations: async (args) => {
        const result = await base.listAnnotations(args);
        if (first) {
          first = false;
          await new Promise<void>((r) => (release = r));
        }
        return base.listAnnotations(args).then(() => result);
      },
      createAnnotation: (args) => base.createAnnotation(args),
    });
    const store = createAppStore(api, manualTimers());
    store.getState().watchQuery('listAnnotations', { doc: 'plan' });
    await tick();
    const change = store.getState().changeAnnotations((a) => a.createAnnotation({ targets: [{ clause: 'plan/I.1', start: 0, end: 6 }] }));
    await change;
    release();
    await tick();
    await tick();
    expect(ready<unknown[]>(list(store.getState(), { doc: 'plan' }))).toHaveLength(1);
  });

  it('shows a failed change as an error and leaves the lists as they were', async () => {
    const { s } = setup();
    s().watchQuery('listAnnotations', { doc: 'plan' });
    await tick();
    await expect(s().changeAnnotations((api) => api.updateAnnotation({ id: 'nope', note: 'x' }))).rejects.toMatchObject({ code: 'not_found' });
    expect(ready<unknown[]>(list(s(), { doc: 'plan' }))).toEqual([]);
  });

  it('re-fetches annotations when the library changes (anchors move with the text)', async () => {
    const { api, s } = setup();
    s().openView({ type: 'doc', doc: 'plan', clause: null });
    s().watchQuery('listAnnotations', { doc: 'plan' });
    await s().changeAnnotations((a) => a.createAnnotation({ targets: [{ clause: 'plan/I.2', start: 0, end: 6 }] }));
    api.library.plan = [api.library.plan![0]!, { ...api.library.plan![1]!, text: 'A rewritten item.' }];
    await s().invalidate(['library']);
    const [annotation] = ready<{ status: string }[]>(list(s(), { doc: 'plan' }));
    expect(annotation!.status).toBe('orphaned');
  });
});

describe('annotate command', () => {
  it('annotates the whole selected clause when no text is selected', async () => {
    const { s, store } = setup();
    expect(targetsToAnnotate(store)).toBeNull();
    s().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.2' });
    await s().fetchQuery('listClauses', { doc: 'plan' });
    annotateSelection(store);
    expect(s().dialog).toEqual({ kind: 'annotate', targets: [{ clause: 'plan/I.2', start: 0, end: 12 }], quote: 'Second item.' });
  });

  it('prefers the text selected in the reader', async () => {
    const { s, store } = setup();
    s().openView({ type: 'doc', doc: 'plan', clause: 'plan/I.2' });
    const targets = [
      { clause: 'plan/I.1', start: 7, end: 12 },
      { clause: 'plan/I.2', start: 0, end: 6 },
    ];
    s().setPendingSelection({ side: 'left', targets, quote: 'will … Second', x: 0, y: 0 });
    annotateSelection(store);
    expect(s().dialog).toEqual({ kind: 'annotate', targets, quote: 'will … Second' });
    expect(s().pendingSelection).toBeNull();
  });

  it('re-attaches the orphan being re-attached to the selection instead', async () => {
    const { api, s, store } = setup();
    const created = await s().changeAnnotations((a) => a.createAnnotation({ targets: [{ clause: 'plan/I.2', start: 0, end: 6 }], tags: ['x'] }));
    api.library.plan = [api.library.plan![0]!, { ...api.library.plan![1]!, text: 'Another text.' }];
    s().startReattach(created);
    s().setPendingSelection({ side: 'left', targets: [{ clause: 'plan/I.2', start: 0, end: 7 }], quote: 'Another', x: 0, y: 0 });
    annotateSelection(store);
    await tick();
    await tick();
    expect(api.calls.filter((c) => c.method === 'updateAnnotation').map((c) => c.args)).toEqual([
      { id: created.id, targets: [{ clause: 'plan/I.2', start: 0, end: 7 }] },
    ]);
    expect(s().reattaching).toBeNull();
    const [now] = await api.listAnnotations({});
    expect(now).toMatchObject({ status: 'anchored', targets: [{ exact: 'Another' }] });
  });
});
