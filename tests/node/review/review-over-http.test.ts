// The review domain over the web host, as the renderer calls it: verdicts, statuses, the queue, exports as base64 or
// text, citations; invalid arguments refused as data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { API_METHODS, type ExplorerApi } from '../../../shared/core/api/contract.js';
import { REVIEW_ARGS } from '../../../shared/core/api/domains/review.js';
import type { Explorer } from '../../../shared/node/service/open-explorer.js';
import { startWebHost } from '../../../shared/node/web/web-host.js';
import { cleanupTemp } from '../../helpers/temp-db.js';
import { makeRendererDir } from '../web/web-fixtures.js';
import { openIndexedLibrary, SEIZE } from './review-library.js';

let explorer: Explorer;
let api: ExplorerApi;
let callRaw: (method: string, args: unknown) => Promise<unknown>;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ explorer } = await openIndexedLibrary());
  const renderer = makeRendererDir();
  const host = await startWebHost({ service: explorer.service, port: 0, rendererDir: renderer.rendererDir, log: () => {} });
  callRaw = async (method, args) => {
    const response = await fetch(`${host.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) });
    const envelope = (await response.json()) as { ok: boolean; result?: unknown; error?: { code: string; message: string } };
    if (envelope.ok) return envelope.result;
    throw Object.assign(new Error(envelope.error!.message), { code: envelope.error!.code });
  };
  api = Object.fromEntries(API_METHODS.map((m) => [m, (args: unknown) => callRaw(m, args)])) as unknown as ExplorerApi;
  close = async () => {
    await host.close();
    renderer.cleanup();
  };
});
afterAll(async () => {
  await close();
  explorer.close();
  cleanupTemp();
});

describe('the review domain over HTTP', () => {
  it('is part of the contract', async () => {
    for (const method of Object.keys(REVIEW_ARGS)) expect(API_METHODS).toContain(method);
  });

  it('reviews a link and shows its status in the trace, the queue and the matrix', async () => {
    expect(await api.reviewLink({ clause: SEIZE, target: 'ru-civil-code:1252/5', verdict: 'confirmed', reason: 'yes' })).toMatchObject({ status: 'confirmed' });
    expect((await api.trace({ clause: SEIZE })).provisions[0]).toMatchObject({ key: 'ru-civil-code:1252/5', status: 'confirmed', inferred: true, isNew: false, reason: 'yes' });
    const queue = await api.reviewQueue({});
    expect(queue.items.find((i) => i.clause.id === SEIZE)!.proposals[0]!.status).toBe('confirmed');
    expect(await api.traceMatrix({ statuses: ['confirmed'] })).toMatchObject({ cells: [{ status: 'confirmed', score: expect.any(Number) }] });
    expect(await api.getHistory({})).toMatchObject({ canUndo: true, undoLabel: expect.stringMatching(/^Confirm link/) });
  });

  it('sends binary exports as base64 and text exports as UTF-8', async () => {
    const xlsx = await api.exportMatrix({ format: 'xlsx' });
    expect(xlsx.encoding).toBe('base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.content, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Links']);
    const html = await api.exportTraceReport({ format: 'html', clauses: [SEIZE] });
    expect(html.encoding).toBe('utf8');
    expect(html.content.match(/<h3>/g)).toHaveLength(1);
  });

  it('cites and keeps the citation form setting', async () => {
    expect(await api.updateCitationSettings({ citationForm: 'ru' })).toEqual({ citationForm: 'ru' });
    expect((await api.citeProvision({ key: 'ru-civil-code:1229' })).text).toBe('ст. 1229 ГК РФ (ред. от 13.06.2023)');
    expect(await api.getCitationSettings({})).toEqual({ citationForm: 'ru' });
  });

  it('refuses invalid arguments as data', async () => {
    await expect(callRaw('reviewLink', { clause: SEIZE, target: 'ru-civil-code:1229', verdict: 'maybe' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(callRaw('exportMatrix', { format: 'pdf' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(callRaw('updateCitationSettings', { citationForm: 'bluebook' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(callRaw('traceMatrix', { statuses: ['maybe'] })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(callRaw('addUserLink', { clause: SEIZE, target: 'nowhere/1' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
