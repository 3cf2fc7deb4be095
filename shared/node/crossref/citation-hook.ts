// Index hook that stores every clause's explicit citations, and which statute clauses hold which provision's text.
import type { Database } from 'better-sqlite3';
import { extractCitations } from '../../core/citations/index.js';
import type { IndexHook } from '../import/import-document.js';
import type { ClauseRecord, DocumentRecord } from '../store/document-store.js';
import { markCrossReferencesStale } from './refresh-cross-references.js';
import { articleOfPath, provisionKeyOfPath } from '../../core/citations/statute-paths.js';

export const citationHook: IndexHook = {
  onInsert(db: Database, doc: DocumentRecord, clauses: readonly ClauseRecord[]) {
    const insertCitation = db.prepare(
      `INSERT INTO citations (clause_id, key, instrument, article, part, text, start, end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertText = db.prepare('INSERT OR IGNORE INTO provision_text (key, clause_id) VALUES (?, ?)');
    markCrossReferencesStale(db);
    const instrument = doc.kind === 'statute' ? (doc.instrument ?? undefined) : undefined;
    for (const clause of clauses) {
      const selfArticle = instrument ? articleOfPath(clause.path) : undefined;
      const found = extractCitations(clause.text, {
        lang: doc.lang,
        ...(instrument ? { selfInstrument: instrument } : {}),
        ...(selfArticle ? { selfArticle } : {}),
      });
      for (const c of found) {
        // Amendment notes ("В редакции Федерального закона от ... № 35-ФЗ") name the amending law, not a provision.
        if (instrument && !c.article && c.instrument.startsWith('ru-fl-')) continue;
        insertCitation.run(clause.id, c.key, c.instrument, c.article ?? null, c.part ?? null, c.text, c.start, c.end);
      }
      if (instrument) {
        const key = provisionKeyOfPath(instrument, clause.path);
        if (key) insertText.run(key, clause.id);
        // An article's text is also every clause below it (its parts and sub-items).
        const article = articleOfPath(clause.path);
        if (article && key !== `${instrument}:${article}`) insertText.run(`${instrument}:${article}`, clause.id);
      }
    }
  },
  onDelete(db: Database) {
    // citations and provision_text rows go with their clauses (ON DELETE CASCADE); the links follow at the next refresh.
    markCrossReferencesStale(db);
  },
};
