// Two processes importing the same file at once (two CLIs, or the app and a CLI): the second finds the first's work.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { CORPUS_DIR, cleanupTemp, tempDir } from '../../helpers/temp-db.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'lextrace.js');

afterAll(cleanupTemp);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += String(c)));
    child.stderr.on('data', (c) => (stderr += String(c)));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Both processes' statuses, sorted; fails with both outputs when either process failed. */
async function importTwiceAtOnce(file: string, db: string): Promise<string[]> {
  const runs = await Promise.all([run(['import', file, '--db', db, '--json']), run(['import', file, '--db', db, '--json'])]);
  for (const r of runs) expect(r.code, `${r.stderr}${r.stdout}`).toBe(0);
  return runs.flatMap((r) => (JSON.parse(r.stdout) as { status: string }[]).map((o) => o.status)).sort();
}

function documentCount(db: string): number {
  const handle = openDatabase(db, { readonly: true });
  try {
    return handle.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  } finally {
    handle.close();
  }
}

describe('two processes importing the same file at once', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'shared', 'node', 'cli', 'bin.js'))) {
      throw new Error('this test runs the built CLI: run `npm run build:node` first');
    }
    dir = tempDir('lextrace-race-');
    file = join(dir, 'report.txt');
    copyFileSync(join(CORPUS_DIR, 'documents', 'iipa-2017-special-301-russia.txt'), file);
  });

  it('on a new store: one imports, the other finds it unchanged (no UNIQUE or "already exists" error)', async () => {
    for (let round = 0; round < 6; round++) {
      const db = join(dir, `new-${round}.db`);
      expect(await importTwiceAtOnce(file, db)).toEqual(['imported', 'unchanged']);
      expect(documentCount(db)).toBe(1);
    }
  });

  it('a changed file: one replaces the stored version, the other finds the new one unchanged', async () => {
    const db = join(dir, 'changed.db');
    const first = await run(['import', file, '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    for (let round = 0; round < 4; round++) {
      writeFileSync(file, `Revision ${round}.\n\n${String(Date.now())}\n\n`, { flag: 'a' });
      expect(await importTwiceAtOnce(file, db)).toEqual(['unchanged', 'updated']);
      expect(documentCount(db)).toBe(1);
    }
  });
});
