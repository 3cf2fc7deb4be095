// Serves the built renderer: files from its folder only, index.html for app routes, 503 when it is not built.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { contentTypeFor } from '../host/content-types.js';
import { indexHtmlPath, NOT_BUILT_MESSAGE, resolveStaticPath } from '../host/static-path.js';

export function handleStaticRequest(req: IncomingMessage, res: ServerResponse, rawPath: string, rendererDir: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed\n');
  }
  const target = resolveStaticPath(rendererDir, rawPath);
  switch (target.kind) {
    case 'forbidden':
      return sendText(res, 403, 'Forbidden\n');
    case 'not-found':
      return sendText(res, 404, 'Not found\n');
    case 'app-route': {
      const index = indexHtmlPath(rendererDir);
      if (!index) return sendText(res, 503, NOT_BUILT_MESSAGE);
      return sendFile(req, res, index);
    }
    case 'file':
      return sendFile(req, res, target.path);
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, path: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return sendText(res, 404, 'Not found\n');
  }
  res.writeHead(200, {
    'Content-Type': contentTypeFor(path),
    'Content-Length': size,
    'Cache-Control': basename(path) === 'index.html' ? 'no-cache' : 'no-cache, must-revalidate',
  });
  if (req.method === 'HEAD') return void res.end();
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
