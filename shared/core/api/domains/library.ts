// The library domain of the API: documents, clauses, import and removal, and the state of the store.
import { z } from '../../zod-config.js';
import { MAX_IMPORT_BASE64_CHARS } from '../import-limits.js';
import type { ClauseContext, ClauseDetail, ClauseSummary, DocumentSummary, ImportReport, StoreStatus, TaskProgress } from '../dto.js';
import { id } from './common.js';

export const LIBRARY_ARGS = {
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
  /** Imports again a document removed during this session, from the file it was imported from (undo of a removal). */
  restoreDocument: z.object({ id }).strict(),
  /** The long operation under way (indexing the corpus at first start, a rebuild), or null. */
  getProgress: z.object({}).strict(),
  getStoreStatus: z.object({}).strict(),
} as const;

type Args<M extends keyof typeof LIBRARY_ARGS> = z.infer<(typeof LIBRARY_ARGS)[M]>;

export interface LibraryApi {
  listDocuments(args: Args<'listDocuments'>): Promise<DocumentSummary[]>;
  getDocument(args: Args<'getDocument'>): Promise<DocumentSummary>;
  /** A document's clauses in reading order. */
  listClauses(args: Args<'listClauses'>): Promise<ClauseSummary[]>;
  getClause(args: Args<'getClause'>): Promise<ClauseDetail>;
  /** The clause in its original, uncleaned context. */
  getClauseContext(args: Args<'getClauseContext'>): Promise<ClauseContext>;
  importDocument(args: Args<'importDocument'>): Promise<ImportReport>;
  removeDocument(args: Args<'removeDocument'>): Promise<{ removed: boolean }>;
  /** Undoes a removal made during this session: the removed file is imported again (not_found when none is kept). */
  restoreDocument(args: Args<'restoreDocument'>): Promise<ImportReport>;
  getProgress(args: Args<'getProgress'>): Promise<TaskProgress | null>;
  /** Whether the links are current, being updated or could not be updated (for a notice); never refreshes them. */
  getStoreStatus(args: Args<'getStoreStatus'>): Promise<StoreStatus>;
}
