// Core domain types shared by every layer: documents, clauses and what importers hand to segmenters.
import type { OffsetRun } from './text/mapped-text.js';

/** What a document is, as a lawyer would file it. */
export const DOCUMENT_KINDS = ['action-plan', 'report', 'cable', 'press-release', 'article', 'statute', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * How the source bytes were produced; it tells the normaliser which artefacts to expect.
 * - pdf-text: text extracted from a PDF (glued page numbers, footnotes, hyphenation)
 * - web-text: the visible text of a web page (site navigation, boilerplate)
 * - text: plain text
 * - pravo-html / html: HTML markup (pravo.gov.ru statutes or any other page)
 * - pdf: a PDF file read by Lextrace (one line per paragraph; page furniture already removed by its position)
 */
export const SOURCE_FORMATS = ['pdf-text', 'web-text', 'text', 'pravo-html', 'html', 'pdf'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Structural role of a clause, used by the reader's outline and by the linker. */
export const CLAUSE_KINDS = [
  'title', // document title
  'heading', // section / chapter / part heading (no operative text)
  'paragraph', // running text
  'item', // bullet or numbered list item
  'subitem', // nested bullet, lettered sub-item "(a)", statute sub-item "1)"
  'footnote', // a footnote's text
  'article', // a statute article (its heading and any text before part 1)
  'part', // a numbered part of a statute article ("1.")
  'note', // a statute article's note ("Примечание")
] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

/** Text handed to a segmenter: lines of the original source, each mapped back to it. */
export interface SourceLine {
  /** The line's text after character-level cleaning (entities decoded, NBSP as space...). */
  text: string;
  /** Offset runs from `text` back to the original source string. */
  map: OffsetRun[];
  /** 1-based page number when known (PDF). */
  page?: number;
  /** Format-specific hints, e.g. the HTML paragraph class ("H", "T") of a pravo.gov.ru statute. */
  hint?: string;
}

/** A decoded source document ready for segmentation. */
export interface SourceDocument {
  docId: string;
  kind: DocumentKind;
  lang: Lang;
  format: SourceFormat;
  title: string;
  shortTitle: string;
  /** How clause labels name the document: "Action Plan", "Civil Code", "09MOSCOW521". */
  citeAs: string;
  /** The complete original text (for HTML: the markup as decoded), kept to show clauses in context. */
  original: string;
  /** The lines of the document, in reading order. */
  lines: SourceLine[];
  /** Statutes: the instrument key their articles are cited under, e.g. "ru-civil-code". */
  instrument?: string;
}

/** A footnote call inside a clause: the marker's span in the clause text and the footnote clause it names. */
export interface FootnoteCall {
  marker: string;
  start: number;
  end: number;
  footnotePath: string;
}

/** A clause as a segmenter produces it, before it has an id in the store. */
export interface ClauseDraft {
  /** Structural path, unique within the document, stable across re-import: "I.A.3", "p12", "fn3", "art1252/5". */
  path: string;
  /** Path of the enclosing clause (section, article, part), or null at top level. */
  parentPath: string | null;
  /** Human label a lawyer would cite: "Action Plan § I.A, item 3", "Civil Code art. 1252(5)". */
  label: string;
  kind: ClauseKind;
  /** Depth in the outline, 0 = top level. */
  level: number;
  /** Normalised clause text. */
  text: string;
  /** Offset runs from `text` back to the original source. */
  map: OffsetRun[];
  page?: number;
  /** The last page a clause of a PDF reaches, when it is not `page`. */
  pageEnd?: number;
  /** Where a clause of a PDF stands: per page, one rectangle per line in PDF user space. */
  regions?: PageRegion[];
  /** Footnote calls in this clause (reports), or for a footnote, the path of the clause that calls it. */
  footnotes?: FootnoteCall[];
  calledFrom?: string;
  /** Statute numbering: article number ("1253.1"), part ("5"), sub-item ("2"). */
  number?: string;
  /** Heading or article title where the structure gives one. */
  title?: string;
}

/** A clause's lines on one page of its PDF: rectangles [x0, y0, x1, y1] in PDF user space (y grows upwards). */
export interface PageRegion {
  page: number;
  rects: [number, number, number, number][];
}

/** A segmenter turns source lines into clause drafts in reading order. */
export type Segmenter = (doc: SourceDocument) => ClauseDraft[];

/** The stable id of a clause: document id and structural path. */
export function clauseId(docId: string, path: string): string {
  return `${docId}/${path}`;
}
