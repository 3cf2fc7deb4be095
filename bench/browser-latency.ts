// Search latency as a person sees it: Chromium (Playwright) types each query of a fixed list into the web host's search
// box; the time from the last keystroke to the results painted (the debounce included), p50/p95 per tier: the shipped
// corpus, and with the 26 Russian codes imported when they are present. `npm run build` first (the host serves
// dist/renderer). Run alone: node dist/bench/browser-latency.js [--rounds=N] [--tier=shipped|codes].
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { importFile } from '../shared/node/import/import-document.js';
import { indexCorpus } from '../shared/node/import/index-corpus.js';
import { packageRoot, shippedCorpusDir } from '../shared/node/package-root.js';
import { indexHooks } from '../shared/node/service/open-explorer.js';
import { openDatabase } from '../shared/node/store/open-database.js';

export type BrowserTier = 'shipped' | 'codes';

/** The queries typed, in order: words, phrases, typos (piracyy~1 was the slowest), prefixes, filters, citations. */
export const BROWSER_QUERIES: readonly string[] = [
  'piracy',
  'camcording',
  'notice and takedown',
  '"technological protection"',
  'piracyy~1',
  'правообладателя~1',
  'circumv*',
  'исключительное право',
  'право',
  'Article 1229',
  'Article 7.12',
  'ст. 146 УК',
  'cites:ru-civil-code:1229',
  'piracy kind:report',
  'internet service providers liability',
  'компенсация за нарушение',
];

/** The issue's targets, p95 in milliseconds. */
export const BROWSER_TARGETS_MS: Record<BrowserTier, number> = { shipped: 150, codes: 250 };

export interface BrowserLatencyResult {
  tier: BrowserTier;
  /** Clauses in the store searched. */
  clauses: number;
  /** Measured searches (queries × rounds). */
  samples: number;
  p50: number;
  p95: number;
  max: number;
  /** The target for this tier and whether p95 meets it. */
  targetMs: number;
  met: boolean;
  /** The slowest queries by their own p95. */
  slowest: { query: string; p95: number }[];
  skipped?: string;
}

export interface BrowserLatencyOptions {
  tiers?: BrowserTier[];
  /** Rounds over the query list after one warm-up round (default 5). */
  rounds?: number;
  /** The 26 codes (default $LEXTRACE_BENCH_CODES, else shared/bench/ru-codes next to the checkout). */
  codesDir?: string;
  /** Milliseconds between keystrokes (default 30, a fast typist). */
  keyDelayMs?: number;
  log?: (line: string) => void;
}

export function defaultCodesDir(): string {
  return process.env.LEXTRACE_BENCH_CODES ?? join(shippedCorpusDir(), '..', '..', 'shared', 'bench', 'ru-codes');
}

/** Measures every tier asked for; a tier that cannot run (no build, no codes) is returned with `skipped`. */
export async function browserLatency(options: BrowserLatencyOptions = {}): Promise<BrowserLatencyResult[]> {
  const tiers = options.tiers ?? ['shipped', 'codes'];
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const results: BrowserLatencyResult[] = [];
  for (const tier of tiers) {
    const skip = (why: string): BrowserLatencyResult => ({ tier, clauses: 0, samples: 0, p50: 0, p95: 0, max: 0, targetMs: BROWSER_TARGETS_MS[tier], met: false, slowest: [], skipped: why });
    if (!existsSync(join(packageRoot(), 'dist', 'renderer', 'index.html'))) {
      results.push(skip('no dist/renderer: run npm run build'));
      continue;
    }
    const codes = options.codesDir ?? defaultCodesDir();
    if (tier === 'codes' && !existsSync(codes)) {
      results.push(skip(`no codes at ${codes} (set LEXTRACE_BENCH_CODES)`));
      continue;
    }
    log(`browser latency, ${tier} tier: building the store…`);
    const dir = mkdtempSync(join(tmpdir(), `lextrace-browser-${tier}-`));
    try {
      const dbPath = join(dir, 'bench.db');
      const clauses = await buildStore(dbPath, tier === 'codes' ? codes : null);
      results.push(await measure(tier, dbPath, clauses, options, log));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

async function buildStore(dbPath: string, codesDir: string | null): Promise<number> {
  const db = openDatabase(dbPath);
  try {
    const hooks = indexHooks();
    await indexCorpus(db, shippedCorpusDir(), hooks);
    if (codesDir) {
      for (const file of readdirSync(codesDir).filter((f) => f.endsWith('.html')).sort()) {
        await importFile(db, join(codesDir, file), { id: `code-${file.replace(/\.html$/, '')}`, kind: 'statute', lang: 'ru' }, hooks);
      }
    }
    return db.prepare('SELECT count(*) FROM clauses').pluck().get() as number;
  } finally {
    db.close();
  }
}

async function measure(tier: BrowserTier, dbPath: string, clauses: number, options: BrowserLatencyOptions, log: (line: string) => void): Promise<BrowserLatencyResult> {
  const rounds = options.rounds ?? 5;
  const host = await startServe(dbPath);
  const browser = await chromium.launch({
    executablePath: process.env.LEXTRACE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    await page.locator('#search-input').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { lastInputAt: number };
      w.lastInputAt = 0;
      document.getElementById('search-input')!.addEventListener('input', () => (w.lastInputAt = performance.now()));
    });
    const byQuery = new Map<string, number[]>();
    for (let round = 0; round <= rounds; round++) {
      for (const query of BROWSER_QUERIES) {
        const ms = await typeAndTime(page, query, options.keyDelayMs ?? 30);
        if (round > 0) byQuery.set(query, [...(byQuery.get(query) ?? []), ms]);
      }
      log(`  ${tier}: ${round === 0 ? 'warm-up' : `round ${round}/${rounds}`} done`);
    }
    const all = [...byQuery.values()].flat().sort((a, b) => a - b);
    const p95 = percentile(all, 0.95);
    return {
      tier,
      clauses,
      samples: all.length,
      p50: round1(percentile(all, 0.5)),
      p95: round1(p95),
      max: round1(all[all.length - 1] ?? 0),
      targetMs: BROWSER_TARGETS_MS[tier],
      met: p95 <= BROWSER_TARGETS_MS[tier],
      slowest: [...byQuery]
        .map(([query, ms]) => ({ query, p95: round1(percentile([...ms].sort((a, b) => a - b), 0.95)) }))
        .sort((a, b) => b.p95 - a.p95)
        .slice(0, 5),
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** Clears the box, types the query key by key, and returns ms from the last keystroke to its results painted. */
async function typeAndTime(page: Page, query: string, delay: number): Promise<number> {
  const input = page.locator('#search-input');
  await input.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.locator('#search-results').waitFor({ state: 'detached' });
  const painted = page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const done = () => {
          const list = document.getElementById('search-results');
          if (list?.dataset.query !== q) return false;
          // Two frames: the one that lays out the results, and the one after it is painted.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - (window as unknown as { lastInputAt: number }).lastInputAt)));
          return true;
        };
        if (done()) return;
        const observer = new MutationObserver(() => {
          if (done()) observer.disconnect();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
      }),
    query,
  );
  await page.keyboard.type(query, { delay });
  return painted;
}

interface Serve {
  url: string;
  stop(): Promise<void>;
  child: ChildProcess;
}

async function startServe(dbPath: string): Promise<Serve> {
  const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'lextrace.js'), 'serve', '--port', '0', '--db', dbPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`lextrace serve printed no URL in 60 s:\n${stderr}`)), 60_000);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`lextrace serve exited (${code}):\n${stderr}`)));
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    },
  };
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** The results as lines for a terminal: one per tier, with the target and the slowest queries. */
export function formatBrowserLatency(results: readonly BrowserLatencyResult[]): string {
  return results
    .map((r) =>
      r.skipped
        ? `browser ${r.tier.padEnd(8)} SKIPPED: ${r.skipped}`
        : `browser ${r.tier.padEnd(8)} ${String(r.clauses).padStart(7)} clauses  p50 ${r.p50} ms  p95 ${r.p95} ms  max ${r.max} ms  ` +
          `(keystroke → results painted, ${r.samples} searches; target p95 ≤ ${r.targetMs} ms: ${r.met ? 'MET' : 'MISSED'}; slowest ${r.slowest
            .map((s) => `${s.query} ${s.p95}`)
            .join(', ')})`,
    )
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 5);
  const tier = process.argv.find((a) => a.startsWith('--tier='))?.slice(7) as BrowserTier | undefined;
  const results = await browserLatency({ rounds, ...(tier ? { tiers: [tier] } : {}) });
  process.stdout.write(`${formatBrowserLatency(results)}\n`);
}
