// Migration 3: a small key/value table for the store's own state (e.g. "the cross-references need recomputing").
import type { Migration } from './index.js';

export const storeStateSchema: Migration = {
  version: 3,
  name: 'store state',
  up: (db) => {
    db.exec(`
      -- One row per fact about the store as a whole; a row's presence is the fact.
      CREATE TABLE store_state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
