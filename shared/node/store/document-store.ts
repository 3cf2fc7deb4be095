// Typed repository over the documents and clauses tables (synchronous better-sqlite3 calls).
import type { Database } from 'better-sqlite3';
import type { ClauseDraft, ClauseKind, DocumentKind, FootnoteCall, Lang, PageRegion, SourceFormat } from '../../core/model.js';
import { clauseId } from '../../core/model.js';
import type { OffsetRun } from '../../core/text/mapped-text.js';
import { originalSpan } from '../../core/text/mapped-text.js';
import { prepared } from './statements.js';

export interface DocumentRecord {
  id: string;
  title: string;
  shortTitle: string;
  citeAs: string;
  kind: DocumentKind;
  lang: Lang;
  date: string | null;
  format: SourceFormat;
  fileName: string;
  instrument: string | null;
  provenance: string | null;
  contentHash: string;
  pipelineVersion: number;
  clauseCount: number;
  importedAt: string;
  /** Bytes the store holds for it: its original text and any kept file (read only, never written). */
  storedBytes?: number;
  /** Whether the store keeps its original file (a PDF's bytes). */
  hasFile?: boolean;
}

export interface ClauseRecord {
  id: string;
  docId: string;
  seq: number;
  path: string;
  parentId: string | null;
  label: string;
  kind: ClauseKind;
  level: number;
  text: string;
  /** Span of the clause in the document's original text. */
  start: number;
  end: number;
  page: number | null;
  /** The last page of a clause spanning pages (a PDF's), else null. */
  pageEnd: number | null;
  number: string | null;
  title: string | null;
  footnotes: FootnoteCall[];
  calledFrom: string | null;
}

/** A clause's place in its PDF. */
export interface ClauseRegions {
  page: number;
  pageEnd: number;
  regions: PageRegion[];
}

interface DocumentRow {
  id: string;
  title: string;
  short_title: string;
  cite_as: string;
  kind: DocumentKind;
  lang: Lang;
  date: string | null;
  format: SourceFormat;
  file_name: string;
  instrument: string | null;
  provenance: string | null;
  content_hash: string;
  pipeline_version: number;
  clause_count: number;
  imported_at: string;
  stored_bytes?: number;
  has_file?: number;
}

interface ClauseRow {
  id: string;
  doc_id: string;
  seq: number;
  path: string;
  parent_id: string | null;
  label: string;
  kind: ClauseKind;
  level: number;
  text: string;
  start: number;
  end: number;
  page: number | null;
  page_end: number | null;
  number: string | null;
  title: string | null;
  meta: string | null;
}

const DOC_COLUMNS = `id, title, short_title, cite_as, kind, lang, date, format, file_name, instrument, provenance,
  content_hash, pipeline_version, clause_count, imported_at`;
/** The columns read back, with the bytes the store holds for the document and whether it keeps the file. */
const DOC_SELECT = `${DOC_COLUMNS},
  octet_length(original) + coalesce((SELECT length(f.bytes) FROM document_files f WHERE f.doc_id = documents.id), 0) AS stored_bytes,
  EXISTS (SELECT 1 FROM document_files f WHERE f.doc_id = documents.id) AS has_file`;
const CLAUSE_COLUMNS = 'id, doc_id, seq, path, parent_id, label, kind, level, text, start, end, page, page_end, number, title, meta';

function toDocument(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    title: row.title,
    shortTitle: row.short_title,
    citeAs: row.cite_as,
    kind: row.kind,
    lang: row.lang,
    date: row.date,
    format: row.format,
    fileName: row.file_name,
    instrument: row.instrument,
    provenance: row.provenance,
    contentHash: row.content_hash,
    pipelineVersion: row.pipeline_version,
    clauseCount: row.clause_count,
    importedAt: row.imported_at,
    ...(row.stored_bytes !== undefined ? { storedBytes: row.stored_bytes } : {}),
    ...(row.has_file !== undefined ? { hasFile: row.has_file === 1 } : {}),
  };
}

function toClause(row: ClauseRow): ClauseRecord {
  const meta = row.meta ? (JSON.parse(row.meta) as { footnotes?: FootnoteCall[]; calledFrom?: string }) : {};
  return {
    id: row.id,
    docId: row.doc_id,
    seq: row.seq,
    path: row.path,
    parentId: row.parent_id,
    label: row.label,
    kind: row.kind,
    level: row.level,
    text: row.text,
    start: row.start,
    end: row.end,
    page: row.page,
    pageEnd: row.page_end,
    number: row.number,
    title: row.title,
    footnotes: meta.footnotes ?? [],
    calledFrom: meta.calledFrom ?? null,
  };
}

/** A clause with its document's kind, date, instrument and language (the linker's input, see DocumentStore.linkerClauses). */
export interface LinkerClauseRow {
  id: string;
  doc_id: string;
  path: string;
  label: string;
  kind: ClauseKind;
  text: string;
  doc_kind: DocumentKind;
  doc_date: string | null;
  doc_instrument: string | null;
  lang: Lang;
}

/** Reads and writes documents and their clauses. Writers expect to run inside the caller's transaction. */
export class DocumentStore {
  constructor(readonly db: Database) {}

  listDocuments(): DocumentRecord[] {
    const rows = this.db.prepare(`SELECT ${DOC_SELECT} FROM documents ORDER BY rowid`).all() as DocumentRow[];
    return rows.map(toDocument);
  }

  getDocument(id: string): DocumentRecord | undefined {
    const row = this.db.prepare(`SELECT ${DOC_SELECT} FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined;
    return row ? toDocument(row) : undefined;
  }

  findByContentHash(hash: string): DocumentRecord | undefined {
    const row = this.db.prepare(`SELECT ${DOC_SELECT} FROM documents WHERE content_hash = ?`).get(hash) as
      | DocumentRow
      | undefined;
    return row ? toDocument(row) : undefined;
  }

  /** The document's original text, as received (for showing a clause in its context). */
  getOriginal(id: string): string | undefined {
    const row = this.db.prepare('SELECT original FROM documents WHERE id = ?').get(id) as { original: string } | undefined;
    return row?.original;
  }

  /** Inserts a document and its clauses; the caller has removed any previous version. */
  insertDocument(doc: Omit<DocumentRecord, 'clauseCount'>, original: string, drafts: readonly ClauseDraft[]): void {
    this.db
      .prepare(
        `INSERT INTO documents (${DOC_COLUMNS}, original) VALUES
         (@id, @title, @shortTitle, @citeAs, @kind, @lang, @date, @format, @fileName, @instrument, @provenance,
          @contentHash, @pipelineVersion, @clauseCount, @importedAt, @original)`,
      )
      .run({ ...doc, clauseCount: drafts.length, original });
    const insert = this.db.prepare(
      `INSERT INTO clauses (id, doc_id, seq, path, parent_id, label, kind, level, text, start, end, offset_map, page, page_end, regions, number, title, meta)
       VALUES (@id, @docId, @seq, @path, @parentId, @label, @kind, @level, @text, @start, @end, @offsetMap, @page, @pageEnd, @regions, @number, @title, @meta)`,
    );
    drafts.forEach((draft, seq) => {
      const [start, end] = originalSpan(draft.map, 0, draft.text.length);
      const meta =
        draft.footnotes?.length || draft.calledFrom
          ? JSON.stringify({ footnotes: draft.footnotes ?? [], calledFrom: draft.calledFrom ?? undefined })
          : null;
      insert.run({
        id: clauseId(doc.id, draft.path),
        docId: doc.id,
        seq,
        path: draft.path,
        parentId: draft.parentPath === null ? null : clauseId(doc.id, draft.parentPath),
        label: draft.label,
        kind: draft.kind,
        level: draft.level,
        text: draft.text,
        start,
        end,
        offsetMap: JSON.stringify(draft.map),
        page: draft.page ?? null,
        pageEnd: draft.pageEnd ?? null,
        regions: draft.regions ? JSON.stringify(draft.regions) : null,
        number: draft.number ?? null,
        title: draft.title ?? null,
        meta,
      });
    });
  }

  /** Deletes a document; its clauses, citations and automatic links go with it (foreign keys cascade). */
  deleteDocument(id: string): boolean {
    return this.db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
  }

  listClauses(docId: string): ClauseRecord[] {
    const rows = this.db.prepare(`SELECT ${CLAUSE_COLUMNS} FROM clauses WHERE doc_id = ? ORDER BY seq`).all(docId) as ClauseRow[];
    return rows.map(toClause);
  }

  getClause(id: string): ClauseRecord | undefined {
    const row = this.db.prepare(`SELECT ${CLAUSE_COLUMNS} FROM clauses WHERE id = ?`).get(id) as ClauseRow | undefined;
    return row ? toClause(row) : undefined;
  }

  getClauses(ids: readonly string[]): ClauseRecord[] {
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT ${CLAUSE_COLUMNS} FROM clauses WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as ClauseRow[];
    const byId = new Map(rows.map((r) => [r.id, toClause(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The clauses before and after `clause` in reading order. */
  neighbours(clause: ClauseRecord): { prev: string | null; next: string | null } {
    const prev = this.db
      .prepare('SELECT id FROM clauses WHERE doc_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1')
      .get(clause.docId, clause.seq) as { id: string } | undefined;
    const next = this.db
      .prepare('SELECT id FROM clauses WHERE doc_id = ? AND seq > ? ORDER BY seq LIMIT 1')
      .get(clause.docId, clause.seq) as { id: string } | undefined;
    return { prev: prev?.id ?? null, next: next?.id ?? null };
  }

  /** Keeps a document's original file (a PDF), written with the document in the caller's transaction. */
  insertDocumentFile(docId: string, mediaType: string, bytes: Uint8Array): void {
    this.db.prepare('INSERT INTO document_files (doc_id, media_type, bytes) VALUES (?, ?, ?)').run(docId, mediaType, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  /** The kept original file of a document, if the store keeps one. */
  getDocumentFile(docId: string): { mediaType: string; bytes: Buffer } | undefined {
    const row = this.db.prepare('SELECT media_type, bytes FROM document_files WHERE doc_id = ?').get(docId) as { media_type: string; bytes: Buffer } | undefined;
    return row ? { mediaType: row.media_type, bytes: row.bytes } : undefined;
  }

  /** Where a clause of a PDF stands on its page(s); undefined for clauses of other documents. */
  getClauseRegions(id: string): ClauseRegions | undefined {
    const row = this.db.prepare('SELECT page, page_end, regions FROM clauses WHERE id = ?').get(id) as
      | { page: number | null; page_end: number | null; regions: string | null }
      | undefined;
    if (!row || row.page === null || row.regions === null) return undefined;
    return { page: row.page, pageEnd: row.page_end ?? row.page, regions: JSON.parse(row.regions) as PageRegion[] };
  }

  /** The clause's offset map back to the original text. */
  getOffsetMap(id: string): OffsetRun[] | undefined {
    const row = this.db.prepare('SELECT offset_map FROM clauses WHERE id = ?').get(id) as { offset_map: string } | undefined;
    return row ? (JSON.parse(row.offset_map) as OffsetRun[]) : undefined;
  }

  /** Whether the store holds any document. */
  hasDocuments(): boolean {
    return prepared(this.db, 'SELECT 1 FROM documents LIMIT 1').get() !== undefined;
  }

  /** How many documents the store holds besides `id`. */
  countDocumentsOtherThan(id: string): number {
    return prepared(this.db, 'SELECT COUNT(*) FROM documents WHERE id != ?').pluck().get(id) as number;
  }

  /** Ids of the clauses of `clauseKinds` in documents of `docKind`, in reading order. */
  clauseIdsOfKinds(docKind: DocumentKind, clauseKinds: readonly ClauseKind[]): string[] {
    return prepared(
      this.db,
      `SELECT c.id FROM clauses c JOIN documents d ON d.id = c.doc_id
         WHERE d.kind = ? AND c.kind IN (SELECT value FROM json_each(?)) ORDER BY d.rowid, c.seq`,
    )
      .pluck()
      .all(docKind, JSON.stringify(clauseKinds)) as string[];
  }

  /** Every clause with what the linker reads of its document, in reading order. */
  linkerClauses(): LinkerClauseRow[] {
    return prepared(
      this.db,
      `SELECT c.id, c.doc_id, c.path, c.label, c.kind, c.text, d.kind AS doc_kind, d.date AS doc_date, d.instrument AS doc_instrument, d.lang
       FROM clauses c JOIN documents d ON d.id = c.doc_id ORDER BY d.rowid, c.seq`,
    ).all() as LinkerClauseRow[];
  }
}
