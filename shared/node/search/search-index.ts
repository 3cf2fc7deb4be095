// Writes the search index: postings for clauses (inside the import transaction), removal per document, and rebuild.
import type { Database } from 'better-sqlite3';
import type { ClauseKind, DocumentKind, Lang } from '../../core/model.js';
import { filterTag, tokenize } from '../../core/search/index.js';
import { detectLang } from '../../core/text/detect-lang.js';
import type { IndexHook } from '../import/import-document.js';
import type { ClauseRecord, DocumentRecord } from '../store/document-store.js';

/** What the index needs to know about a clause. */
export interface IndexableClause {
  id: string;
  docId: string;
  text: string;
  kind: ClauseKind;
  docKind: DocumentKind;
  docLang: Lang;
}

const LETTER_RE = /\p{L}/u;

/** The clause's language: from its letters (Latin or Cyrillic), else its document's. */
export function clauseLang(text: string, docLang: Lang): Lang {
  return LETTER_RE.test(text) ? detectLang(text) : docLang;
}

/** Adds postings for `clauses` (the caller holds the transaction); returns how many were indexed. */
export function indexClauses(db: Database, clauses: Iterable<IndexableClause>): number {
  const insertClause = db.prepare('INSERT INTO search_clauses (clause_id, doc_id, lang) VALUES (?, ?, ?)');
  const insertPostings = db.prepare('INSERT INTO search_fts (rowid, body, tags) VALUES (?, ?, ?)');
  const vocabulary = new Map<string, string>();
  const docTags = new Map<string, string>();
  let count = 0;
  for (const clause of clauses) {
    const stems: string[] = [];
    for (const { word, stem } of tokenize(clause.text)) {
      if (!stem) continue;
      stems.push(stem);
      if (!vocabulary.has(word)) vocabulary.set(word, stem);
    }
    const lang = clauseLang(clause.text, clause.docLang);
    let tags = docTags.get(clause.docId);
    if (tags === undefined) {
      tags = `${filterTag('doc', clause.docId)} ${filterTag('doc-kind', clause.docKind)}`;
      docTags.set(clause.docId, tags);
    }
    const rowid = insertClause.run(clause.id, clause.docId, lang).lastInsertRowid;
    insertPostings.run(rowid, stems.join(' '), `${tags} ${filterTag('clause-kind', clause.kind)} ${filterTag('lang', lang)}`);
    count++;
  }
  addToVocabulary(db, vocabulary);
  return count;
}

function addToVocabulary(db: Database, words: ReadonlyMap<string, string>): void {
  const insert = db.prepare('INSERT OR IGNORE INTO search_vocab (word, stem) VALUES (?, ?)');
  let added = 0;
  for (const [word, stem] of words) added += insert.run(word, stem).changes;
  if (added > 0) db.prepare("UPDATE search_meta SET value = value + 1 WHERE key = 'vocab_version'").run();
}

/** Removes a document's postings (the caller holds the transaction). */
export function removeDocumentPostings(db: Database, docId: string): number {
  return db.prepare('DELETE FROM search_clauses WHERE doc_id = ?').run(docId).changes;
}

/** Keeps the search index in step with imports: postings are written and removed in the import's transaction. */
export const searchIndexHook: IndexHook = {
  onInsert(db: Database, doc: DocumentRecord, clauses: readonly ClauseRecord[]) {
    indexClauses(
      db,
      clauses.map((c) => ({ id: c.id, docId: doc.id, text: c.text, kind: c.kind, docKind: doc.kind, docLang: doc.lang })),
    );
  },
  onDelete(db: Database, docId: string) {
    removeDocumentPostings(db, docId);
  },
};

interface StoredClauseRow {
  id: string;
  doc_id: string;
  text: string;
  kind: ClauseKind;
  doc_kind: DocumentKind;
  doc_lang: Lang;
}

/** Rebuilds the whole index from the stored clauses, in one transaction. */
export function rebuildSearchIndex(db: Database): { clauses: number } {
  return db.transaction(() => {
    db.exec(`
      INSERT INTO search_fts (search_fts) VALUES ('delete-all');
      DELETE FROM search_clauses;
      DELETE FROM search_vocab;
      UPDATE search_meta SET value = value + 1 WHERE key = 'vocab_version';
    `);
    const page = db.prepare(
      `SELECT c.rowid AS seq_key, c.id, c.doc_id, c.text, c.kind, d.kind AS doc_kind, d.lang AS doc_lang
       FROM clauses c JOIN documents d ON d.id = c.doc_id WHERE c.rowid > ? ORDER BY c.rowid LIMIT ${REBUILD_PAGE}`,
    );
    let clauses = 0;
    for (let after = 0; ; ) {
      const rows = page.all(after) as (StoredClauseRow & { seq_key: number })[];
      if (rows.length === 0) break;
      clauses += indexClauses(db, rows.map(toIndexable));
      after = rows[rows.length - 1]!.seq_key;
    }
    db.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
    return { clauses };
  })();
}

const REBUILD_PAGE = 5000;

function toIndexable(r: StoredClauseRow): IndexableClause {
  return { id: r.id, docId: r.doc_id, text: r.text, kind: r.kind, docKind: r.doc_kind, docLang: r.doc_lang };
}
