// Indexes a corpus folder described by its manifest: one transaction per document, then the cross-references.
import type { Database } from 'better-sqlite3';
import { refreshStaleCrossReferences } from '../crossref/refresh-cross-references.js';
import { loadManifest } from '../corpus/manifest.js';
import { importFile, type ImportOutcome, type IndexHook } from './import-document.js';

export interface CorpusProgress {
  index: number;
  total: number;
  docId: string;
  outcome?: ImportOutcome;
  error?: Error;
}

export interface CorpusReport {
  outcomes: ImportOutcome[];
  errors: { docId: string; error: Error }[];
  /** Set when documents changed (now or in an interrupted earlier run) and the cross-references were recomputed. */
  crossReferences?: { provisions: number; links: number };
}

/** Imports every document of the manifest in `corpusDir`; a failing document does not stop the others. */
export async function indexCorpus(
  db: Database,
  corpusDir: string,
  hooks: readonly IndexHook[] = [],
  options: { force?: boolean; onProgress?: (p: CorpusProgress) => void } = {},
): Promise<CorpusReport> {
  const entries = loadManifest(corpusDir);
  const report: CorpusReport = { outcomes: [], errors: [] };
  for (const [index, entry] of entries.entries()) {
    try {
      const outcome = await importFile(
        db,
        entry.path,
        {
          id: entry.id,
          title: entry.title,
          shortTitle: entry.shortTitle,
          citeAs: entry.citeAs ?? entry.shortTitle,
          kind: entry.kind,
          lang: entry.lang,
          format: entry.format,
          ...(entry.date ? { date: entry.date } : {}),
          ...(entry.instrument ? { instrument: entry.instrument } : {}),
          ...(entry.source ? { provenance: entry.source } : {}),
        },
        hooks,
        { force: options.force ?? false },
      );
      report.outcomes.push(outcome);
      options.onProgress?.({ index, total: entries.length, docId: entry.id, outcome });
    } catch (err) {
      report.errors.push({ docId: entry.id, error: err as Error });
      options.onProgress?.({ index, total: entries.length, docId: entry.id, error: err as Error });
    }
  }
  const refreshed = refreshStaleCrossReferences(db);
  if (refreshed) report.crossReferences = refreshed;
  return report;
}
