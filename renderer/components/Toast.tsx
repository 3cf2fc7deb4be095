// Shows short confirmations ("Copied: …") for a few seconds, announced politely to screen readers.
import { useEffect, useState } from 'react';
import { onToast } from '../commands/toast.js';

export function Toast() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onToast((text) => {
      setMessage(text);
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(null), 3000);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {message ? <div className="toast">{message}</div> : null}
    </div>
  );
}
