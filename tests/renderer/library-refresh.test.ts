// After an import the app shows the new library: from the Import button, and from the desktop menu's host event.
import { ApiError } from '../../shared/core/api/api-error.js';
import { describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../shared/core/api/dto.js';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from '../../shared/core/api/import-limits.js';
import { IMPORT_ACCEPT, importPickedFile, type PickedFile } from '../../renderer/commands/import-file.js';
import { followLibraryChanges } from '../../renderer/host-events.js';
import { removeDocument } from '../../renderer/commands/remove-document.js';
import { importPickedFiles } from '../../renderer/commands/import-files.js';
import { onToast } from '../../renderer/commands/toast.js';
import { createAppStore } from '../../renderer/state/app-store.js';
import { readyData, selectQuery } from '../../renderer/state/api-cache-slice.js';
import { clause, createFakeApi, manualTimers, tick, type FakeApi } from './fake-api.js';

const file = (name: string, text: string, size = text.length): PickedFile => ({
  name,
  size,
  arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
});

/** A fake API whose importDocument replaces the plan's clauses, as re-importing a changed file does. */
function importingApi(status: ImportReport['status']): FakeApi {
  const api = createFakeApi();
  api.importDocument = async (args) => {
    api.calls.push({ method: 'importDocument', args });
    if (status !== 'unchanged') api.library.plan = [clause('plan', 'I.1', 'Updated commitment.')];
    return { status, docId: 'plan', file: args.fileName, clauses: 1 };
  };
  return api;
}

/** A store whose reader shows plan (its clauses and the document list watched, as the mounted views do). */
async function storeReadingPlan(api: FakeApi) {
  const store = createAppStore(api, manualTimers());
  const s = store.getState();
  s.openView({ type: 'doc', doc: 'plan', clause: 'plan/I.1' });
  s.watchQuery('listDocuments', {});
  s.watchQuery('listClauses', { doc: 'plan' });
  await Promise.all([s.fetchQuery('listDocuments', {}), s.fetchQuery('listClauses', { doc: 'plan' }), s.fetchQuery('getClause', { id: 'plan/I.1' })]);
  return store;
}

const texts = (store: Awaited<ReturnType<typeof storeReadingPlan>>) => readyData(store.getState(), 'listClauses', { doc: 'plan' })?.map((x) => x.text) ?? null;

describe('the Import button', () => {
  it('shows the new text of an updated document that was already open', async () => {
    const api = importingApi('updated');
    const store = await storeReadingPlan(api);
    const message = await importPickedFile(api, store, file('plan.txt', 'Updated commitment.'));
    expect(message).toEqual({ ok: true, message: 'plan.txt: updated, 1 clause.' });
    expect(api.calls.find((c) => c.method === 'importDocument')!.args).toEqual({ fileName: 'plan.txt', data: btoa('Updated commitment.') });
    expect(texts(store)).toEqual(['Updated commitment.']);
    // The old clause detail is gone: it is asked for again when shown.
    expect(selectQuery(store.getState(), 'getClause', { id: 'plan/I.1' })).toBeUndefined();
    expect(store.getState().panes.left?.view).toEqual({ type: 'doc', doc: 'plan', clause: null });
  });

  it('reloads nothing when the same bytes were imported again', async () => {
    const api = importingApi('unchanged');
    const store = await storeReadingPlan(api);
    api.calls.length = 0;
    await importPickedFile(api, store, file('plan.txt', 'x'));
    expect(api.calls.map((c) => c.method)).toEqual(['importDocument']);
  });

  it('refuses a file over the import limit without sending it', async () => {
    const api = importingApi('imported');
    const store = createAppStore(api, manualTimers());
    const message = await importPickedFile(api, store, file('huge.html', '', MAX_IMPORT_BYTES + 1));
    expect(message).toEqual({ ok: false, message: 'Could not import huge.html: it is larger than 64 MB.' });
    expect(api.calls).toEqual([]);
  });

  it('names a refused file once, with the service\'s reason, and leaves the library as it was', async () => {
    const api = createFakeApi();
    api.importDocument = () => Promise.reject(new ApiError('import_failed', 'x.txt: the file is binary data, not text'));
    const store = await storeReadingPlan(api);
    const before = texts(store);
    const outcome = await importPickedFile(api, store, file('x.txt', '\u0000\u0001'));
    expect(outcome).toEqual({ ok: false, message: 'Could not import x.txt: the file is binary data, not text.' });
    expect(texts(store)).toEqual(before);
  });

  it('offers every extension the importers read', () => {
    for (const ext of IMPORT_EXTENSIONS) expect(IMPORT_ACCEPT.split(',')).toContain(ext);
  });
});

describe('library changes from the desktop host', () => {
  it('reloads the open document when the host says the library changed, until unsubscribed', async () => {
    const api = importingApi('updated');
    const store = await storeReadingPlan(api);
    let notify: (() => void) | null = null;
    const unsubscribe = vi.fn();
    const stop = followLibraryChanges(store, {
      onLibraryChanged(callback) {
        notify = callback;
        return unsubscribe;
      },
    });
    api.library.plan = [clause('plan', 'I.1', 'Imported from the menu.')];
    notify!();
    await tick();
    await tick();
    expect(texts(store)).toEqual(['Imported from the menu.']);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('does nothing in a host without the event (the web host)', () => {
    const store = createAppStore(createFakeApi(), manualTimers());
    expect(() => followLibraryChanges(store, undefined)()).not.toThrow();
    expect(() => followLibraryChanges(store, {})()).not.toThrow();
  });
});

describe('removing a document the user imported', () => {
  it('removes it, closes the panes showing it, and brings it back with Undo', async () => {
    const api = createFakeApi();
    const removed: string[] = [];
    api.removeDocument = async ({ id }) => {
      api.calls.push({ method: 'removeDocument', args: { id } });
      removed.push(id);
      return { removed: true };
    };
    api.restoreDocument = async ({ id }) => {
      api.calls.push({ method: 'restoreDocument', args: { id } });
      return { status: 'imported', docId: id, file: 'plan.txt', clauses: 2 };
    };
    const store = await storeReadingPlan(api);
    store.getState().openView({ type: 'trace', clause: 'plan/I.1' }, 'other');
    const toasts: { message: string; action?: { label: string; run(): void } }[] = [];
    const stop = onToast((message, action) => toasts.push({ message, action }));
    api.calls.length = 0;

    await removeDocument(store, { id: 'plan', title: 'Action Plan' });
    expect(removed).toEqual(['plan']);
    expect(store.getState().panes).toEqual({ left: null, right: null });
    // The library list on screen was asked for again.
    expect(api.calls.map((c) => c.method)).toContain('listDocuments');
    expect(toasts.at(-1)).toMatchObject({ message: 'Removed “Action Plan”.', action: { label: 'Undo' } });

    toasts.at(-1)!.action!.run();
    await tick();
    await tick();
    expect(api.calls.filter((c) => c.method === 'restoreDocument').map((c) => c.args)).toEqual([{ id: 'plan' }]);
    expect(store.getState().panes.left?.view).toEqual({ type: 'doc', doc: 'plan', clause: null });
    expect(toasts.at(-1)!.message).toBe('Restored “Action Plan”, 2 clauses.');
    stop();
  });

  it('says why when the removal fails, and closes nothing', async () => {
    const api = createFakeApi();
    api.removeDocument = () => Promise.reject(new ApiError('not_found', 'no document with id "plan"'));
    const store = await storeReadingPlan(api);
    const toasts: string[] = [];
    const stop = onToast((m) => toasts.push(m));
    await removeDocument(store, { id: 'plan', title: 'Action Plan' });
    expect(toasts).toEqual(['Could not remove “Action Plan”: No document with id "plan".']);
    expect(store.getState().panes.left?.view.type).toBe('doc');
    stop();
  });
});

describe('importing several files', () => {
  it('imports them one after the other, reports each step, refreshes once and names the failures', async () => {
    const api = createFakeApi();
    api.importDocument = async (args) => {
      api.calls.push({ method: 'importDocument', args });
      if (args.fileName === 'bad.txt') throw new ApiError('import_failed', 'bad.txt: the file is binary data, not text');
      return { status: 'imported', docId: args.fileName.replace(/\.txt$/, ''), file: args.fileName, clauses: 1 };
    };
    const store = await storeReadingPlan(api);
    api.calls.length = 0;
    const steps: string[] = [];
    const outcome = await importPickedFiles(api, store, [file('a.txt', 'A.'), file('bad.txt', '\u0000'), file('c.txt', 'C.')], (s) =>
      steps.push(`${s.done}/${s.total} ${s.file}`),
    );
    expect(steps).toEqual(['0/3 a.txt', '1/3 bad.txt', '2/3 c.txt', '3/3 ']);
    expect(outcome).toEqual({ ok: false, message: 'Imported 2 of 3 files. Could not import bad.txt (the file is binary data, not text).' });
    expect(api.calls.filter((c) => c.method === 'listDocuments')).toHaveLength(1);
    expect(store.getState().panes.left?.view).toEqual({ type: 'doc', doc: 'c', clause: null });
  });
});
