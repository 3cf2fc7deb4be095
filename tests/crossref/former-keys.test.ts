// Keys made before federal laws were keyed by number and year still open their provision.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CrossRefQueries } from '../../shared/node/crossref/crossref-queries.js';
import { refreshStaleCrossReferences } from '../../shared/node/crossref/refresh-cross-references.js';
import { importFile } from '../../shared/node/import/import-document.js';
import { indexHooks } from '../../shared/node/service/open-explorer.js';
import { openDatabase } from '../../shared/node/store/open-database.js';
import { CORPUS_DIR, cleanupTemp, tempDbPath } from '../helpers/temp-db.js';

afterAll(cleanupTemp);

describe('former provision keys', () => {
  it('open today\'s provision: ru-fl-364-fz is ru-fl-364-fz-2014', async () => {
    const db = openDatabase(tempDbPath());
    await importFile(db, join(CORPUS_DIR, 'documents', 'iipa-2017-special-301-russia.txt'), { kind: 'report', lang: 'en' }, indexHooks());
    refreshStaleCrossReferences(db);
    const queries = new CrossRefQueries(db);
    const today = queries.getProvision('ru-fl-364-fz-2014');
    expect(today.citedBy.length).toBeGreaterThan(0);
    expect(queries.getProvision('ru-fl-364-fz')).toEqual(today);
    db.close();
  });
});
