// A temp library with the whole shipped corpus indexed, for the annotation tests (one per test file).
import { join } from 'node:path';
import { indexCorpus } from '../../../shared/node/import/index-corpus.js';
import { shippedCorpusDir } from '../../../shared/node/package-root.js';
import { openExplorer, type Explorer } from '../../../shared/node/service/open-explorer.js';
import { storeFingerprint, tempDir } from '../../helpers/temp-db.js';
import type { Database } from 'better-sqlite3';

export async function openIndexedLibrary(): Promise<{ explorer: Explorer; dbPath: string }> {
  const dbPath = join(tempDir('lextrace-annotations-'), 'library.db');
  const explorer = openExplorer(dbPath);
  await indexCorpus(explorer.db, shippedCorpusDir(), explorer.hooks);
  return { explorer, dbPath };
}

/** Every row of the user's own tables (user_*), as one string: equal means byte-identical user records. */
export function userRecords(db: Database): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'user\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];
  return tables.map((t) => `${t}:${JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all())}`).join('\n');
}

export { storeFingerprint };
