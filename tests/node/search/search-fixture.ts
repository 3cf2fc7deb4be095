// Test fixture: real corpus documents imported into a fresh store with the search (and citation) hooks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ClauseDraft } from '../../../shared/core/model.js';
import { segmentStatute } from '../../../shared/core/segment/statute.js';
import { citationHook } from '../../../shared/node/crossref/citation-hook.js';
import { readerFor } from '../../../shared/node/import/file-readers.js';
import type { IndexHook } from '../../../shared/node/import/import-document.js';
import { searchIndexHook } from '../../../shared/node/search/index.js';
import { DocumentStore } from '../../../shared/node/store/document-store.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { filterTag } from '../../../shared/core/search/index.js';
import { CORPUS_DIR } from '../../helpers/temp-db.js';

export interface CorpusDoc {
  id: string;
  file: string;
  kind: 'statute' | 'report' | 'action-plan' | 'cable';
  lang: 'en' | 'ru';
  citeAs: string;
  instrument?: string;
}

export const CIVIL_CODE: CorpusDoc = { id: 'ru-civil-code-part4', file: 'ru-civil-code-part4.html', kind: 'statute', lang: 'ru', citeAs: 'Civil Code', instrument: 'ru-civil-code' };
export const CRIMINAL_CODE: CorpusDoc = { id: 'ru-criminal-code', file: 'ru-criminal-code.html', kind: 'statute', lang: 'ru', citeAs: 'Criminal Code', instrument: 'ru-criminal-code' };
export const IIPA_REPORT: CorpusDoc = { id: 'iipa-2017-russia', file: 'iipa-2017-special-301-russia.txt', kind: 'report', lang: 'en', citeAs: 'IIPA 2017 Report' };
export const ACTION_PLAN: CorpusDoc = { id: 'action-plan-2012', file: 'us-russia-ipr-action-plan-2012.txt', kind: 'action-plan', lang: 'en', citeAs: 'Action Plan' };

export const SEARCH_HOOKS: IndexHook[] = [citationHook, searchIndexHook];

export const corpusPath = (doc: CorpusDoc) => join(CORPUS_DIR, 'documents', doc.file);

/** Imports `doc` through the import pipeline (importFile) when it is available, else straight through the store. */
export async function importDoc(db: Database, doc: CorpusDoc, hooks: readonly IndexHook[] = SEARCH_HOOKS): Promise<void> {
  const meta = { id: doc.id, kind: doc.kind, lang: doc.lang, citeAs: doc.citeAs, title: doc.citeAs, ...(doc.instrument ? { instrument: doc.instrument } : {}) };
  let importFile: typeof import('../../../shared/node/import/import-document.js').importFile | undefined;
  try {
    ({ importFile } = await import('../../../shared/node/import/import-document.js'));
  } catch {
    importFile = undefined; // the text segmenters have not landed yet
  }
  if (importFile) {
    importFile(db, corpusPath(doc), meta, hooks);
    return;
  }
  const path = corpusPath(doc);
  const read = readerFor(path).read(readFileSync(path), path);
  const source = { docId: doc.id, kind: doc.kind, lang: doc.lang, format: read.format, title: doc.citeAs, shortTitle: doc.citeAs, citeAs: doc.citeAs, original: read.original, lines: read.lines, ...(doc.instrument ? { instrument: doc.instrument } : {}) };
  const drafts = doc.kind === 'statute' ? segmentStatute(source) : paragraphs(read.original, doc.citeAs);
  const store = new DocumentStore(db);
  db.transaction(() => {
    store.insertDocument(
      { id: doc.id, title: doc.citeAs, shortTitle: doc.citeAs, citeAs: doc.citeAs, kind: doc.kind, lang: doc.lang, date: null, format: read.format, fileName: doc.file, instrument: doc.instrument ?? null, provenance: null, contentHash: doc.id, pipelineVersion: 0, importedAt: '' },
      read.original,
      drafts,
    );
    for (const hook of hooks) hook.onInsert(db, store.getDocument(doc.id)!, store.listClauses(doc.id));
  })();
}

function paragraphs(text: string, citeAs: string): ClauseDraft[] {
  const out: ClauseDraft[] = [];
  for (const m of text.matchAll(/\S[\s\S]*?(?=\n\s*\n|$)/g)) {
    const n = out.length + 1;
    out.push({ path: `p${n}`, parentPath: null, label: `${citeAs} ¶ ${n}`, kind: 'paragraph', level: 0, text: m[0], map: [{ t: 0, o: m.index, len: m[0].length }] });
  }
  return out;
}

/** A fresh in-memory store with `docs` imported. */
export async function storeWith(...docs: CorpusDoc[]): Promise<Database> {
  const db = openDatabase(':memory:');
  for (const doc of docs) await importDoc(db, doc);
  return db;
}

/** Removes a document through the import pipeline's removeDocument when available, else the same steps by hand. */
export async function removeDoc(db: Database, id: string, hooks: readonly IndexHook[] = SEARCH_HOOKS): Promise<void> {
  try {
    const { removeDocument } = await import('../../../shared/node/import/import-document.js');
    removeDocument(db, id, hooks);
  } catch {
    db.transaction(() => {
      for (const hook of hooks) hook.onDelete(db, id);
      new DocumentStore(db).deleteDocument(id);
    })();
  }
}

/** Postings rows of the FTS5 index, and index rows, in total or for one document. */
export function postingCounts(db: Database, docId?: string): { fts: number; clauses: number } {
  const fts = docId
    ? (db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck().get(`tags : "${filterTag('doc', docId)}"`) as number)
    : (db.prepare('SELECT count(*) FROM search_fts_docsize').pluck().get() as number);
  const clauses = docId
    ? (db.prepare('SELECT count(*) FROM search_clauses WHERE doc_id = ?').pluck().get(docId) as number)
    : (db.prepare('SELECT count(*) FROM search_clauses').pluck().get() as number);
  return { fts, clauses };
}
