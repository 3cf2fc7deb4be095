// File readers by type: each turns a file's bytes into lines of text mapped to the original (a PDF in a worker thread).
import { IMPORT_EXTENSIONS } from '../../core/api/import-limits.js';
import type { SourceFormat, SourceLine } from '../../core/model.js';
import { splitLines } from '../../core/text/lines.js';
import type { RemovedLines } from '../../core/text/removed-lines.js';
import { decodeDocumentText, sniffHtmlCharset } from './decode-text.js';
import { readHtmlLines } from './html-reader.js';
import { ImportError } from './import-error.js';
import type { PdfReadLimits } from './pdf/extract-pdf-text.js';
import { readPdf } from './pdf/pdf-reader.js';
import type { TextPlacement } from './pdf/pdf-types.js';

export interface ReadResult {
  /** The original text the lines map into (decoded file text, or the HTML markup). */
  original: string;
  lines: SourceLine[];
  format: SourceFormat;
  /** A title found in the file itself (HTML <title>/<h1>, a text's first line). */
  title?: string;
  /** True when the structure says it is a statute (pravo.gov.ru markup, "Статья N" headings). */
  looksLikeStatute: boolean;
  /** The text encoding read, when it was not UTF-8 ("KOI8-R"). */
  encoding?: string;
  /** What the reader tells the user beyond removed lines (a PDF's pages without text). */
  notes?: string[];
  /** Lines the reader itself removed (a PDF's running headers and page numbers), by reason. */
  removed?: RemovedLines;
  /** A PDF: where each run of `original` is drawn, and each page's transform to PDF user space. */
  pdf?: {
    pageCount: number;
    placements: TextPlacement[];
    toPdf: Map<number, [number, number, number, number, number, number]>;
  };
}

export interface FileReader {
  /** Lower-case extensions, with the dot. */
  extensions: readonly string[];
  read(bytes: Uint8Array, file: string, options?: ReadOptions): Promise<ReadResult>;
}

export interface ReadOptions {
  /** Time, heap and page limits of reading a PDF (default PDF_LIMITS). */
  pdfLimits?: PdfReadLimits;
}

const STATUTE_HEADING = /^\s*Статья\s+\d/;

function countStatuteHeadings(lines: readonly SourceLine[]): number {
  let n = 0;
  for (const line of lines) if (STATUTE_HEADING.test(line.text)) n++;
  return n;
}

export const textReader: FileReader = {
  extensions: ['.txt', '.text'],
  async read(bytes, file) {
    const { text: original, encoding } = decodeDocumentText(bytes, file);
    const lines = splitLines(original);
    const first = lines.find((l) => l.text.trim().length > 0)?.text.trim();
    return {
      original,
      lines,
      format: 'text',
      ...(first ? { title: first.slice(0, 160) } : {}),
      looksLikeStatute: countStatuteHeadings(lines) >= 3,
      ...(encoding ? { encoding } : {}),
    };
  },
};

export const htmlReader: FileReader = {
  extensions: ['.html', '.htm', '.xhtml'],
  async read(bytes, file) {
    const { text: original, encoding } = decodeDocumentText(bytes, file, { declaredCharset: sniffHtmlCharset(bytes) });
    const { lines, title, looksLikePravoStatute } = readHtmlLines(original);
    if (lines.every((l) => l.text.trim().length === 0)) throw new ImportError(file, 'the HTML page has no visible text');
    return {
      original,
      lines,
      format: looksLikePravoStatute ? 'pravo-html' : 'html',
      ...(title ? { title } : {}),
      looksLikeStatute: looksLikePravoStatute || countStatuteHeadings(lines) >= 3,
      ...(encoding ? { encoding } : {}),
    };
  },
};

/** PDF: pdf.js in a worker thread with time and memory limits, then layout into paragraphs (shared/node/import/pdf/). */
export const pdfReader: FileReader = {
  extensions: ['.pdf'],
  async read(bytes, file, options = {}) {
    const read = await readPdf(bytes, file, options.pdfLimits);
    return { ...read, notes: read.notes, removed: read.removed, pdf: read.pdf };
  },
};

/** Every reader; the extensions they read are IMPORT_EXTENSIONS (a test holds them equal). */
export const READERS: readonly FileReader[] = [textReader, htmlReader, pdfReader];


/** The reader for a file name, or an ImportError naming the supported types. */
export function readerFor(file: string): FileReader {
  const dot = file.lastIndexOf('.');
  const ext = dot >= 0 ? file.slice(dot).toLowerCase() : '';
  const reader = READERS.find((r) => r.extensions.includes(ext));
  if (!reader) {
    const what = ext ? `unsupported file type "${ext}"` : 'the file has no extension, so its type is unknown';
    throw new ImportError(file, `${what} (Lextrace imports ${IMPORT_EXTENSIONS.join(', ')})`);
  }
  return reader;
}
