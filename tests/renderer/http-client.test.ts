// The HTTP transport: one POST per method with the args as JSON; answers and errors mapped to results and ApiErrors.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/core/api/api-error.js';
import { API_METHODS } from '../../shared/core/api/contract.js';
import { createHttpClient } from '../../renderer/api/http-client.js';

function fakeFetch(status: number, body: string | Error) {
  const requests: { url: string; init: { method: string; headers: Record<string, string>; body: string } }[] = [];
  const fetch = async (url: string, init: { method: string; headers: Record<string, string>; body: string }) => {
    requests.push({ url, init });
    if (body instanceof Error) throw body;
    return { ok: status < 400, status, text: async () => body };
  };
  return { fetch, requests };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    return err as ApiError;
  }
  throw new Error('expected a rejection');
}

describe('createHttpClient', () => {
  it('has every method of the contract', () => {
    const client = createHttpClient({ fetch: fakeFetch(200, '{}').fetch }) as unknown as Record<string, unknown>;
    for (const method of API_METHODS) expect(typeof client[method]).toBe('function');
  });

  it('POSTs the args as JSON to /api/<method> and returns the result', async () => {
    const { fetch, requests } = fakeFetch(200, JSON.stringify({ ok: true, result: [{ id: 'd' }] }));
    const client = createHttpClient({ fetch, baseUrl: 'http://h:1/' });
    expect(await client.listClauses({ doc: 'd' })).toEqual([{ id: 'd' }]);
    expect(requests[0]!.url).toBe('http://h:1/api/listClauses');
    expect(requests[0]!.init.method).toBe('POST');
    expect(requests[0]!.init.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(requests[0]!.init.body)).toEqual({ doc: 'd' });
  });

  it('throws an ApiError carrying the code and message of an error answer', async () => {
    const { fetch } = fakeFetch(404, JSON.stringify({ ok: false, error: { code: 'not_found', message: 'no clause "x"' } }));
    const err = await rejection(createHttpClient({ fetch }).getClause({ id: 'x' }));
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('not_found');
    expect(err.message).toBe('no clause "x"');
  });

  it('maps unknown codes to internal', async () => {
    const { fetch } = fakeFetch(500, JSON.stringify({ ok: false, error: { code: 'weird', message: 'boom' } }));
    expect((await rejection(createHttpClient({ fetch }).search({ query: 'x' }))).code).toBe('internal');
  });

  it('explains unreadable answers and network failures without raw bodies', async () => {
    const html = fakeFetch(502, '<html>Bad gateway</html>');
    const err = await rejection(createHttpClient({ fetch: html.fetch }).listDocuments({}));
    expect(err.code).toBe('internal');
    expect(err.message).toMatch(/unreadable response \(HTTP 502\)/);
    expect(err.message).not.toContain('<html>');

    const down = fakeFetch(0, new TypeError('Failed to fetch'));
    const err2 = await rejection(createHttpClient({ fetch: down.fetch }).listDocuments({}));
    expect(err2.message).toMatch(/Cannot reach the Lextrace service/);
  });

  it('rejects a well-formed JSON answer that is neither ok nor error', async () => {
    const { fetch } = fakeFetch(200, JSON.stringify({ hello: 1 }));
    expect((await rejection(createHttpClient({ fetch }).listDocuments({}))).message).toMatch(/unexpected response/);
  });
});
