// A failing link refresh never stops the store from opening or a read from answering, and is retried with a limit.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossReferencesStale, refreshStaleCrossReferences } from '../../../shared/node/crossref/refresh-cross-references.js';
import { linksStatus, REFRESH_ATTEMPT_LIMIT, refreshDue } from '../../../shared/node/crossref/refresh-guard.js';
import { importFile } from '../../../shared/node/import/import-document.js';
import { indexHooks, openExplorer } from '../../../shared/node/service/open-explorer.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { cleanupTemp, tempDbPath, tempDir } from '../../helpers/temp-db.js';

const FAULT = 'LEXTRACE_TEST_REFRESH_FAULT';
const MEMO = 'Memo on enforcement.\n\nArticle 1229 of the Civil Code provides a cause of action against importers of circumvention devices.\n';
const SECOND = 'Second memo.\n\nUnfair competition is fined under the Administrative Code (Article 14.33).\n';

afterAll(cleanupTemp);
afterEach(() => {
  delete process.env[FAULT];
});

const provisionKeys = (db: Database) => db.prepare('SELECT key FROM provisions ORDER BY key').pluck().all() as string[];

function memoFile(name: string, text: string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

describe('a link refresh that fails', () => {
  const path = tempDbPath();
  beforeAll(async () => {
    const db = openDatabase(path);
    await importFile(db, memoFile('memo.txt', MEMO), {}, indexHooks());
    expect(refreshStaleCrossReferences(db)).not.toBeNull();
    expect(provisionKeys(db)).toEqual(['ru-civil-code:1229']);
    await importFile(db, memoFile('second.txt', SECOND), {}, indexHooks());
    expect(crossReferencesStale(db)).toBe(true);
    db.close();
  });

  it('is recorded, never thrown; reads answer with the links as they were; the same process does not retry it', async () => {
    process.env[FAULT] = 'throw';
    const explorer = openExplorer(path); // opening never refreshes
    try {
      expect(linksStatus(explorer.db)).toMatchObject({ links: 'updating', attempts: 0, retrying: true });
      const provisions = await explorer.service.listProvisions({}); // the refresh runs here, fails, and the read goes on
      expect(provisions.map((p) => p.key)).toEqual(['ru-civil-code:1229']);
      const status = linksStatus(explorer.db);
      expect(status).toMatchObject({ links: 'failed', attempts: 1, retrying: true });
      expect(status.lastError).toContain('injected refresh failure');
      expect(status.message).toContain(`attempt 2 of ${REFRESH_ATTEMPT_LIMIT}`);
      expect(await explorer.service.getStoreStatus({})).toEqual({ links: 'failed', message: status.message, retrying: true });
      expect(await explorer.service.getProvision({ key: 'ru-civil-code:1229' })).toMatchObject({ key: 'ru-civil-code:1229' });
      expect(linksStatus(explorer.db).attempts).toBe(1); // not retried by this process on every request
      expect(await explorer.service.listDocuments({})).toHaveLength(2);
    } finally {
      explorer.close();
    }
  });

  it(`is retried at each start up to ${REFRESH_ATTEMPT_LIMIT} attempts, then no more, and says what to do`, async () => {
    process.env[FAULT] = 'throw';
    for (let start = 2; start <= REFRESH_ATTEMPT_LIMIT + 2; start++) {
      const explorer = openExplorer(path);
      await explorer.service.listProvisions({});
      expect(linksStatus(explorer.db).attempts).toBe(Math.min(start, REFRESH_ATTEMPT_LIMIT));
      explorer.close();
    }
    const db = openDatabase(path);
    const status = linksStatus(db);
    expect(status).toMatchObject({ links: 'failed', attempts: REFRESH_ATTEMPT_LIMIT, retrying: false });
    expect(status.message).toContain('lextrace refresh');
    expect(status.message).toContain('lextrace remove DOC_ID');
    expect(refreshDue(db)).toBe(false);
    db.close();
  });

  it('runs again when the user asks, and the links are current once it succeeds', () => {
    const db = openDatabase(path);
    process.env[FAULT] = 'throw';
    expect(refreshStaleCrossReferences(db, { explicit: true })).toBeNull();
    expect(linksStatus(db).attempts).toBe(REFRESH_ATTEMPT_LIMIT + 1);
    delete process.env[FAULT];
    expect(refreshStaleCrossReferences(db)).toBeNull(); // not by itself: the attempts are used up
    expect(refreshStaleCrossReferences(db, { explicit: true })).not.toBeNull();
    expect(linksStatus(db)).toMatchObject({ links: 'current', attempts: 0 });
    expect(provisionKeys(db)).toEqual(['ru-admin-code:14.33', 'ru-civil-code:1229']);
    expect(db.prepare("SELECT COUNT(*) FROM store_state WHERE key = 'cross-references-refresh'").pluck().get()).toBe(0);
    db.close();
  });

  it('counts again from zero once the library changes (an import or a removal may be what cures it)', async () => {
    const db = openDatabase(path);
    process.env[FAULT] = 'throw';
    await importFile(db, memoFile('third.txt', `${SECOND}\nA third paragraph.\n`), {}, indexHooks());
    for (let i = 0; i < REFRESH_ATTEMPT_LIMIT; i++) {
      const other = openDatabase(path); // another start
      refreshStaleCrossReferences(other);
      other.close();
    }
    expect(linksStatus(db)).toMatchObject({ attempts: REFRESH_ATTEMPT_LIMIT, retrying: false });
    const explorer = openExplorer(path);
    await explorer.service.removeDocument({ id: 'third' });
    expect(refreshDue(explorer.db)).toBe(true);
    delete process.env[FAULT];
    await explorer.service.listProvisions({});
    expect(linksStatus(explorer.db).links).toBe('current');
    explorer.close();
    db.close();
  });
});
