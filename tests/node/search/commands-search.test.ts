import { afterAll, describe, expect, it } from 'vitest';
import { searchCommand } from '../../../shared/node/cli/commands-search.js';
import { CliContext } from '../../../shared/node/cli/cli-context.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { cleanupTemp, tempDbPath } from '../../helpers/temp-db.js';
import { IIPA_REPORT, importDoc } from './search-fixture.js';

afterAll(cleanupTemp);

async function run(args: string[], options: Record<string, unknown>) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = new CliContext({ out: (t) => out.push(t), err: (t) => err.push(t), env: {} }, { json: false, ...options });
  const code = await searchCommand(ctx, args);
  ctx.close();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lextrace search', async () => {
  const path = tempDbPath();
  const db = openDatabase(path);
  await importDoc(db, IIPA_REPORT);
  db.close();

  it('prints JSON hits with highlights as offsets in the clause text', async () => {
    const { code, out } = await run(['camcording', 'films'], { db: path, json: true, limit: '5' });
    expect(code).toBe(0);
    const hits = JSON.parse(out) as { clause: string; highlights: [number, number][]; snippet: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(Object.keys(hits[0]!)).toEqual(['clause', 'doc', 'label', 'score', 'snippet', 'highlights']);
    const check = openDatabase(path);
    for (const hit of hits) {
      const text = check.prepare('SELECT text FROM clauses WHERE id = ?').pluck().get(hit.clause) as string;
      for (const [s, e] of hit.highlights) expect(text.slice(s, e).toLowerCase()).toMatch(/^(camcord|film)/);
    }
    check.close();
  });

  it('prints a table with the matches in [brackets], and the notice of a degraded query', async () => {
    const { out, err } = await run(['"camcording'], { db: path });
    expect(out).toMatch(/\[camcording\]/i);
    expect(err).toMatch(/note: A quotation mark is not closed/);
  });

  it('rejects a bad --limit', async () => {
    await expect(run(['piracy'], { db: path, limit: 'x' })).rejects.toThrow(/--limit/);
  });

  it('pages with --offset and says which hits of how many it shows', async () => {
    const all = JSON.parse((await run(['piracy'], { db: path, json: true, limit: '10' })).out) as { clause: string }[];
    const page = JSON.parse((await run(['piracy'], { db: path, json: true, limit: '4', offset: '3' })).out) as { clause: string }[];
    expect(page.map((h) => h.clause)).toEqual(all.slice(3, 7).map((h) => h.clause));
    const { err } = await run(['piracy'], { db: path, limit: '4', offset: '3' });
    expect(err).toMatch(/^4–7 of \d+ clauses$/m);
    await expect(run(['piracy'], { db: path, offset: '-1' })).rejects.toThrow(/--offset/);
  });
});
