// Verdicts and hand-made links follow their clause's text when a user's document is re-imported changed: paragraphs
// inserted before them (ids shift), reworded, removed (detached, listed, never shown elsewhere) and put back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile, removeDocument } from '../../../shared/node/import/import-document.js';
import type { Explorer } from '../../../shared/node/service/open-explorer.js';
import { cleanupTemp, tempDir } from '../../helpers/temp-db.js';
import { openIndexedLibrary, SEIZE, statuses, userRecords } from './review-library.js';

const SEIZURE = 'Article 1252(5) of the Civil Code allows the seizure and destruction of equipment and materials used mainly to infringe exclusive rights.';
const PIRACY = 'Part 2 of Article 146 of the Criminal Code punishes the illegal use of copyright works on a large scale.';
const INTERMEDIARY = 'Article 1253.1 of the Civil Code sets out when an information intermediary is liable for infringements on its platform.';
const INTRO = 'This memo reviews the remedies Russian law gives rights holders against online and physical piracy.';

let explorer: Explorer;
const dir = tempDir('lextrace-placement-');
const memo = join(dir, 'memo.txt');

/** Writes the memo with these paragraphs and imports it (the document id is "memo", from the file name). */
async function importMemo(...paragraphs: string[]): Promise<string> {
  writeFileSync(memo, `${paragraphs.join('\n\n')}\n`);
  const outcome = await importFile(explorer.db, memo, {}, explorer.hooks);
  expect(outcome.docId).toBe('memo');
  return outcome.status;
}

async function clauseTexts(): Promise<Record<string, string>> {
  const clauses = await explorer.service.listClauses({ doc: 'memo' });
  return Object.fromEntries(clauses.map((c) => [c.id, c.text]));
}

beforeAll(async () => {
  ({ explorer } = await openIndexedLibrary());
  expect(await importMemo(SEIZURE, PIRACY, INTERMEDIARY)).toBe('imported');
  expect(await clauseTexts()).toEqual({ 'memo/p1': SEIZURE, 'memo/p2': PIRACY, 'memo/p3': INTERMEDIARY });
  const s = explorer.service;
  await s.reviewLink({ clause: 'memo/p1', target: 'ru-civil-code:1252/5', verdict: 'confirmed', reason: 'the seizure remedy' });
  await s.reviewLink({ clause: 'memo/p2', target: 'ru-criminal-code:146/2', verdict: 'rejected', reason: 'not in this memo' });
  await s.addUserLink({ clause: 'memo/p3', target: 'ru-civil-code:1253', note: 'the article before' });
  await s.addUserLink({ clause: SEIZE, target: 'memo/p1', note: 'the commitment, explained' });
});
afterAll(() => {
  explorer.close();
  cleanupTemp();
});

describe('a re-import that inserts a paragraph before reviewed ones', () => {
  it('keeps every record byte-identical, and shows each on the paragraph it was made on, under its new id', async () => {
    const before = userRecords(explorer.db);
    expect(await importMemo(INTRO, SEIZURE, PIRACY, INTERMEDIARY)).toBe('updated');
    expect(await clauseTexts()).toEqual({ 'memo/p1': INTRO, 'memo/p2': SEIZURE, 'memo/p3': PIRACY, 'memo/p4': INTERMEDIARY });
    expect(userRecords(explorer.db)).toBe(before);
    const s = explorer.service;
    expect(await statuses(s, 'memo/p1')).toEqual({});
    expect(await statuses(s, 'memo/p2')).toMatchObject({ 'ru-civil-code:1252/5': 'confirmed' });
    expect(await statuses(s, 'memo/p3')).toMatchObject({ 'ru-criminal-code:146/2': 'rejected' });
    expect((await s.trace({ clause: 'memo/p3' })).provisions.map((p) => p.key)).not.toContain('ru-criminal-code:146/2');
    expect(await statuses(s, 'memo/p4')).toMatchObject({ 'ru-civil-code:1253': 'user, not inferred' });
    // The link made by hand *to* a memo paragraph follows it too.
    const toMemo = (await s.clauseLinks({ id: SEIZE })).find((l) => l.status === 'user' && l.clause?.doc === 'memo');
    expect(toMemo?.clause?.id).toBe('memo/p2');
    const list = await s.listLinkReviews({});
    const mine = [...list.verdicts, ...list.links].filter((r) => r.recordedClause.startsWith('memo/') || r.clause === SEIZE);
    expect(mine.map((r) => [r.recordedClause, r.clause, r.placement]).sort()).toEqual(
      [
        ['memo/p1', 'memo/p2', 'moved'],
        ['memo/p2', 'memo/p3', 'moved'],
        ['memo/p3', 'memo/p4', 'moved'],
        [SEIZE, SEIZE, 'moved'],
      ].sort(),
    );
    expect((await s.reviewQueue({})).detached).toEqual({ verdicts: [], links: [] });
  });

  it('a new review of a moved link updates its record (one verdict per link), and undo puts the record back', async () => {
    const s = explorer.service;
    const result = await s.reviewLink({ clause: 'memo/p2', target: 'ru-civil-code:1252/5', verdict: 'rejected', reason: 'changed my mind' });
    expect(result.verdicts).toHaveLength(1);
    expect(result.verdicts[0]).toMatchObject({ clause: 'memo/p2', recordedClause: 'memo/p2', placement: 'same', verdict: 'rejected' });
    expect((await s.listLinkReviews({ clause: 'memo/p2' })).verdicts).toHaveLength(1);
    await s.undo({});
    expect(await statuses(s, 'memo/p2')).toMatchObject({ 'ru-civil-code:1252/5': 'confirmed' });
    expect((await s.listLinkReviews({ clause: 'memo/p2' })).verdicts).toMatchObject([{ recordedClause: 'memo/p1', placement: 'moved', reason: 'the seizure remedy' }]);
  });
});

describe('a re-import that rewords or removes a reviewed paragraph', () => {
  it('a reworded paragraph keeps its records ("edited")', async () => {
    const reworded = SEIZURE.replace('allows the seizure', 'permits the seizure').replace('mainly', 'chiefly');
    await importMemo(INTRO, reworded, PIRACY, INTERMEDIARY);
    expect(await statuses(explorer.service, 'memo/p2')).toMatchObject({ 'ru-civil-code:1252/5': 'confirmed' });
    expect((await explorer.service.listLinkReviews({ clause: 'memo/p2' })).verdicts[0]!.placement).toBe('edited');
    // the trace and the clause's links say the verdict was made on an earlier wording; a moved one (same text) says nothing
    const seizure = (await explorer.service.trace({ clause: 'memo/p2' })).provisions.find((p) => p.key === 'ru-civil-code:1252/5');
    expect(seizure).toMatchObject({ status: 'confirmed', reworded: true });
    expect((await explorer.service.clauseLinks({ id: 'memo/p2' })).find((l) => l.key === 'ru-civil-code:1252/5')).toMatchObject({ reworded: true });
    expect((await explorer.service.trace({ clause: 'memo/p4' })).provisions.find((p) => p.key === 'ru-civil-code:1253')).not.toHaveProperty('reworded');
  });

  it('a removed paragraph detaches its verdict: kept, listed with its text, applied to no other paragraph', async () => {
    const before = userRecords(explorer.db);
    await importMemo(INTRO, SEIZURE, INTERMEDIARY);
    expect(userRecords(explorer.db)).toBe(before);
    const s = explorer.service;
    const p3 = await statuses(s, 'memo/p3');
    expect(p3).toMatchObject({ 'ru-civil-code:1253': 'user, not inferred' });
    expect(Object.keys(p3).some((key) => key.startsWith('ru-criminal-code:'))).toBe(false);
    const { detached } = await s.reviewQueue({});
    expect(detached.links).toEqual([]);
    expect(detached.verdicts).toMatchObject([
      { recordedClause: 'memo/p2', placement: 'not-found', target: 'ru-criminal-code:146/2', verdict: 'rejected', reason: 'not in this memo', recordedText: PIRACY },
    ]);
  });

  it('the paragraph put back: the verdict applies again, to it', async () => {
    await importMemo(INTRO, SEIZURE, PIRACY, INTERMEDIARY);
    expect(await statuses(explorer.service, 'memo/p3')).toMatchObject({ 'ru-criminal-code:146/2': 'rejected' });
    expect((await explorer.service.reviewQueue({})).detached.verdicts).toEqual([]);
  });

  it('a removed document detaches every record made on it, and its re-import places them again', async () => {
    const before = userRecords(explorer.db);
    expect(removeDocument(explorer.db, 'memo', explorer.hooks)).toBe(true);
    const { detached } = await explorer.service.reviewQueue({});
    expect(detached.verdicts.map((v) => v.placement)).toEqual(['missing-document', 'missing-document']);
    expect(detached.links.map((l) => [l.recordedClause, l.placement]).sort()).toEqual(
      [
        ['memo/p3', 'missing-document'],
        [SEIZE, 'missing-document'],
      ].sort(),
    );
    expect((await explorer.service.clauseLinks({ id: SEIZE })).some((l) => l.status === 'user')).toBe(false);
    await importMemo(INTRO, SEIZURE, PIRACY, INTERMEDIARY);
    expect(userRecords(explorer.db)).toBe(before);
    expect((await explorer.service.reviewQueue({})).detached).toEqual({ verdicts: [], links: [] });
    expect(await statuses(explorer.service, 'memo/p4')).toMatchObject({ 'ru-civil-code:1253': 'user, not inferred' });
  });

  it('a detached verdict can be discarded by id, as one undoable change', async () => {
    await importMemo(INTRO, SEIZURE, INTERMEDIARY);
    const s = explorer.service;
    const [verdict] = (await s.reviewQueue({})).detached.verdicts;
    expect(await s.deleteLinkVerdict({ id: verdict!.id })).toEqual({ deleted: true });
    expect((await s.reviewQueue({})).detached.verdicts).toEqual([]);
    await s.undo({});
    expect((await s.reviewQueue({})).detached.verdicts.map((v) => v.id)).toEqual([verdict!.id]);
    expect(await s.deleteLinkVerdict({ id: 'no-such-verdict' })).toEqual({ deleted: false });
  });
});
