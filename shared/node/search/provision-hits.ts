// Clauses for a provision query: the provision's own statute text first, then the clauses that cite it.
import type { Database } from 'better-sqlite3';
import { INSTRUMENT_DEFS } from '../../core/citations/index.js';
import type { ProvisionQuery } from '../../core/search/index.js';
import { keyOrBelow } from '../crossref/key-range.js';

export interface ProvisionMatch {
  rowid: number;
  /** Citation spans in the clause text (clauses that cite the provision). */
  spans: [number, number][];
  role: 'text' | 'cites';
}


interface StatuteDoc {
  id: string;
  instrument: string | null;
}

function statuteDocs(db: Database): StatuteDoc[] {
  return db.prepare("SELECT id, instrument FROM documents WHERE kind = 'statute'").all() as StatuteDoc[];
}

/** Whether a statute document has the clause at `path` (index lookup on (doc_id, path)). */
function hasPath(db: Database, docId: string, path: string): boolean {
  return db.prepare('SELECT 1 FROM clauses WHERE doc_id = ? AND path = ?').get(docId, path) !== undefined;
}

/** Provision keys a query names: its own, or for an instrument-less article every instrument that has or cites it. */
export function provisionKeys(db: Database, query: ProvisionQuery): string[] {
  const suffix = query.part ? `${query.article}/${query.part}` : query.article;
  if (query.instrument) return [`${query.instrument}:${suffix}`];
  const instruments = new Set<string>();
  for (const doc of statuteDocs(db)) if (doc.instrument && hasPath(db, doc.id, `art${query.article}`)) instruments.add(doc.instrument);
  const cited = db.prepare(`SELECT 1 FROM citations WHERE ${keyOrBelow('key', '@key')} LIMIT 1`);
  for (const def of INSTRUMENT_DEFS) {
    const key = `${def.id}:${query.article}`;
    if (!instruments.has(def.id) && cited.get({ key })) instruments.add(def.id);
  }
  return [...instruments].map((instrument) => `${instrument}:${suffix}`);
}

/** Rowids (in search_clauses) of the clauses holding the text of `keys`, in reading order. */
function ownText(db: Database, query: ProvisionQuery, keys: readonly string[]): number[] {
  const path = query.part ? `art${query.article}/${query.part}` : `art${query.article}`;
  const byKey = db.prepare(
    `SELECT s.rowid FROM provision_text p JOIN search_clauses s ON s.clause_id = p.clause_id
      WHERE ${keyOrBelow('p.key', '@key')}`,
  );
  const byPath = db.prepare(
    `SELECT s.rowid FROM clauses c JOIN search_clauses s ON s.clause_id = c.id
      WHERE c.doc_id = @doc AND ${keyOrBelow('c.path', '@path')}`,
  );
  const rowids = new Set<number>();
  for (const key of keys) for (const r of byKey.pluck().all({ key }) as number[]) rowids.add(r);
  for (const doc of statuteDocs(db)) {
    if (query.instrument && doc.instrument !== query.instrument) continue;
    for (const r of byPath.pluck().all({ doc: doc.id, path }) as number[]) rowids.add(r);
  }
  if (rowids.size === 0) return [];
  return db
    .prepare(
      `SELECT s.rowid FROM search_clauses s JOIN clauses c ON c.id = s.clause_id JOIN documents d ON d.id = c.doc_id
        WHERE s.rowid IN (SELECT value FROM json_each(?)) ORDER BY d.rowid, c.seq`,
    )
    .pluck()
    .all(JSON.stringify([...rowids])) as number[];
}

/** Rowids of clauses citing `keys` (or their parts) with the citation spans, most citations first, then reading order. */
export function citingClauses(db: Database, keys: readonly string[], limit = 1000): ProvisionMatch[] {
  const select = db.prepare(
    `SELECT s.rowid AS rowid, ci.start AS start, ci.end AS end FROM citations ci
       JOIN search_clauses s ON s.clause_id = ci.clause_id
       JOIN clauses c ON c.id = ci.clause_id JOIN documents d ON d.id = c.doc_id
      WHERE ${keyOrBelow('ci.key', '@key')}
      ORDER BY d.rowid, c.seq, ci.start`,
  );
  const byClause = new Map<number, ProvisionMatch>();
  for (const key of keys) {
    for (const row of select.all({ key }) as { rowid: number; start: number; end: number }[]) {
      let match = byClause.get(row.rowid);
      if (!match) byClause.set(row.rowid, (match = { rowid: row.rowid, spans: [], role: 'cites' }));
      match.spans.push([row.start, row.end]);
    }
  }
  return [...byClause.values()].sort((a, b) => b.spans.length - a.spans.length).slice(0, limit);
}

/** The provision's own text, then the clauses citing it (each clause once). */
export function provisionMatches(db: Database, query: ProvisionQuery, limit: number): ProvisionMatch[] {
  const keys = provisionKeys(db, query);
  const text = ownText(db, query, keys).map((rowid): ProvisionMatch => ({ rowid, spans: [], role: 'text' }));
  const seen = new Set(text.map((m) => m.rowid));
  const cites = keys.length > 0 ? citingClauses(db, keys, limit).filter((m) => !seen.has(m.rowid)) : [];
  return [...text, ...cites].slice(0, limit);
}
