// `lextrace serve`: prints the URL first, indexes an empty database while serving, serves the API, stops cleanly.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliContext, UsageError } from '../../../shared/node/cli/cli-context.js';
import { DEFAULT_PORT, serve } from '../../../shared/node/cli/commands-serve.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lextrace-serve-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>served</title>');
  mkdirSync(join(dir, 'corpus'));
  const entry = { id: 'missing-doc', file: 'documents/missing.txt', title: 'Missing', shortTitle: 'Missing', kind: 'report', lang: 'en', format: 'web-text' };
  writeFileSync(join(dir, 'corpus', 'manifest.json'), JSON.stringify({ version: 1, documents: [entry] }));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function context(port: string | undefined): { ctx: CliContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = new CliContext({ out: (t) => out.push(t), err: (t) => err.push(t), env: {} }, { db: join(dir, 'db.sqlite'), json: false, port });
  return { ctx, out, err };
}

async function waitFor<T>(probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
}

describe('lextrace serve', () => {
  it('indexes an empty database, prints the URL as the first stdout line, serves until stopped', async () => {
    const { ctx, out, err } = context('0');
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    const running = serve(ctx, [], { rendererDir: join(dir, 'renderer'), corpusDir: join(dir, 'corpus'), untilStopped: stopped });
    const url = await waitFor(() => out[0]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    // The corpus is indexed once the app is served (the app shows the progress).
    await waitFor(() => (/\[1\/1\] missing-doc: failed/.test(err.join('\n')) ? true : undefined));

    const page = await fetch(url);
    expect(await page.text()).toContain('served');
    const api = await fetch(`${url}api/listDocuments`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(await api.json()).toEqual({ ok: true, result: [] });

    stop();
    expect(await running).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
    ctx.close();
  });

  it(`falls back to a free port when ${DEFAULT_PORT} is busy, and says so`, async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => {
      blocker.once('error', () => resolve()); // already taken by something else: just as busy
      blocker.listen(DEFAULT_PORT, '127.0.0.1', () => resolve());
    });
    const { ctx, out, err } = context(undefined);
    let stop!: () => void;
    const running = serve(ctx, [], { rendererDir: join(dir, 'renderer'), corpusDir: join(dir, 'corpus'), untilStopped: new Promise<void>((r) => (stop = r)) });
    const url = await waitFor(() => out[0]);
    expect(url).not.toContain(`:${DEFAULT_PORT}/`);
    expect(err.join('\n')).toContain(`Port ${DEFAULT_PORT} is busy`);
    stop();
    await running;
    ctx.close();
    blocker.close();
  });

  it('rejects a bad --port and stray arguments as usage errors', async () => {
    await expect(serve(context('http').ctx, [])).rejects.toBeInstanceOf(UsageError);
    await expect(serve(context('70000').ctx, [])).rejects.toBeInstanceOf(UsageError);
    await expect(serve(context('0').ctx, ['extra'])).rejects.toBeInstanceOf(UsageError);
  });
});
