// Builds the FTS5 MATCH expression of a query from its terms, expanded to stems, and its filter tags.
import type { Presence } from './query-parser.js';

/** A query term after expansion: any of its alternatives (a stem, or a phrase of stems) matches; or a stem prefix. */
export interface ExpandedTerm {
  presence: Presence;
  alternatives: readonly (readonly string[])[];
  prefix?: string;
}

/** Filter tags: every group must match one of its tags; no excluded tag may match. */
export interface TagFilters {
  include: readonly (readonly string[])[];
  exclude: readonly string[];
}

export const TEXT_COLUMN = 'body';
export const TAG_COLUMN = 'tags';

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function termExpression(term: ExpandedTerm): string | null {
  const parts = term.alternatives.filter((a) => a.length > 0).map((a) => `${TEXT_COLUMN} : ${quote(a.join(' '))}`);
  if (term.prefix) parts.push(`${TEXT_COLUMN} : ${quote(term.prefix)} *`);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/**
 * The text part of the expression: required terms all match, optional ones rank (lunr's semantics: words are optional,
 * +word required, -word excluded). Null when nothing positive is left; `impossible` when a required term matches no stem.
 */
export function textExpression(terms: readonly ExpandedTerm[]): { positive: string | null; negative: string[]; impossible: boolean } {
  const must: string[] = [];
  const should: string[] = [];
  const negative: string[] = [];
  let impossible = false;
  for (const term of terms) {
    const expression = termExpression(term);
    if (term.presence === 'must') {
      if (expression) must.push(expression);
      else impossible = true;
    } else if (expression) {
      (term.presence === 'mustNot' ? negative : should).push(expression);
    }
  }
  let positive: string | null = null;
  if (must.length > 0) {
    positive = must.join(' AND ');
    if (should.length > 0) positive = `${positive} AND (${[...must, ...should].join(' OR ')})`;
  } else if (should.length > 0) {
    positive = should.length === 1 ? should[0]! : `(${should.join(' OR ')})`;
  }
  return { positive, negative, impossible };
}

/** The whole MATCH expression; null when the query has nothing positive (no words, no included tags). */
export function buildMatchExpression(terms: readonly ExpandedTerm[], tags: TagFilters): string | null {
  const text = textExpression(terms);
  const include = tags.include.filter((g) => g.length > 0).map((g) => `${TAG_COLUMN} : (${g.map(quote).join(' OR ')})`);
  const positives = [...(text.positive ? [`(${text.positive})`] : []), ...include];
  if (positives.length === 0) return null;
  const excluded = [...text.negative, ...tags.exclude.map((t) => `${TAG_COLUMN} : ${quote(t)}`)];
  const base = positives.join(' AND ');
  return excluded.length > 0 ? `${base} NOT (${excluded.join(' OR ')})` : base;
}

/** A filter tag token: 'x', a field letter, and the value in hex (safe for the unicode61 tokenizer, no collisions). */
export function filterTag(field: 'doc' | 'doc-kind' | 'clause-kind' | 'lang', value: string): string {
  const letter = { doc: 'd', 'doc-kind': 'k', 'clause-kind': 'c', lang: 'l' }[field];
  const hex = Array.from(new TextEncoder().encode(value), (b) => b.toString(16).padStart(2, '0')).join('');
  return `x${letter}${hex}`;
}
