// Search filters as query tokens: `doc:`, `kind:`, `lang:`, `cites:`, `tag:` and `has:` (negated with '-'), read from and written into
// the query. The field names are the search core's own (FILTER_FIELDS), so the chips read what the engine reads.
import { FILTER_FIELDS, type FilterField } from '../../shared/core/search/filter-fields.js';

export type FilterPrefix = FilterField;

const ACCUMULATING = new Set<FilterPrefix>(['cites', 'tag', 'has']);

export interface FilterToken {
  prefix: FilterPrefix;
  value: string;
  /** A negated filter ("-lang:ru"): clauses matching it are left out. */
  exclude: boolean;
  raw: string;
}

/** A filter token as the query parser reads it: optional '-', a field name (any case), ':', a quoted or bare value. */
const TOKEN = new RegExp(`(?:^|\\s)(-?)(${FILTER_FIELDS.join('|')}):("[^"]*"|\\S+)`, 'gi');

/** The filter tokens present in a query, in order. */
export function readFilters(query: string): FilterToken[] {
  const out: FilterToken[] = [];
  for (const m of query.matchAll(TOKEN)) {
    const value = m[3]!.replace(/^"|"$/g, '');
    if (value) {
      out.push({ prefix: m[2]!.toLowerCase() as FilterPrefix, value, exclude: m[1] === '-', raw: `${m[1]}${m[2]}:${m[3]}` });
    }
  }
  return out;
}

/** The query without its filter tokens. */
export function freeText(query: string): string {
  return query.replace(TOKEN, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Adds a filter. A `doc`, `kind` or `lang` filter replaces an earlier one of the same field, `cites`, `tag` and `has`
 * filters accumulate (the engine ORs them); a filter of the same field and value replaces its negation (and the other way round).
 */
export function withFilter(query: string, prefix: FilterPrefix, value: string, exclude = false): string {
  const accumulates = ACCUMULATING.has(prefix);
  const kept = readFilters(query).filter((t) => !(t.prefix === prefix && (t.value === value || (!accumulates && !exclude && !t.exclude))));
  const token = `${exclude ? '-' : ''}${prefix}:${/\s/.test(value) ? `"${value}"` : value}`;
  return [freeText(query), ...kept.map((t) => t.raw), token].filter(Boolean).join(' ') + ' ';
}

/** Removes one filter token (by its raw text). */
export function withoutFilter(query: string, raw: string): string {
  const kept = readFilters(query).filter((t) => t.raw !== raw);
  const rest = [freeText(query), ...kept.map((t) => t.raw)].filter(Boolean).join(' ');
  return rest ? `${rest} ` : '';
}
