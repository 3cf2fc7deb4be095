// Calm inline messages: loading, an error with what to do, an empty state.
import type { ReactNode } from 'react';
import type { UiError } from '../api/ui-error.js';

export function Loading({ what }: { what: string }) {
  return (
    <p className="notice notice-loading" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorNotice({ error, what, hint }: { error: UiError; what: string; hint?: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <strong>Could not load {what}.</strong> {error.message}
      {hint ? <div className="notice-hint">{hint}</div> : null}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {children ? <div className="empty-body">{children}</div> : null}
    </div>
  );
}
