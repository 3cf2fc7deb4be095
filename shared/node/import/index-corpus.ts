// Indexes a corpus folder described by its manifest: one transaction per document, with progress.
import type { Database } from 'better-sqlite3';
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
}

/** Imports every document of the manifest in `corpusDir`; a failing document does not stop the others. */
export function indexCorpus(
  db: Database,
  corpusDir: string,
  hooks: readonly IndexHook[] = [],
  options: { force?: boolean; onProgress?: (p: CorpusProgress) => void } = {},
): CorpusReport {
  const entries = loadManifest(corpusDir);
  const report: CorpusReport = { outcomes: [], errors: [] };
  entries.forEach((entry, index) => {
    try {
      const outcome = importFile(
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
  });
  return report;
}
