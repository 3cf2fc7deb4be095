// Wires a database, the index hooks and the service together: the one place hosts and the CLI get a service from.
import type { Database } from 'better-sqlite3';
import { annotationAnchorHook } from '../annotations/anchor-annotations.js';
import { citationHook } from '../crossref/citation-hook.js';
import type { IndexHook } from '../import/import-document.js';
import { searchIndexHook } from '../search/index.js';
import { reviewPlacementHook } from '../review/review-placement.js';
import { openDatabase, type OpenOptions } from '../store/open-database.js';
import { ExplorerService } from './explorer-service.js';

/** The hooks that keep derived data (search postings, citations, annotation anchors, review placements) in step with the clauses. */
export function indexHooks(): IndexHook[] {
  return [citationHook, searchIndexHook, annotationAnchorHook, reviewPlacementHook];
}

export interface Explorer {
  db: Database;
  service: ExplorerService;
  hooks: IndexHook[];
  close(): void;
}

/**
 * Opens the store at `dbPath` and returns the service over it. Opening never refreshes the links: cross-references left
 * stale by an interrupted or failed run are redone by the first view or command that needs links, within the limits
 * of refresh-guard.ts, so a refresh that fails (or dies) can never stop the store from opening.
 */
export function openExplorer(dbPath: string, options: OpenOptions = {}): Explorer {
  const db = openDatabase(dbPath, options);
  const hooks = indexHooks();
  const service = new ExplorerService(db, hooks);
  return { db, service, hooks, close: () => db.close() };
}
