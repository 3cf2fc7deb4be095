// `npm run bench`: runs each tier in a fresh process, prints the comparison table and targets, writes .bench/latest.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TierName, TierResult } from './tier.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const only = process.argv.find((a) => a.startsWith('--tier='))?.slice('--tier='.length);
const tiers: TierName[] = (['shipped', 'codes', 'synthetic'] as const).filter((t) => !only || t === only);

/**
 * The other measurements, each a script of its own run in a fresh process after the search tiers, printing its own
 * figures: `--only=NAME` runs one of them alone (and no search tier), `--skip=NAME,NAME` leaves some out.
 */
const SECTIONS: { name: string; script: string; args?: string[] }[] = [
  { name: 'reanchor', script: 'reanchor.js' },
  { name: 'review-placement', script: 'review-placement.js' },
  { name: 'refresh-memory', script: 'refresh-memory.js' },
  { name: 'pdf', script: 'pdf.js' },
  { name: 'browser-latency', script: 'browser-latency.js' },
  { name: 'import-responsiveness', script: 'import-responsiveness.js' },
  { name: 'fault-injection', script: 'fault-injection.js' },
];
const onlySection = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const skipped = new Set(process.argv.find((a) => a.startsWith('--skip='))?.slice('--skip='.length).split(',') ?? []);

function runSections(): void {
  for (const section of SECTIONS) {
    if ((onlySection && section.name !== onlySection) || skipped.has(section.name)) continue;
    process.stdout.write(`\n== ${section.name} ==\n`);
    const child = spawnSync(process.execPath, [join(import.meta.dirname, section.script), ...(section.args ?? [])], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (child.status !== 0) process.stdout.write(`${section.name}: FAILED (exit ${child.status ?? child.signal})\n`);
  }
}

if (onlySection) {
  runSections();
  process.exit(0);
}

function runTier(tier: TierName): TierResult {
  const out = join(tmpdir(), `lextrace-bench-${tier}-${process.pid}.json`);
  process.stderr.write(`tier ${tier}${quick && tier === 'synthetic' ? ' (quick: 100k)' : ''}...\n`);
  const child = spawnSync(process.execPath, [join(import.meta.dirname, 'tier.js'), tier, out, ...(quick ? ['--quick'] : [])], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (child.status !== 0) return { tier, clauses: 0, buildMs: 0, peakRssMb: 0, engines: [], skipped: `crashed (exit ${child.status ?? child.signal})` };
  const result = JSON.parse(readFileSync(out, 'utf8')) as TierResult;
  rmSync(out, { force: true });
  return result;
}

interface Target {
  tier: TierName;
  what: string;
  limit: number;
  unit: string;
  value: (r: TierResult) => number | undefined;
}

const p95 = (engine: string) => (r: TierResult) => r.engines.find((e) => e.engine === engine)?.p95;
const ratio = (r: TierResult) => {
  const a = p95('lextrace')(r);
  const b = p95('fts5-baseline')(r);
  return a !== undefined && b ? Math.round((a / b) * 100) / 100 : undefined;
};
const TARGETS: Target[] = [
  { tier: 'shipped', what: 'p95', limit: 5, unit: 'ms', value: p95('lextrace') },
  { tier: 'shipped', what: 'cold start to first result', limit: 500, unit: 'ms', value: (r) => r.coldStartMs },
  { tier: 'codes', what: 'import of the 26 codes', limit: 60_000, unit: 'ms', value: (r) => r.buildMs },
  { tier: 'codes', what: 'p95', limit: 25, unit: 'ms', value: p95('lextrace') },
  { tier: 'codes', what: 'peak RSS', limit: 600, unit: 'MB', value: (r) => r.peakRssMb },
  { tier: 'codes', what: 'p95 / FTS5 baseline p95', limit: 1.5, unit: '×', value: ratio },
  { tier: 'synthetic', what: 'p95', limit: 250, unit: 'ms', value: p95('lextrace') },
  { tier: 'synthetic', what: 'p95 / FTS5 baseline p95', limit: 1.5, unit: '×', value: ratio },
  { tier: 'shipped', what: 'p95 / FTS5 baseline p95', limit: 1.5, unit: '×', value: ratio },
];

const results = tiers.map(runTier);
const lines: string[] = [];
const row = (cells: (string | number)[]) => lines.push(cells.map((c, i) => String(c).padEnd([10, 9, 10, 9, 15, 8, 8, 8, 11][i] ?? 8)).join(' '));
row(['tier', 'clauses', 'build s', 'RSS MB', 'engine', 'p50 ms', 'p95 ms', 'mean', 'engine build']);
for (const r of results) {
  if (r.skipped) {
    row([r.tier, '-', '-', '-', `SKIPPED: ${r.skipped}`]);
    continue;
  }
  r.engines.forEach((e, i) =>
    row([i === 0 ? r.tier : '', i === 0 ? r.clauses : '', i === 0 ? (r.buildMs / 1000).toFixed(1) : '', i === 0 ? r.peakRssMb : '', e.engine, e.p50, e.p95, e.mean, e.buildMs !== undefined ? `${(e.buildMs / 1000).toFixed(1)} s` : '']),
  );
  if (r.coldStartMs !== undefined) lines.push(`${''.padEnd(10)} cold start (new process, open db, first query): ${r.coldStartMs} ms`);
}
lines.push('', 'targets:');
const verdicts = TARGETS.filter((t) => tiers.includes(t.tier)).map((t) => {
  const r = results.find((x) => x.tier === t.tier)!;
  const value = r.skipped ? undefined : t.value(r);
  const verdict = value === undefined ? 'SKIPPED' : value <= t.limit ? 'MET' : 'MISSED';
  lines.push(`  ${verdict.padEnd(8)} ${t.tier.padEnd(10)} ${t.what.padEnd(28)} ${value ?? '-'} ${t.unit} (target ≤ ${t.limit} ${t.unit})`);
  return { ...t, value, verdict, valueFn: undefined };
});
if (quick) lines.push('', 'quick run: the synthetic tier has 100k clauses instead of 1M.');
process.stdout.write(`${lines.join('\n')}\n`);

mkdirSync('.bench', { recursive: true });
writeFileSync(
  join('.bench', 'latest.json'),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, quick, results, targets: verdicts.map(({ tier, what, limit, unit, value, verdict }) => ({ tier, what, limit, unit, value, verdict })) }, null, 2),
);
process.stdout.write('wrote .bench/latest.json\n');
if (!only) runSections();
