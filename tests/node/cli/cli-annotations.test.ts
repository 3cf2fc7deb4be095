import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../shared/node/cli/main.js';
import { cleanupTemp, tempDbPath, tempDir } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lextrace annotate, annotations, tags, export-annotations, import-annotations', () => {
  const db = tempDbPath();
  beforeAll(async () => {
    expect((await cli('index', '--db', db)).code).toBe(0);
  });

  it('annotates by quote and by offsets, with tags and a note, and lists them in reading order', async () => {
    const byQuote = await cli('annotate', 'action-plan-2012/I.A.2.c', '--quote', 'equipment and materials', '--tag', 'remedies', '--tag', 'seizure', '--note', 'first\\nsecond', '--db', db, '--json');
    expect(byQuote.code).toBe(0);
    const created = JSON.parse(byQuote.out) as { id: string; clause: string; exact: string; start: number; end: number; tags: string[]; note: string; status: string };
    expect(created).toMatchObject({ clause: 'action-plan-2012/I.A.2.c', exact: 'equipment and materials', tags: ['remedies', 'seizure'], note: 'first\nsecond', status: 'anchored' });
    const byOffsets = await cli('annotate', 'action-plan-2012/I.A.1.a', '--start', '0', '--end', '4', '--tag', 'Remedies', '--db', db, '--json');
    expect(byOffsets.code).toBe(0);
    const list = JSON.parse((await cli('annotations', '--db', db, '--json')).out) as { id: string; clause: string; start: number; end: number; status: string }[];
    expect(list.map((a) => a.clause)).toEqual(['action-plan-2012/I.A.1.a', 'action-plan-2012/I.A.2.c']);
    expect(Object.keys(list[0]!)).toEqual(expect.arrayContaining(['id', 'doc', 'clause', 'exact', 'start', 'end', 'tags', 'note', 'status', 'created', 'modified']));
    expect(JSON.parse((await cli('annotations', '--tag', 'seizure', '--db', db, '--json')).out)).toHaveLength(1);
    expect(JSON.parse((await cli('tags', '--db', db, '--json')).out)).toEqual([
      { name: 'remedies', count: 2, color: expect.stringMatching(/^#/) },
      { name: 'seizure', count: 1, color: expect.stringMatching(/^#/) },
    ]);
    expect((await cli('annotations', '--db', db)).out).toMatch(/^clause\s+range\s+quote/);
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const before = (await cli('annotations', '--db', db, '--json')).out;
    expect(await cli('annotate', 'action-plan-2012/I.A.2.c', '--quote', 'not in the clause', '--db', db)).toMatchObject({ code: 2, err: expect.stringMatching(/does not occur/) });
    expect(await cli('annotate', 'action-plan-2012/I.A.2.c', '--start', '5', '--end', '2', '--db', db)).toMatchObject({ code: 1, err: expect.stringMatching(/end > start/) });
    expect(await cli('annotate', 'no-such/clause', '--start', '0', '--end', '2', '--db', db)).toMatchObject({ code: 3 });
    expect(await cli('annotate', 'action-plan-2012/I.A.2.c', '--db', db)).toMatchObject({ code: 2, err: expect.stringMatching(/--quote TEXT or --start N --end N/) });
    expect((await cli('annotations', '--db', db, '--json')).out).toBe(before);
  });

  it('exports JSON-LD and CSV to files and imports the JSON-LD into another store', async () => {
    const dir = tempDir();
    const jsonld = join(dir, 'a.jsonld');
    expect((await cli('export-annotations', '--format', 'jsonld', '-o', jsonld, '--db', db)).code).toBe(0);
    const csv = join(dir, 'a.csv');
    expect((await cli('export-annotations', '--format', 'csv', '-o', csv, '--db', db)).code).toBe(0);
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFF"document","clause"')).toBe(true);
    const other = tempDbPath();
    await cli('index', '--db', other);
    const imported = await cli('import-annotations', jsonld, '--db', other, '--json');
    expect(JSON.parse(imported.out)).toMatchObject({ added: 2, refused: 0, orphaned: 0 });
    expect(JSON.parse((await cli('annotations', '--db', other, '--json')).out)).toEqual(JSON.parse((await cli('annotations', '--db', db, '--json')).out));
    const garbage = join(dir, 'garbage.jsonld');
    writeFileSync(garbage, '{"type": "Nothing"}');
    const refused = await cli('import-annotations', garbage, '--db', other);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/garbage\.jsonld/);
    expect(await cli('export-annotations', '--format', 'xml', '--db', db)).toMatchObject({ code: 1, err: expect.stringMatching(/format/) });
  });
});
