// Compares the clauses of a fixture PDF (a shipped document printed by scripts/make-pdf-fixtures.ts) with those of the
// document's text import: the same texts after whitespace normalisation, the same labels, and the pages the PDF has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClauseDraft, SourceDocument } from '../../../../shared/core/model.js';
import { segmentDocument } from '../../../../shared/core/segment/index.js';
import { loadManifest, type ManifestEntry } from '../../../../shared/node/corpus/manifest.js';
import { textReader } from '../../../../shared/node/import/file-readers.js';
import { clauseRegions } from '../../../../shared/node/import/pdf/pdf-regions.js';
import { readPdf } from '../../../../shared/node/import/pdf/pdf-reader.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pdf');

export interface Expected {
  doc: string;
  pages: number;
  clauses: Record<string, [number, number]>;
}

export function expectedPages(): Record<string, Expected> {
  return JSON.parse(readFileSync(join(FIXTURES, 'expected-pages.json'), 'utf8')) as Record<string, Expected>;
}

export interface Comparison {
  fixture: string;
  textClauses: number;
  pdfClauses: number;
  /** Text-import clauses whose path, label and normalised text the PDF import has too. */
  same: number;
  mismatches: { path: string; why: string }[];
  /** Clauses whose first page (and last) is the page the fixture script put them on. */
  pagesRight: number;
  pagesChecked: number;
  pageMismatches: { path: string; expected: [number, number]; got: [number, number] | null }[];
  notes: string[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function sourceOf(entry: ManifestEntry, original: string, lines: SourceDocument['lines'], format: SourceDocument['format']): SourceDocument {
  return {
    docId: entry.id,
    kind: entry.kind,
    lang: entry.lang,
    format,
    title: entry.title,
    shortTitle: entry.shortTitle,
    citeAs: entry.citeAs ?? entry.shortTitle,
    original,
    lines,
  };
}

export async function compareFixture(fixture: string): Promise<Comparison> {
  const expected = expectedPages()[fixture];
  if (!expected) throw new Error(`no expected pages for ${fixture}`);
  const entry = loadManifest(join(ROOT, 'corpus')).find((e) => e.id === expected.doc)!;
  const text = await textReader.read(readFileSync(entry.path), entry.path);
  const textDrafts = segmentDocument(sourceOf(entry, text.original, text.lines, entry.format));
  const pdf = await readPdf(readFileSync(join(FIXTURES, `${fixture}.pdf`)), fixture);
  const pdfDrafts = segmentDocument(sourceOf(entry, pdf.original, pdf.lines, 'pdf'));
  const byPath = new Map<string, ClauseDraft>(pdfDrafts.map((d) => [d.path, d]));
  const result: Comparison = {
    fixture,
    textClauses: textDrafts.length,
    pdfClauses: pdfDrafts.length,
    same: 0,
    mismatches: [],
    pagesRight: 0,
    pagesChecked: 0,
    pageMismatches: [],
    notes: pdf.notes,
  };
  for (const t of textDrafts) {
    const p = byPath.get(t.path);
    if (!p) result.mismatches.push({ path: t.path, why: 'missing' });
    else if (p.label !== t.label) result.mismatches.push({ path: t.path, why: `label "${p.label}" ≠ "${t.label}"` });
    else if (norm(p.text) !== norm(t.text)) result.mismatches.push({ path: t.path, why: `text differs:\n  pdf:  ${norm(p.text).slice(0, 3000)}\n  text: ${norm(t.text).slice(0, 3000)}` });
    else result.same++;
    const want = expected.clauses[t.path];
    if (p && want) {
      result.pagesChecked++;
      const r = clauseRegions(p.map, pdf.pdf.placements, pdf.pdf.toPdf);
      const got: [number, number] | null = r ? [r.page, r.pageEnd] : null;
      if (got && got[0] === want[0] && got[1] === want[1]) result.pagesRight++;
      else result.pageMismatches.push({ path: t.path, expected: want, got });
    }
  }
  return result;
}
