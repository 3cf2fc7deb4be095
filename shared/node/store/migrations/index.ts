// Numbered schema migrations, applied in order and recorded in SQLite's user_version.
import type { Database } from 'better-sqlite3';
import { initialSchema } from './001-initial.js';
import { searchSchema } from './002-search.js';
import { storeStateSchema } from './003-store-state.js';
import { userDataSchema } from './004-user-data.js';
import { linkReviewSchema } from './005-link-review.js';
import { pdfPagesSchema } from './006-pdf-pages.js';
import { reviewPlacementSchema } from './007-review-placement.js';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, searchSchema, storeStateSchema, userDataSchema, linkReviewSchema, pdfPagesSchema, reviewPlacementSchema];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings `db` up to `target` (default: latest), each migration in its own transaction. */
export function migrate(db: Database, target?: number, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new Error(`the database is at schema version ${current}, newer than this Lextrace (${latest}); update Lextrace`);
  }
  target ??= latest;
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
