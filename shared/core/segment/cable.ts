// Segments a diplomatic cable: routing header and page markers out, banner headings, numbered paragraphs "¶ 1".."¶ n".
import type { ClauseDraft, SourceDocument } from '../model.js';
import { visibleText } from '../text/lines.js';
import { buildVocabulary } from '../text/normalise-hyphenation.js';
import { stripCableHeader } from '../text/normalise-cable.js';
import { stripPhotoCaptions, stripWebBoilerplate } from '../text/normalise-boilerplate.js';
import type { RemovedLines } from '../text/removed-lines.js';
import { buildOutline } from './outline.js';
import { buildOutlineBlocks } from './outline-blocks.js';

/** Cable clauses: the SUBJECT as title, banner headings, and each numbered paragraph under its heading. */
export function segmentCable(doc: SourceDocument, removed?: RemovedLines): ClauseDraft[] {
  // A cable is read from an archive's web page, whatever the file's format: its chrome goes (and is counted).
  const page = stripPhotoCaptions(stripWebBoilerplate(doc.lines, removed), removed);
  const cable = stripCableHeader(page);
  const blocks = buildOutlineBlocks(cable.lines);
  return buildOutline(doc, blocks, {
    paragraphSign: '¶',
    vocabulary: buildVocabulary(visibleText(doc.lines)),
    ...(cable.subject ? { title: cable.subject } : {}),
  });
}
