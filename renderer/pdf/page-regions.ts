// Pure helpers of the page view: a clause's regions as boxes on the rendered page, and the clause a selection is in.
import type { PageRegion } from '../../shared/core/model.js';

/** A box in CSS pixels over the rendered page. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Maps a PDF user-space rectangle to the viewport: pdf.js's viewport.convertToViewportRectangle. */
export type ToViewport = (rect: [number, number, number, number]) => number[];

/** The boxes of a clause's regions on `page`, each grown by `pad` pixels, for a viewport. */
export function highlightBoxes(regions: readonly PageRegion[], page: number, toViewport: ToViewport, pad = 2): Box[] {
  const region = regions.find((r) => r.page === page);
  if (!region) return [];
  return region.rects.map((rect) => {
    const [a = 0, b = 0, c = 0, d = 0] = toViewport(rect);
    const left = Math.min(a, c) - pad;
    const top = Math.min(b, d) - pad;
    return { left, top, width: Math.abs(c - a) + 2 * pad, height: Math.abs(d - b) + 2 * pad };
  });
}

const normalise = (s: string): string => s.replace(/[\u00ad\u2010-]\s*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The clause of `clauses` (those on the page first) whose text holds the selected words: the selection's own words,
 * hyphens and line breaks aside. Null for fewer than 3 characters or when no clause holds them.
 */
export function clauseOfSelection<C extends { id: string; text: string; page: number | null; pages?: [number, number] }>(
  selected: string,
  clauses: readonly C[],
  page: number,
): C | null {
  const needle = normalise(selected);
  if (needle.length < 3) return null;
  const onPage = (c: C) => (c.pages ? c.pages[0] <= page && page <= c.pages[1] : c.page === page);
  const ordered = [...clauses.filter(onPage), ...clauses.filter((c) => !onPage(c))];
  return ordered.find((c) => normalise(c.text).includes(needle)) ?? ordered.find((c) => needle.includes(normalise(c.text)) && c.text.length > 20) ?? null;
}
