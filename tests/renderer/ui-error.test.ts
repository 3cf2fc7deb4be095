// Readable errors from whatever a call rejects with: Errors (HTTP client), plain objects (Electron preload), strings.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/core/api/api-error.js';
import { toUiError } from '../../renderer/api/ui-error.js';

describe('toUiError', () => {
  it('reads code and message from an ApiError', () => {
    expect(toUiError(new ApiError('not_found', 'no clause with id "x"'))).toEqual({ code: 'not_found', message: 'No clause with id "x".' });
  });

  it('reads code and message from a plain object, as the preload rejects with', () => {
    expect(toUiError({ name: 'ApiError', code: 'import_failed', message: 'law.pdf: not a text or HTML file' })).toEqual({
      code: 'import_failed',
      message: 'Law.pdf: not a text or HTML file.',
    });
  });

  it('falls back calmly for strings, non-string fields and nothing at all', () => {
    expect(toUiError('database is locked')).toEqual({ code: 'internal', message: 'Database is locked.' });
    expect(toUiError({ code: 7, message: { text: 'x' } })).toEqual({ code: 'internal', message: 'Something went wrong.' });
    expect(toUiError(null)).toEqual({ code: 'internal', message: 'Something went wrong.' });
    expect(toUiError(new Error('   '))).toEqual({ code: 'internal', message: 'Something went wrong.' });
  });
});
