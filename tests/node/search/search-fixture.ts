// Test fixture: real corpus documents imported into a fresh store with the search (and citation) hooks.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { importFile, removeDocument, type IndexHook } from '../../../shared/node/import/import-document.js';
import { indexHooks } from '../../../shared/node/service/open-explorer.js';
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

export const SEARCH_HOOKS: IndexHook[] = indexHooks();

export const corpusPath = (doc: CorpusDoc) => join(CORPUS_DIR, 'documents', doc.file);

/** Imports `doc` through the import pipeline. */
export async function importDoc(db: Database, doc: CorpusDoc, hooks: readonly IndexHook[] = SEARCH_HOOKS): Promise<void> {
  const meta = { id: doc.id, kind: doc.kind, lang: doc.lang, citeAs: doc.citeAs, title: doc.citeAs, ...(doc.instrument ? { instrument: doc.instrument } : {}) };
  await importFile(db, corpusPath(doc), meta, hooks);
}

/** A fresh in-memory store with `docs` imported. */
export async function storeWith(...docs: CorpusDoc[]): Promise<Database> {
  const db = openDatabase(':memory:');
  for (const doc of docs) await importDoc(db, doc);
  return db;
}

/** Removes a document through the import pipeline. */
export async function removeDoc(db: Database, id: string, hooks: readonly IndexHook[] = SEARCH_HOOKS): Promise<void> {
  removeDocument(db, id, hooks);
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
