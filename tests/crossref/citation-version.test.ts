// A store whose citations an older extractor wrote gets the current ones at the next refresh, without importing again.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CITATION_VERSION, refreshOutdatedCitations } from '../../shared/node/crossref/citation-hook.js';
import { crossReferencesStale, refreshStaleCrossReferences } from '../../shared/node/crossref/refresh-cross-references.js';
import { importFile } from '../../shared/node/import/import-document.js';
import { indexHooks } from '../../shared/node/service/open-explorer.js';
import { openDatabase } from '../../shared/node/store/open-database.js';
import { CORPUS_DIR, cleanupTemp, tempDbPath } from '../helpers/temp-db.js';

afterAll(cleanupTemp);

const IIPA = join(CORPUS_DIR, 'documents', 'iipa-2017-special-301-russia.txt');
const keysOf = (db: ReturnType<typeof openDatabase>): string[] =>
  db.prepare("SELECT DISTINCT key FROM citations WHERE key LIKE 'ru-fl-%' ORDER BY key").pluck().all() as string[];

describe('citation version', () => {
  it('records the version with a store\'s first document, and a current store is left alone', async () => {
    const db = openDatabase(tempDbPath());
    await importFile(db, IIPA, {}, indexHooks());
    refreshStaleCrossReferences(db);
    expect(db.prepare("SELECT value FROM store_state WHERE key = 'citations-version'").pluck().get()).toBe(String(CITATION_VERSION));
    expect(refreshOutdatedCitations(db)).toBe(false);
    db.close();
  });

  it.each([
    ['written by version 1', "UPDATE store_state SET value = '1' WHERE key = 'citations-version'"],
    ['written before stores recorded a version', "DELETE FROM store_state WHERE key = 'citations-version'"],
  ])('re-extracts citations %s and relinks them', async (_label, downgrade) => {
    const db = openDatabase(tempDbPath());
    await importFile(db, IIPA, {}, indexHooks());
    refreshStaleCrossReferences(db);
    const current = keysOf(db);
    expect(current).toEqual(['ru-fl-149-fz-2006', 'ru-fl-364-fz-2014']);
    // what the extractor of version 1 stored: federal laws by number only
    db.prepare("UPDATE citations SET key = replace(replace(key, '-fz-2006', '-fz'), '-fz-2014', '-fz'), instrument = key WHERE key LIKE 'ru-fl-%'").run();
    db.exec(downgrade);
    refreshStaleCrossReferences(db);
    expect(keysOf(db)).toEqual(current);
    expect(db.prepare("SELECT COUNT(*) FROM links WHERE to_key = 'ru-fl-364-fz-2014'").pluck().get()).toBeGreaterThan(0);
    expect(db.prepare("SELECT COUNT(*) FROM links WHERE to_key = 'ru-fl-364-fz'").pluck().get()).toBe(0);
    db.close();
  });

  it('records the version without relinking when the citations come out the same', async () => {
    const db = openDatabase(tempDbPath());
    await importFile(db, IIPA, {}, indexHooks());
    refreshStaleCrossReferences(db);
    db.exec("DELETE FROM store_state WHERE key = 'citations-version'");
    expect(refreshOutdatedCitations(db)).toBe(true);
    expect(db.prepare("SELECT value FROM store_state WHERE key = 'citations-version'").pluck().get()).toBe(String(CITATION_VERSION));
    expect(crossReferencesStale(db)).toBe(false);
    db.close();
  });
});
