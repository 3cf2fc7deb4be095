// Builds a search result's excerpt with its matched words marked, from the clause text and the hit's offsets.

export interface Excerpt {
  text: string;
  /** Offsets of the matched words inside `text`. */
  highlights: [number, number][];
}

/**
 * A window of about `width` characters around the first matched word, cut at word boundaries, with '…' where text
 * was left out; the highlights are shifted into the window (and clipped to it).
 */
export function excerptAround(clauseText: string, highlights: readonly [number, number][], width = 180): Excerpt {
  const valid = highlights
    .filter(([s, e]) => e > s && s >= 0 && e <= clauseText.length)
    .slice()
    .sort((a, b) => a[0] - b[0]);
  if (clauseText.length <= width) return { text: clauseText, highlights: valid.map(([s, e]) => [s, e]) };
  const first = valid[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(width / 3));
  let to = Math.min(clauseText.length, from + width);
  from = Math.max(0, Math.min(from, to - width));
  if (from > 0) {
    const space = clauseText.indexOf(' ', from);
    if (space >= 0 && space < first) from = space + 1;
  }
  if (to < clauseText.length) {
    const space = clauseText.lastIndexOf(' ', to);
    if (space > from && space > (valid[0]?.[1] ?? from)) to = space;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < clauseText.length ? '…' : '';
  const shift = prefix.length - from;
  const inside: [number, number][] = [];
  for (const [s, e] of valid) {
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (end > start) inside.push([start + shift, end + shift]);
  }
  return { text: prefix + clauseText.slice(from, to) + suffix, highlights: inside };
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
