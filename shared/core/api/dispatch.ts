// Calls an API method by name with untrusted arguments: rejects unknown methods and invalid arguments.
import { ApiError } from './api-error.js';
import { API_ARGS, isApiMethod, type ExplorerApi } from './contract.js';

/** Validates `method` and `args`, then calls the implementation. Throws ApiError on bad input. */
export async function dispatch(api: ExplorerApi, method: string, args: unknown): Promise<unknown> {
  if (!isApiMethod(method)) throw new ApiError('unknown_method', `unknown API method "${method.slice(0, 80)}"`);
  const parsed = API_ARGS[method].safeParse(args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
    throw new ApiError('bad_request', `invalid arguments for ${method}${where}: ${issue?.message ?? 'invalid'}`);
  }
  const call = api[method] as (a: unknown) => Promise<unknown>;
  return call.call(api, parsed.data);
}
