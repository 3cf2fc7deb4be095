// The one typed API contract: every method the service implements and both hosts expose, with argument schemas.
import { z } from 'zod';
import { MAX_IMPORT_BASE64_CHARS } from './import-limits.js';
import type {
  CitationDto,
  ClauseContext,
  ClauseDetail,
  ClauseLink,
  ClauseSummary,
  DocumentSummary,
  ImportReport,
  ProvisionDetail,
  ProvisionSummary,
  SearchResult,
  TraceResult,
} from './dto.js';

const id = z.string().min(1).max(300);
const key = z.string().min(1).max(200);

/** Argument schemas, one per method; each method takes one plain object. */
export const API_ARGS = {
  listDocuments: z.object({}).strict(),
  getDocument: z.object({ id }).strict(),
  listClauses: z.object({ doc: id }).strict(),
  getClause: z.object({ id }).strict(),
  getClauseContext: z.object({ id, chars: z.number().int().min(0).max(5000).optional() }).strict(),
  importDocument: z
    .object({
      fileName: z.string().min(1).max(255),
      /** The file's bytes, base64-encoded (at most MAX_IMPORT_BYTES decoded). */
      data: z.string().max(MAX_IMPORT_BASE64_CHARS),
    })
    .strict(),
  removeDocument: z.object({ id }).strict(),
  listCitations: z.object({ doc: id.optional() }).strict(),
  trace: z.object({ clause: id, all: z.boolean().optional() }).strict(),
  getProvision: z.object({ key }).strict(),
  listProvisions: z.object({}).strict(),
  listCommitments: z.object({}).strict(),
  clauseLinks: z.object({ id, all: z.boolean().optional() }).strict(),
  search: z
    .object({
      query: z.string().max(1000),
      limit: z.number().int().min(1).max(200).optional(),
    })
    .strict(),
} as const;

export type ApiMethod = keyof typeof API_ARGS;
export type ApiArgs<M extends ApiMethod> = z.infer<(typeof API_ARGS)[M]>;

/** Lextrace's API. Every method returns a Promise of plain JSON; errors are ApiError ({ code, message }). */
export interface ExplorerApi {
  listDocuments(args: ApiArgs<'listDocuments'>): Promise<DocumentSummary[]>;
  getDocument(args: ApiArgs<'getDocument'>): Promise<DocumentSummary>;
  /** A document's clauses in reading order. */
  listClauses(args: ApiArgs<'listClauses'>): Promise<ClauseSummary[]>;
  getClause(args: ApiArgs<'getClause'>): Promise<ClauseDetail>;
  /** The clause in its original, uncleaned context. */
  getClauseContext(args: ApiArgs<'getClauseContext'>): Promise<ClauseContext>;
  importDocument(args: ApiArgs<'importDocument'>): Promise<ImportReport>;
  removeDocument(args: ApiArgs<'removeDocument'>): Promise<{ removed: boolean }>;
  /** Explicit citations, of one document or of all. */
  listCitations(args: ApiArgs<'listCitations'>): Promise<CitationDto[]>;
  /** The provisions a clause concerns, cites or quotes its way to, best first. */
  trace(args: ApiArgs<'trace'>): Promise<TraceResult>;
  getProvision(args: ApiArgs<'getProvision'>): Promise<ProvisionDetail>;
  listProvisions(args: ApiArgs<'listProvisions'>): Promise<ProvisionSummary[]>;
  /** The commitments (Action Plan items) of every action-plan document. */
  listCommitments(args: ApiArgs<'listCommitments'>): Promise<ClauseSummary[]>;
  /** Links from and to a clause: quotations, citations, concerns. */
  clauseLinks(args: ApiArgs<'clauseLinks'>): Promise<ClauseLink[]>;
  search(args: ApiArgs<'search'>): Promise<SearchResult>;
}

/** Every method name, for hosts to register (checked against ExplorerApi below). */
export const API_METHODS = Object.keys(API_ARGS) as ApiMethod[];

// Compile-time check: the interface and the schema table name exactly the same methods.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const _contractMatchesSchemas: SameKeys<ExplorerApi, typeof API_ARGS> = true;
void _contractMatchesSchemas;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API_ARGS, name);
}
