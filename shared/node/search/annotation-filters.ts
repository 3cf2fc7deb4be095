// The annotator's part of search: `tag:`/`-tag:`, `has:note`/`has:annotation` as clause sets, and matches in notes.
import type { Database } from 'better-sqlite3';
import { stemsOf, stemWord, type QueryFilter, type QueryTerm } from '../../core/search/index.js';
import { AnnotationSearchRepository } from '../store/anchor-repository.js';

export interface AnnotationRowFilter {
  /** Only these clauses (rowids of search_clauses); null: no positive tag:/has: filter. */
  include: Set<number> | null;
  exclude: Set<number>;
}

/** Resolves tag: and has: filters: tags OR together, has: values OR together, the two fields AND, exclusions subtract. */
export function resolveAnnotationFilters(db: Database, filters: readonly QueryFilter[]): AnnotationRowFilter {
  const repo = new AnnotationSearchRepository(db);
  const rowsOf = (f: QueryFilter) => (f.field === 'tag' ? repo.rowidsTagged(f.value) : repo.rowidsAnnotated(f.value === 'note'));
  const groups = new Map<string, Set<number>>();
  const exclude = new Set<number>();
  for (const filter of filters) {
    if (filter.field !== 'tag' && filter.field !== 'has') continue;
    const rows = rowsOf(filter);
    if (filter.exclude) {
      for (const r of rows) exclude.add(r);
    } else {
      const group = groups.get(filter.field) ?? new Set<number>();
      for (const r of rows) group.add(r);
      groups.set(filter.field, group);
    }
  }
  let include: Set<number> | null = null;
  for (const group of groups.values()) include = intersect(include, group);
  return { include, exclude };
}

/**
 * Clauses whose annotation notes hold the query's words: every required word and at least one of the others, by
 * stem (so "infringing" in a note answers "infringement"). Phrases count by their words; prefixes and typos do not.
 */
export function noteMatches(db: Database, terms: readonly QueryTerm[]): number[] {
  const stemsOfTerm = (t: QueryTerm) => t.words.flatMap((w) => (w.includes('*') ? [] : (stemWord(w) ?? [])));
  const must = terms.filter((t) => t.presence === 'must').map(stemsOfTerm).filter((s) => s.length > 0);
  const should = terms.filter((t) => t.presence === 'should').map(stemsOfTerm).filter((s) => s.length > 0);
  const mustNot = terms.filter((t) => t.presence === 'mustNot').flatMap(stemsOfTerm);
  if (must.length === 0 && should.length === 0) return [];
  const found = new Set<number>();
  for (const { rowid, note } of new AnnotationSearchRepository(db).notes()) {
    const stems = new Set(stemsOf(note));
    const has = (group: string[]) => group.every((s) => stems.has(s));
    if (!must.every(has)) continue;
    if (must.length === 0 && !should.some(has)) continue;
    if (mustNot.some((s) => stems.has(s))) continue;
    found.add(rowid);
  }
  return [...found];
}

function intersect(a: Set<number> | null, b: Set<number>): Set<number> {
  if (a === null) return b;
  const out = new Set<number>();
  for (const r of a) if (b.has(r)) out.add(r);
  return out;
}
