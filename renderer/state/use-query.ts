// React hooks over the API cache: a watched query (fetched and kept fresh while the component is mounted).
import { useEffect } from 'react';
import type { ApiArgs, ApiMethod } from '../../shared/core/api/contract.js';
import { cacheKey, type ApiResult } from './api-cache-slice.js';
import type { Loadable } from './loadable.js';
import { useApp } from './store-context.js';

/**
 * The answer of `method(args)` (null args: not asked), fetched if not cached and fetched again whenever a change makes
 * it stale while the calling component is mounted. Undefined until the first fetch starts.
 */
export function useQuery<M extends ApiMethod>(method: M, args: ApiArgs<M> | null): Loadable<ApiResult<M>> | undefined {
  const key = args ? cacheKey(method, args) : '';
  const watch = useApp((s) => s.watchQuery);
  useEffect(() => {
    if (!args) return;
    return watch(method, args);
    // The key names method and args; args is a fresh object on every render.
  }, [key, watch]);
  return useApp((s) => (key ? (s.apiCache[key] as Loadable<ApiResult<M>> | undefined) : undefined));
}

/** The data of a query once ready (undefined while loading or failed), for views that show nothing else meanwhile. */
export function useQueryData<M extends ApiMethod>(method: M, args: ApiArgs<M> | null): ApiResult<M> | undefined {
  const loadable = useQuery(method, args);
  return loadable?.status === 'ready' ? loadable.data : undefined;
}
