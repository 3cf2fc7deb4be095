// Chooses the segmenter for a document: statutes by their article structure, everything else as text.
import type { ClauseDraft, SourceDocument, SourceLine } from '../model.js';
import type { RemovedLines } from '../text/removed-lines.js';
import { segmentStatute } from './statute.js';
import { segmentTextDocument } from './text-documents.js';

export type { RemovedLines } from '../text/removed-lines.js';

/** Segments a document into clause drafts in reading order; lines removed as page furniture or site chrome are counted in `removed`. */
export function segmentDocument(doc: SourceDocument, removed?: RemovedLines): ClauseDraft[] {
  if (doc.kind === 'statute') return segmentStatute(doc);
  if (doc.format === 'html' || doc.format === 'pravo-html') {
    // HTML lines are already blocks (paragraphs, list items): separate them so text segmenters never join them.
    return segmentTextDocument({ ...doc, lines: separateBlocks(doc.lines) }, removed);
  }
  return segmentTextDocument(doc, removed);
}

function separateBlocks(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    out.push(line, { text: '', map: [] });
  }
  return out;
}
