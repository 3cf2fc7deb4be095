import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Explorer } from '../../../shared/node/service/open-explorer.js';
import { cleanupTemp } from '../../helpers/temp-db.js';
import { openIndexedLibrary } from './annotation-library.js';

afterAll(cleanupTemp);

const ITEM = 'action-plan-2012/I.A.2.c';
let explorer: Explorer;

beforeAll(async () => {
  explorer = (await openIndexedLibrary()).explorer;
});
afterAll(() => explorer.close());

async function rangeOf(clause: string, quote: string) {
  const text = (await explorer.service.getClause({ id: clause })).text;
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return { clause, start, end: start + quote.length };
}

describe('annotations: create, edit, delete', () => {
  it('annotates a passage with tags and a note, anchored at the selected words', async () => {
    const target = await rangeOf(ITEM, 'equipment and materials');
    const created = await explorer.service.createAnnotation({ targets: [target], tags: ['Seizure', 'remedies'], note: 'Compare art. 1252(5).\nSecond line.' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.status).toBe('anchored');
    expect(created.targets).toEqual([
      expect.objectContaining({ clause: ITEM, exact: 'equipment and materials', start: target.start, end: target.end, status: 'anchored', how: 'position' }),
    ]);
    expect(created.tags.map((t) => t.name)).toEqual(['Seizure', 'remedies']);
    expect(created.note).toBe('Compare art. 1252(5).\nSecond line.');
    const listed = await explorer.service.listAnnotations({ doc: 'action-plan-2012' });
    expect(listed.map((a) => a.id)).toContain(created.id);
  });

  it('keeps tag names unique whatever their case, and gives each a colour', async () => {
    const target = await rangeOf('action-plan-2012/I.A.1.a', 'websites');
    const a = await explorer.service.createAnnotation({ targets: [target], tags: ['seizure'] });
    expect(a.tags).toEqual([expect.objectContaining({ name: 'Seizure' })]);
    const tags = await explorer.service.listTags({});
    const seizure = tags.find((t) => t.name === 'Seizure');
    expect(seizure?.count).toBe(2);
    expect(seizure?.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(tags.filter((t) => t.name.toLowerCase() === 'seizure')).toHaveLength(1);
  });

  it('makes one annotation with one target per clause for a selection across clauses, in reading order', async () => {
    const first = await explorer.service.getClause({ id: 'action-plan-2012/I.A.1.a' });
    const second = await explorer.service.getClause({ id: first.next! });
    const a = await explorer.service.createAnnotation({
      targets: [
        { clause: second.id, start: 0, end: 10 },
        { clause: first.id, start: first.text.length - 8, end: first.text.length },
      ],
      tags: ['span'],
    });
    expect(a.targets.map((t) => t.clause)).toEqual([first.id, second.id]);
    expect(a.targets[1]!.exact).toBe(second.text.slice(0, 10));
  });

  it('refuses ranges outside the clause and unknown clauses, changing nothing', async () => {
    const before = (await explorer.service.listAnnotations({})).length;
    await expect(explorer.service.createAnnotation({ targets: [{ clause: ITEM, start: 0, end: 100000 }] })).rejects.toThrow(/outside clause/);
    await expect(explorer.service.createAnnotation({ targets: [{ clause: 'nope/1', start: 0, end: 2 }] })).rejects.toThrow(/no clause/);
    expect(await explorer.service.listAnnotations({})).toHaveLength(before);
  });

  it('edits and deletes in place, and undo/redo walk back and forth through every change', async () => {
    const target = await rangeOf(ITEM, 'Seize and destroy');
    const a = await explorer.service.createAnnotation({ targets: [target], note: 'first' });
    const edited = await explorer.service.updateAnnotation({ id: a.id, note: 'second', tags: ['edited'] });
    expect(edited.note).toBe('second');
    expect((await explorer.service.getHistory({})).undoLabel).toBe('Edit annotation');
    expect((await explorer.service.undo({})).done).toBe('Edit annotation');
    const restored = (await explorer.service.listAnnotations({ clause: ITEM })).find((x) => x.id === a.id)!;
    expect(restored.note).toBe('first');
    expect(restored.modified).toBe(a.modified);
    await explorer.service.redo({});
    expect((await explorer.service.listAnnotations({ clause: ITEM })).find((x) => x.id === a.id)!.note).toBe('second');
    expect(await explorer.service.deleteAnnotation({ id: a.id })).toEqual({ deleted: true });
    expect((await explorer.service.listAnnotations({ clause: ITEM })).some((x) => x.id === a.id)).toBe(false);
    await explorer.service.undo({});
    expect((await explorer.service.listAnnotations({ clause: ITEM })).find((x) => x.id === a.id)?.note).toBe('second');
  });
});

describe('tags across every annotation', () => {
  it('renames, recolours, merges and deletes a tag in one undoable action each', async () => {
    const t1 = await rangeOf('iipa-2017-russia/p1', 'Russia');
    await explorer.service.createAnnotation({ targets: [t1], tags: ['piracy', 'online'] });
    await explorer.service.renameTag({ name: 'PIRACY', to: 'Online piracy' });
    expect((await explorer.service.listTags({})).map((t) => t.name)).toContain('Online piracy');
    await explorer.service.setTagColor({ name: 'online piracy', color: '#123ABC' });
    expect((await explorer.service.listTags({})).find((t) => t.name === 'Online piracy')?.color).toBe('#123abc');
    const merged = await explorer.service.mergeTags({ from: ['online'], into: 'Online piracy' });
    expect(merged.name).toBe('Online piracy');
    expect((await explorer.service.listTags({})).some((t) => t.name === 'online')).toBe(false);
    await explorer.service.undo({});
    const names = (await explorer.service.listTags({})).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['online', 'Online piracy']));
    await explorer.service.deleteTag({ name: 'online' });
    const after = await explorer.service.listAnnotations({ tag: 'Online piracy' });
    expect(after.every((a) => a.tags.every((t) => t.name !== 'online'))).toBe(true);
    expect(after.length).toBeGreaterThan(0);
  });
});

describe('bulk tagging', () => {
  it('counts first, then tags every clause citing a provision, and one undo reverts it all', async () => {
    const citing = (await explorer.service.getProvision({ key: 'ru-civil-code:1253' })).citedBy.length;
    expect(citing).toBeGreaterThan(1);
    const dry = await explorer.service.bulkTag({ tag: 'art1253', provision: 'ru-civil-code:1253', dryRun: true });
    expect(dry).toMatchObject({ clauses: citing, created: 0, dryRun: true });
    expect(await explorer.service.listAnnotations({ tag: 'art1253' })).toHaveLength(0);
    const done = await explorer.service.bulkTag({ tag: 'art1253', provision: 'ru-civil-code:1253' });
    expect(done.created).toBe(citing);
    const tagged = await explorer.service.listAnnotations({ tag: 'art1253' });
    expect(tagged).toHaveLength(citing);
    expect(await explorer.service.listAnnotations({ provision: 'ru-civil-code:1253' })).toHaveLength(citing);
    const again = await explorer.service.bulkTag({ tag: 'ART1253', provision: 'ru-civil-code:1253' });
    expect(again).toMatchObject({ created: 0, alreadyTagged: citing });
    expect((await explorer.service.undo({})).done).toMatch(/^Tag \d+ clauses citing ru-civil-code:1253/);
    expect(await explorer.service.listAnnotations({ tag: 'art1253' })).toHaveLength(0);
  });

  it('tags every result of a search, beyond the first page', async () => {
    const dry = await explorer.service.bulkTag({ tag: 'piracy-hits', query: 'piracy', dryRun: true });
    const firstPage = await explorer.service.search({ query: 'piracy', limit: 20 });
    expect(firstPage.hits).toHaveLength(20);
    expect(dry.clauses).toBeGreaterThan(20);
    await explorer.service.bulkTag({ tag: 'piracy-hits', query: 'piracy' });
    expect((await explorer.service.listTags({})).find((t) => t.name === 'piracy-hits')?.count).toBe(dry.clauses);
    await explorer.service.undo({});
  });
});

describe('search reaches annotations', () => {
  it('filters by tag:, -tag: and has:note, and finds clauses by the words of their notes', async () => {
    const target = await rangeOf('iipa-2017-russia/p3', 'the');
    await explorer.service.createAnnotation({ targets: [target], tags: ['watchlist'], note: 'Ask counsel about the zebra doctrine' });
    const tagged = await explorer.service.search({ query: 'tag:watchlist' });
    expect(tagged.hits.map((h) => h.clause)).toEqual(['iipa-2017-russia/p3']);
    const withWord = await explorer.service.search({ query: 'Russia tag:Watchlist' });
    expect(withWord.hits.map((h) => h.clause)).toEqual(['iipa-2017-russia/p3']);
    const excluded = await explorer.service.search({ query: 'enforcement -tag:watchlist', limit: 200 });
    const unfiltered = await explorer.service.search({ query: 'enforcement', limit: 200 });
    expect(unfiltered.hits.length).toBeLessThan(200);
    expect(unfiltered.hits.map((h) => h.clause)).toContain('iipa-2017-russia/p3');
    expect(excluded.hits.map((h) => h.clause)).toEqual(unfiltered.hits.map((h) => h.clause).filter((c) => c !== 'iipa-2017-russia/p3'));
    const noted = await explorer.service.search({ query: 'has:note', limit: 200 });
    expect(noted.hits.map((h) => h.clause)).toContain('iipa-2017-russia/p3');
    expect(noted.hits.map((h) => h.clause)).not.toContain('action-plan-2012/I.A.1.a');
    const byNote = await explorer.service.search({ query: 'zebra doctrines' });
    expect(byNote.hits[0]).toMatchObject({ clause: 'iipa-2017-russia/p3', viaNote: true });
    expect((await explorer.service.search({ query: 'tag:no-such-tag Russia' })).hits).toHaveLength(0);
  });
});
