// Recomputes the corpus-wide derived graph: provisions and automatic links (cites, quotes, concerns).
import type { Database } from 'better-sqlite3';
import type { Citation } from '../../core/citations/index.js';
import { citationFromRow } from './citation-rows.js';
import { computeLinks, type LinkClause } from '../../core/link/index.js';
import { parseProvisionKey } from '../../core/citations/index.js';
import { refreshOutdatedCitations } from './citation-hook.js';
import { CitationRepository } from '../store/citation-repository.js';
import { DocumentStore } from '../store/document-store.js';
import { LinkRepository } from '../store/link-repository.js';
import { recordLinkSightings } from '../store/link-sightings.js';
import { ProvisionRepository } from '../store/provision-repository.js';
import { StoreStateRepository } from '../store/store-state-repository.js';
import { guardRefresh, type GuardOptions } from './refresh-guard.js';

/** Loads every clause with its citations in the shape the linker reads. */
export function loadLinkClauses(db: Database): LinkClause[] {
  const citations = new Map<string, Citation[]>();
  for (const row of new CitationRepository(db).iterateAll()) {
    const list = citations.get(row.clause_id) ?? [];
    list.push(citationFromRow(row));
    citations.set(row.clause_id, list);
  }
  const rows = new DocumentStore(db).linkerClauses();
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
  new StoreStateRepository(db).increment(STALE_KEY);
}

export function crossReferencesStale(db: Database): boolean {
  return staleGeneration(db) !== null;
}

/** The change counter while the cross-references are stale, else null. */
export function staleGeneration(db: Database): string | null {
  return new StoreStateRepository(db).get(STALE_KEY) ?? null;
}

/** Clears the stale mark if it is still at `generation` (nothing changed since); the caller holds the transaction. */
export function clearCrossReferencesStale(db: Database, generation: string | null): void {
  if (generation !== null) new StoreStateRepository(db).deleteIfUnchanged(STALE_KEY, generation);
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
  const linkRows = new LinkRepository(db);
  const provisionRows = new ProvisionRepository(db);
  return db.transaction(() => {
    clearCrossReferencesStale(db, generation);
    linkRows.deleteAutomatic();
    const now = new Date().toISOString();
    for (const link of links) {
      linkRows.insertAutomatic(
        {
          from: link.from,
          kind: link.kind,
          toKey: link.toKey ?? null,
          toClause: link.toClause ?? null,
          score: Math.max(0, Math.min(1, link.score)),
          confident: link.confident,
          evidence: JSON.stringify({ evidence: link.evidence, quoted: link.quoted ?? null }),
        },
        now,
      );
    }
    recordLinkSightings(db, links.map((l) => ({ from: l.from, kind: l.kind, target: l.toKey ?? l.toClause ?? '' })));
    provisionRows.deleteAll();
    let provisions = 0;
    for (const key of provisionRows.referencedKeys()) {
      const parsed = parseProvisionKey(key);
      if (!parsed) continue;
      const title = provisionRows.titleFromText(key);
      provisions += provisionRows.insert({ key, instrument: parsed.instrument, article: parsed.article ?? null, part: parsed.part ?? null, title });
    }
    return { provisions, links: links.length };
  })();
}
