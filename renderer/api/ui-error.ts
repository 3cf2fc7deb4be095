// Turns any thrown value into a calm message a person can act on.

export interface UiError {
  code: string;
  message: string;
  /** The feature is still being built in this version: show it quietly, not as a failure. */
  unavailable: boolean;
}

export function toUiError(err: unknown): UiError {
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : 'internal';
  const raw = err instanceof Error ? err.message : typeof err === 'string' ? err : 'Something went wrong.';
  const unavailable = /not available in this build/i.test(raw);
  if (unavailable) return { code, message: 'Not available in this build yet.', unavailable };
  if (code === 'not_found') return { code, message: sentence(raw), unavailable };
  return { code, message: sentence(raw), unavailable };
}

function sentence(text: string): string {
  const trimmed = text.trim() || 'Something went wrong.';
  const capital = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
