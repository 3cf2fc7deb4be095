// The one view of a value fetched from the API: loading, an error with what to do, an empty state, or the value.
import type { ReactNode } from 'react';
import type { Loadable } from '../state/loadable.js';
import { EmptyState, ErrorNotice, Loading } from './StatusNotice.js';

export interface LoadableViewProps<T> {
  value: Loadable<T> | null | undefined;
  /** What is loading, for the messages: "the document", "provisions". */
  what: string;
  /** What to do after an error. */
  errorHint?: string;
  /** Whether the value counts as empty (default: an empty array). */
  isEmpty?(data: T): boolean;
  /** Shown for an empty value (default: the value is rendered anyway). */
  empty?: ReactNode;
  /** Shown while loading instead of the default message. */
  loading?: ReactNode;
  children(data: T): ReactNode;
}

const emptyArray = (data: unknown) => Array.isArray(data) && data.length === 0;

export function LoadableView<T>({ value, what, errorHint, isEmpty = emptyArray, empty, loading, children }: LoadableViewProps<T>) {
  if (!value || value.status === 'loading') return <>{loading ?? <Loading what={what} />}</>;
  if (value.status === 'error') return <ErrorNotice error={value.error} what={what} hint={errorHint} />;
  if (empty !== undefined && isEmpty(value.data)) return <>{empty}</>;
  return <>{children(value.data)}</>;
}

/** An empty state with a title, for LoadableView's `empty`. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return <EmptyState title={title}>{children}</EmptyState>;
}
