// Starts the real Lextrace web host on a temporary database of the shipped corpus, and a headless Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const CLI = join(ROOT, 'bin', 'lextrace.js');

export interface RunningHost {
  url: string;
  dbPath: string;
  stop(): Promise<void>;
}

/** Fails with a clear message when the app has not been built: a silent skip would hide breakage. */
export function requireBuild(): void {
  const missing = [join(ROOT, 'dist', 'renderer', 'index.html'), join(ROOT, 'dist', 'shared', 'node', 'cli', 'bin.js')].filter(
    (file) => !existsSync(file),
  );
  if (missing.length) {
    throw new Error(`The end-to-end tests need a build: run \`npm run build\` first (missing ${missing.join(', ')}).`);
  }
}

/**
 * A store of the shipped corpus indexed once per build and corpus, which each host copies: indexing takes 10–20 s here,
 * and every end-to-end file needs its own store (they write to it). Keyed by the built CLI's and the corpus files' change
 * times, so a new build or corpus indexes again; made under a temporary name and renamed, so a half-written template is
 * never used.
 */
function indexedTemplate(): string {
  const key = createHash('sha1')
    .update([join(ROOT, 'dist', 'shared', 'node', 'cli', 'bin.js'), join(ROOT, 'dist', 'shared', 'core', 'citations', 'registry.js'), ...readdirSync(join(ROOT, 'corpus'), { recursive: true }).map((f) => join(ROOT, 'corpus', String(f)))].map((f) => `${f}:${existsSync(f) ? statSync(f).mtimeMs : 0}`).join('|'))
    .digest('hex')
    .slice(0, 16);
  const template = join(tmpdir(), `lextrace-e2e-template-${key}.db`);
  if (existsSync(template)) return template;
  const dir = mkdtempSync(join(tmpdir(), 'lextrace-e2e-index-'));
  const dbPath = join(dir, 'e2e.db');
  const index = spawnSync(process.execPath, [CLI, 'index', '--db', dbPath], { encoding: 'utf8', timeout: 120_000 });
  if (index.status !== 0) throw new Error(`lextrace index failed (${index.status}):\n${index.stderr}${index.stdout}`);
  if (existsSync(`${dbPath}-wal`)) throw new Error('lextrace index left a write-ahead log behind: the store was not closed cleanly');
  renameSync(dbPath, template);
  rmSync(dir, { recursive: true, force: true });
  return template;
}

export async function startHost(): Promise<RunningHost> {
  // Debugging aid: point the journeys at a host you started yourself (nothing is spawned or removed then).
  const external = process.env.LEXTRACE_E2E_URL;
  if (external) return { url: external.replace(/\/$/, ''), dbPath: '', stop: async () => {} };
  requireBuild();
  const dir = mkdtempSync(join(tmpdir(), 'lextrace-e2e-'));
  const dbPath = join(dir, 'e2e.db');
  copyFileSync(indexedTemplate(), dbPath);

  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', dbPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const url = await firstLine(child, () => stderr);
  return {
    url: url.replace(/\/$/, ''),
    dbPath,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function firstLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`lextrace serve printed no URL in 30 s:\n${stderr()}`)), 30_000);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      if (!/^https?:\/\//.test(line.trim())) reject(new Error(`lextrace serve printed "${line}" instead of its URL`));
      else resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`lextrace serve exited (${code}) before printing its URL:\n${stderr()}`));
    });
  });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
