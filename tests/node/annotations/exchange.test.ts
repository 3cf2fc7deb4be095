import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/core/annotations/csv-format.js';
import { indexCorpus } from '../../../shared/node/import/index-corpus.js';
import { shippedCorpusDir } from '../../../shared/node/package-root.js';
import { openExplorer, type Explorer } from '../../../shared/node/service/open-explorer.js';
import { cleanupTemp, tempDbPath } from '../../helpers/temp-db.js';
import { openIndexedLibrary } from './annotation-library.js';

afterAll(cleanupTemp);

let explorer: Explorer;
beforeAll(async () => {
  explorer = (await openIndexedLibrary()).explorer;
  const clause = await explorer.service.getClause({ id: 'action-plan-2012/I.A.2.c' });
  await explorer.service.createAnnotation({ targets: [{ clause: clause.id, start: 0, end: 17 }], tags: ['remedies', 'Seizure'], note: '=HYPERLINK("http://x")\nsecond line' });
  const statute = await explorer.service.getClause({ id: 'ru-civil-code-part4/art1229/1' });
  await explorer.service.createAnnotation({ targets: [{ clause: statute.id, start: 0, end: 20 }], note: '<img src=x onerror=alert(1)>' });
  await explorer.service.createAnnotation({ targets: [{ clause: 'iipa-2017-russia/p2', start: 0, end: 17 }] });
});
afterAll(() => explorer.close());

describe('annotation export and import', () => {
  it('exports a W3C AnnotationCollection and re-imports it into an empty store with the same annotations', async () => {
    const exported = await explorer.service.exportAnnotations({ format: 'jsonld' });
    expect(exported).toMatchObject({ mimeType: 'application/ld+json', count: 3 });
    expect(exported.fileName).toMatch(/\.jsonld$/);
    const json = JSON.parse(exported.content) as { type: string; total: number };
    expect(json).toMatchObject({ type: 'AnnotationCollection', total: 3 });

    const fresh = openExplorer(tempDbPath());
    await indexCorpus(fresh.db, shippedCorpusDir(), fresh.hooks);
    const report = await fresh.service.importAnnotations({ fileName: exported.fileName, content: exported.content });
    expect(report).toEqual({ added: 3, updated: 0, unchanged: 0, orphaned: 0, refused: 0, messages: [] });
    const strip = (list: Awaited<ReturnType<Explorer['service']['listAnnotations']>>) => list.map(({ ...a }) => a);
    expect(strip(await fresh.service.listAnnotations({}))).toEqual(strip(await explorer.service.listAnnotations({})));
    expect((await fresh.service.listTags({})).map((t) => [t.name, t.color])).toEqual((await explorer.service.listTags({})).map((t) => [t.name, t.color]));
    // Importing the same file again adds nothing; a newer edit wins over an older copy.
    expect(await fresh.service.importAnnotations({ fileName: 'again.jsonld', content: exported.content })).toMatchObject({ added: 0, unchanged: 3 });
    const [first] = await fresh.service.listAnnotations({});
    await fresh.service.updateAnnotation({ id: first!.id, note: 'edited later' });
    expect(await fresh.service.importAnnotations({ fileName: 'old.jsonld', content: exported.content })).toMatchObject({ unchanged: 3, updated: 0 });
    expect((await fresh.service.listAnnotations({})).find((a) => a.id === first!.id)?.note).toBe('edited later');
    // The whole import is one undoable change.
    await fresh.service.undo({});
    await fresh.service.undo({});
    expect(await fresh.service.listAnnotations({})).toEqual([]);
    fresh.close();
  });

  it('orphans imported annotations whose documents are not in the store, and refuses what is not an annotation', async () => {
    const exported = await explorer.service.exportAnnotations({ format: 'jsonld' });
    const bare = openExplorer(tempDbPath());
    const report = await bare.service.importAnnotations({ fileName: 'x.jsonld', content: exported.content });
    expect(report).toMatchObject({ added: 3, orphaned: 3 });
    expect((await bare.service.listAnnotations({ status: 'orphaned' })).map((a) => a.targets[0]!.reason)).toEqual(['missing-document', 'missing-document', 'missing-document']);
    await expect(bare.service.importAnnotations({ fileName: 'bad.jsonld', content: '{not json' })).rejects.toThrow(/bad\.jsonld: not a JSON file/);
    const mixed = JSON.parse(exported.content) as { first: { items: Record<string, unknown>[] } };
    mixed.first.items.push({ type: 'Annotation', id: 'http://example.com/a1', target: 'http://example.com/page' });
    const partial = await bare.service.importAnnotations({ fileName: 'mixed.jsonld', content: JSON.stringify(mixed) });
    expect(partial.refused).toBe(1);
    expect(partial.messages[0]).toMatch(/^mixed\.jsonld: /);
    bare.close();
  });

  it('exports CSV that opens cleanly in a spreadsheet: BOM, one row per annotation, formulas neutralised', async () => {
    const csv = await explorer.service.exportAnnotations({ format: 'csv' });
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.content.slice(1));
    expect(rows[0]).toEqual(['document', 'clause', 'citation', 'quote', 'tags', 'note', 'author', 'created', 'modified', 'link']);
    expect(rows).toHaveLength(4);
    const seize = rows.find((r) => r[1] === 'Action Plan § I.A, item 2(c)')!;
    expect(seize[5]).toBe('\'=HYPERLINK("http://x")\nsecond line');
    expect(seize[9]).toBe('lextrace://clause/action-plan-2012/I.A.2.c');
    expect(seize[3]).toBe((await explorer.service.getClause({ id: 'action-plan-2012/I.A.2.c' })).text.slice(0, 17));
  });
});
