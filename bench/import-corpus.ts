// Imports the shipped corpus and the Russian codes for the benchmark, through the real import pipeline.
import type { Database } from 'better-sqlite3';
import { loadManifest } from '../shared/node/corpus/manifest.js';
import { citationHook } from '../shared/node/crossref/citation-hook.js';
import { importFile, type IndexHook } from '../shared/node/import/import-document.js';
import { searchIndexHook } from '../shared/node/search/index.js';

export const BENCH_HOOKS: IndexHook[] = [citationHook, searchIndexHook];

export interface Importer {
  importFile: typeof importFile;
}

export async function importer(): Promise<Importer> {
  return { importFile };
}

/** Imports every document of the shipped corpus manifest. */
export function importShipped(db: Database, corpusDir: string, imp: Importer): void {
  for (const entry of loadManifest(corpusDir)) {
    imp.importFile(
      db,
      entry.path,
      {
        id: entry.id, title: entry.title, shortTitle: entry.shortTitle, citeAs: entry.citeAs ?? entry.shortTitle, kind: entry.kind, lang: entry.lang, format: entry.format,
        ...(entry.instrument ? { instrument: entry.instrument } : {}),
      },
      BENCH_HOOKS,
    );
  }
}
