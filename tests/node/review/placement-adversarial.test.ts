// Review records that follow their clause's text, under the cases that break naive placement: two records landing on
// one link (a deleted link must not give way to an older one), undo of a change journaled before migration 7, and a
// store really at schema 6 (the shipped corpus, records and journal) migrated with nothing lost.
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../../shared/node/import/import-document.js';
import { indexCorpus } from '../../../shared/node/import/index-corpus.js';
import { shippedCorpusDir } from '../../../shared/node/package-root.js';
import { reviewPlacementHook } from '../../../shared/node/review/review-placement.js';
import { indexHooks, openExplorer, type Explorer } from '../../../shared/node/service/open-explorer.js';
import { migrate } from '../../../shared/node/store/migrations/index.js';
import { cleanupTemp, tempDir } from '../../helpers/temp-db.js';
import { openIndexedLibrary, SEIZE } from './review-library.js';

const SEIZURE = 'Article 1252(5) of the Civil Code allows the seizure and destruction of equipment and materials used mainly to infringe exclusive rights.';
const INTRO = 'This memo reviews the remedies Russian law gives rights holders against online and physical piracy.';
const KEY = 'ru-criminal-code:105';

const opened: Explorer[] = [];
afterAll(() => {
  for (const e of opened) e.close();
  cleanupTemp();
});

async function importMemo(explorer: Explorer, file: string, hooks: Explorer['hooks'], ...paragraphs: string[]): Promise<void> {
  writeFileSync(file, `${paragraphs.join('\n\n')}\n`);
  expect((await importFile(explorer.db, file, {}, hooks)).docId).toBe('memo');
}

function memoTexts(db: Database.Database): string[] {
  return db.prepare("SELECT text FROM clauses WHERE doc_id = 'memo' ORDER BY seq").pluck().all() as string[];
}

describe('two hand-made links that land on one link (two paragraphs merged)', () => {
  it('deleting the link in force deletes the link, not just its newest record; undo brings both back', async () => {
    const { explorer } = await openIndexedLibrary();
    opened.push(explorer);
    const s = explorer.service;
    // Two IIPA paragraphs without numbers, of about the same length: their merge is similar enough to each.
    const text = (id: string): string => explorer.db.prepare('SELECT text FROM clauses WHERE id = ?').pluck().get(id) as string;
    const first = text('iipa-2017-russia/p3');
    const second = text('iipa-2017-russia/priority-actions-requested-2017/i1');
    const memo = join(tempDir('lextrace-adversarial-'), 'memo.txt');
    await importMemo(explorer, memo, explorer.hooks, INTRO, first, second);
    expect(memoTexts(explorer.db)).toEqual([INTRO, first, second]);
    const older = await s.addUserLink({ clause: 'memo/p2', target: KEY, note: 'enforcement' });
    const newer = await s.addUserLink({ clause: 'memo/p3', target: KEY, note: 'priority action' });

    await importMemo(explorer, memo, explorer.hooks, INTRO, `${first} ${second}`);
    expect(memoTexts(explorer.db)).toEqual([INTRO, `${first} ${second}`]);
    const inForce = (await s.listLinkReviews({ clause: 'memo/p2' })).links;
    expect(inForce.map((l) => [l.id, l.placement])).toEqual([[newer.id, 'edited']]);

    const links = (): unknown[] => explorer.db.prepare('SELECT * FROM user_links ORDER BY id').all();
    const before = links();
    expect(await s.deleteUserLink({ id: newer.id })).toEqual({ deleted: true });
    // Before the fix the older record took over: the link the lawyer deleted was still there, with the other note.
    expect((await s.listLinkReviews({ clause: 'memo/p2' })).links).toEqual([]);
    expect((await s.trace({ clause: 'memo/p2', all: true })).provisions.map((p) => p.key)).not.toContain(KEY);
    await s.undo({});
    expect(links()).toEqual(before);
    expect((await s.listLinkReviews({ clause: 'memo/p2' })).links.map((l) => l.id)).toEqual([newer.id]);
    // The older record is back too, on the merged paragraph, superseded by the newer one.
    expect(explorer.db.prepare('SELECT at_from, placement FROM placed_user_links WHERE id = ?').get(older.id)).toEqual({ at_from: 'memo/p2', placement: 'edited' });
  });
});

describe('a store at schema 6 with the shipped corpus, verdicts, hand-made links and their undo journal', () => {
  const V = { id: '11111111-1111-4111-8111-111111111111', fromClause: 'memo/p1', kind: 'concerns', target: 'ru-civil-code:1252/5', verdict: 'confirmed', reason: 'the seizure remedy', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' };
  const Q = { id: '22222222-2222-4222-8222-222222222222', fromClause: SEIZE, kind: 'quotes', target: 'memo/p1', verdict: 'rejected', reason: '', created: '2026-01-02T00:00:00.000Z', modified: '2026-01-02T00:00:00.000Z' };
  const L = { id: '33333333-3333-4333-8333-333333333333', fromClause: SEIZE, targetKey: null, targetClause: 'memo/p1', note: 'explained', created: '2026-01-03T00:00:00.000Z', modified: '2026-01-03T00:00:00.000Z' };

  async function storeAt6(): Promise<{ path: string; memo: string }> {
    const dir = tempDir('lextrace-schema6-');
    const path = join(dir, 'library.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, 6)).toBe(6);
    // The hooks of a schema-6 Lextrace: no review placements yet.
    const hooks = indexHooks().filter((h) => h !== reviewPlacementHook);
    await indexCorpus(db, shippedCorpusDir(), hooks);
    const memo = join(dir, 'memo.txt');
    writeFileSync(memo, `${SEIZURE}\n\n${INTRO}\n`);
    await importFile(db, memo, {}, hooks);
    expect(memoTexts(db)).toEqual([SEIZURE, INTRO]);
    const verdict = db.prepare('INSERT INTO user_link_verdicts (id, from_clause, kind, target, verdict, reason, created, modified) VALUES (@id, @fromClause, @kind, @target, @verdict, @reason, @created, @modified)');
    verdict.run(V);
    verdict.run(Q);
    db.prepare('INSERT INTO user_links (id, from_clause, target_key, target_clause, note, created, modified) VALUES (@id, @fromClause, @targetKey, @targetClause, @note, @created, @modified)').run(L);
    // The journal as schema 6 wrote it: records without clause texts.
    const entry = db.prepare("INSERT INTO user_history (label, before, after, undone, created) VALUES (?, ?, ?, 0, 'now')");
    const empty = { tags: [], annotations: [] };
    entry.run('Confirm link', JSON.stringify({ ...empty, verdicts: [{ id: V.id, record: null }], userLinks: [{ id: L.id, record: null }] }), JSON.stringify({ ...empty, verdicts: [{ id: V.id, record: V }], userLinks: [{ id: L.id, record: L }] }));
    db.close();
    return { path, memo };
  }

  it('migrates keeping every user row field for field, and an undo/redo of a change journaled then keeps the texts', async () => {
    const { path, memo } = await storeAt6();
    const raw = new Database(path, { readonly: true });
    const verdictsBefore = raw.prepare('SELECT * FROM user_link_verdicts ORDER BY id').all();
    const linksBefore = raw.prepare('SELECT * FROM user_links ORDER BY id').all();
    const historyBefore = raw.prepare('SELECT * FROM user_history ORDER BY seq').all();
    raw.close();

    const explorer = openExplorer(path);
    opened.push(explorer);
    const db = explorer.db;
    const strip = (rows: unknown[]): unknown[] => (rows as Record<string, unknown>[]).map(({ from_text: _f, target_text: _t, ...rest }) => rest);
    expect(strip(db.prepare('SELECT * FROM user_link_verdicts ORDER BY id').all())).toEqual(verdictsBefore);
    expect(strip(db.prepare('SELECT * FROM user_links ORDER BY id').all())).toEqual(linksBefore);
    expect(db.prepare('SELECT * FROM user_history ORDER BY seq').all()).toEqual(historyBefore);
    const texts = (): unknown[] => [
      ...(db.prepare('SELECT id, from_text, target_text FROM user_link_verdicts ORDER BY id').all() as unknown[]),
      ...(db.prepare('SELECT id, from_text, target_text FROM user_links ORDER BY id').all() as unknown[]),
    ];
    const seizeText = db.prepare('SELECT text FROM clauses WHERE id = ?').pluck().get(SEIZE) as string;
    const expected = [
      { id: V.id, from_text: SEIZURE, target_text: null },
      { id: Q.id, from_text: seizeText, target_text: SEIZURE },
      { id: L.id, from_text: seizeText, target_text: SEIZURE },
    ];
    expect(texts()).toEqual(expected);

    // Undo and redo the change journaled at schema 6: the records come back with the texts the migration gave them
    // (before the fix, with '' — pinned to their ids again, the very bug migration 7 fixes).
    const s = explorer.service;
    await s.undo({});
    expect(db.prepare('SELECT COUNT(*) FROM user_link_verdicts WHERE id = ?').pluck().get(V.id)).toBe(0);
    await s.redo({});
    expect(texts()).toEqual(expected);

    // So a paragraph inserted before the memo's first one takes the verdict and the link along.
    await importMemo(explorer, memo, explorer.hooks, INTRO, SEIZURE, INTRO.replace('This memo', 'The memo'));
    const list = await s.listLinkReviews({});
    expect(list.verdicts.filter((v) => v.id === V.id).map((v) => [v.clause, v.placement])).toEqual([['memo/p2', 'moved']]);
    expect(list.verdicts.filter((v) => v.id === Q.id).map((v) => [v.clause, v.target, v.placement])).toEqual([[SEIZE, 'memo/p2', 'moved']]);
    expect(list.links.filter((l) => l.id === L.id).map((l) => [l.clause, l.targetClause, l.placement])).toEqual([[SEIZE, 'memo/p2', 'moved']]);
    expect((await s.listLinkReviews({ clause: 'memo/p1' })).verdicts).toEqual([]);
  });
});
