// Test helper: a shipped document's clauses (segmented by the pure core) as the document text annotations refer to.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentText, type DocumentText, type DocumentTextClause } from '../../../shared/core/annotations/document-text.js';
import { clauseId, type SourceDocument } from '../../../shared/core/model.js';
import { segmentDocument } from '../../../shared/core/segment/index.js';
import { readHtmlLines } from '../../../shared/node/import/html-reader.js';
import { loadTextDoc } from '../segment/load-text-doc.js';

const STATUTES: Record<string, string> = { 'ru-civil-code-part4': 'Civil Code', 'ru-criminal-code': 'Criminal Code' };
const cache = new Map<string, DocumentTextClause[]>();

/** The clauses of a shipped document (text documents via loadTextDoc, statutes from their HTML), ids "docId/path". */
export function corpusClauses(docId: string): DocumentTextClause[] {
  let clauses = cache.get(docId);
  if (!clauses) {
    const source = STATUTES[docId] ? loadStatute(docId, STATUTES[docId]) : loadTextDoc(docId);
    clauses = segmentDocument(source).map((c) => ({ id: clauseId(docId, c.path), text: c.text }));
    cache.set(docId, clauses);
  }
  return clauses.map((c) => ({ ...c }));
}

/** The document text of a shipped document, optionally after `edit` changed a copy of its clause list. */
export function corpusText(docId: string, edit?: (clauses: DocumentTextClause[]) => void): DocumentText {
  const clauses = corpusClauses(docId);
  edit?.(clauses);
  return documentText(clauses);
}

/** The clause with this id (throws when missing). */
export function clauseById(clauses: readonly DocumentTextClause[], id: string): DocumentTextClause {
  const found = clauses.find((c) => c.id === id);
  if (!found) throw new Error(`no clause ${id}`);
  return found;
}

function loadStatute(docId: string, citeAs: string): SourceDocument {
  const original = readFileSync(fileURLToPath(new URL(`../../../corpus/documents/${docId}.html`, import.meta.url)), 'utf8');
  const { lines } = readHtmlLines(original);
  return { docId, kind: 'statute', lang: 'ru', format: 'pravo-html', title: docId, shortTitle: citeAs, citeAs, original, lines };
}
