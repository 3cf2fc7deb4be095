// The state of one thing fetched from the API: loading, ready with data, or failed with a readable error.
import { toUiError, type UiError } from '../api/ui-error.js';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: UiError };

export const LOADING = { status: 'loading' } as const;

export function ready<T>(data: T): Loadable<T> {
  return { status: 'ready', data };
}

export function failed<T>(err: unknown): Loadable<T> {
  return { status: 'error', error: toUiError(err) };
}

/** Resolves a promise into a Loadable, never throwing. */
export async function settle<T>(promise: Promise<T>): Promise<Loadable<T>> {
  try {
    return ready(await promise);
  } catch (err) {
    return failed(err);
  }
}
