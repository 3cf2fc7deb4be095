// lextrace-app:// serves the built renderer with the web host's containment rules and security headers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../electron/app-protocol.js';
import { INDEX_HTML, makeRendererDir, SECRET } from '../node/web/web-fixtures.js';

let fixture: ReturnType<typeof makeRendererDir>;
beforeAll(() => (fixture = makeRendererDir()));
afterAll(() => fixture.cleanup());

const get = (url: string, method = 'GET') => serveAppRequest(fixture.rendererDir, { url, method });

describe('serveAppRequest', () => {
  it('serves index.html for the root and deep links, assets by type, with the CSP', async () => {
    for (const url of ['lextrace-app://app/', 'lextrace-app://app/clause/action-plan-2012/3.1', 'lextrace-app://app/provision/ru-gk:1259']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(await res.text()).toBe(INDEX_HTML);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe/);
    }
    const js = await get('lextrace-app://app/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const url of [
      'lextrace-app://app/../package.json',
      'lextrace-app://app/%2e%2e/package.json',
      'lextrace-app://app/..%2fpackage.json',
      'lextrace-app://app/assets/..%5c..%5csecret.txt',
      'lextrace-app://app/assets/link.txt',
      'lextrace-app://app/secret.txt%00.js',
    ]) {
      const res = await get(url);
      expect([403, 404], url).toContain(res.status);
      expect(await res.text()).not.toContain(SECRET);
    }
  });

  it('refuses other hosts and methods, and 404s missing files', async () => {
    expect((await get('lextrace-app://evil/')).status).toBe(403);
    expect((await get('lextrace-app://app/', 'POST')).status).toBe(405);
    expect((await get('lextrace-app://app/assets/missing.js')).status).toBe(404);
  });

  it('never serves a source map the build left behind', async () => {
    writeFileSync(join(fixture.rendererDir, 'assets', 'app.js.map'), '{"version":3,"sources":["main.tsx"]}');
    const res = await get('lextrace-app://app/assets/app.js.map');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('sources');
  });

  it('answers 503 with the build hint when the renderer is not built', async () => {
    const empty = makeRendererDir({ withIndex: false });
    try {
      const res = await serveAppRequest(empty.rendererDir, { url: 'lextrace-app://app/', method: 'GET' });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build');
    } finally {
      empty.cleanup();
    }
  });
});
