// Recomputes the corpus-wide derived graph: provisions and automatic links (cites, quotes, concerns).
import type { Database } from 'better-sqlite3';
import type { Citation } from '../../core/citations/index.js';
import { CITATION_COLUMNS, citationFromRow, type CitationRow } from './citation-rows.js';
import { computeLinks, type LinkClause } from '../../core/link/index.js';
import type { ClauseKind, DocumentKind, Lang } from '../../core/model.js';
import { parseProvisionKey } from '../../core/citations/index.js';
import { refreshOutdatedCitations } from './citation-hook.js';
import { recordLinkSightings } from '../store/link-sightings.js';
import { guardRefresh, type GuardOptions } from './refresh-guard.js';

interface ClauseRow {
  id: string;
  doc_id: string;
  path: string;
  label: string;
  kind: ClauseKind;
  text: string;
  doc_kind: DocumentKind;
  doc_date: string | null;
  doc_instrument: string | null;
  lang: Lang;
}


/** Loads every clause with its citations in the shape the linker reads. */
export function loadLinkClauses(db: Database): LinkClause[] {
  const citations = new Map<string, Citation[]>();
  for (const row of db.prepare(`SELECT ${CITATION_COLUMNS} FROM citations ORDER BY clause_id, start`).iterate() as Iterable<CitationRow>) {
    const list = citations.get(row.clause_id) ?? [];
    list.push(citationFromRow(row));
    citations.set(row.clause_id, list);
  }
  const rows = db
    .prepare(
      `SELECT c.id, c.doc_id, c.path, c.label, c.kind, c.text, d.kind AS doc_kind, d.date AS doc_date, d.instrument AS doc_instrument, d.lang
       FROM clauses c JOIN documents d ON d.id = c.doc_id ORDER BY d.rowid, c.seq`,
    )
    .all() as ClauseRow[];
  return rows.map((r) => ({
    id: r.id,
    docId: r.doc_id,
    docKind: r.doc_kind,
    ...(r.doc_date ? { docDate: r.doc_date } : {}),
    ...(r.doc_kind === 'statute' && r.doc_instrument ? { instrument: r.doc_instrument } : {}),
    kind: r.kind,
    lang: r.lang,
    label: r.label,
    text: r.text,
    path: r.path,
    citations: citations.get(r.id) ?? [],
  }));
}

const STALE_KEY = 'cross-references';

/**
 * Records, inside the caller's transaction, that the corpus-wide graph no longer matches the clauses: a counter of
 * changes since the last refresh. Only a refresh that commits clears it, and only if no change came in while it
 * computed (another process may share the store), so an interrupted or overtaken refresh is redone by the next check.
 */
export function markCrossReferencesStale(db: Database): void {
  db.prepare(
    "INSERT INTO store_state (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
  ).run(STALE_KEY);
}

export function crossReferencesStale(db: Database): boolean {
  return staleGeneration(db) !== null;
}

/** The change counter while the cross-references are stale, else null. */
export function staleGeneration(db: Database): string | null {
  return (db.prepare('SELECT value FROM store_state WHERE key = ?').pluck().get(STALE_KEY) as string | undefined) ?? null;
}

/** Clears the stale mark if it is still at `generation` (nothing changed since); the caller holds the transaction. */
export function clearCrossReferencesStale(db: Database, generation: string | null): void {
  if (generation !== null) db.prepare('DELETE FROM store_state WHERE key = ? AND value = ?').run(STALE_KEY, generation);
}

/**
 * Refreshes the cross-references if documents changed since the last refresh, or if the stored citations were
 * extracted by another citation version (they are re-extracted first); null when they were up to date, or when the
 * refresh failed or its attempts are used up (refresh-guard.ts: never thrown, recorded; `linksStatus` tells).
 */
export function refreshStaleCrossReferences(db: Database, options: GuardOptions = {}): { provisions: number; links: number } | null {
  return guardRefresh(db, options, () => {
    refreshOutdatedCitations(db);
    return crossReferencesStale(db) ? refreshCrossReferences(db) : null;
  });
}

/** Rebuilds provisions and automatic links in one transaction; user-made links are kept. */
export function refreshCrossReferences(db: Database): { provisions: number; links: number } {
  // One read transaction: the clauses, their citations and the change counter from the same snapshot.
  const { clauses, generation } = db.transaction(() => ({ clauses: loadLinkClauses(db), generation: staleGeneration(db) }))();
  const links = computeLinks(clauses);
  return db.transaction(() => {
    clearCrossReferencesStale(db, generation);
    db.prepare("DELETE FROM links WHERE origin = 'auto'").run();
    const insertLink = db.prepare(
      `INSERT INTO links (from_clause, kind, to_key, to_clause, score, confident, evidence, origin, status, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'auto', 'proposed', ?)`,
    );
    const now = new Date().toISOString();
    for (const link of links) {
      insertLink.run(
        link.from,
        link.kind,
        link.toKey ?? null,
        link.toClause ?? null,
        Math.max(0, Math.min(1, link.score)),
        link.confident ? 1 : 0,
        JSON.stringify({ evidence: link.evidence, quoted: link.quoted ?? null }),
        now,
      );
    }
    recordLinkSightings(db, links.map((l) => ({ from: l.from, kind: l.kind, target: l.toKey ?? l.toClause ?? '' })));
    db.prepare('DELETE FROM provisions').run();
    const keys = db
      .prepare(
        `SELECT key FROM citations UNION SELECT key FROM provision_text
         UNION SELECT to_key AS key FROM links WHERE to_key IS NOT NULL`,
      )
      .pluck()
      .all() as string[];
    const titleOf = db.prepare(
      `SELECT c.title FROM provision_text p JOIN clauses c ON c.id = p.clause_id
       WHERE p.key = ? AND c.title IS NOT NULL ORDER BY c.level, c.seq LIMIT 1`,
    );
    const insertProvision = db.prepare('INSERT INTO provisions (key, instrument, article, part, title) VALUES (?, ?, ?, ?, ?)');
    let provisions = 0;
    for (const key of keys) {
      const parsed = parseProvisionKey(key);
      if (!parsed) continue;
      const title = (titleOf.pluck().get(key) as string | undefined) ?? null;
      provisions += insertProvision.run(key, parsed.instrument, parsed.article ?? null, parsed.part ?? null, title).changes;
    }
    return { provisions, links: links.length };
  })();
}
