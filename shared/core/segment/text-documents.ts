// Entry point for plain-text documents (action plans, reports, cables, press releases, articles, anything else).
import type { ClauseDraft, SourceDocument, SourceLine } from '../model.js';
import { stripPhotoCaptions, stripWebBoilerplate } from '../text/normalise-boilerplate.js';
import { looksLikeCable } from '../text/normalise-cable.js';
import { visibleText } from '../text/lines.js';
import { buildVocabulary } from '../text/normalise-hyphenation.js';
import { extractFootnotes, pageLayout, stripGluedPageNumbers, stripPageFurniture } from '../text/normalise-pdf-text.js';
import type { RemovedLines } from '../text/removed-lines.js';
import { segmentCable } from './cable.js';
import { attachFootnotes } from './footnote-clauses.js';
import { buildOutline } from './outline.js';
import { buildOutlineBlocks } from './outline-blocks.js';

/**
 * Segments a text document into clauses. The structure found in the text decides: a cable routing header
 * means the cable segmenter whatever the kind says; everything else goes through the outline segmenter,
 * which recognises numbered headings (I./A./1.1), all-caps headings, numbered paragraphs ("1339."),
 * bullets and lettered sub-items, and PDF footnotes.
 */
export function segmentTextDocument(doc: SourceDocument, removed?: RemovedLines): ClauseDraft[] {
  if (looksLikeCable(doc.lines)) return segmentCable(doc, removed);
  return segmentOutlinedText(doc, removed);
}

/**
 * Site chrome and photo captions out of the text of a web page (web-text); other text keeps every line, since a
 * line "Articles" or "Search" may be the document's own. What is removed is counted in `removed`.
 */
export function stripWebPageText(doc: SourceDocument, removed?: RemovedLines): SourceLine[] {
  if (doc.format !== 'web-text') return doc.lines;
  return stripPhotoCaptions(stripWebBoilerplate(doc.lines, removed), removed);
}

/** Action plans, reports, press releases, articles and generic text. */
export function segmentOutlinedText(doc: SourceDocument, removed?: RemovedLines): ClauseDraft[] {
  const page = stripWebPageText(doc, removed);
  const { lines: body, footnotes } = extractFootnotes(stripPageFurniture(page, doc.format, removed), removed);
  const paged = pageLayout(doc.format, doc.lines) !== null;
  const lines = paged ? stripGluedPageNumbers(body, new Set(footnotes.map((f) => f.number)), removed) : body;
  const vocabulary = buildVocabulary(visibleText(doc.lines));
  const clauses = buildOutline(doc, buildOutlineBlocks(lines), { paragraphSign: doc.kind === 'cable' ? '¶' : 'para.', vocabulary });
  return attachFootnotes(doc, clauses, footnotes, vocabulary);
}
