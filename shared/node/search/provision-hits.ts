// Clauses for a provision query: the provision's own statute text first, then the clauses that cite it.
import type { Database } from 'better-sqlite3';
import { INSTRUMENT_DEFS } from '../../core/citations/index.js';
import type { ProvisionQuery } from '../../core/search/index.js';
import { ProvisionLookupRepository } from '../store/provision-lookup-repository.js';

export interface ProvisionMatch {
  rowid: number;
  /** Citation spans in the clause text (clauses that cite the provision). */
  spans: [number, number][];
  role: 'text' | 'cites';
}

/** Provision keys a query names: its own, or for an instrument-less article every instrument that has or cites it. */
export function provisionKeys(db: Database, query: ProvisionQuery): string[] {
  const suffix = query.part ? `${query.article}/${query.part}` : query.article;
  if (query.instrument) return [`${query.instrument}:${suffix}`];
  const repo = new ProvisionLookupRepository(db);
  const instruments = new Set<string>();
  for (const doc of repo.statuteDocuments()) if (doc.instrument && repo.hasClauseAtPath(doc.id, `art${query.article}`)) instruments.add(doc.instrument);
  for (const def of INSTRUMENT_DEFS) {
    const key = `${def.id}:${query.article}`;
    if (!instruments.has(def.id) && repo.isCited(key)) instruments.add(def.id);
  }
  return [...instruments].map((instrument) => `${instrument}:${suffix}`);
}

/** Rowids (in search_clauses) of the clauses holding the text of `keys`, in reading order. */
function ownText(db: Database, query: ProvisionQuery, keys: readonly string[]): number[] {
  const path = query.part ? `art${query.article}/${query.part}` : `art${query.article}`;
  const repo = new ProvisionLookupRepository(db);
  const rowids = new Set<number>();
  for (const key of keys) for (const r of repo.provisionTextRowids(key)) rowids.add(r);
  for (const doc of repo.statuteDocuments()) {
    if (query.instrument && doc.instrument !== query.instrument) continue;
    for (const r of repo.pathRowids(doc.id, path)) rowids.add(r);
  }
  if (rowids.size === 0) return [];
  return repo.inReadingOrder([...rowids]);
}

/** Rowids of clauses citing `keys` (or their parts) with the citation spans, most citations first, then reading order. */
export function citingClauses(db: Database, keys: readonly string[], limit = 1000): ProvisionMatch[] {
  const repo = new ProvisionLookupRepository(db);
  const byClause = new Map<number, ProvisionMatch>();
  for (const key of keys) {
    for (const row of repo.citationsOf(key)) {
      let match = byClause.get(row.rowid);
      if (!match) byClause.set(row.rowid, (match = { rowid: row.rowid, spans: [], role: 'cites' }));
      match.spans.push([row.start, row.end]);
    }
  }
  return [...byClause.values()].sort((a, b) => b.spans.length - a.spans.length).slice(0, limit);
}

/** The provision's own text, then the clauses citing it (each clause once). */
export function provisionMatches(db: Database, query: ProvisionQuery, limit: number, keys = provisionKeys(db, query)): ProvisionMatch[] {
  const text = ownText(db, query, keys).map((rowid): ProvisionMatch => ({ rowid, spans: [], role: 'text' }));
  const seen = new Set(text.map((m) => m.rowid));
  const cites = keys.length > 0 ? citingClauses(db, keys, limit).filter((m) => !seen.has(m.rowid)) : [];
  return [...text, ...cites].slice(0, limit);
}
