// One benchmark tier, run in its own process: build the store, then time every engine on the same 200 queries.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../shared/node/import/import-document.js';
import { indexCorpus } from '../shared/node/import/index-corpus.js';
import { shippedCorpusDir } from '../shared/node/package-root.js';
import { indexHooks } from '../shared/node/service/open-explorer.js';
import { openDatabase } from '../shared/node/store/open-database.js';
import { benchQueries, corpusVocabulary } from './bench-queries.js';
import { baselineEngine, buildBaseline, lextraceEngine, lunrEngine, type Engine } from './engines.js';
import { addSyntheticCorpus } from './synthetic-corpus.js';

export type TierName = 'shipped' | 'codes' | 'synthetic';

export interface EngineStats {
  engine: string;
  p50: number;
  p95: number;
  mean: number;
  buildMs?: number;
}

export interface TierResult {
  tier: TierName;
  clauses: number;
  buildMs: number;
  peakRssMb: number;
  engines: EngineStats[];
  coldStartMs?: number;
  skipped?: string;
}

export function codesDir(): string {
  return process.env.LEXTRACE_BENCH_CODES ?? join(shippedCorpusDir(), '..', '..', 'shared', 'bench', 'ru-codes');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const round = (n: number) => Math.round(n * 100) / 100;

/** Each query's median over three passes (a pass runs every query once), so one stall does not count as a slow query. */
function time(engine: Engine, queries: readonly string[]): EngineStats {
  for (const q of queries.slice(0, 10)) engine.query(q); // warm the caches
  const passes = Array.from({ length: 3 }, () =>
    queries.map((q) => {
      const started = performance.now();
      engine.query(q);
      return performance.now() - started;
    }),
  );
  const ms = queries.map((_, i) => passes.map((pass) => pass[i]!).sort((a, b) => a - b)[1]!);
  const sorted = [...ms].sort((a, b) => a - b);
  return { engine: engine.name, p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), mean: round(ms.reduce((a, b) => a + b, 0) / ms.length) };
}

async function runTier(tier: TierName, quick: boolean): Promise<TierResult> {
  const corpus = shippedCorpusDir();
  const vocabulary = corpusVocabulary(corpus);
  const queries = benchQueries(vocabulary).map((q) => q.query);
  const dbPath = join(tmpdir(), `lextrace-bench-${tier}-${process.pid}.db`);
  const db = openDatabase(dbPath);
  const hooks = indexHooks();
  try {
    let started = performance.now();
    const shipped = await indexCorpus(db, corpus, hooks);
    if (shipped.errors.length > 0) throw new Error(`shipped corpus: ${shipped.errors.map((e) => `${e.docId}: ${e.error.message}`).join('; ')}`);
    let buildMs = performance.now() - started;
    if (tier === 'codes') {
      const dir = codesDir();
      if (!existsSync(dir)) return { tier, clauses: 0, buildMs: 0, peakRssMb: 0, engines: [], skipped: `no codes at ${dir} (set LEXTRACE_BENCH_CODES)` };
      started = performance.now();
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
        await importFile(db, join(dir, file), { id: `code-${file.replace(/\.html$/, '')}`, kind: 'statute', lang: 'ru' }, hooks);
      }
      buildMs = performance.now() - started;
    }
    if (tier === 'synthetic') {
      started = performance.now();
      addSyntheticCorpus(db, vocabulary, quick ? 100_000 : 1_000_000, (done) => {
        if (done % 100_000 === 0) process.stderr.write(`  synthetic: ${done} clauses\n`);
      });
      db.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
      buildMs = performance.now() - started;
    }
    const clauses = db.prepare('SELECT count(*) FROM clauses').pluck().get() as number;
    started = performance.now();
    buildBaseline(db);
    const baselineBuildMs = performance.now() - started;

    const engines = [time(lextraceEngine(db), queries), { ...time(baselineEngine(db), queries), buildMs: Math.round(baselineBuildMs) }];
    if (tier === 'shipped') {
      const lunr = lunrEngine(db);
      engines.push({ ...time(lunr.engine, queries), buildMs: Math.round(lunr.buildMs) });
    }
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    db.close();
    const result: TierResult = { tier, clauses, buildMs: Math.round(buildMs), peakRssMb, engines };
    if (tier === 'shipped') result.coldStartMs = coldStart(dbPath, queries[0]!);
    return result;
  } finally {
    if (db.open) db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  }
}

/** A fresh process: load Lextrace, open the store, run one query; milliseconds from process start to the first result. */
function coldStart(dbPath: string, query: string): number {
  const child = spawnSync(process.execPath, [join(import.meta.dirname, 'cold-start.js'), dbPath, query], { encoding: 'utf8' });
  const ms = Number(child.stdout.trim().split('\n').pop());
  if (!Number.isFinite(ms)) throw new Error(`cold start failed: ${child.stderr}`);
  return Math.round(ms);
}

const [tierArg, outPath] = process.argv.slice(2);
if (tierArg && outPath) {
  const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const result = await runTier(tierArg as TierName, quick);
  writeFileSync(outPath, JSON.stringify(result));
}
