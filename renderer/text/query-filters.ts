// Search filters as query tokens: `doc:`, `kind:`, `lang:` and `cites:`, read from and written into the query.

export const FILTER_PREFIXES = ['doc', 'kind', 'lang', 'cites'] as const;
export type FilterPrefix = (typeof FILTER_PREFIXES)[number];

export interface FilterToken {
  prefix: FilterPrefix;
  value: string;
  raw: string;
}

const TOKEN = /(?:^|\s)(doc|kind|lang|cites):("[^"]*"|\S+)/g;

/** The filter tokens present in a query, in order. */
export function readFilters(query: string): FilterToken[] {
  const out: FilterToken[] = [];
  for (const m of query.matchAll(TOKEN)) {
    const value = m[2]!.replace(/^"|"$/g, '');
    if (value) out.push({ prefix: m[1] as FilterPrefix, value, raw: `${m[1]}:${m[2]}` });
  }
  return out;
}

/** The query without its filter tokens. */
export function freeText(query: string): string {
  return query.replace(TOKEN, ' ').replace(/\s+/g, ' ').trim();
}

/** Adds a filter; `doc`, `kind` and `lang` replace a previous value, `cites` accumulates. */
export function withFilter(query: string, prefix: FilterPrefix, value: string): string {
  const kept = readFilters(query).filter(
    (t) => !(t.prefix === prefix && (prefix !== 'cites' || t.value === value)),
  );
  const token = `${prefix}:${/\s/.test(value) ? `"${value}"` : value}`;
  return [freeText(query), ...kept.map((t) => t.raw), token].filter(Boolean).join(' ') + ' ';
}

/** Removes one filter token (by its raw text). */
export function withoutFilter(query: string, raw: string): string {
  const kept = readFilters(query).filter((t) => t.raw !== raw);
  const rest = [freeText(query), ...kept.map((t) => t.raw)].filter(Boolean).join(' ');
  return rest ? `${rest} ` : '';
}
