import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
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

describe('lextrace CLI', () => {
  const db = tempDbPath();

  beforeAll(async () => {
    const indexed = await cli('index', '--db', db);
    expect(indexed.err).toMatch(/\[1\/7\] action-plan-2012: imported/);
    expect(indexed.code).toBe(0);
  });

  it('lists the documents as JSON with the stable fields', async () => {
    const { code, out } = await cli('docs', '--db', db, '--json');
    expect(code).toBe(0);
    const docs = JSON.parse(out) as Record<string, unknown>[];
    expect(docs).toHaveLength(7);
    for (const doc of docs) expect(Object.keys(doc).sort()).toEqual(['clauses', 'file', 'id', 'kind', 'lang', 'size', 'title']);
    expect(docs.find((d) => d.id === 'ru-civil-code-part4')).toMatchObject({ kind: 'statute', lang: 'ru', file: 'ru-civil-code-part4.html' });
  });

  it('prints a readable table without --json', async () => {
    const { out } = await cli('docs', '--db', db);
    expect(out.split('\n')[0]).toMatch(/^ID\s+KIND\s+LANG\s+CLAUSES\s+SIZE\s+TITLE$/);
    expect(out).toMatch(/7 documents, \d+\.\d MB in the store/);
    expect(out).toContain('action-plan-2012');
  });

  it('lists clauses in reading order and shows one with its neighbours', async () => {
    const listed = await cli('clauses', 'action-plan-2012', '--db', db, '--json');
    const clauses = JSON.parse(listed.out) as { id: string; doc: string; path: string; label: string; text: string }[];
    expect(Object.keys(clauses[0]!).sort()).toEqual(['doc', 'id', 'label', 'path', 'text']);
    const seize = clauses.findIndex((c) => c.text.startsWith('Seize and destroy goods'));
    expect(seize).toBeGreaterThan(0);
    const shown = JSON.parse((await cli('show', clauses[seize]!.id, '--db', db, '--json')).out);
    expect(shown).toMatchObject({ id: clauses[seize]!.id, doc: 'action-plan-2012', prev: clauses[seize - 1]!.id, next: clauses[seize + 1]!.id });
  });

  it('reports unknown ids on stderr with a non-zero exit', async () => {
    const doc = await cli('clauses', 'no-such-doc', '--db', db, '--json');
    expect(doc.code).not.toBe(0);
    expect(doc.err).toMatch(/no document with id "no-such-doc"/);
    expect(doc.out).toBe('');
    const clause = await cli('show', 'action-plan-2012/nope', '--db', db);
    expect(clause.code).not.toBe(0);
    expect(clause.err).toMatch(/no clause with id/);
  });

  it('imports good files and names the bad ones', async () => {
    const dir = tempDir();
    const good = join(dir, 'working-party-excerpt.txt');
    writeFileSync(good, 'Report of the Working Party\n\n1339. The representative of the Russian Federation confirmed the commitment.\n\n1340. The Working Party took note of these commitments.\n');
    const bad = join(dir, 'empty.txt');
    writeFileSync(bad, '');
    const result = await cli('import', good, bad, '--db', db);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/working-party-excerpt\.txt: imported as "working-party-excerpt"/);
    expect(result.err).toMatch(/empty\.txt: the file is empty/);
    const docs = JSON.parse((await cli('docs', '--db', db, '--json')).out) as { id: string }[];
    expect(docs.map((d) => d.id)).toContain('working-party-excerpt');
  });

  it('explains usage mistakes', async () => {
    expect((await cli()).code).toBe(2);
    const unknown = await cli('frobnicate', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "frobnicate"/);
    const missing = await cli('show', '--db', db);
    expect(missing.err).toMatch(/show needs a CLAUSE_ID/);
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/lextrace index/);
    const badOption = await cli('docs', '--frob', '--db', db);
    expect(badOption.code).toBe(2);
    expect(badOption.err).toMatch(/--frob/);
  });

  it('reads -word and -field:value in a search as query words, wherever the options stand', async () => {
    const hits = async (...argv: string[]) => {
      const { code, out, err } = await cli(...argv);
      expect(err).toBe('');
      expect(code).toBe(0);
      return JSON.parse(out) as { clause: string; doc: string }[];
    };
    const all = await hits('search', 'piracy', '--db', db, '--json', '--limit', '200');
    const article = await hits('search', '1229', '--db', db, '--json', '--limit', '200');
    const noRussian = await hits('search', '--db', db, '1229', '-lang:ru', '--json', '--limit=200');
    const noReport = await hits('--json', 'search', 'piracy', '-doc:iipa-2017-russia', '--db', db, '--limit', '200');
    const noSoftware = await hits('search', 'piracy', '-software', '--db', db, '--json', '--limit', '200');
    expect(all.some((h) => h.doc === 'iipa-2017-russia')).toBe(true);
    expect(noReport.length).toBeGreaterThan(0);
    expect(noReport.every((h) => h.doc !== 'iipa-2017-russia')).toBe(true);
    expect(article.some((h) => h.doc === 'ru-civil-code-part4')).toBe(true);
    expect(noRussian.length).toBeGreaterThan(0);
    expect(noRussian.every((h) => !h.doc.startsWith('ru-'))).toBe(true);
    expect(noSoftware.length).toBeGreaterThan(0);
    expect(noSoftware.length).toBeLessThan(all.length);
    const misspelt = await cli('search', 'piracy', '--limt', '5', '--db', db);
    expect(misspelt.code).toBe(2);
    expect(misspelt.err).toMatch(/--limt/);
  });

  it('uses LEXTRACE_DB when --db is not given', async () => {
    const out: string[] = [];
    const code = await runCli(['docs', '--json'], { out: (t) => out.push(t), err: () => {}, env: { LEXTRACE_DB: db } });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('')).length).toBeGreaterThanOrEqual(7);
  });
});
