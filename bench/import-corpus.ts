// Imports the shipped corpus and the Russian codes for the benchmark, through the real import pipeline when it loads.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ClauseDraft, DocumentKind, Lang, SourceFormat } from '../shared/core/model.js';
import { segmentStatute } from '../shared/core/segment/statute.js';
import { detectLang } from '../shared/core/text/detect-lang.js';
import { loadManifest } from '../shared/node/corpus/manifest.js';
import { citationHook } from '../shared/node/crossref/citation-hook.js';
import { readerFor } from '../shared/node/import/file-readers.js';
import type { DocumentMeta, IndexHook } from '../shared/node/import/import-document.js';
import { searchIndexHook } from '../shared/node/search/index.js';
import { DocumentStore } from '../shared/node/store/document-store.js';

export const BENCH_HOOKS: IndexHook[] = [citationHook, searchIndexHook];

type ImportFn = (db: Database, path: string, meta: DocumentMeta, hooks: readonly IndexHook[]) => unknown;

/** importFile, or null (and the reason) while the import pipeline cannot load (a segmenter still missing). */
async function pipelineImport(): Promise<{ importFile: ImportFn | null; fallbackReason: string | null }> {
  try {
    const { importFile } = await import('../shared/node/import/import-document.js');
    return { importFile, fallbackReason: null };
  } catch (err) {
    return { importFile: null, fallbackReason: (err as Error).message.split('\n')[0] ?? 'unknown' };
  }
}

/** Stand-in while the text segmenters are missing: statutes through their segmenter, other texts one clause per paragraph. */
function importDirect(db: Database, path: string, meta: DocumentMeta, hooks: readonly IndexHook[]): void {
  const read = readerFor(path).read(readFileSync(path), path);
  const id = meta.id ?? basename(path).replace(/\.[^.]+$/, '');
  const kind: DocumentKind = meta.kind ?? 'other';
  const lang: Lang = meta.lang ?? detectLang(read.original);
  const format: SourceFormat = meta.format ?? read.format;
  const citeAs = meta.citeAs ?? id;
  const source = { docId: id, kind, lang, format, title: meta.title ?? id, shortTitle: citeAs, citeAs, original: read.original, lines: read.lines, ...(meta.instrument ? { instrument: meta.instrument } : {}) };
  const drafts: ClauseDraft[] =
    kind === 'statute'
      ? segmentStatute(source)
      : Array.from(read.original.matchAll(/\S[\s\S]*?(?=\n\s*\n|$)/g), (m, i) => ({
          path: `p${i + 1}`, parentPath: null, label: `${citeAs} ¶ ${i + 1}`, kind: 'paragraph' as const, level: 0, text: m[0], map: [{ t: 0, o: m.index, len: m[0].length }],
        }));
  const store = new DocumentStore(db);
  db.transaction(() => {
    store.insertDocument(
      { id, title: source.title, shortTitle: citeAs, citeAs, kind, lang, date: null, format, fileName: basename(path), instrument: meta.instrument ?? null, provenance: null, contentHash: id, pipelineVersion: 0, importedAt: '' },
      read.original,
      drafts,
    );
    for (const hook of hooks) hook.onInsert(db, store.getDocument(id)!, store.listClauses(id));
  })();
}

export interface Importer {
  importFile: ImportFn;
  /** Set when the stand-in is used instead of the import pipeline. */
  fallbackReason: string | null;
}

export async function importer(): Promise<Importer> {
  const { importFile, fallbackReason } = await pipelineImport();
  return { importFile: importFile ?? importDirect, fallbackReason };
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
