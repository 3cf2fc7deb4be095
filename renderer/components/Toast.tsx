// Shows short confirmations ("Copied: …") for a few seconds, announced politely to screen readers; one with an action
// (Undo) stays longer and offers it as a button.
import { useEffect, useState } from 'react';
import { onToast, type ToastAction } from '../commands/toast.js';

const PLAIN_MS = 3000;
const WITH_ACTION_MS = 10_000;

export function Toast() {
  const [toast, setToast] = useState<{ message: string; action?: ToastAction } | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onToast((message, action) => {
      setToast({ message, action });
      clearTimeout(timer);
      timer = setTimeout(() => setToast(null), action ? WITH_ACTION_MS : PLAIN_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div className="toast">
          {toast.message}
          {toast.action ? (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                const run = toast.action!.run;
                setToast(null);
                run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
