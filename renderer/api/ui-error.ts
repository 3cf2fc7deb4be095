// Turns any thrown value into a calm message a person can act on.

export interface UiError {
  code: string;
  message: string;
}

const FALLBACK = 'Something went wrong.';

/**
 * Reads `code` and `message` from whatever a call rejected with: an Error (HTTP client), a plain object
 * `{ name, code, message }` (the Electron preload, whose failures cross the context bridge as data), or a string.
 */
export function toUiError(err: unknown): UiError {
  const code = stringField(err, 'code') ?? 'internal';
  const raw = typeof err === 'string' ? err : (stringField(err, 'message') ?? FALLBACK);
  return { code, message: sentence(raw) };
}

function stringField(value: unknown, key: 'code' | 'message'): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}

function sentence(text: string): string {
  const trimmed = text.trim() || FALLBACK;
  const capital = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
