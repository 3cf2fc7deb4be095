// Calls the API and wraps the outcome as data ({ok, result} or {ok, error}), the one shape both hosts send.
import { ApiError, type ApiErrorCode, type ApiErrorData } from '../../core/api/api-error.js';
import type { ExplorerApi } from '../../core/api/contract.js';
import { dispatch } from '../../core/api/dispatch.js';

export type ApiEnvelope = { ok: true; result: unknown } | { ok: false; error: ApiErrorData };

export type ErrorLogger = (message: string) => void;

const logToStderr: ErrorLogger = (message) => process.stderr.write(`${message}\n`);

/**
 * Dispatches `method` with untrusted `args`. ApiErrors keep their code and message; anything else becomes
 * a generic `internal` error whose details go to `log` only, never to the caller.
 */
export async function callApi(api: ExplorerApi, method: string, args: unknown, log: ErrorLogger = logToStderr): Promise<ApiEnvelope> {
  try {
    return { ok: true, result: await dispatch(api, method, args) };
  } catch (err) {
    return { ok: false, error: toErrorData(err, method, log) };
  }
}

export function toErrorData(err: unknown, method: string, log: ErrorLogger = logToStderr): ApiErrorData {
  if (err instanceof ApiError) return err.toData();
  log(`lextrace: unexpected error in ${method.slice(0, 80)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return { code: 'internal', message: 'internal error (details in the host log)' };
}

/** The HTTP status that carries each error code. */
export const HTTP_STATUS_OF: Readonly<Record<ApiErrorCode, number>> = {
  bad_request: 400,
  not_found: 404,
  unknown_method: 404,
  import_failed: 422,
  internal: 500,
};
