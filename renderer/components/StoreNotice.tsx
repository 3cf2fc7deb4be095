// A notice above the workspace while the links are being updated, or when they could not be (getStoreStatus): the
// links shown are those from before the last change, and the message says what to do. Asked again after every change
// to the library and, while an update is under way, every few seconds.
import { useEffect, useState } from 'react';
import type { StoreStatus } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import { useApi } from './api-context.js';

export const STORE_STATUS_POLL_MS = 3000;

/** The notice itself, for a status (nothing when the links are current or this message was dismissed). */
export function StoreNoticeView({ status, onDismiss }: { status: StoreStatus | null; onDismiss?: () => void }) {
  if (!status || status.links === 'current') return null;
  const failed = status.links === 'failed';
  return (
    <div className={`notice store-notice ${failed ? 'notice-error' : 'notice-quiet'}`} role={failed ? 'alert' : 'status'}>
      {status.message}
      {onDismiss ? (
        <>
          {' '}
          <button type="button" className="link-button" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      ) : null}
    </div>
  );
}

export function StoreNotice() {
  const api = useApi();
  const onInvalidate = useApp((s) => s.onInvalidate);
  const [status, setStatus] = useState<StoreStatus | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    const ask = () =>
      api.getStoreStatus({}).then(
        (answer) => alive && setStatus(answer),
        () => undefined, // a host without the method, or a passing failure: no notice
      );
    void ask();
    const stop = onInvalidate(() => ask());
    return () => {
      alive = false;
      stop();
    };
  }, [api, onInvalidate]);

  useEffect(() => {
    if (status?.links !== 'updating') return;
    const timer = setTimeout(() => void api.getStoreStatus({}).then(setStatus, () => undefined), STORE_STATUS_POLL_MS);
    return () => clearTimeout(timer);
  }, [api, status]);

  return <StoreNoticeView status={status && dismissed !== status.message ? status : null} onDismiss={() => setDismissed(status?.message ?? null)} />;
}
