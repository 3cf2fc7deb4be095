// Test helper: the shipped corpus through the real pipeline (import, segmentation, citation extraction) as link clauses.
import { extractCitations } from '../../shared/core/citations/index.js';
import { articleOfPath } from '../../shared/core/citations/statute-paths.js';
import type { LinkClause } from '../../shared/core/link/index.js';
import { indexCorpus } from '../../shared/node/import/index-corpus.js';
import { openDatabase } from '../../shared/node/store/open-database.js';
import { DocumentStore } from '../../shared/node/store/document-store.js';
import { CORPUS_DIR } from '../helpers/temp-db.js';

let cached: Promise<LinkClause[]> | undefined;

/** Every clause of the corpus with the citations the extractor finds in it (statutes citing themselves resolved). */
export function corpusLinkClauses(): Promise<LinkClause[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<LinkClause[]> {
  const db = openDatabase(':memory:');
  try {
    const report = await indexCorpus(db, CORPUS_DIR);
    if (report.errors.length > 0) throw new Error(report.errors.map((e) => `${e.docId}: ${e.error.message}`).join('\n'));
    const store = new DocumentStore(db);
    return store.listDocuments().flatMap((doc) =>
      store.listClauses(doc.id).map((c) => ({
        id: c.id,
        docId: doc.id,
        docKind: doc.kind,
        kind: c.kind,
        lang: doc.lang,
        label: c.label,
        text: c.text,
        path: c.path,
        ...(doc.date ? { docDate: doc.date } : {}),
        ...(doc.kind === 'statute' && doc.instrument ? { instrument: doc.instrument } : {}),
        citations: extractCitations(c.text, {
          lang: doc.lang,
          ...(doc.date ? { date: doc.date } : {}),
          ...(doc.instrument ? { selfInstrument: doc.instrument } : {}),
          ...(doc.instrument && articleOfPath(c.path) ? { selfArticle: articleOfPath(c.path) } : {}),
        }),
      })),
    );
  } finally {
    db.close();
  }
}
