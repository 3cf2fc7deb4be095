// `npm run bench -- --only=refresh-memory`: imports WITH the link refresh, as a user does, each case in a fresh process: time and peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { refreshStaleCrossReferences } from '../shared/node/crossref/refresh-cross-references.js';
import { importFile } from '../shared/node/import/import-document.js';
import { indexCorpus } from '../shared/node/import/index-corpus.js';
import { shippedCorpusDir } from '../shared/node/package-root.js';
import { indexHooks } from '../shared/node/service/open-explorer.js';
import { openDatabase } from '../shared/node/store/open-database.js';

/** The 26 codes (as bench/tier.ts finds them; that module runs a tier when imported, so it is not imported here). */
function codesDir(): string {
  return process.env.LEXTRACE_BENCH_CODES ?? join(shippedCorpusDir(), '..', '..', 'shared', 'bench', 'ru-codes');
}

export interface RefreshCase {
  name: string;
  seconds: number;
  peakRssMb: number;
  clauses: number;
  links: number;
  error?: string;
}

/** Plain text of `megabytes` MB: the visible text of the 26 codes (or the shipped statutes), repeated with numbered sections. */
function syntheticText(megabytes: number): string {
  const dir = existsSync(codesDir()) ? codesDir() : join(shippedCorpusDir(), 'documents');
  const html = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const text = html
    .join('\n')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/\n\s*\n+/g, '\n');
  const target = megabytes * 1024 * 1024;
  const parts: string[] = [];
  let size = 0;
  for (let round = 1; size < target; round++) {
    const part = `Раздел ${round}\n${text}`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  // The size is in bytes (Cyrillic takes two per letter); cut at the last line break within it.
  const bytes = Buffer.from(parts.join('\n')).subarray(0, target);
  return bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1).toString('utf8');
}

/** One case, in this process: the shipped corpus, then the case's documents, then the refresh; peak RSS over all of it. */
async function runCase(name: string): Promise<RefreshCase> {
  const dir = mkdtempSync(join(tmpdir(), 'lextrace-refresh-'));
  const db = openDatabase(join(dir, 'bench.db'));
  const hooks = indexHooks();
  try {
    await indexCorpus(db, shippedCorpusDir(), hooks);
    const files: string[] = [];
    if (name === 'codes') {
      if (!existsSync(codesDir())) return { name, seconds: 0, peakRssMb: 0, clauses: 0, links: 0, error: `no codes at ${codesDir()}` };
      files.push(...readdirSync(codesDir()).filter((f) => f.endsWith('.html')).sort().map((f) => join(codesDir(), f)));
    } else {
      const file = join(dir, `memo-${name}.txt`);
      writeFileSync(file, syntheticText(Number(name.replace(/MB$/, ''))));
      files.push(file);
    }
    const started = performance.now();
    for (const file of files) await importFile(db, file, name === 'codes' ? { kind: 'statute', lang: 'ru' } : {}, hooks);
    const refreshed = refreshStaleCrossReferences(db);
    const seconds = (performance.now() - started) / 1000;
    const clauses = db.prepare('SELECT COUNT(*) FROM clauses').pluck().get() as number;
    return { name, seconds: Math.round(seconds * 10) / 10, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), clauses, links: refreshed?.links ?? 0 };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every case in a fresh process (so peak RSS is the case's own); a case that dies is reported, not fatal. */
export function runRefreshMemoryBench(cases: readonly string[] = ['codes', '15MB', '30MB', '60MB']): RefreshCase[] {
  return cases.map((name) => {
    const out = join(tmpdir(), `lextrace-refresh-${name}-${process.pid}.json`);
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), `--case=${name}`, `--out=${out}`], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (child.status !== 0 || !existsSync(out)) return { name, seconds: 0, peakRssMb: 0, clauses: 0, links: 0, error: `crashed (exit ${child.status ?? child.signal})` };
    const result = JSON.parse(readFileSync(out, 'utf8')) as RefreshCase;
    rmSync(out, { force: true });
    return result;
  });
}

export function formatRefreshMemory(results: readonly RefreshCase[]): string {
  const lines = ['import with link refresh (shipped corpus indexed first):', '  case      seconds  peak RSS MB  clauses   links'];
  for (const r of results) {
    lines.push(r.error ? `  ${r.name.padEnd(9)} ${r.error}` : `  ${r.name.padEnd(9)} ${String(r.seconds).padStart(7)}  ${String(r.peakRssMb).padStart(11)}  ${String(r.clauses).padStart(7)}  ${String(r.links).padStart(6)}`);
  }
  lines.push('  targets: 26 codes ≈ 21.5 s / 439 MB (kept there); 60 MB ≤ 90 s and ≤ 1.5 GB peak, growing no worse than linearly');
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const caseArg = process.argv.find((a) => a.startsWith('--case='))?.slice('--case='.length);
  const outArg = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
  if (caseArg && outArg) {
    writeFileSync(outArg, JSON.stringify(await runCase(caseArg)));
  } else {
    process.stdout.write(`${formatRefreshMemory(runRefreshMemoryBench())}\n`);
  }
}
