// The part of an import that needs no store: read the file, segment it, place a PDF's clauses on their pages, and the
// index hooks' own work on the new clauses (citations, search postings). It runs in a worker thread (import-worker.ts),
// so a large import never holds up the host's other requests; only the write stays on the main thread.
import { basename } from 'node:path';
import type { ClauseDraft, DocumentKind, SourceDocument } from '../../core/model.js';
import { segmentDocument } from '../../core/segment/index.js';
import { detectLang } from '../../core/text/detect-lang.js';
import { visibleText } from '../../core/text/lines.js';
import { describeRemoved, type RemovedLines } from '../../core/text/removed-lines.js';
import { readerFor, type ReadResult } from './file-readers.js';
import { shorten, slugFromFileName } from './document-names.js';
import { ImportError } from './import-error.js';
import type { DocumentMeta, HookClause, HookDocument, ImportOptions, IndexHook } from './import-document.js';
import { clauseRegions } from './pdf/pdf-regions.js';

/** Everything the write transaction needs that could be worked out before it (structured-clonable, for a worker). */
export interface PreparedDocument {
  source: Omit<SourceDocument, 'lines'>;
  drafts: ClauseDraft[];
  notes: string[];
  /** The file is a PDF (the store keeps its bytes for the page view). */
  isPdf: boolean;
  /** Each index hook's prepared work, by hook name. */
  prepared: Record<string, unknown>;
}

/** Reads and segments `bytes` (named `path`) and runs the hooks' preparations. */
export async function prepareDocument(
  path: string,
  bytes: Uint8Array,
  meta: DocumentMeta,
  hooks: readonly IndexHook[],
  options: ImportOptions = {},
): Promise<PreparedDocument> {
  const fileName = basename(path);
  const read = await readerFor(path).read(bytes, path, options.pdfLimits ? { pdfLimits: options.pdfLimits } : {});
  const kind: DocumentKind = meta.kind ?? (read.looksLikeStatute ? 'statute' : 'other');
  const title = meta.title ?? read.title ?? fileName;
  const source: SourceDocument = {
    docId: meta.id ?? slugFromFileName(fileName), // segmentation does not depend on the id, chosen in the transaction
    kind,
    lang: meta.lang ?? detectLang(visibleText(read.lines)),
    format: meta.format ?? read.format,
    title,
    shortTitle: meta.shortTitle ?? shorten(title),
    citeAs: meta.citeAs ?? meta.shortTitle ?? shorten(title),
    original: read.original,
    lines: read.lines,
    ...(meta.instrument ? { instrument: meta.instrument } : {}),
  };
  let drafts: ClauseDraft[];
  const removed: RemovedLines = {};
  try {
    drafts = segmentDocument(source, removed);
  } catch (err) {
    throw new ImportError(path, `could not be segmented into clauses (${(err as Error).message})`);
  }
  if (drafts.length === 0) throw new ImportError(path, 'no text clauses were found in the document');
  if (read.pdf) placeOnPages(drafts, read.pdf);
  for (const [reason, n] of Object.entries(read.removed ?? {}) as [keyof RemovedLines, number][]) removed[reason] = (removed[reason] ?? 0) + n;
  const notes = [
    ...(read.encoding ? [`read as ${read.encoding} text (the file is not UTF-8)`] : []),
    ...(read.notes ?? []),
    ...describeRemoved(removed),
  ];
  const hookDoc: HookDocument = { kind: source.kind, lang: source.lang, instrument: source.instrument ?? null };
  const hookClauses: HookClause[] = drafts.map((d) => ({ path: d.path, text: d.text, kind: d.kind }));
  const prepared: Record<string, unknown> = {};
  for (const hook of hooks) if (hook.name && hook.prepare) prepared[hook.name] = hook.prepare(hookDoc, hookClauses);
  const { lines: _lines, ...rest } = source;
  return { source: rest, drafts, notes, isPdf: read.pdf !== undefined, prepared };
}

/** Each clause of a PDF gets its first and last page and its regions on them. */
function placeOnPages(drafts: ClauseDraft[], pdf: NonNullable<ReadResult['pdf']>): void {
  for (const draft of drafts) {
    const place = clauseRegions(draft.map, pdf.placements, pdf.toPdf);
    if (!place) continue;
    draft.page = place.page;
    if (place.pageEnd > place.page) draft.pageEnd = place.pageEnd;
    draft.regions = place.regions;
  }
}
