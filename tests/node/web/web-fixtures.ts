// Test helpers for the web host: a temp renderer folder, a host over an in-memory explorer, raw HTTP requests.
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../../../shared/core/api/api-error.js';
import { API_METHODS, type ExplorerApi } from '../../../shared/core/api/contract.js';
import { startWebHost, type WebHost } from '../../../shared/node/web/web-host.js';

export const INDEX_HTML = '<!doctype html><title>Lextrace test</title><script type="module" src="/assets/app.js"></script>';
export const SECRET = 'TOP-SECRET-OUTSIDE-RENDERER';

/** A temp folder holding `renderer/` (index.html, assets/app.js, a symlink out) beside a secret file. */
export function makeRendererDir(options: { withIndex?: boolean } = {}): { root: string; rendererDir: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'lextrace-web-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  if (options.withIndex ?? true) writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");\n');
  writeFileSync(join(rendererDir, 'assets', 'style.css'), 'body{}\n');
  writeFileSync(join(root, 'package.json'), SECRET);
  writeFileSync(join(root, 'secret.txt'), SECRET);
  symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  return { root, rendererDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * A stand-in service, so these tests exercise the transport only: no documents; getDocument is not_found;
 * every other method fails with ApiError('internal', '<method> is not available').
 */
export function stubService(overrides: Partial<ExplorerApi> = {}): ExplorerApi {
  const stub: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    stub[method] = async () => {
      throw new ApiError('internal', `${method} is not available`);
    };
  }
  return Object.assign(stub as unknown as ExplorerApi, {
    listDocuments: async () => [],
    getDocument: async ({ id }: { id: string }) => {
      throw new ApiError('not_found', `no document with id "${id}"`);
    },
    ...overrides,
  });
}

export interface TestHost {
  host: WebHost;
  service: ExplorerApi;
  rendererDir: string;
  logged: string[];
  close(): Promise<void>;
}

export async function startTestHost(options: { withIndex?: boolean; service?: ExplorerApi } = {}): Promise<TestHost> {
  const dir = makeRendererDir(options);
  const logged: string[] = [];
  const service = options.service ?? stubService();
  const host = await startWebHost({ service, port: 0, rendererDir: dir.rendererDir, log: (m) => logged.push(m) });
  return {
    host,
    service,
    rendererDir: dir.rendererDir,
    logged,
    close: async () => {
      await host.close();
      dir.cleanup();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with exactly this path and these headers (no URL normalisation, unlike fetch). */
export function rawRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export function postJson(port: number, method: string, body: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(port, `/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}
