// Test helpers: temporary folders and databases, and a fingerprint of a store's whole contents.
import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const made: string[] = [];

export function tempDir(prefix = 'lextrace-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function tempDbPath(): string {
  return join(tempDir(), 'test.db');
}

export function cleanupTemp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A hash over every row of every table: equal fingerprints mean nothing was added, changed or removed. */
export function storeFingerprint(db: Database): string {
  const hash = createHash('sha256');
  // Real tables only (FTS5 keeps its postings in shadow tables, which are listed here too).
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(`#${name}`);
    const rows = (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row, bufferAsHex));
    for (const row of rows.sort()) hash.update(row);
  }
  return hash.digest('hex');
}

function bufferAsHex(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value;
}

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'corpus');
