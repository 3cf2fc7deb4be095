// The import says what it removed from a user's document, and keeps what only looks like page furniture.
import { afterAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../../shared/node/import/import-document.js';
import { DocumentStore } from '../../../shared/node/store/document-store.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { cleanupTemp } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('importing a user document', () => {
  it('imports an HTML page of three similar paragraphs (it was refused as "no text clauses")', async () => {
    const db = openDatabase(':memory:');
    const page = '<html><body><p>Section 5. Repealed.</p><p>Section 6. Repealed.</p><p>Section 7. Repealed.</p></body></html>';
    const outcome = await importBytes(db, 'repealed.html', bytes(page));
    expect(outcome.status).toBe('imported');
    const texts = new DocumentStore(db).listClauses(outcome.docId).map((c) => c.text).join('\n');
    for (const n of [5, 6, 7]) expect(texts).toContain(`Section ${n}. Repealed.`);
    expect(outcome.notes).toBeUndefined();
  });

  it('keeps "Section N. Repealed." lines of a text file', async () => {
    const db = openDatabase(':memory:');
    const outcome = await importBytes(db, 'act.txt', bytes('An Act.\n\nSection 5. Repealed.\nSection 6. Repealed.\nSection 7. Repealed.\n'));
    const texts = new DocumentStore(db).listClauses(outcome.docId).map((c) => c.text).join('\n');
    for (const n of [5, 6, 7]) expect(texts).toContain(`Section ${n}. Repealed.`);
    expect(outcome.notes).toBeUndefined();
  });

  it('reports the running headers it removed from a paged text', async () => {
    const db = openDatabase(':memory:');
    const pages = [1, 2, 3].map((n) => `Treaty Series Vol. 12 p. ${n}\n\nThe parties agree to measure ${'ABC'[n - 1]}.\n`);
    const outcome = await importBytes(db, 'treaty.txt', bytes(pages.join('\f')));
    expect(outcome.notes).toEqual(['removed 3 lines as page headers']);
    const texts = new DocumentStore(db).listClauses(outcome.docId).map((c) => c.text).join('\n');
    expect(texts).not.toContain('Treaty Series');
  });
});
