// The built CLI over a store whose link refresh dies (kill -9 inside it, as heap exhaustion would): the document stays,
// `docs` and `serve` start and answer, the failure is reported, retries stop after the limit, `lextrace refresh` cures it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { REFRESH_ATTEMPT_LIMIT } from '../../../shared/node/crossref/refresh-guard.js';
import { cleanupTemp, tempDir } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'lextrace.js');
const built = existsSync(join(ROOT, 'dist', 'shared', 'node', 'cli', 'main.js'));
const MEMO = 'Memo on enforcement.\n\nArticle 1229 of the Civil Code provides a cause of action against importers of circumvention devices.\n';

function lextrace(db: string, args: string[], fault?: 'kill' | 'throw') {
  const env = { ...process.env, LEXTRACE_TEST_REFRESH_FAULT: fault ?? '' };
  const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, signal: run.signal, out: run.stdout, err: run.stderr };
}

async function serveOnce(db: string, fault: 'kill' | 'throw' | undefined, requests: (url: string) => Promise<void>): Promise<void> {
  const env = { ...process.env, LEXTRACE_TEST_REFRESH_FAULT: fault ?? '' };
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', db], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code, signal) => reject(new Error(`serve exited (${code ?? signal})`)));
    });
    await requests(url);
  } finally {
    child.kill('SIGTERM');
  }
}

async function call<T>(url: string, method: string, args: object = {}): Promise<T> {
  const response = await fetch(`${url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) });
  const body = (await response.json()) as { ok: boolean; result: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.result;
}

describe.skipIf(!built)('a link refresh that dies (built CLI)', () => {
  it('never stops the store from opening, is reported, stops retrying after the limit, and is cured by lextrace refresh', async () => {
    const dir = tempDir();
    const db = join(dir, 'lextrace.db');
    const memo = join(dir, 'memo.txt');
    const second = join(dir, 'second.txt');
    writeFileSync(memo, MEMO);
    writeFileSync(second, 'Second memo.\n\nUnfair competition is fined under the Administrative Code (Article 14.33).\n');
    expect(lextrace(db, ['import', memo]).code).toBe(0);

    // The import commits its document, then its refresh is killed (as heap exhaustion kills it).
    const killed = lextrace(db, ['import', second], 'kill');
    expect(killed.signal).toBe('SIGKILL');

    // The store opens; reads work; the failure is said.
    const docs = lextrace(db, ['docs', '--json'], 'kill');
    expect(docs.code, docs.err).toBe(0);
    expect((JSON.parse(docs.out) as unknown[]).length).toBe(2);
    expect(docs.err).toContain('did not finish'); // killed once: it is tried again

    // serve starts and answers; a view that needs links tries again (attempt 2: killed again).
    await serveOnce(db, 'throw', async (url) => {
      expect(await call<unknown[]>(url, 'listDocuments')).toHaveLength(2);
      const provisions = await call<{ key: string }[]>(url, 'listProvisions'); // attempt 2 fails; the links as they were
      expect(provisions.map((p) => p.key)).toEqual(['ru-civil-code:1229']);
      expect(await call<unknown[]>(url, 'listProvisions')).toHaveLength(1); // not retried on every request
    });

    // Attempt 3 dies; from then on no command tries by itself, and each says what to do.
    expect(lextrace(db, ['provision', 'ru-civil-code:1229'], 'kill').signal).toBe('SIGKILL');
    for (const args of [['provision', 'ru-civil-code:1229'], ['trace', 'memo/p2'], ['docs']]) {
      const run = lextrace(db, args, 'kill');
      expect(run.signal, args.join(' ')).toBeNull();
      expect(run.err, args.join(' ')).toContain('no longer tries by itself');
      expect(run.err, args.join(' ')).toContain('lextrace refresh');
    }
    await serveOnce(db, 'kill', async (url) => {
      expect(await call<unknown[]>(url, 'listProvisions')).toHaveLength(1); // the server is not killed: no retry
    });

    // The user asks: lextrace refresh (here it succeeds), and the notes stop.
    const refresh = lextrace(db, ['refresh', '--json']);
    expect(refresh.code, refresh.err).toBe(0);
    expect(JSON.parse(refresh.out)).toMatchObject({ status: 'current' });
    const after = lextrace(db, ['provision', 'ru-admin-code:14.33', '--json']);
    expect(after.code, after.err).toBe(0);
    expect(after.err).not.toContain('note:');
  });

  it('is also cured by removing the document that causes it (the library changed: attempts count again)', () => {
    const dir = tempDir();
    const db = join(dir, 'lextrace.db');
    const memo = join(dir, 'memo.txt');
    writeFileSync(memo, MEMO);
    expect(lextrace(db, ['import', memo], 'kill').signal).toBe('SIGKILL');
    for (let i = 1; i < REFRESH_ATTEMPT_LIMIT; i++) expect(lextrace(db, ['provision', 'ru-civil-code:1229'], 'kill').signal).toBe('SIGKILL');
    expect(lextrace(db, ['docs'], 'kill').err).toContain('no longer tries by itself');
    const removed = lextrace(db, ['remove', 'memo']);
    expect(removed.code, removed.err).toBe(0);
    const docs = lextrace(db, ['docs']);
    expect(docs.err).not.toContain('note:');
  });
});
