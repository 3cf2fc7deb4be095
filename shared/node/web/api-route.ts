// POST /api/<method>: checks verb, content type and size, parses the JSON body and answers with an envelope.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiErrorCode } from '../../core/api/api-error.js';
import type { ExplorerApi } from '../../core/api/contract.js';
import { MAX_IMPORT_BASE64_CHARS } from '../../core/api/import-limits.js';
import { callApi, HTTP_STATUS_OF, type ApiEnvelope, type ErrorLogger } from '../host/api-envelope.js';

/** importDocument carries a base64 file of up to MAX_IMPORT_BYTES, plus the JSON around it; importAnnotations a JSON-LD file (smaller). */
export const IMPORT_BODY_LIMIT = MAX_IMPORT_BASE64_CHARS + 64 * 1024;
/** Every other method takes a few small fields. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export const API_PREFIX = '/api/';

export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  api: ExplorerApi,
  log: ErrorLogger,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendError(res, 405, 'bad_request', `use POST for ${API_PREFIX}<method>`);
  }
  const method = rawPath.slice(API_PREFIX.length);
  if (!/^[A-Za-z]{1,80}$/.test(method)) return sendError(res, 404, 'unknown_method', 'unknown API method');
  if (mediaType(req.headers['content-type']) !== 'application/json') {
    return sendError(res, 415, 'bad_request', 'Content-Type must be application/json');
  }
  const limit = method === 'importDocument' || method === 'importAnnotations' ? IMPORT_BODY_LIMIT : DEFAULT_BODY_LIMIT;
  const body = await readBody(req, limit);
  if (body === 'too-large') {
    res.setHeader('Connection', 'close');
    return sendError(res, 413, 'bad_request', `request body larger than ${limit} bytes`);
  }
  let args: unknown = {};
  if (body.length > 0) {
    try {
      args = JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, 400, 'bad_request', 'malformed JSON body');
    }
  }
  const envelope = await callApi(api, method, args, log);
  sendJson(res, envelope.ok ? 200 : HTTP_STATUS_OF[envelope.error.code], envelope);
}

export function sendError(res: ServerResponse, status: number, code: ApiErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function sendJson(res: ServerResponse, status: number, envelope: ApiEnvelope): void {
  const text = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Reads the whole body, or stops reading as soon as it exceeds `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
