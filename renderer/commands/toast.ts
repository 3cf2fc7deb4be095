// A tiny notification channel for short confirmations ("Copied: …"), read by the Toast component; a toast may offer
// one action (Undo).

export interface ToastAction {
  label: string;
  run(): void;
}

type Listener = (message: string, action?: ToastAction) => void;
const listeners = new Set<Listener>();

export function showToast(message: string, action?: ToastAction): void {
  for (const listener of listeners) listener(message, action);
}

export function onToast(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
