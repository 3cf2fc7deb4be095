// An ExplorerApi over HTTP: every contract method becomes `POST /api/<method>` with the args object as JSON.
import { ApiError, API_ERROR_CODES, isApiErrorData, type ApiErrorCode, type ApiErrorData } from '../../shared/core/api/api-error.js';
import { API_METHODS, type ExplorerApi } from '../../shared/core/api/contract.js';

type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

export interface HttpClientOptions {
  /** Prefix before `/api/<method>`; '' for the same origin. */
  baseUrl?: string;
  fetch?: FetchLike;
}

/** Builds an ExplorerApi whose methods call the web host; failures throw ApiError with a readable message. */
export function createHttpClient(options: HttpClientOptions = {}): ExplorerApi {
  const base = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const client: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    client[method] = (args: unknown) => callMethod(doFetch, `${base}/api/${method}`, args ?? {});
  }
  return client as unknown as ExplorerApi;
}

async function callMethod(doFetch: FetchLike, url: string, args: unknown): Promise<unknown> {
  let response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    });
  } catch {
    throw new ApiError('internal', 'Cannot reach the Lextrace service. Is `lextrace serve` still running?');
  }
  const body = await response.text().catch(() => '');
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    throw new ApiError('internal', `The Lextrace service answered with an unreadable response (HTTP ${response.status}).`);
  }
  if (isOkPayload(payload)) return payload.result;
  if (isErrorPayload(payload)) throw new ApiError(knownCode(payload.error.code), payload.error.message);
  throw new ApiError('internal', `The Lextrace service answered with an unexpected response (HTTP ${response.status}).`);
}

function isOkPayload(value: unknown): value is { ok: true; result: unknown } {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === true && 'result' in value;
}

function isErrorPayload(value: unknown): value is { ok: false; error: ApiErrorData } {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false && isApiErrorData((value as { error?: unknown }).error);
}

function knownCode(code: string): ApiErrorCode {
  return (API_ERROR_CODES as readonly string[]).includes(code) ? (code as ApiErrorCode) : 'internal';
}
