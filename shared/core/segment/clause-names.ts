// Path and label helpers for text-document clauses: slugs, title case and a guard that keeps paths unique.

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** "PRIORITY ACTIONS REQUESTED IN 2017" -> "Priority Actions Requested in 2017"; mixed-case text is kept. */
export function titleCase(text: string): string {
  const trimmed = text.trim().replace(/:$/, '');
  if (/[a-z]/.test(trimmed)) return trimmed;
  let inParens = false;
  return trimmed
    .split(/\s+/)
    .map((word, i) => {
      if (word.startsWith('(')) inParens = true;
      const keep = inParens;
      if (word.endsWith(')')) inParens = false;
      if (keep) return word;
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/** A path segment from heading text: significant words, lower case, [a-z0-9-], at most `max` characters cut at a word. */
export function slug(text: string, max = 48): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const significant = words.filter((w) => !SMALL_WORDS.has(w));
  const base = (significant.length > 0 ? significant : words).join('-');
  if (base.length <= max) return base || 'section';
  const cut = base.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return at > 10 ? cut.slice(0, at) : base.slice(0, max);
}

/** Hands out paths, adding "-2", "-3" when a structure repeats a name. */
export class PathRegistry {
  private readonly used = new Set<string>();

  claim(path: string): string {
    const clean = path.replace(/[^A-Za-z0-9._/-]/g, '-');
    let candidate = clean;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${clean}-${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The letter for the n-th (0-based) unlettered sub-item: a, b, ..., z, aa, ab... */
export function letterFor(index: number): string {
  return index < LETTERS.length ? LETTERS[index]! : `${letterFor(Math.floor(index / LETTERS.length) - 1)}${LETTERS[index % LETTERS.length]}`;
}
