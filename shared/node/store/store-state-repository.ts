// The store's own state as key/value pairs (store_state): change counters, versions, refresh records. Derived, not user data.
import type { Database } from 'better-sqlite3';
import { prepared } from './statements.js';

export class StoreStateRepository {
  constructor(private readonly db: Database) {}

  /** The value under `key`, or undefined. */
  get(key: string): string | undefined {
    return prepared(this.db, 'SELECT value FROM store_state WHERE key = ?').pluck().get(key) as string | undefined;
  }

  /** Sets `key` to `value`, replacing any value. */
  set(key: string, value: string): void {
    prepared(this.db, 'INSERT INTO store_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** Counts one more under `key` (a counter starting at 1). */
  increment(key: string): void {
    prepared(
      this.db,
      "INSERT INTO store_state (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
    ).run(key);
  }

  /** Removes `key`. */
  delete(key: string): void {
    prepared(this.db, 'DELETE FROM store_state WHERE key = ?').run(key);
  }

  /** Removes `key` only while it still holds `value` (nothing changed it since it was read). */
  deleteIfUnchanged(key: string, value: string): void {
    prepared(this.db, 'DELETE FROM store_state WHERE key = ? AND value = ?').run(key, value);
  }
}
