import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../../../shared/node/cli/main.js';
import { cleanupTemp, tempDbPath } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('a damaged store', () => {
  it('is named with what to do, by reading and writing commands alike, never with SQLite’s bare words', async () => {
    const db = tempDbPath();
    expect((await cli('index', '--db', db)).code).toBe(0);
    const bytes = readFileSync(db);
    // Every page after the first two overwritten: the schema page survives, the tables' pages are garbage.
    bytes.fill(0xab, 8192);
    writeFileSync(db, bytes);
    for (const args of [['docs'], ['clauses', 'action-plan-2012'], ['annotations'], ['import', db]]) {
      const run = await cli(...args, '--db', db);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.err, args.join(' ')).toContain(db);
      expect(run.err, args.join(' ')).toMatch(/restore|backup/);
    }
  });
});
