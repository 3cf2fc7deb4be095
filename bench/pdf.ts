// PDF benchmarks: pages per second for a 200-page text PDF (pdf.js extraction in its worker and layout), its import into
// a store, and a folder of PDFs (pdf.js's own test suite) each imported or refused with a message, with time and memory.
// Run: npm run build:node && node dist/bench/pdf.js [--corpus DIR] [--sample N]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportError } from '../shared/node/import/import-error.js';
import { importBytes } from '../shared/node/import/import-document.js';
import { readPdf } from '../shared/node/import/pdf/pdf-reader.js';
import { PDF_LIMITS, type PdfReadLimits } from '../shared/node/import/pdf/extract-pdf-text.js';
import { shippedCorpusDir } from '../shared/node/package-root.js';
import { indexHooks } from '../shared/node/service/open-explorer.js';
import { openDatabase } from '../shared/node/store/open-database.js';
import { textPdf } from './text-pdf.js';

export interface PdfSpeed {
  pages: number;
  bytes: number;
  /** Reading: pdf.js in its worker, then layout into paragraphs. */
  readMs: number;
  pagesPerSecond: number;
  /** Import into a fresh store: reading, segmentation, clauses, citations and search postings in one transaction. */
  importMs: number;
  clauses: number;
}

/** The 200-page text PDF's reading speed and its import time (the best of `runs`, after one warm-up). */
export async function pdfSpeed(pages = 200, runs = 3): Promise<PdfSpeed> {
  const report = readFileSync(join(shippedCorpusDir(), 'documents', 'iipa-2017-special-301-russia.txt'), 'utf8');
  const paragraphs = report.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 80);
  const bytes = textPdf(paragraphs, pages);
  await readPdf(bytes, 'warm-up.pdf');
  let readMs = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await readPdf(bytes, 'report.pdf');
    readMs = Math.min(readMs, performance.now() - started);
  }
  let importMs = Infinity;
  let clauses = 0;
  for (let i = 0; i < runs; i++) {
    const dir = join(tmpdir(), `lextrace-bench-pdf-${process.pid}-${i}`);
    const db = openDatabase(join(dir, 'bench.db'));
    try {
      const started = performance.now();
      const outcome = await importBytes(db, 'report.pdf', bytes, {}, indexHooks());
      importMs = Math.min(importMs, performance.now() - started);
      clauses = outcome.clauses;
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { pages, bytes: bytes.length, readMs: Math.round(readMs), pagesPerSecond: Math.round((pages / readMs) * 1000), importMs: Math.round(importMs), clauses };
}

export interface PdfCorpusResult {
  file: string;
  outcome: 'imported' | 'refused' | 'crashed';
  ms: number;
  clauses?: number;
  message?: string;
}

export interface PdfCorpusReport {
  dir: string;
  files: number;
  imported: number;
  refused: number;
  crashed: PdfCorpusResult[];
  /** Refusals by reason ("password-protected", "no text layer", …). */
  reasons: Record<string, number>;
  /** Files that took longer than the time limit (plus a margin for layout and the store): must be none. */
  overTime: PdfCorpusResult[];
  slowest: PdfCorpusResult[];
  peakRssMb: number;
  seconds: number;
  results: PdfCorpusResult[];
}

/** The folder of pdf.js's test PDFs: LEXTRACE_BENCH_PDFS, else ../shared/bench/pdfjs-test-pdfs beside the checkout. */
export function pdfCorpusDir(): string {
  return process.env.LEXTRACE_BENCH_PDFS ?? join(shippedCorpusDir(), '..', '..', 'shared', 'bench', 'pdfjs-test-pdfs');
}

/** A deterministic sample of about `n` file names: those whose name hashes into the first n/total of the range. */
export function samplePdfs(files: readonly string[], n: number): string[] {
  if (n >= files.length) return [...files];
  const scored = files.map((f) => ({ f, h: createHash('sha256').update(f).digest().readUInt32BE(0) }));
  return scored.sort((a, b) => a.h - b.h).slice(0, n).map((s) => s.f).sort();
}

const REASONS: [RegExp, string][] = [
  [/password-protected/, 'password-protected'],
  [/no text layer/, 'no text layer (OCR not supported)'],
  [/damaged|not a PDF|could not be read/, 'damaged or not a PDF'],
  [/longer than/, 'time limit'],
  [/memory/, 'memory limit'],
  [/too many pages/, 'too many pages'],
  [/too large/, 'too large'],
  [/no text clauses/, 'no clauses found'],
];

/** Imports every PDF of `dir` (or a sample) into one fresh store: each is imported or refused with a message. */
export async function pdfCorpus(
  dir: string,
  options: { sample?: number; limits?: PdfReadLimits; onResult?: (r: PdfCorpusResult) => void } = {},
): Promise<PdfCorpusReport> {
  const all = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf') && statSync(join(dir, f)).isFile()).sort();
  const files = options.sample ? samplePdfs(all, options.sample) : all;
  const limits = options.limits ?? PDF_LIMITS;
  const store = join(tmpdir(), `lextrace-bench-pdfs-${process.pid}`);
  const db = openDatabase(join(store, 'bench.db'));
  const hooks = indexHooks();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const started = performance.now();
  const results: PdfCorpusResult[] = [];
  try {
    for (const file of files) {
      const t = performance.now();
      let result: PdfCorpusResult;
      try {
        const outcome = await importBytes(db, file, readFileSync(join(dir, file)), {}, hooks, { force: true, pdfLimits: limits });
        result = { file, outcome: 'imported', ms: 0, clauses: outcome.clauses };
      } catch (err) {
        result = err instanceof ImportError ? { file, outcome: 'refused', ms: 0, message: err.message } : { file, outcome: 'crashed', ms: 0, message: String((err as Error)?.stack ?? err) };
      }
      result.ms = Math.round(performance.now() - t);
      peak = Math.max(peak, process.memoryUsage().rss);
      results.push(result);
      options.onResult?.(result);
    }
  } finally {
    clearInterval(sampler);
    db.close();
    rmSync(store, { recursive: true, force: true });
  }
  const reasons: Record<string, number> = {};
  for (const r of results.filter((x) => x.outcome === 'refused')) {
    const reason = REASONS.find(([re]) => re.test(r.message ?? ''))?.[1] ?? 'other';
    reasons[reason] = (reasons[reason] ?? 0) + 1;
  }
  return {
    dir,
    files: files.length,
    imported: results.filter((r) => r.outcome === 'imported').length,
    refused: results.filter((r) => r.outcome === 'refused').length,
    crashed: results.filter((r) => r.outcome === 'crashed'),
    reasons,
    overTime: results.filter((r) => r.ms > limits.timeLimitMs + 10_000),
    slowest: [...results].sort((a, b) => b.ms - a.ms).slice(0, 5),
    peakRssMb: Math.round(peak / 1024 / 1024),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    results,
  };
}

/** One paragraph of figures for a corpus report. */
export function describeCorpus(r: PdfCorpusReport): string {
  const reasons = Object.entries(r.reasons).map(([k, n]) => `${k} ${n}`).join(', ');
  return [
    `${r.files} PDFs from ${r.dir} in ${r.seconds} s: ${r.imported} imported, ${r.refused} refused (${reasons || 'none'}), ${r.crashed.length} crashed`,
    `over the time limit: ${r.overTime.length}; peak RSS ${r.peakRssMb} MB; slowest: ${r.slowest.map((s) => `${s.file} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}`,
    ...r.crashed.map((c) => `CRASHED ${c.file}: ${c.message}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const speed = await pdfSpeed();
  process.stdout.write(
    `200-page text PDF (${Math.round(speed.bytes / 1024)} KB): read in ${speed.readMs} ms = ${speed.pagesPerSecond} pages/s (target ≥ 70); ` +
      `import into a store ${speed.importMs} ms, ${speed.clauses} clauses (target ≤ 5000 ms)\n`,
  );
  const dirArg = process.argv.indexOf('--corpus');
  const dir = dirArg > 0 ? process.argv[dirArg + 1]! : pdfCorpusDir();
  const sampleArg = process.argv.indexOf('--sample');
  const sample = sampleArg > 0 ? Number(process.argv[sampleArg + 1]) : undefined;
  if (!existsSync(dir)) {
    process.stdout.write(`PDF corpus skipped: no folder at ${dir} (set LEXTRACE_BENCH_PDFS)\n`);
    return;
  }
  const report = await pdfCorpus(dir, { ...(sample ? { sample } : {}), onResult: (r) => process.stderr.write(`${r.outcome.padEnd(8)} ${String(r.ms).padStart(6)} ms ${r.message ? r.message.split('\n')[0] : r.file}\n`) });
  process.stdout.write(`${describeCorpus(report)}\n`);
  if (report.crashed.length > 0 || report.overTime.length > 0) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
