// The API contract, asserted identically over every transport: in-process dispatch, HTTP, and IPC.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import { ACTION_PLAN_ID, openContractLibrary, PRESS_RELEASE_ID, type ContractLibrary } from './contract-fixture.js';

export interface ContractTransport {
  /** The typed client a UI would use over this transport. */
  api: ExplorerApi;
  /** A call by name with arbitrary arguments, as a buggy or hostile caller could send it over this transport. */
  callRaw(method: string, args: unknown): Promise<unknown>;
  /**
   * Whether an unknown method name reaches the host at all. Over IPC it cannot: window.explorer has only
   * the contract's methods and main registers only their channels (Electron has no catch-all handler).
   */
  unknownMethodsReachHost: boolean;
  close(): Promise<void>;
}

/** What a failed call looks like once the transport is peeled off. */
async function failure(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (err) {
    const { code, message } = err as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && typeof message === 'string') return { code, message };
    throw new Error(`the transport failed without a {code, message}: ${String(err)}`);
  }
  throw new Error('expected the call to fail');
}

export function defineContractSuite(name: string, connect: (service: ExplorerApi) => Promise<ContractTransport>): void {
  describe(`API contract over ${name}`, () => {
    let library: ContractLibrary;
    let transport: ContractTransport;
    let api: ExplorerApi;
    let direct: ExplorerApi;

    beforeAll(async () => {
      library = await openContractLibrary();
      direct = library.explorer.service;
      transport = await connect(direct);
      api = transport.api;
    });
    afterAll(async () => {
      await transport?.close();
      library?.cleanup();
    });

    it('lists the imported documents', async () => {
      const docs = await api.listDocuments({});
      expect(docs.map((d) => d.id).sort()).toEqual([ACTION_PLAN_ID, PRESS_RELEASE_ID]);
      const press = docs.find((d) => d.id === PRESS_RELEASE_ID)!;
      expect(press).toMatchObject({ kind: 'press-release', lang: 'en', shortTitle: 'USTR press release', file: 'ustr-press-release-ipr-action-plan-2012.txt' });
      expect(press.clauses).toBeGreaterThan(0);
      expect(docs).toEqual(await direct.listDocuments({}));
    });

    it('tells the state of the links (current here; never refreshing them)', async () => {
      await api.listProvisions({}); // the links are brought up to date by a read that needs them
      expect(await api.getStoreStatus({})).toEqual({ links: 'current', message: 'The links are up to date.', retrying: false });
      expect(await api.getStoreStatus({})).toEqual(await direct.getStoreStatus({}));
    });

    it('gets one document', async () => {
      const doc = await api.getDocument({ id: PRESS_RELEASE_ID });
      expect(doc).toEqual((await direct.listDocuments({})).find((d) => d.id === PRESS_RELEASE_ID));
    });

    it("lists a document's clauses in reading order", async () => {
      const clauses = await api.listClauses({ doc: ACTION_PLAN_ID });
      expect(clauses.length).toBeGreaterThan(2);
      expect(clauses.every((c) => c.doc === ACTION_PLAN_ID && c.id.startsWith(`${ACTION_PLAN_ID}/`))).toBe(true);
      expect(clauses).toEqual(await direct.listClauses({ doc: ACTION_PLAN_ID }));
    });

    it('gets a clause with its neighbours', async () => {
      const clauses = await api.listClauses({ doc: ACTION_PLAN_ID });
      const first = await api.getClause({ id: clauses[0]!.id });
      expect(first.prev).toBeNull();
      const second = await api.getClause({ id: clauses[1]!.id });
      expect(second).toMatchObject({ id: clauses[1]!.id, doc: ACTION_PLAN_ID, docKind: 'action-plan', text: clauses[1]!.text });
      expect(typeof second.prev).toBe('string');
      expect(second.next === null || typeof second.next === 'string').toBe(true);
      expect(first.next).not.toBeNull();
      expect(second).toEqual(await direct.getClause({ id: clauses[1]!.id }));
    });

    it('answers not_found for an unknown clause and document', async () => {
      expect(await failure(api.getClause({ id: `${ACTION_PLAN_ID}/no-such-clause` }))).toEqual({
        code: 'not_found',
        message: `no clause with id "${ACTION_PLAN_ID}/no-such-clause"`,
      });
      expect((await failure(api.listClauses({ doc: 'no-such-doc' }))).code).toBe('not_found');
    });

    it('imports a PDF and gives its bytes and a clause\'s regions exactly as in process', async () => {
      const data = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pdf', 'article-belarus-russia-2025.plain.pdf')).toString('base64');
      const report = await api.importDocument({ fileName: 'belarus.pdf', data });
      expect(report).toMatchObject({ status: 'imported', docId: 'belarus', clauses: 9 });
      expect((await api.getDocumentPdf({ id: 'belarus' })).data).toBe(data);
      const [title] = await api.listClauses({ doc: 'belarus' });
      expect(await api.getClauseRegions({ id: title!.id })).toEqual(await direct.getClauseRegions({ id: title!.id }));
      await expect(api.getDocumentPdf({ id: PRESS_RELEASE_ID })).rejects.toMatchObject({ code: 'not_found' });
      await api.removeDocument({ id: 'belarus' });
    });

    it('answers bad_request for arguments of the wrong type or shape', async () => {
      for (const [method, args] of [
        ['getClause', { id: 42 }],
        ['getClause', {}],
        ['getDocument', { id: 'x', extra: true }],
        ['listClauses', 'doc'],
        ['search', { query: 'x', limit: 0 }],
      ] as const) {
        const error = await failure(transport.callRaw(method, args));
        expect(error.code, `${method} ${JSON.stringify(args)}`).toBe('bad_request');
        expect(error.message).toContain(method);
      }
    });

    it('answers unknown_method for a method the contract does not have', async () => {
      if (transport.unknownMethodsReachHost) {
        expect(await failure(transport.callRaw('dropEverything', {}))).toEqual({
          code: 'unknown_method',
          message: 'unknown API method "dropEverything"',
        });
      } else {
        expect((api as unknown as Record<string, unknown>).dropEverything).toBeUndefined();
        await expect(transport.callRaw('dropEverything', {})).rejects.toThrow();
      }
    });

    it('annotates, lists, undoes and exports through the transport exactly as in process', async () => {
      const clause = (await api.listClauses({ doc: ACTION_PLAN_ID }))[2]!;
      const created = await api.createAnnotation({ targets: [{ clause: clause.id, start: 0, end: 5 }], tags: ['contract'], note: 'line 1\nline 2' });
      expect(created).toMatchObject({ status: 'anchored', note: 'line 1\nline 2', tags: [{ name: 'contract' }] });
      expect(await api.listAnnotations({ doc: ACTION_PLAN_ID })).toEqual(await direct.listAnnotations({ doc: ACTION_PLAN_ID }));
      expect((await api.listTags({})).find((t) => t.name === 'contract')?.count).toBe(1);
      const exported = await api.exportAnnotations({ format: 'jsonld' });
      expect(JSON.parse(exported.content)).toMatchObject({ type: 'AnnotationCollection', total: 1 });
      expect((await api.undo({})).done).toMatch(/contract/);
      expect(await api.listAnnotations({})).toEqual([]);
      expect((await api.getHistory({})).canRedo).toBe(true);
      await api.redo({});
      expect((await api.listAnnotations({})).map((a) => a.id)).toEqual([created.id]);
      await api.deleteAnnotation({ id: created.id });
    });

    it('refuses malformed annotation arguments as bad_request, changing nothing', async () => {
      for (const args of [
        { targets: [] },
        { targets: [{ clause: 'x/1', start: 5, end: 2 }] },
        { targets: [{ clause: 'x/1', start: 0, end: 2 }], tags: [''] },
        { targets: [{ clause: 'x/1', start: 0, end: 2 }], note: 'x'.repeat(20_001) },
      ]) {
        expect((await failure(transport.callRaw('createAnnotation', args))).code, JSON.stringify(args).slice(0, 80)).toBe('bad_request');
      }
      expect((await failure(transport.callRaw('bulkTag', { tag: 'x' }))).code).toBe('bad_request');
      expect((await failure(transport.callRaw('setTagColor', { name: 'x', color: 'red' }))).code).toBe('bad_request');
      expect(await api.listAnnotations({})).toEqual([]);
    });

    it('keeps the library usable after errors', async () => {
      await failure(transport.callRaw('getClause', { id: 1 }));
      expect((await api.listDocuments({})).length).toBe(2);
    });
  });
}
