// `lextrace serve` over a store it cannot open: a page in place of the app names the store and the newest backup next
// to it with the exact restore command; the API answers 503; the command restores it and the app is served again.
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CliContext } from '../../../shared/node/cli/cli-context.js';
import { serve } from '../../../shared/node/cli/commands-serve.js';
import { runCli } from '../../../shared/node/cli/main.js';
import { recoveryPageHtml } from '../../../shared/node/host/recovery-page.js';
import { backupsNextTo, shellQuote, storeRecovery } from '../../../shared/node/store/store-recovery.js';
import { StoreError } from '../../../shared/node/store/store-error.js';
import { cleanupTemp, tempDir } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

const MEMO = 'Memo on enforcement.\n\nArticle 1229 of the Civil Code provides a cause of action against importers of circumvention devices.\n';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A store of one memo in its own folder (named `folder`), with `backups` on-demand backups next to it. */
async function storeWithBackups(folder: string, backups: number): Promise<{ db: string; files: string[] }> {
  const dir = join(tempDir(), folder);
  mkdirSync(dir);
  const db = join(dir, 'lextrace.db');
  const memo = join(dir, 'memo.txt');
  writeFileSync(memo, MEMO);
  expect((await cli('import', memo, '--db', db)).code).toBe(0);
  const files: string[] = [];
  for (let i = 0; i < backups; i++) {
    const file = join(dir, `lextrace.db.backup-2026-0${i + 1}-01T00-00-00-000Z.sqlite`);
    expect((await cli('backup', file, '--db', db)).code).toBe(0);
    utimesSync(file, new Date(2026, i, 1), new Date(2026, i, 1)); // the second is the newer one
    files.push(file);
  }
  return { db, files };
}

function damage(db: string): void {
  const bytes = readFileSync(db);
  bytes.fill(0xab, 8192); // every page after the first two: the tables' pages are garbage
  writeFileSync(db, bytes);
}

async function serveUntilStopped(db: string) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = new CliContext({ out: (t) => out.push(t), err: (t) => err.push(t), env: {} }, { db, json: false, port: '0', command: 'serve' });
  let stop!: () => void;
  const running = serve(ctx, [], { rendererDir: tempDir(), untilStopped: new Promise<void>((r) => (stop = r)) });
  for (let i = 0; i < 500 && out.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  return { url: out[0]!, err, stop: async () => (stop(), await running) };
}

describe('a store that cannot be opened', () => {
  it('is served as a page naming the store and the newest backup, with the command that restores it', async () => {
    const { db, files } = await storeWithBackups('damaged', 2);
    damage(db);
    const host = await serveUntilStopped(db);
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const page = await fetch(`${host.url}trace/some-clause`);
    expect(page.status).toBe(503);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain(db);
    expect(html).toContain(files[1]); // the newest
    expect(html).not.toContain(files[0]);
    expect(html).toContain(`lextrace restore ${files[1]} --db ${db}`);
    expect(html).not.toMatch(/<script|style=/);

    const api = await fetch(`${host.url}api/listDocuments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(503);
    const answer = (await api.json()) as { ok: boolean; error: { message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.message).toContain(`lextrace restore ${files[1]} --db ${db}`);
    expect(host.err.join('\n')).toContain('is damaged');
    expect(await host.stop()).toBe(1);

    // The command on the page works, and the app is served again.
    const restore = await cli('restore', files[1]!, '--db', db);
    expect(restore.code, restore.err).toBe(0);
    const again = await serveUntilStopped(db);
    const docs = await fetch(`${again.url}api/listDocuments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(((await docs.json()) as { result: unknown[] }).result).toHaveLength(1);
    expect(await again.stop()).toBe(0);
  });

  it('from a newer Lextrace is offered the newest backup this version can open; without one, the page says how to start anew', async () => {
    const { db, files } = await storeWithBackups('newer', 1);
    const raw = new Database(db);
    raw.pragma('user_version = 999');
    raw.close();
    const newer = storeRecovery(new StoreError(db, 'is at schema 999, newer than this Lextrace', 'update Lextrace to open it', 'newer-schema'));
    expect(newer?.backup?.file).toBe(files[0]);
    const host = await serveUntilStopped(db);
    const html = await (await fetch(host.url)).text();
    expect(html).toContain('newer than this Lextrace');
    expect(html).toContain(`lextrace restore ${files[0]} --db ${db}`);
    await host.stop();

    const bare = await storeWithBackups('bare', 0);
    damage(bare.db);
    const none = await serveUntilStopped(bare.db);
    const page = await (await fetch(none.url)).text();
    expect(page).toContain('No backup found');
    expect(page).toContain(`lextrace index --db ${bare.db}`);
    await none.stop();
  });

  it('offers only backups that are intact Lextrace stores, and escapes what it shows', async () => {
    const { db, files } = await storeWithBackups("odd <b>'folder", 2);
    damage(files[1]!); // the newest backup is damaged too: the older one is offered
    expect(backupsNextTo(db)).toEqual([files[1], files[0]]);
    const recovery = storeRecovery(new StoreError(db, 'is damaged', 'restore a backup', 'damaged'))!;
    expect(recovery.backup?.file).toBe(files[0]);
    expect(recovery.restoreCommand).toBe(`lextrace restore ${shellQuote(files[0]!)} --db ${shellQuote(db)}`);
    expect(recovery.restoreCommand).toContain("'"); // the folder's name needs quoting in a shell
    const html = recoveryPageHtml(recovery);
    expect(html).not.toContain('<b>');
    expect(html).toContain('odd &lt;b&gt;&#39;folder');
    expect(storeRecovery(new StoreError(db, 'is locked', 'close the other program', 'locked'))).toBeNull();
  });
});
