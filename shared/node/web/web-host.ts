// Lextrace in the browser: an HTTP server on 127.0.0.1 serving the renderer and the API, guarded against other sites.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExplorerApi } from '../../core/api/contract.js';
import type { ErrorLogger } from '../host/api-envelope.js';
import { SECURITY_HEADERS } from '../host/security-headers.js';
import { API_PREFIX, handleApiRequest, sendError } from './api-route.js';
import { refuseReason } from './host-guard.js';
import { handleStaticRequest, sendText } from './static-files.js';

export const LOOPBACK = '127.0.0.1';

export interface WebHostOptions {
  service: ExplorerApi;
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** Where unexpected errors are logged (default: stderr). */
  log?: ErrorLogger;
  /**
   * The store cannot be opened: every page is this HTML (503) in place of the app, every API call a 503 with
   * `message` (the request guards still apply); `service` is never called.
   */
  unavailable?: { page: string; message: string };
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res, port, options, log).catch((err: unknown) => {
      log(`lextrace: request failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (!res.headersSent) sendText(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${LOOPBACK}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, port: number, options: WebHostOptions, log: ErrorLogger): Promise<void> {
  applySecurityHeaders(res);
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0]!;
  const isApi = rawPath === '/api' || rawPath.startsWith(API_PREFIX);
  // Node keeps only the first of several Host headers; a request carrying two is malformed (RFC 9112 §3.2): 400.
  const hostHeaders = countHeader(req, 'host');
  if (hostHeaders !== 1) {
    const problem = hostHeaders === 0 ? 'no Host header' : 'more than one Host header';
    return isApi ? sendError(res, 400, 'bad_request', `bad request: ${problem}`) : sendText(res, 400, `Bad request: ${problem}\n`);
  }
  const refused = refuseReason(
    { host: req.headers.host, origin: req.headers.origin, secFetchSite: header(req, 'sec-fetch-site') },
    port,
    isApi,
  );
  if (refused) {
    return isApi ? sendError(res, 403, 'bad_request', `forbidden: ${refused}`) : sendText(res, 403, `Forbidden: ${refused}\n`);
  }
  if (options.unavailable) return sendUnavailable(res, isApi, options.unavailable);
  if (isApi) return handleApiRequest(req, res, rawPath === '/api' ? API_PREFIX : rawPath, options.service, log);
  return handleStaticRequest(req, res, rawPath, options.rendererDir);
}

function sendUnavailable(res: ServerResponse, isApi: boolean, unavailable: { page: string; message: string }): void {
  if (isApi) return sendError(res, 503, 'internal', unavailable.message);
  res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(unavailable.page), 'Cache-Control': 'no-store' });
  res.end(unavailable.page);
}

function countHeader(req: IncomingMessage, name: string): number {
  let n = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === name) n++;
  return n;
}

function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
