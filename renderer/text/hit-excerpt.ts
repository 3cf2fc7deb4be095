// A search hit's excerpt with its matched words marked, from the snippet the service cut; evidence terms in text.
import type { SearchHit } from '../../shared/core/api/dto.js';

const ELLIPSIS = '…';

export interface Excerpt {
  text: string;
  /** Offsets of the matched words inside `text`. */
  highlights: [number, number][];
}

/**
 * The hit's snippet with its highlights moved from clause offsets into the snippet: the snippet's text starts at
 * `snippetStart` in the clause, after a leading '…' when text was left out before it. Highlights outside the
 * snippet are dropped, one cut by its end is clipped, and neither ellipsis is ever marked.
 */
export function hitExcerpt(hit: Pick<SearchHit, 'snippet' | 'snippetStart' | 'highlights'>): Excerpt {
  const text = hit.snippet;
  const lead = hit.snippetStart > 0 && text.startsWith(ELLIPSIS) ? ELLIPSIS.length : 0;
  const bodyEnd = text.length > lead && text.endsWith(ELLIPSIS) ? text.length - ELLIPSIS.length : text.length;
  const shift = lead - hit.snippetStart;
  const highlights: [number, number][] = [];
  for (const [s, e] of hit.highlights) {
    const start = Math.max(s + shift, lead);
    const end = Math.min(e + shift, bodyEnd);
    if (end > start) highlights.push([start, end]);
  }
  return { text, highlights: highlights.sort((a, b) => a[0] - b[0]) };
}

/** Every case-insensitive occurrence of `term` in `text`, for marking evidence terms. */
export function findTermRanges(text: string, terms: readonly string[]): [number, number][] {
  const lower = text.toLocaleLowerCase();
  const out: [number, number][] = [];
  for (const term of terms) {
    const needle = term.trim().toLocaleLowerCase();
    if (needle.length < 2) continue;
    let at = lower.indexOf(needle);
    while (at >= 0) {
      out.push([at, at + needle.length]);
      at = lower.indexOf(needle, at + needle.length);
    }
  }
  return out;
}
