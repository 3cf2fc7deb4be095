// Entry point for plain-text documents (action plans, reports, cables, press releases, articles, anything else).
import type { ClauseDraft, SourceDocument } from '../model.js';
import { stripPhotoCaptions, stripWebBoilerplate } from '../text/normalise-boilerplate.js';
import { looksLikeCable } from '../text/normalise-cable.js';
import { visibleText } from '../text/lines.js';
import { buildVocabulary } from '../text/normalise-hyphenation.js';
import { extractFootnotes, stripGluedPageNumbers, stripPageFurniture } from '../text/normalise-pdf-text.js';
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
export function segmentTextDocument(doc: SourceDocument): ClauseDraft[] {
  if (looksLikeCable(doc.lines)) return segmentCable(doc);
  return segmentOutlinedText(doc);
}

/** Action plans, reports, press releases, articles and generic text. */
export function segmentOutlinedText(doc: SourceDocument): ClauseDraft[] {
  const page = stripPhotoCaptions(stripWebBoilerplate(doc.lines));
  const { lines: body, footnotes } = extractFootnotes(stripPageFurniture(page));
  const lines = stripGluedPageNumbers(body, new Set(footnotes.map((f) => f.number)));
  const vocabulary = buildVocabulary(visibleText(doc.lines));
  const clauses = buildOutline(doc, buildOutlineBlocks(lines), { paragraphSign: doc.kind === 'cable' ? '¶' : 'para.', vocabulary });
  return attachFootnotes(doc, clauses, footnotes, vocabulary);
}
