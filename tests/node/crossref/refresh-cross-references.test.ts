import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  clearCrossReferencesStale,
  crossReferencesStale,
  markCrossReferencesStale,
  staleGeneration,
} from '../../../shared/node/crossref/refresh-cross-references.js';
import { importFile, removeDocument } from '../../../shared/node/import/import-document.js';
import { indexCorpus } from '../../../shared/node/import/index-corpus.js';
import { indexHooks, openExplorer } from '../../../shared/node/service/open-explorer.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { CORPUS_DIR, cleanupTemp, tempDbPath, tempDir } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

const MEMO = 'Memo on enforcement.\n\nArticle 1229 of the Civil Code provides a cause of action against importers of circumvention devices.\n\nUnfair competition is fined under the Administrative Code (Article 14.33).\n';
/** A provision no shipped document cites: it exists only while the memo does. */
const MEMO_ONLY = 'ru-admin-code:14.33';
const provisionExists = (db: Database, key: string) => db.prepare('SELECT 1 FROM provisions WHERE key = ?').get(key) !== undefined;

/** The provisions the memo's clauses are linked to (its explicit citations turned into links). */
const memoLinks = (db: Database, docId: string) =>
  db
    .prepare("SELECT DISTINCT l.to_key FROM links l JOIN clauses c ON c.id = l.from_clause WHERE c.doc_id = ? AND l.kind = 'cites'")
    .pluck()
    .all(docId);

describe('cross-references after an interrupted run', () => {
  const path = tempDbPath();
  let db: Database;
  let memo: string;
  beforeAll(async () => {
    db = openDatabase(path);
    expect((await indexCorpus(db, CORPUS_DIR, indexHooks())).crossReferences).toBeDefined();
    memo = join(tempDir(), 'enforcement-memo.txt');
    writeFileSync(memo, MEMO);
  });
  afterAll(() => db.close());

  it('are up to date after indexing', async () => {
    expect(crossReferencesStale(db)).toBe(false);
  });

  it('are redone by the next index even when every file is unchanged, if an import stopped before its refresh', async () => {
    // importFile commits the document; the refresh that follows it in the service and the CLI is "interrupted" here.
    const outcome = await importFile(db, memo, {}, indexHooks());
    expect(crossReferencesStale(db)).toBe(true);
    expect(memoLinks(db, outcome.docId)).toEqual([]);
    expect(provisionExists(db, MEMO_ONLY)).toBe(false);
    expect((await importFile(db, memo, {}, indexHooks())).status).toBe('unchanged');

    const report = await indexCorpus(db, CORPUS_DIR, indexHooks());
    expect(report.outcomes.every((o) => o.status === 'unchanged')).toBe(true);
    expect(report.crossReferences?.links).toBeGreaterThan(0);
    expect(crossReferencesStale(db)).toBe(false);
    expect(memoLinks(db, outcome.docId).sort()).toEqual(['ru-admin-code:14.33', 'ru-civil-code:1229']);
    expect(provisionExists(db, MEMO_ONLY)).toBe(true);
  });

  it('are redone by the first read that needs them after the store is opened again, after a removal that stopped before its refresh', async () => {
    const docId = (await importFile(db, memo, {}, indexHooks())).docId;
    await indexCorpus(db, CORPUS_DIR, indexHooks());
    expect(provisionExists(db, MEMO_ONLY)).toBe(true);
    expect(removeDocument(db, docId, indexHooks())).toBe(true);
    expect(crossReferencesStale(db)).toBe(true);
    expect(provisionExists(db, MEMO_ONLY)).toBe(true);
    db.close();

    const explorer = openExplorer(path);
    expect(crossReferencesStale(explorer.db)).toBe(true); // opening never refreshes (refresh-guard.ts)
    expect((await explorer.service.listProvisions({})).some((p) => p.key === MEMO_ONLY)).toBe(false);
    expect(crossReferencesStale(explorer.db)).toBe(false);
    expect(provisionExists(explorer.db, MEMO_ONLY)).toBe(false);
    explorer.close();
    db = openDatabase(path);
  });
});

describe('the service over a changing library', () => {
  it('imports without recomputing the links, and brings them up to date at the next read that needs them', async () => {
    const explorer = openExplorer(tempDbPath());
    await indexCorpus(explorer.db, CORPUS_DIR, explorer.hooks);
    const { service, db } = explorer;
    const data = (text: string) => Buffer.from(text).toString('base64');
    const first = await service.importDocument({ fileName: 'memo-one.txt', data: data(MEMO) });
    const second = await service.importDocument({ fileName: 'memo-two.txt', data: data(MEMO.replace('Memo on', 'Second memo on')) });
    expect(crossReferencesStale(db)).toBe(true);
    expect(provisionExists(db, MEMO_ONLY)).toBe(false);

    const provision = await service.getProvision({ key: MEMO_ONLY });
    expect(crossReferencesStale(db)).toBe(false);
    expect(new Set(provision.citedBy.map((c) => c.doc))).toEqual(new Set([first.docId, second.docId]));

    await service.removeDocument({ id: first.docId });
    await service.removeDocument({ id: second.docId });
    expect((await service.listProvisions({})).some((p) => p.key === MEMO_ONLY)).toBe(false);
    explorer.close();
  });
});

describe('the stale mark', () => {
  it('survives a refresh that was overtaken by a change (another process importing meanwhile)', async () => {
    const db = openDatabase(tempDbPath());
    markCrossReferencesStale(db);
    const seen = staleGeneration(db); // a refresh starts computing from this state…
    markCrossReferencesStale(db); // …while another process imports a document
    clearCrossReferencesStale(db, seen); // the refresh commits what it computed
    expect(crossReferencesStale(db)).toBe(true);
    clearCrossReferencesStale(db, staleGeneration(db));
    expect(crossReferencesStale(db)).toBe(false);
    expect(removeDocument(db, 'no-such-document', indexHooks())).toBe(false);
    expect(crossReferencesStale(db)).toBe(false);
    db.close();
  });
});
