// Imports one file into the store: read, segment, and write document, clauses and index rows in one transaction.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ClauseDraft, DocumentKind, Lang, SourceDocument, SourceFormat } from '../../core/model.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_TEXT } from '../../core/api/import-limits.js';
import { segmentDocument } from '../../core/segment/index.js';
import { detectLang } from '../../core/text/detect-lang.js';
import { describeRemoved, type RemovedLines } from '../../core/text/removed-lines.js';
import { visibleText } from '../../core/text/lines.js';
import { DocumentStore, type ClauseRecord, type DocumentRecord } from '../store/document-store.js';
import { readerFor, type ReadResult } from './file-readers.js';
import { ImportError } from './import-error.js';
import type { PdfReadLimits } from './pdf/extract-pdf-text.js';
import { clauseRegions } from './pdf/pdf-regions.js';
import { readImportBytes } from './read-import-file.js';

/**
 * Bump when normalisation or segmentation changes the clauses a file produces, so that
 * re-indexing the same bytes re-imports them instead of skipping them as unchanged.
 */
export const PIPELINE_VERSION = 3; // 2: language and hyphenation vocabulary from the visible text, not HTML markup; 3: citation families, federal laws by number and year
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

/** Work that must happen in the same transaction as the clauses (search postings, citations). */
export interface IndexHook {
  onInsert(db: Database, doc: DocumentRecord, clauses: readonly ClauseRecord[]): void;
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
 * Stores a file's bytes (`path` names it in messages and gives its type and default id). Reading is asynchronous (a
 * PDF is read in a worker thread); everything for the document is then written in one synchronous transaction.
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

  const read = await readerFor(path).read(bytes, path, options.pdfLimits ? { pdfLimits: options.pdfLimits } : {});
  const kind: DocumentKind = meta.kind ?? (read.looksLikeStatute ? 'statute' : 'other');
  const title = meta.title ?? read.title ?? fileName;
  const source: SourceDocument = {
    docId: meta.id ?? slugFromFileName(fileName), // segmentation does not depend on the id, chosen in the transaction
    kind,
    lang: meta.lang ?? detectLang(visibleText(read.lines)),
    format: meta.format ?? read.format,
    title,
    shortTitle: meta.shortTitle ?? shorten(title),
    citeAs: meta.citeAs ?? meta.shortTitle ?? shorten(title),
    original: read.original,
    lines: read.lines,
    ...(meta.instrument ? { instrument: meta.instrument } : {}),
  };
  let drafts;
  const removed: RemovedLines = {};
  try {
    drafts = segmentDocument(source, removed);
  } catch (err) {
    throw new ImportError(path, `could not be segmented into clauses (${(err as Error).message})`);
  }
  if (drafts.length === 0) throw new ImportError(path, 'no text clauses were found in the document');
  if (read.pdf) placeOnPages(drafts, read.pdf);
  for (const [reason, n] of Object.entries(read.removed ?? {}) as [keyof RemovedLines, number][]) removed[reason] = (removed[reason] ?? 0) + n;
  const notes = [
    ...(read.encoding ? [`read as ${read.encoding} text (the file is not UTF-8)`] : []),
    ...(read.notes ?? []),
    ...describeRemoved(removed),
  ];

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
      store.insertDocument(record, read.original, drafts);
      if (read.pdf) store.insertDocumentFile(id, 'application/pdf', bytes); // the page view needs the PDF itself
      const stored = store.getDocument(id)!;
      const clauses = store.listClauses(id);
      for (const hook of hooks) hook.onInsert(db, stored, clauses);
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

/** Each clause of a PDF gets its first and last page and its regions on them. */
function placeOnPages(drafts: ClauseDraft[], pdf: NonNullable<ReadResult['pdf']>): void {
  for (const draft of drafts) {
    const place = clauseRegions(draft.map, pdf.placements, pdf.toPdf);
    if (!place) continue;
    draft.page = place.page;
    if (place.pageEnd > place.page) draft.pageEnd = place.pageEnd;
    draft.regions = place.regions;
  }
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

const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/**
 * A document id from a file name: "My Report (2017).txt" → "my-report-2017", "Договор поставки.txt" →
 * "dogovor-postavki". A name with too few Latin or Cyrillic letters gets an id from a hash of the name, so a new
 * version of the same file still finds its document.
 */
export function slugFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  const slug = stem
    .toLowerCase()
    .replace(/[а-яё]/g, (letter) => CYRILLIC_LATIN[letter] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `doc-${createHash('sha256').update(fileName).digest('hex').slice(0, 10)}`;
}

function shorten(title: string): string {
  return title.length <= 48 ? title : `${title.slice(0, 45).trimEnd()}…`;
}
