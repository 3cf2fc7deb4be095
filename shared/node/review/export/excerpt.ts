// Short quotations for exports: the part of a clause around the words that made it evidence, cut at word boundaries.

/** Whitespace runs as single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * At most `max` characters of `text`, centred on the first of `terms` it contains (else its start), cut at word
 * boundaries and marked with "…" where text was left out.
 */
export function excerpt(text: string, terms: readonly string[] = [], max = 320): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  const lower = flat.toLowerCase();
  const hit = terms.map((t) => lower.indexOf(oneLine(t).toLowerCase())).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  let start = Math.max(0, Math.min(hit - Math.floor(max / 3), flat.length - max));
  let end = Math.min(flat.length, start + max);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < hit + 1 ? space + 1 : start;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).replace(/[,;:]$/, '')}${end < flat.length ? '…' : ''}`;
}
