// The web host refuses other sites, path traversal and bad API requests, and keeps answering afterwards.
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/core/api/api-error.js';
import { DEFAULT_BODY_LIMIT, IMPORT_BODY_LIMIT } from '../../../shared/node/web/api-route.js';
import { INDEX_HTML, postJson, rawRequest, SECRET, startTestHost, stubService, type TestHost } from './web-fixtures.js';

const explodingService = stubService({
  listDocuments: async () => {
    throw new Error('secret stack detail /home/someone/db');
  },
  getDocument: async () => {
    throw new ApiError('import_failed', 'could not read the file');
  },
});

let t: TestHost;
let port: number;

beforeAll(async () => {
  t = await startTestHost({ service: explodingService });
  port = t.host.port;
});
afterAll(async () => t.close());

/** Sends `raw` bytes as they are (Node's client would not send two Host headers) and returns the whole response. */
function socketRequest(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    let response = '';
    socket.on('data', (chunk) => (response += String(chunk)));
    socket.on('end', () => resolve(response));
    socket.on('error', reject);
  });
}

async function stillAnswers(): Promise<void> {
  const res = await postJson(port, 'listProvisions', '{}');
  expect(res.status).toBe(500);
  expect(JSON.parse(res.body).error.code).toBe('internal');
}

describe('host and origin guard', () => {
  it('binds to 127.0.0.1 and reports that URL', () => {
    expect(t.host.url).toBe(`http://127.0.0.1:${port}/`);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    for (const host of ['evil.example:' + port, `127.0.0.1:${port + 1}`, 'localhost', `0.0.0.0:${port}`]) {
      const page = await rawRequest(port, '/', { headers: { host } });
      expect(page.status, host).toBe(403);
      expect(page.body).not.toContain('Lextrace test');
      const api = await postJson(port, 'listDocuments', '{}', { host });
      expect(api.status, host).toBe(403);
    }
  });

  it('answers 400 to a request with two Host headers, whichever comes first', async () => {
    for (const hosts of [[`127.0.0.1:${port}`, 'evil.example'], ['evil.example', `127.0.0.1:${port}`], [`127.0.0.1:${port}`, `127.0.0.1:${port}`]]) {
      for (const target of ['/', '/api/listDocuments']) {
        const method = target === '/' ? 'GET' : 'POST';
        const head = [`${method} ${target} HTTP/1.1`, ...hosts.map((h) => `Host: ${h}`), 'Content-Type: application/json', 'Content-Length: 2', 'Connection: close'];
        const response = await socketRequest(port, `${head.join('\r\n')}\r\n\r\n${method === 'POST' ? '{}' : ''}`);
        expect(response.split('\r\n')[0], `${hosts.join(' + ')} ${target}`).toBe('HTTP/1.1 400 Bad Request');
        expect(response).not.toContain('Lextrace test');
      }
    }
  });

  it('accepts localhost:PORT as a Host', async () => {
    const res = await rawRequest(port, '/', { headers: { host: `localhost:${port}` } });
    expect(res.status).toBe(200);
  });

  it('refuses a foreign Origin on the API and on pages', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`]) {
      const api = await postJson(port, 'listProvisions', '{}', { origin });
      expect(api.status, origin).toBe(403);
      expect(JSON.parse(api.body).ok).toBe(false);
    }
    const page = await rawRequest(port, '/', { headers: { origin: 'http://evil.example' } });
    expect(page.status).toBe(403);
  });

  it('accepts our own Origin', async () => {
    const res = await postJson(port, 'getProvision', '{"key":"x"}', { origin: `http://localhost:${port}`, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body).error.code).toBe('internal');
  });

  it('refuses cross-site and same-site API calls by Sec-Fetch-Site', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const res = await postJson(port, 'listProvisions', '{}', { 'sec-fetch-site': site });
      expect(res.status, site).toBe(403);
    }
  });
});

describe('static files', () => {
  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/secret.txt',
      '/..%2fpackage.json',
      '/assets/../../package.json',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/assets\\..\\..\\secret.txt',
      '/secret.txt%00.js',
      '/assets/link.txt',
      '/%252e%252e/package.json',
      '/clause/../package.json',
      '/clause/%2e%2e/%2e%2e/secret.txt',
    ];
    for (const path of attempts) {
      const res = await rawRequest(port, path);
      expect([403, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain(SECRET);
    }
  });

  it('serves index.html without caching, assets with their content types', async () => {
    const index = await rawRequest(port, '/');
    expect(index.status).toBe(200);
    expect(index.body).toBe(INDEX_HTML);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-cache');
    const js = await rawRequest(port, '/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain('console.log');
    const css = await rawRequest(port, '/assets/style.css?v=1');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers deep links with index.html and missing files with 404', async () => {
    const deepLinks = ['/clause/action-plan-2012/item-3.1', '/clause/action-plan-2012%2F3.1', '/provision/ru-gk:1259.1', '/search', '/documents'];
    for (const path of deepLinks) {
      const res = await rawRequest(port, path);
      expect(res.status, path).toBe(200);
      expect(res.body).toBe(INDEX_HTML);
    }
    for (const path of ['/assets/missing.js', '/favicon.ico']) {
      const missing = await rawRequest(port, path);
      expect(missing.status, path).toBe(404);
    }
  });

  it('never serves source maps, even when the build left one', async () => {
    writeFileSync(join(t.rendererDir, 'assets', 'app.js.map'), '{"version":3,"sources":["../../renderer/main.tsx"]}');
    for (const path of ['/assets/app.js.map', '/assets/APP.JS.MAP', '/assets/app.js.map?x=1']) {
      const res = await rawRequest(port, path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('sources');
    }
  });

  it('refuses other verbs on pages', async () => {
    const res = await rawRequest(port, '/', { method: 'DELETE' });
    expect(res.status).toBe(405);
  });

  it('sends the security headers on every response, with a CSP that allows no eval or inline code', async () => {
    for (const res of [await rawRequest(port, '/'), await rawRequest(port, '/../x'), await postJson(port, 'nope', '{}')]) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-(eval|inline)/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    }
  });
});

describe('API errors', () => {
  it('maps an unknown method to 404 unknown_method', async () => {
    const res = await postJson(port, 'dropAllTables', '{}');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const odd = await postJson(port, '__proto__', '{}');
    expect(odd.status).toBe(404);
    expect(JSON.parse(odd.body).error.code).toBe('unknown_method');
  });

  it('maps malformed JSON to 400', async () => {
    const res = await postJson(port, 'getClause', '{"id": ');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('bad_request');
    await stillAnswers();
  });

  it('maps invalid arguments to 400 bad_request', async () => {
    const res = await postJson(port, 'getClause', '{"id": 42}');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/getClause/);
  });

  it('requires Content-Type application/json (415)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await rawRequest(port, '/api/listDocuments', { method: 'POST', headers: { 'content-type': type }, body: '{}' });
      expect(res.status, type).toBe(415);
    }
    const charset = await postJson(port, 'getProvision', '{"key":"a"}', { 'content-type': 'application/json; charset=utf-8' });
    expect(charset.status).toBe(500);
  });

  it('answers GET and OPTIONS on /api with 405', async () => {
    for (const [method, path] of [['GET', '/api/listDocuments'], ['OPTIONS', '/api/listDocuments'], ['GET', '/api']]) {
      const res = await rawRequest(port, path!, { method: method! });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.allow).toBe('POST');
    }
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const big = JSON.stringify({ key: 'x'.repeat(DEFAULT_BODY_LIMIT + 10) });
    const res = await postJson(port, 'getProvision', big);
    expect(res.status).toBe(413);
    await stillAnswers();
  });

  it('stops reading a chunked body (no Content-Length) once it passes the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/getProvision',
          method: 'POST',
          headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = (): void => {
        while (sent <= DEFAULT_BODY_LIMIT + chunk.length) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
      };
      pump();
    });
    expect(status).toBe(413);
    await stillAnswers();
  });

  it('refuses an import body declared over the import limit without reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/importDocument',
          method: 'POST',
          headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': IMPORT_BODY_LIMIT + 1 },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{"fileName":"a.txt","data":"');
    });
    expect(status).toBe(413);
    await stillAnswers();
  });

  it('hides unexpected errors behind a generic 500 and logs them', async () => {
    const res = await postJson(port, 'listDocuments', '');
    expect(res.status).toBe(500);
    expect(res.body).not.toContain('secret stack detail');
    expect(JSON.parse(res.body).error).toEqual({ code: 'internal', message: expect.stringMatching(/internal error/) });
    expect(t.logged.join('\n')).toContain('secret stack detail');
  });

  it('maps import_failed to 422', async () => {
    const res = await postJson(port, 'getDocument', '{"id":"x"}');
    expect(res.status).toBe(422);
    expect(JSON.parse(res.body).error).toEqual({ code: 'import_failed', message: 'could not read the file' });
  });
});
