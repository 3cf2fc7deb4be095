// An import reads, segments and prepares its index rows in a worker thread (the built code; the TypeScript sources
// prepare in process): the web host answers other requests meanwhile, and the store holds exactly what an import on
// the main thread writes.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { largeMemo, measureOnce } from '../../../bench/import-responsiveness.js';
import { cleanupTemp, tempDir } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'lextrace.js');
const built = existsSync(join(ROOT, 'dist', 'shared', 'node', 'import', 'import-worker.js'));

/** The rows an import derives, without the times it was made at. */
function derivedRows(db: string) {
  const store = new Database(db, { readonly: true });
  store.exec("CREATE VIRTUAL TABLE temp.postings USING fts5vocab(main, search_fts, 'instance')"); // the contentless index's terms
  try {
    const rows = (sql: string) => store.prepare(sql).raw().all();
    return {
      documents: rows('SELECT id, title, kind, lang, format, content_hash FROM documents ORDER BY id'),
      clauses: rows('SELECT id, seq, path, label, kind, level, text, start, end, offset_map, page, page_end, regions, number, title FROM clauses ORDER BY id'),
      files: rows('SELECT doc_id, media_type, length(bytes) FROM document_files ORDER BY doc_id'),
      citations: rows('SELECT clause_id, key, instrument, article, part, text, start, end FROM citations ORDER BY clause_id, start, key'),
      provisionText: rows('SELECT key, clause_id FROM provision_text ORDER BY key, clause_id'),
      search: rows('SELECT clause_id, lang FROM search_clauses ORDER BY clause_id'),
      postings: rows('SELECT c.clause_id, p.term, p.col, p.offset FROM temp.postings p JOIN search_clauses c ON c.rowid = p.doc ORDER BY c.clause_id, p.col, p.offset'),
      vocabulary: rows('SELECT * FROM search_vocab ORDER BY 1'),
    };
  } finally {
    store.close();
  }
}

describe.skipIf(!built)('an import off the main thread (built CLI)', () => {
  it('lets the web host answer other requests while a 2 MB file is imported', async () => {
    const run = await measureOnce(largeMemo(2_000_000), { inProcess: false, intervalMs: 25 });
    expect(run.clauses).toBeGreaterThan(4000);
    // listDocuments asked during the import came back before it did (on the main thread none could).
    expect(run.answeredBeforeImport).toBeGreaterThan(1);
  }, 180_000);

  it('writes exactly what an import on the main thread writes (a text, a PDF in two columns)', () => {
    const dir = tempDir();
    const memo = join(dir, 'memo.txt');
    writeFileSync(memo, largeMemo(200_000, 9));
    const pdf = join(ROOT, 'tests', 'fixtures', 'pdf', 'iipa-2017-russia.columns.pdf');
    const stores = ['worker', 'main'].map((mode) => {
      const db = join(dir, `${mode}.db`);
      const run = spawnSync(process.execPath, [CLI, 'import', memo, pdf, '--db', db], {
        env: { ...process.env, LEXTRACE_IMPORT_IN_PROCESS: mode === 'main' ? '1' : '' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status, run.stderr).toBe(0);
      return derivedRows(db);
    });
    expect(stores[0]!.citations.length).toBeGreaterThan(100);
    expect(stores[0]!.search.length).toBe(stores[0]!.clauses.length);
    expect(stores[0]!.postings.length).toBeGreaterThan(5_000);
    expect(stores[0]!.files).toHaveLength(1);
    expect(stores[0]).toEqual(stores[1]);
  }, 180_000);
});
