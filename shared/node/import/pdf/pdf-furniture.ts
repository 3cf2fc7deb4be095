// Page furniture found by position: page numbers in the top or bottom band of a page, and running headers and footers —
// the same words (numbers aside) at the same height on several pages. A numbered heading is never furniture.
import type { Fragment, Row } from './pdf-lines.js';
import { visualLine } from './pdf-lines.js';

export type FurnitureReason = 'page headers' | 'page numbers';

/** The top and bottom bands of a page where furniture stands, as a share of its height. */
const BAND = 0.12;
/** Running lines stand at the same height (within this many units) on at least this many pages (2 in a 2-page PDF). */
const SAME_HEIGHT = 4;
const MIN_REPEATS = 3;

const PAGE_NUMBER = /^(?:(?:page|p\.|стр\.?|страница)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:of|из|\/)\s*\d{1,4})?$/i;
const STRUCTURAL = /^(?:§+\s*\d|(?:article|art\.|section|sec\.|chapter|part|rule|schedule|annex|appendix|clause|статья|глава|раздел|часть|приложение)\s+\d)/iu;

interface Candidate {
  page: number;
  fragment: Fragment;
  text: string;
  shape: string;
  top: number;
}

/**
 * The furniture fragments of a document's pages (rows per page, top to bottom), and why each is furniture. Besides
 * page numbers and repeated lines, a line in the top margin set smaller than the body text and standing well apart
 * from it is a running header even when it does not repeat (a one-page document).
 */
export function findFurniture(pages: readonly { number: number; height: number; rows: readonly Row[] }[]): Map<Fragment, FurnitureReason> {
  const out = new Map<Fragment, FurnitureReason>();
  const candidates: Candidate[] = [];
  const bodySize = dominantRowSize(pages.flatMap((p) => p.rows));
  for (const page of pages) {
    page.rows.forEach((row, r) => {
      const next = page.rows[r + 1];
      const apart = !next || next.top - row.bottom > 2 * bodySize;
      if (r === 0 && row.bottom <= page.height * BAND && row.size < 0.95 * bodySize && apart) {
        for (const fragment of row.fragments) out.set(fragment, 'page headers');
      }
    });
    for (const row of page.rows) {
      const inBand = row.bottom <= page.height * BAND || row.top >= page.height * (1 - BAND);
      if (!inBand) continue;
      for (const fragment of row.fragments) {
        const text = visualLine(page.number, [fragment]).text.trim();
        if (!text) continue;
        if (out.has(fragment)) continue;
        // A page number stands apart: not "004 OF 004" ending a line of text.
        const apart = row.fragments.every((o) => o === fragment || o.x1 < fragment.x0 - 4 * row.size || o.x0 > fragment.x1 + 4 * row.size);
        if (PAGE_NUMBER.test(text) && apart) {
          out.set(fragment, 'page numbers');
          continue;
        }
        const shape = text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
        candidates.push({ page: page.number, fragment, text, shape, top: fragment.top });
      }
    }
  }
  const minRepeats = Math.min(MIN_REPEATS, Math.max(2, pages.length));
  const byShape = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const group = byShape.get(c.shape);
    if (group) group.push(c);
    else byShape.set(c.shape, [c]);
  }
  for (const group of byShape.values()) {
    for (const c of group) {
      if (STRUCTURAL.test(c.text) && !group.every((o) => o.text === c.text)) continue;
      const pagesAtHeight = new Set(group.filter((o) => Math.abs(o.top - c.top) <= SAME_HEIGHT).map((o) => o.page));
      if (pagesAtHeight.size >= minRepeats) out.set(c.fragment, 'page headers');
    }
  }
  return out;
}

function dominantRowSize(rows: readonly Row[]): number {
  const count = new Map<number, number>();
  for (const row of rows) {
    const key = Math.round(row.size * 2) / 2;
    count.set(key, (count.get(key) ?? 0) + row.fragments.reduce((n, f) => n + f.pieces.reduce((m, p) => m + p.text.length, 0), 0));
  }
  let best = 10;
  let n = -1;
  for (const [size, c] of count) if (c > n) [best, n] = [size, c];
  return best;
}
