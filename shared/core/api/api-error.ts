// Errors that cross the API boundary as data: a code the UI can act on and a message a person can read.
export const API_ERROR_CODES = ['not_found', 'bad_request', 'unknown_method', 'import_failed', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toData(): ApiErrorData {
    return { code: this.code, message: this.message };
  }
}

export function isApiErrorData(value: unknown): value is ApiErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorData).code === 'string' &&
    typeof (value as ApiErrorData).message === 'string'
  );
}
