// Imports one file into the store: read, segment, and write document, clauses and index rows in one transaction.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ClauseKind, DocumentKind, Lang, SourceFormat } from '../../core/model.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_TEXT } from '../../core/api/import-limits.js';
import { DocumentStore, type ClauseRecord, type DocumentRecord } from '../store/document-store.js';
import { slugFromFileName } from './document-names.js';
import { ImportError } from './import-error.js';
import type { PdfReadLimits } from './pdf/extract-pdf-text.js';
import { prepareOffThread } from './prepare-off-thread.js';
import { readImportBytes } from './read-import-file.js';

export { slugFromFileName };

/**
 * Bump when normalisation or segmentation changes the clauses a file produces, so that
 * re-indexing the same bytes re-imports them instead of skipping them as unchanged.
 */
export const PIPELINE_VERSION = 11; // 2: language and hyphenation vocabulary from the visible text, not HTML markup; 3: citation families, federal laws by number and year; 4: glued names, a text's own act, parts of the article under discussion, ECHR notes; 5: codes by their enacting laws, years of numbered acts, parts after articles, other-language lines; 11: citation registry breadth (codes, laws, federal constitutional laws, decrees, treaties)
// 6: treaties' dotted paragraphs ('TRIPS Art. 63.2'), pages never provisions, names of two eras by date, transliterated Russian names, editorial notes, new instruments (citation version 5)
// 7: translated treaty names by key words, unknown laws that block a guess, the article under discussion by anaphora, laws' years from their making, reproduced acts' headings (citation version 6)
// 8: WTO covered agreements and the other Russian codes, Roman-numbered treaty articles, parts listed in brackets, a bare "the Constitution", "Decree No. N", "14 10 КоАП", "these articles" (citation version 7)
// 9: unknown English codes that block a guess, the WIPO registration and classification treaties, more Russian laws by title, the licensing law by date, headings repeated on the next line (citation version 8)
// 10: a bare 'this article' only in quoted statute words or with a provision's verb, a numbered act's missing year only for acts known by number alone, flattened superscripts of inserted articles, OCR 'и.'/'З' (citation version 9)
// (the stored citations of documents that are not imported again are brought up to date by CITATION_VERSION, crossref/citation-hook.ts)


/** What the caller knows about a document; anything left out is detected from the file. */
export interface DocumentMeta {
  id?: string;
  title?: string;
  shortTitle?: string;
  citeAs?: string;
  kind?: DocumentKind;
  lang?: Lang;
  date?: string;
  format?: SourceFormat;
  instrument?: string;
  provenance?: string;
}

/** What a hook's preparation knows of the new document (its id is chosen later, in the transaction). */
export interface HookDocument {
  kind: DocumentKind;
  lang: Lang;
  instrument: string | null;
}

/** What a hook's preparation knows of each new clause, in reading order (the order of `onInsert`'s clauses). */
export interface HookClause {
  path: string;
  text: string;
  kind: ClauseKind;
}

/** Work that must happen in the same transaction as the clauses (search postings, citations). */
export interface IndexHook {
  /** Names the hook's prepared work; a hook with `prepare` needs one (import-worker.ts finds the hook by it). */
  readonly name?: string;
  /**
   * The hook's work on the new clauses that needs no store (extracting citations, tokenizing), done before the write
   * transaction and off the main thread; the result (plain, structured-clonable data) is handed to `onInsert`.
   */
  prepare?(doc: HookDocument, clauses: readonly HookClause[]): unknown;
  onInsert(db: Database, doc: DocumentRecord, clauses: readonly ClauseRecord[], prepared?: unknown): void;
  onDelete(db: Database, docId: string): void;
}

export type ImportStatus = 'imported' | 'updated' | 'unchanged';

export interface ImportOutcome {
  status: ImportStatus;
  docId: string;
  file: string;
  clauses: number;
  /** What the import removed from the document, one sentence each ("removed 3 lines as page headers"); absent when nothing. */
  notes?: string[];
}

export interface ImportOptions {
  /** Import again even when the store holds these bytes. */
  force?: boolean;
  /** Limits of reading a PDF (default PDF_LIMITS: 60 s, 512 MB of heap, 5,000 pages). */
  pdfLimits?: PdfReadLimits;
}

/** Reads `path` and stores it; the same bytes twice change nothing; a failure leaves the store as it was. */
export async function importFile(
  db: Database,
  path: string,
  meta: DocumentMeta = {},
  hooks: readonly IndexHook[] = [],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  return importBytes(db, path, readImportBytes(path), meta, hooks, options);
}

/**
 * Stores a file's bytes (`path` names it in messages and gives its type and default id). Reading, segmentation and the
 * hooks' preparations run in a worker thread (prepare-document.ts), so the caller's thread stays free meanwhile;
 * everything for the document is then written in one synchronous transaction on the caller's thread.
 */
export async function importBytes(
  db: Database,
  path: string,
  bytes: Uint8Array,
  meta: DocumentMeta = {},
  hooks: readonly IndexHook[] = [],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const fileName = basename(path);
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(path, `is too large (the limit is ${MAX_IMPORT_SIZE_TEXT})`);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const store = new DocumentStore(db);

  // A fast answer for the same bytes again, before the work of reading them; decided for good in the transaction below.
  const known = storedVersion(store, fileName, contentHash, meta, options);
  if (known) return known;

  // Reading, segmentation and the hooks' preparations run in a worker thread; the main thread only writes.
  const { source, drafts, notes, isPdf, prepared } = await prepareOffThread(path, bytes, meta, hooks, options);

  // BEGIN IMMEDIATE: the write lock is taken before the store is read, so another process importing the same file
  // at once either committed before (and this import finds its document) or waits until this one has committed.
  return db
    .transaction((): ImportOutcome => {
      const again = storedVersion(store, fileName, contentHash, meta, options);
      if (again) return again;
      const id = meta.id ?? userDocumentId(store, fileName, contentHash);
      const existing = store.getDocument(id);
      const record: Omit<DocumentRecord, 'clauseCount'> = {
        id,
        title: source.title,
        shortTitle: source.shortTitle,
        citeAs: source.citeAs,
        kind: source.kind,
        lang: source.lang,
        date: meta.date ?? null,
        format: source.format,
        fileName,
        instrument: meta.instrument ?? null,
        provenance: meta.provenance ?? null,
        contentHash,
        pipelineVersion: PIPELINE_VERSION,
        importedAt: new Date().toISOString(),
      };
      if (existing) {
        for (const hook of hooks) hook.onDelete(db, id);
        store.deleteDocument(id);
      }
      store.insertDocument(record, source.original, drafts);
      if (isPdf) store.insertDocumentFile(id, 'application/pdf', bytes); // the page view needs the PDF itself
      const stored = store.getDocument(id)!;
      const clauses = store.listClauses(id);
      for (const hook of hooks) hook.onInsert(db, stored, clauses, hook.name ? prepared[hook.name] : undefined);
      return {
        status: existing ? 'updated' : 'imported',
        docId: id,
        file: fileName,
        clauses: drafts.length,
        ...(notes.length > 0 ? { notes } : {}),
      };
    })
    .immediate();
}

/** The outcome "unchanged" when the store already holds these bytes (as this file, or as another file's twin). */
function storedVersion(
  store: DocumentStore,
  fileName: string,
  contentHash: string,
  meta: DocumentMeta,
  options: { force?: boolean },
): ImportOutcome | null {
  if (options.force) return null;
  const id = meta.id ?? userDocumentId(store, fileName, contentHash);
  const existing = store.getDocument(id);
  if (existing && existing.contentHash === contentHash && existing.pipelineVersion === PIPELINE_VERSION) {
    return { status: 'unchanged', docId: id, file: fileName, clauses: existing.clauseCount };
  }
  if (!meta.id) {
    const twin = store.findByContentHash(contentHash);
    if (twin && twin.id !== id) return { status: 'unchanged', docId: twin.id, file: fileName, clauses: twin.clauseCount };
  }
  return null;
}

/** Removes a document and everything derived from it, in one transaction. */
export function removeDocument(db: Database, id: string, hooks: readonly IndexHook[] = []): boolean {
  // Immediate: the check and the delete under one write lock (a deferred read-then-write fails at once when busy).
  return db
    .transaction(() => {
      const store = new DocumentStore(db);
      if (!store.getDocument(id)) return false; // nothing to remove, nothing derived changes
      for (const hook of hooks) hook.onDelete(db, id);
      return store.deleteDocument(id);
    })
    .immediate();
}

/**
 * The id of a user's file: its name's slug, unless that id holds another document (a shipped one, or a file of another
 * name), then the slug with the first free number ("report-2"). A new version of the same user file keeps its id.
 */
function userDocumentId(store: DocumentStore, fileName: string, contentHash: string): string {
  const slug = slugFromFileName(fileName);
  for (let n = 1; ; n++) {
    const id = n === 1 ? slug : `${slug}-${n}`;
    const existing = store.getDocument(id);
    if (!existing || existing.contentHash === contentHash || (existing.provenance === null && existing.fileName === fileName)) return id;
  }
}
