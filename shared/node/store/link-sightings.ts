// Derived: which automatic links each refresh proposed for the first time, so links that appear after an import show as new.
import type { Database } from 'better-sqlite3';
import type { LinkKind } from '../../core/api/dto.js';
import { prepared } from './statements.js';

export interface LinkIdentity {
  from: string;
  kind: LinkKind;
  /** A provision key, or the quoted clause's id. */
  target: string;
}

/** One string per identity, for sets and maps. */
export function identityKey(from: string, kind: string, target: string): string {
  return `${from}\u0000${kind}\u0000${target}`;
}

/**
 * Records the identities of a refresh's links inside the caller's transaction: identities seen before keep their
 * generation, new ones get the next generation (the first refresh of a store is generation 0, its baseline), and
 * identities no longer inferred are forgotten (should they come back, they are new again).
 */
export function recordLinkSightings(db: Database, links: readonly LinkIdentity[]): void {
  const seen = new Set(
    (prepared(db, 'SELECT from_clause, kind, target FROM link_sightings').all() as { from_clause: string; kind: string; target: string }[]).map((r) =>
      identityKey(r.from_clause, r.kind, r.target),
    ),
  );
  const generation = seen.size === 0 ? 0 : ((prepared(db, 'SELECT MAX(generation) FROM link_sightings').pluck().get() as number) ?? 0) + 1;
  const current = new Set<string>();
  const insert = prepared(db, 'INSERT OR IGNORE INTO link_sightings (from_clause, kind, target, generation) VALUES (?, ?, ?, ?)');
  for (const link of links) {
    const key = identityKey(link.from, link.kind, link.target);
    current.add(key);
    if (!seen.has(key)) insert.run(link.from, link.kind, link.target, generation);
  }
  const forget = prepared(db, 'DELETE FROM link_sightings WHERE from_clause = ? AND kind = ? AND target = ?');
  for (const key of seen) {
    if (current.has(key)) continue;
    const [from, kind, target] = key.split('\u0000');
    forget.run(from, kind, target);
  }
}

/** Identities of the links first proposed after the store's first refresh. */
export function newLinkIdentities(db: Database, clauseIds?: readonly string[]): Set<string> {
  const rows = (
    clauseIds
      ? prepared(
          db,
          `SELECT from_clause, kind, target FROM link_sightings WHERE generation > 0
           AND (from_clause IN (SELECT value FROM json_each(@ids)) OR target IN (SELECT value FROM json_each(@ids)))`,
        ).all({ ids: JSON.stringify(clauseIds) })
      : prepared(db, 'SELECT from_clause, kind, target FROM link_sightings WHERE generation > 0').all()
  ) as { from_clause: string; kind: string; target: string }[];
  return new Set(rows.map((r) => identityKey(r.from_clause, r.kind, r.target)));
}

/** The clauses whose link of `kind` to `target` was first proposed after the store's first refresh. */
export function newLinkSources(db: Database, kind: LinkKind, target: string): Set<string> {
  return new Set(prepared(db, 'SELECT from_clause FROM link_sightings WHERE target = ? AND kind = ? AND generation > 0').pluck().all(target, kind) as string[]);
}
