// The one typed API contract: the domain interfaces composed into ExplorerApi, and one schema table for every method.
import type { z } from '../zod-config.js';
import { ANNOTATION_ARGS, type AnnotationApi } from './domains/annotations.js';
import { CROSSREF_ARGS, type CrossRefApi } from './domains/crossrefs.js';
import { LIBRARY_ARGS, type LibraryApi } from './domains/library.js';
import { PDF_ARGS, type PdfApi } from './domains/pdf.js';
import { REVIEW_ARGS, type ReviewApi } from './domains/review.js';
import { SEARCH_ARGS, type SearchApi } from './domains/search.js';

/** Argument schemas, one per method of every domain; each method takes one plain object. */
export const API_ARGS = {
  ...LIBRARY_ARGS,
  ...CROSSREF_ARGS,
  ...SEARCH_ARGS,
  ...ANNOTATION_ARGS,
  ...REVIEW_ARGS,
  ...PDF_ARGS,
} as const;

export type ApiMethod = keyof typeof API_ARGS;
export type ApiArgs<M extends ApiMethod> = z.infer<(typeof API_ARGS)[M]>;

/** Lextrace's API. Every method returns a Promise of plain JSON; errors are ApiError ({ code, message }). */
export interface ExplorerApi extends LibraryApi, CrossRefApi, SearchApi, AnnotationApi, ReviewApi, PdfApi {}

export type { AnnotationApi, CrossRefApi, LibraryApi, PdfApi, ReviewApi, SearchApi };

/** Every method name, for hosts to register (checked against ExplorerApi below). */
export const API_METHODS = Object.keys(API_ARGS) as ApiMethod[];

// Compile-time check: the interface and the schema table name exactly the same methods.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const _contractMatchesSchemas: SameKeys<ExplorerApi, typeof API_ARGS> = true;
void _contractMatchesSchemas;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API_ARGS, name);
}
