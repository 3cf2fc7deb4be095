// Evidence from a document the user imported is marked as such in a trace, so a score that moves after an import says why.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CrossRefQueries } from '../../shared/node/crossref/crossref-queries.js';
import { refreshStaleCrossReferences } from '../../shared/node/crossref/refresh-cross-references.js';
import { importFile } from '../../shared/node/import/import-document.js';
import { indexHooks } from '../../shared/node/service/open-explorer.js';
import { openDatabase } from '../../shared/node/store/open-database.js';
import { CORPUS_DIR, cleanupTemp, tempDbPath } from '../helpers/temp-db.js';

afterAll(cleanupTemp);

describe('evidence from the user\'s documents', () => {
  it('is marked in the trace; evidence from the shipped corpus is not', async () => {
    const db = openDatabase(tempDbPath());
    const docs = join(CORPUS_DIR, 'documents');
    // the Action Plan as the shipped corpus imports it (with its provenance), the IIPA report as a user's own import
    await importFile(db, join(docs, 'us-russia-ipr-action-plan-2012.txt'), { id: 'action-plan-2012', kind: 'action-plan', lang: 'en', date: '2012-12-21', provenance: 'shipped corpus' }, indexHooks());
    await importFile(db, join(docs, 'iipa-2017-special-301-russia.txt'), { kind: 'report', lang: 'en', date: '2017-02-09' }, indexHooks());
    refreshStaleCrossReferences(db);
    const queries = new CrossRefQueries(db);
    const item = (db.prepare("SELECT id FROM clauses WHERE doc_id = 'action-plan-2012' AND text LIKE 'Seize and destroy goods%'").pluck().get()) as string;
    const entry = queries.trace(item).provisions.find((p) => p.key === 'ru-civil-code:1252/5');
    expect(entry?.confident).toBe(true);
    expect(entry!.evidence.length).toBeGreaterThan(0);
    for (const e of entry!.evidence) expect(e.fromUserDocument).toBe(e.doc !== 'action-plan-2012' ? true : undefined);
    db.close();
  });
});
