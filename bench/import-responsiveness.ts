// How the web host answers other requests while it imports a large file: `lextrace serve` (the built CLI) imports a
// generated text of `sizeMb` through the API while listDocuments is asked every `intervalMs`; reported are the import's
// time and the latency of the requests made meanwhile. Reading, segmentation and the hooks' preparations run in a
// worker thread; LEXTRACE_IMPORT_IN_PROCESS=1 runs them on the main thread, as before, for comparison.
// `node dist/bench/import-responsiveness.js [--size=4]` after `npm run build:node`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../shared/node/package-root.js';
import { seededRandom } from './bench-queries.js';

export interface ResponsivenessRun {
  /** The import's round trip. */
  importMs: number;
  clauses: number;
  /** listDocuments requests answered while the import was under way, and their latencies. */
  requests: number;
  medianMs: number;
  maxMs: number;
  /** Requests sent during the import that were answered before it. */
  answeredBeforeImport: number;
}

export interface ResponsivenessResult {
  sizeMb: number;
  worker: ResponsivenessRun;
  inProcess: ResponsivenessRun;
}

const SENTENCES = [
  'Article {a} of the Civil Code provides remedies against infringers of exclusive rights.',
  'Fines for the sale of counterfeit goods are set by the Administrative Code (Article 7.12).',
  'The seizure and destruction of equipment used to produce counterfeit goods follows Article 1252(5) of the Civil Code.',
  'Internet intermediaries are liable under Article 1253.1 of the Civil Code unless they act on notice.',
  'The Government shall consult rights holders on enforcement against online piracy and report on the cases brought each year.',
];

/** A memo of numbered paragraphs full of citations, `bytes` long. */
export function largeMemo(bytes: number, seed = 3): string {
  const random = seededRandom(seed);
  const parts = ['Memo on enforcement.'];
  let size = parts[0]!.length;
  for (let n = 1; size < bytes; n++) {
    const count = 2 + Math.floor(random() * 5);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(SENTENCES[Math.floor(random() * SENTENCES.length)]!.replace('{a}', String(1225 + Math.floor(random() * 80))));
    const paragraph = `${n}. ${sentences.join(' ')}`;
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/** One API call on a connection of its own (no keep-alive socket the server may close while it is busy). */
function call(url: string, method: string, args: object): Promise<{ ok: boolean; result?: unknown; error?: { message: string } }> {
  const body = JSON.stringify(args);
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}api/${method}`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; result?: unknown; error?: { message: string } });
          } catch (err) {
            reject(err as Error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One import through a fresh `lextrace serve`, with listDocuments asked every `intervalMs` meanwhile. */
export async function measureOnce(text: string, options: { inProcess: boolean; intervalMs?: number; cli?: string }): Promise<ResponsivenessRun> {
  const cli = options.cli ?? join(packageRoot(), 'bin', 'lextrace.js');
  const dir = mkdtempSync(join(tmpdir(), 'lextrace-responsive-'));
  const db = join(dir, 'lextrace.db');
  const memo = join(dir, 'small.txt');
  writeFileSync(memo, 'A small memo.\n\nArticle 1229 of the Civil Code provides a cause of action.\n');
  const env = { ...process.env, LEXTRACE_IMPORT_IN_PROCESS: options.inProcess ? '1' : '' };
  const seeded = spawnSync(process.execPath, [cli, 'import', memo, '--db', db], { env, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`import of the small memo failed: ${seeded.stderr}`);
  const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--db', db], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: server.stdout }).once('line', resolve);
      server.once('exit', (code) => reject(new Error(`serve exited (${code})`)));
    });
    await call(url, 'listDocuments', {}); // warm
    const data = Buffer.from(text).toString('base64');
    const started = performance.now();
    let importDone = Infinity;
    const importing = call(url, 'importDocument', { fileName: 'large-memo.txt', data }).then((answer) => {
      importDone = performance.now();
      return answer;
    });
    const latencies: number[] = [];
    let answeredBeforeImport = 0;
    const interval = options.intervalMs ?? 50;
    while (importDone === Infinity) {
      const asked = performance.now();
      const pending = call(url, 'listDocuments', {}).then(() => performance.now());
      const first = await Promise.race([pending, importing.then(() => null)]);
      const answered = first ?? (await pending); // the import may finish first, with this request still waiting
      latencies.push(answered - asked);
      if (answered < importDone) answeredBeforeImport++;
      if (first === null) break;
      await new Promise((r) => setTimeout(r, interval));
    }
    const result = await importing;
    if (!result.ok) throw new Error(`the import failed: ${result.error?.message}`);
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      importMs: Math.round(importDone - started),
      clauses: (result.result as { clauses: number }).clauses,
      requests: latencies.length,
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
      maxMs: Math.round(sorted.at(-1) ?? NaN),
      answeredBeforeImport,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureImportResponsiveness(options: { sizeMb?: number; cli?: string } = {}): Promise<ResponsivenessResult> {
  const sizeMb = options.sizeMb ?? 4;
  const text = largeMemo(sizeMb * 1_000_000);
  const cli = options.cli ? { cli: options.cli } : {};
  return {
    sizeMb,
    worker: await measureOnce(text, { inProcess: false, ...cli }),
    inProcess: await measureOnce(text, { inProcess: true, ...cli }),
  };
}

export function formatResponsiveness(r: ResponsivenessResult): string {
  const line = (name: string, run: ResponsivenessRun) =>
    `  ${name}: import ${run.importMs} ms (${run.clauses} clauses); listDocuments meanwhile: ${run.requests} answered (${run.answeredBeforeImport} before the import), median ${run.medianMs} ms, slowest ${run.maxMs} ms`;
  return [`import of a ${r.sizeMb} MB text through the web host:`, line('worker thread', r.worker), line('main thread (before)', r.inProcess)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = Number(process.argv.find((a) => a.startsWith('--size='))?.slice('--size='.length) ?? 4);
  process.stdout.write(`${formatResponsiveness(await measureImportResponsiveness({ sizeMb: size }))}\n`);
}
