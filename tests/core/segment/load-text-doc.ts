// Test helper: builds a SourceDocument for one of the shipped text documents from corpus/manifest.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentKind, Lang, SourceDocument, SourceFormat } from '../../../shared/core/model.js';
import { splitLines } from '../../../shared/core/text/lines.js';

interface ManifestEntry {
  id: string;
  file: string;
  title: string;
  shortTitle: string;
  kind: DocumentKind;
  lang: Lang;
  format: SourceFormat;
  citeAs: string;
}

const corpusFile = (path: string): string => fileURLToPath(new URL(`../../../corpus/${path}`, import.meta.url));

/** The manifest's plain-text documents (everything but the HTML statutes). */
export const TEXT_DOC_IDS: readonly string[] = manifest()
  .filter((d) => d.file.endsWith('.txt'))
  .map((d) => d.id);

/** Builds the document exactly as the importer does for a text file. */
export function loadTextDoc(docId: string): SourceDocument {
  const entry = manifest().find((d) => d.id === docId);
  if (!entry) throw new Error(`no document ${docId} in corpus/manifest.json`);
  const original = readFileSync(corpusFile(entry.file), 'utf8');
  return {
    docId: entry.id,
    kind: entry.kind,
    lang: entry.lang,
    format: entry.format,
    title: entry.title,
    shortTitle: entry.shortTitle,
    citeAs: entry.citeAs,
    original,
    lines: splitLines(original),
  };
}

/** A document built from literal text, for made-up examples. */
export function textDoc(original: string, overrides: Partial<SourceDocument> = {}): SourceDocument {
  return {
    docId: 'sample',
    kind: 'other',
    lang: 'en',
    format: 'text',
    title: 'Sample',
    shortTitle: 'Sample',
    citeAs: 'Sample',
    original,
    lines: splitLines(original),
    ...overrides,
  };
}

function manifest(): ManifestEntry[] {
  return (JSON.parse(readFileSync(corpusFile('manifest.json'), 'utf8')) as { documents: ManifestEntry[] }).documents;
}
