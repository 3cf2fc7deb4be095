// Answers lextrace-app:// requests from the built renderer, with the web host's path rules and security headers.
import { readFile } from 'node:fs/promises';
import { contentTypeFor } from '../shared/node/host/content-types.js';
import { SECURITY_HEADERS } from '../shared/node/host/security-headers.js';
import { indexHtmlPath, NOT_BUILT_MESSAGE, resolveStaticPath } from '../shared/node/host/static-path.js';
import { isAppUrl } from './app-origin.js';

/** The Response for one protocol request (`protocol.handle` accepts a standard Response). */
export async function serveAppRequest(rendererDir: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed\n');
  if (!isAppUrl(request.url)) return text(403, 'Forbidden\n');
  const target = resolveStaticPath(rendererDir, rawPathOf(request.url));
  let file: string | null;
  switch (target.kind) {
    case 'forbidden':
      return text(403, 'Forbidden\n');
    case 'not-found':
      return text(404, 'Not found\n');
    case 'app-route':
      file = indexHtmlPath(rendererDir);
      if (!file) return text(503, NOT_BUILT_MESSAGE);
      break;
    case 'file':
      file = target.path;
  }
  try {
    const body = await readFile(file);
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  } catch {
    return text(404, 'Not found\n');
  }
}

/** The path as sent, still percent-encoded (URL has already resolved dot segments for standard schemes). */
function rawPathOf(url: string): string {
  return new URL(url).pathname;
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
