// Writes the search index: postings for clauses (inside the import transaction), removal per document, and rebuild.
import type { Database } from 'better-sqlite3';
import type { ClauseKind, DocumentKind, Lang } from '../../core/model.js';
import { filterTag, tokenize } from '../../core/search/index.js';
import { detectLang } from '../../core/text/detect-lang.js';
import type { IndexHook } from '../import/import-document.js';
import type { ClauseRecord, DocumentRecord } from '../store/document-store.js';
import { SearchRepository, type StoredClauseRow } from '../store/search-repository.js';

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

/** The stems and language of each clause, in order, and the words seen: work that needs no store (an import's worker does it). */
export interface PreparedPostings {
  texts: number;
  clauses: { stems: string; lang: Lang }[];
  vocabulary: [string, string][];
}

/** Tokenizes clauses for the index (their document's language `docLang` for clauses without letters). */
export function preparePostings(clauses: readonly { text: string }[], docLang: Lang): PreparedPostings {
  const vocabulary = new Map<string, string>();
  const prepared = clauses.map((clause) => {
    const stems: string[] = [];
    for (const { word, stem } of tokenize(clause.text)) {
      if (!stem) continue;
      stems.push(stem);
      if (!vocabulary.has(word)) vocabulary.set(word, stem);
    }
    return { stems: stems.join(' '), lang: clauseLang(clause.text, docLang) };
  });
  return { texts: clauses.length, clauses: prepared, vocabulary: [...vocabulary] };
}

/**
 * Adds postings for `clauses` (the caller holds the transaction); returns how many were indexed. `prepared`: their
 * tokens worked out before (preparePostings over the same clauses, in order).
 */
export function indexClauses(db: Database, clauses: Iterable<IndexableClause>, prepared?: PreparedPostings): number {
  const repo = new SearchRepository(db);
  const vocabulary = new Map<string, string>(prepared?.vocabulary);
  const docTags = new Map<string, string>();
  let count = 0;
  for (const clause of clauses) {
    const ready = prepared?.clauses[count];
    const stems: string[] = [];
    if (!ready) {
      for (const { word, stem } of tokenize(clause.text)) {
        if (!stem) continue;
        stems.push(stem);
        if (!vocabulary.has(word)) vocabulary.set(word, stem);
      }
    }
    const lang = ready ? ready.lang : clauseLang(clause.text, clause.docLang);
    let tags = docTags.get(clause.docId);
    if (tags === undefined) {
      tags = `${filterTag('doc', clause.docId)} ${filterTag('doc-kind', clause.docKind)}`;
      docTags.set(clause.docId, tags);
    }
    const rowid = repo.insertClause(clause.id, clause.docId, lang);
    repo.insertClausePostings(rowid, ready ? ready.stems : stems.join(' '), `${tags} ${filterTag('clause-kind', clause.kind)} ${filterTag('lang', lang)}`);
    count++;
  }
  if (repo.addVocabulary(vocabulary) > 0) repo.bumpVocabVersion();
  return count;
}

/** Removes a document's postings (the caller holds the transaction). */
export function removeDocumentPostings(db: Database, docId: string): number {
  return new SearchRepository(db).deleteDocumentPostings(docId);
}

/** Keeps the search index in step with imports: postings are written and removed in the import's transaction. */
export const searchIndexHook: IndexHook = {
  name: 'search',
  prepare: (doc, clauses): PreparedPostings => preparePostings(clauses, doc.lang),
  onInsert(db: Database, doc: DocumentRecord, clauses: readonly ClauseRecord[], prepared?: unknown) {
    const ready = prepared as PreparedPostings | undefined;
    indexClauses(
      db,
      clauses.map((c) => ({ id: c.id, docId: doc.id, text: c.text, kind: c.kind, docKind: doc.kind, docLang: doc.lang })),
      ready && ready.texts === clauses.length ? ready : undefined,
    );
  },
  onDelete(db: Database, docId: string) {
    removeDocumentPostings(db, docId);
  },
};

/** Rebuilds the whole index from the stored clauses, in one transaction. */
export function rebuildSearchIndex(db: Database): { clauses: number } {
  const repo = new SearchRepository(db);
  return db.transaction(() => {
    repo.clearIndex();
    let clauses = 0;
    for (let after = 0; ; ) {
      const rows = repo.storedClausesAfter(after, REBUILD_PAGE);
      if (rows.length === 0) break;
      clauses += indexClauses(db, rows.map(toIndexable));
      after = rows[rows.length - 1]!.seq_key;
    }
    repo.optimizeIndex();
    return { clauses };
  })();
}

const REBUILD_PAGE = 5000;

function toIndexable(r: StoredClauseRow): IndexableClause {
  return { id: r.id, docId: r.doc_id, text: r.text, kind: r.kind, docKind: r.doc_kind, docLang: r.doc_lang };
}
