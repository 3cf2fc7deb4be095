// The web host's happy paths: API over fetch, empty bodies, the not-built page, ephemeral ports and closing.
import { afterEach, describe, expect, it } from 'vitest';
import { NOT_BUILT_MESSAGE } from '../../../shared/node/host/static-path.js';
import { startWebHost } from '../../../shared/node/web/web-host.js';
import { rawRequest, startTestHost, type TestHost } from './web-fixtures.js';

let t: TestHost | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('web host', () => {
  it('answers API calls from fetch with a JSON envelope; an empty body means {}', async () => {
    t = await startTestHost();
    const res = await fetch(`${t.host.url}api/listDocuments`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ ok: true, result: [] });
    const notFound = await fetch(`${t.host.url}api/getDocument`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'nope' }),
    });
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ ok: false, error: { code: 'not_found', message: 'no document with id "nope"' } });
  });

  it('says to run npm run build when the renderer has no index.html', async () => {
    t = await startTestHost({ withIndex: false });
    const res = await rawRequest(t.host.port, '/');
    expect(res.status).toBe(503);
    expect(res.body).toBe(NOT_BUILT_MESSAGE);
    expect(res.body).toContain('npm run build');
    expect(res.headers['content-security-policy']).toBeDefined();
  });

  it('picks distinct ephemeral ports and fails clearly on a busy port', async () => {
    t = await startTestHost();
    expect(t.host.port).toBeGreaterThan(0);
    await expect(startWebHost({ service: t.service, port: t.host.port, rendererDir: t.rendererDir })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });

  it('stops accepting connections once closed', async () => {
    t = await startTestHost();
    const port = t.host.port;
    await t.close();
    t = undefined;
    await expect(rawRequest(port, '/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
