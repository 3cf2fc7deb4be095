// Reads a PDF into lines for the segmenters: pdf.js in a worker, then layout; refuses what has no text to import.
import type { SourceLine } from '../../../core/model.js';
import type { RemovedLines } from '../../../core/text/removed-lines.js';
import { ImportError } from '../import-error.js';
import { extractPdfText, PDF_LIMITS, type PdfReadLimits } from './extract-pdf-text.js';
import { layOutPdf } from './pdf-layout.js';
import type { TextPlacement } from './pdf-types.js';

type Matrix = [number, number, number, number, number, number];

export interface PdfReadResult {
  original: string;
  lines: SourceLine[];
  format: 'pdf';
  title?: string;
  looksLikeStatute: boolean;
  /** What the import should tell the user beyond removed lines (pages without text, pages not read). */
  notes: string[];
  /** Lines removed as page furniture, counted by reason. */
  removed: RemovedLines;
  pdf: {
    pageCount: number;
    placements: TextPlacement[];
    /** Per page, the transform from layout units to PDF user space. */
    toPdf: Map<number, Matrix>;
  };
}

const STATUTE_HEADING = /^\s*Статья\s+\d/;

export async function readPdf(bytes: Uint8Array, file: string, limits: PdfReadLimits = PDF_LIMITS): Promise<PdfReadResult> {
  const extraction = await extractPdfText(bytes, file, limits);
  if (extraction.pageCount === 0) throw new ImportError(file, 'the PDF has no pages');
  if (extraction.pages.length === 0) {
    const none = extraction.pageCount === 1 ? 'its only page could not be read' : `none of its ${extraction.pageCount} pages could be read`;
    throw new ImportError(file, `the PDF is damaged: ${none} (${extraction.failedPages[0]?.message ?? 'unknown error'})`);
  }
  const layout = layOutPdf(extraction.pages, { zeroWidthSpaces: /skia\/pdf/i.test(extraction.producer ?? '') });
  const withText = extraction.pages.length - layout.pagesWithoutText.length;
  if (withText === 0 || layout.lines.every((l) => l.text.trim().length === 0)) {
    const scanned = layout.pagesWithoutText.length > 0 ? layout.pagesWithoutText : extraction.pages.map((p) => p.number);
    throw new ImportError(
      file,
      `the PDF has no text layer (a scanned document?): no text on ${pageList(scanned)}; OCR is not supported, so there is nothing to import`,
    );
  }
  const notes: string[] = [];
  if (layout.pagesWithoutText.length > 0) {
    notes.push(`no text on ${pageList(layout.pagesWithoutText)} (scanned images?): OCR is not supported, so their content is not imported`);
  }
  if (extraction.failedPages.length > 0) {
    notes.push(`${pageList(extraction.failedPages.map((p) => p.number))} could not be read (damaged) and are missing`);
  }
  if (layout.pagesWithRotatedText.length > 0) {
    notes.push(`text set sideways or vertically on ${pageList(layout.pagesWithRotatedText)} was not read`);
  }
  const title = usableTitle(extraction.title) ?? layout.lines.find((l) => l.text.trim().length > 0)?.text.trim().slice(0, 160);
  let statuteHeadings = 0;
  for (const line of layout.lines) if (STATUTE_HEADING.test(line.text)) statuteHeadings++;
  return {
    original: layout.original,
    lines: layout.lines,
    format: 'pdf',
    ...(title ? { title } : {}),
    looksLikeStatute: statuteHeadings >= 3,
    notes,
    removed: layout.removed,
    pdf: {
      pageCount: extraction.pageCount,
      placements: layout.placements,
      toPdf: new Map(extraction.pages.map((p) => [p.number, p.toPdf])),
    },
  };
}

/** A document-information title worth showing: not empty, not a file name or an authoring tool's placeholder. */
function usableTitle(title: string | null): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || t.length < 4 || /^(untitled|microsoft word|document\d*$|about:|[a-z]+:\/\/)|\.(docx?|pdf|rtf|odt|indd|html?)$/i.test(t)) return undefined;
  return t.slice(0, 160);
}

/** "page 3", "pages 1–3, 7". */
export function pageList(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const many = sorted.length > 1;
  const shown = parts.length > 12 ? `${parts.slice(0, 12).join(', ')}, …` : parts.join(', ');
  return `${many ? 'pages' : 'page'} ${shown}`;
}
