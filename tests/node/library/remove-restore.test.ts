// Removing a document the user imported, and undoing it within the session: the same file is imported again.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openExplorer } from '../../../shared/node/service/open-explorer.js';
import { shippedCorpusDir } from '../../../shared/node/package-root.js';

const dir = mkdtempSync(join(tmpdir(), 'lextrace-restore-'));
const explorer = openExplorer(join(dir, 'library.db'));
afterAll(() => {
  explorer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('remove and restore', () => {
  it('marks user imports, removes one and brings it back with the same id and clauses', async () => {
    const api = explorer.service;
    const bytes = readFileSync(join(shippedCorpusDir(), 'documents', 'us-russia-ipr-action-plan-2012.txt'));
    const report = await api.importDocument({ fileName: 'My Plan.txt', data: bytes.toString('base64') });
    expect(report.docId).toBe('my-plan');
    expect((await api.listDocuments({})).find((d) => d.id === 'my-plan')?.imported).toBe(true);
    const before = await api.listClauses({ doc: 'my-plan' });

    await expect(api.removeDocument({ id: 'my-plan' })).resolves.toEqual({ removed: true });
    expect((await api.listDocuments({})).map((d) => d.id)).not.toContain('my-plan');

    const restored = await api.restoreDocument({ id: 'my-plan' });
    expect(restored).toMatchObject({ status: 'imported', docId: 'my-plan', file: 'My Plan.txt', clauses: before.length });
    expect((await api.listClauses({ doc: 'my-plan' })).map((c) => [c.id, c.text])).toEqual(before.map((c) => [c.id, c.text]));
    // Once restored, there is nothing left to restore.
    await expect(api.restoreDocument({ id: 'my-plan' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
