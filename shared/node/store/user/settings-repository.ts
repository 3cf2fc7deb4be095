// The user's settings as key/value pairs (user data, never written by import or rebuild).
import type { Database } from 'better-sqlite3';
import { prepared } from '../statements.js';

export class SettingsRepository {
  constructor(private readonly db: Database) {}

  get(key: string): string | undefined {
    return prepared(this.db, 'SELECT value FROM user_settings WHERE key = ?').pluck().get(key) as string | undefined;
  }

  set(key: string, value: string, now: string): void {
    prepared(
      this.db,
      'INSERT INTO user_settings (key, value, modified) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, modified = excluded.modified',
    ).run(key, value, now);
  }
}
