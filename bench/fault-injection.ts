// Fault injection: the built CLI is killed with SIGKILL at random points of imports, link refreshes, annotations,
// review verdicts and hand-made links, alone or with a second writer at once; after each trial the store must pass
// PRAGMA integrity_check, hold every document and user record committed before (and those of commands that finished),
// open, and run the killed command again to completion. Small in the tests (tests/node/reliability/), 1,000 trials
// in the bench: `node dist/bench/fault-injection.js [--trials=N] [--parallel=N] [--seed=N]` after `npm run build:node`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { markCrossReferencesStale } from '../shared/node/crossref/refresh-cross-references.js';
import { packageRoot } from '../shared/node/package-root.js';
import { openExplorer } from '../shared/node/service/open-explorer.js';
import { seededRandom } from './bench-queries.js';

export type FaultOperation = 'import' | 'refresh' | 'annotate' | 'review' | 'link';
const OPERATIONS: readonly FaultOperation[] = ['import', 'refresh', 'annotate', 'review', 'link'];

export interface FaultInjectionOptions {
  /** Trials in all (each kills at least one process, unless a concurrent trial lets both finish). */
  trials: number;
  seed: number;
  /** Independent stores worked on at once (one process per trial each, two in a concurrent trial). */
  parallel: number;
  /** The share of trials with two writers at once. */
  concurrentShare: number;
  /** The `lextrace` executable (default: bin/lextrace.js of this package, which runs dist/). */
  cli: string;
  /** Where the stores are made (default: a fresh temporary folder, removed afterwards). */
  workDir?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface FaultInjectionResult {
  trials: number;
  /** Trials with two writers at once. */
  concurrentTrials: number;
  /** Processes killed with SIGKILL before they finished. */
  killed: number;
  /** Processes that finished before their kill (their work must be committed). */
  finished: number;
  /** Documents or user records committed and then missing. */
  losses: number;
  /** Stores that failed integrity_check or could not be opened after a trial. */
  failedToOpen: number;
  /** Killed commands whose re-run did not complete. */
  failedReruns: number;
  /** Commands left to finish that failed anyway (a database error from the other writer, say). */
  writerErrors: number;
  /** The first problems, in words. */
  problems: string[];
  byOperation: Record<FaultOperation, { runs: number; killed: number }>;
  /** The whole run, and the part of it spent making the stores and timing each operation once. */
  seconds: number;
  setupSeconds: number;
}

const DEFAULTS: FaultInjectionOptions = {
  trials: 1000,
  seed: 20261129,
  parallel: Math.max(1, Math.min(4, cpus().length)),
  concurrentShare: 0.25,
  cli: '',
};

/** Everything committed that must stay: documents and the user's own records, by identity. */
interface Committed {
  documents: Set<string>;
  annotations: Set<string>;
  tags: Set<string>;
  annotationTags: Set<string>;
  verdicts: Set<string>;
  userLinks: Set<string>;
}

interface Run {
  op: FaultOperation;
  args: string[];
  killAfterMs: number | null;
}

interface Outcome {
  run: Run;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const MEMO_SENTENCES = [
  'Article {a} of the Civil Code provides remedies against infringers of exclusive rights.',
  'Fines for the sale of counterfeit goods are set by the Administrative Code (Article 7.12).',
  'The seizure and destruction of equipment used to produce counterfeit goods follows Article 1252(5) of the Civil Code.',
  'Internet intermediaries are liable under Article 1253.1 of the Civil Code unless they act on notice.',
  'Criminal liability for large-scale infringement is set by Article 146 of the Criminal Code.',
];

function memoText(random: () => number, title: string, paragraphs: number): string {
  const lines = [title];
  for (let i = 0; i < paragraphs; i++) {
    const sentences = 1 + Math.floor(random() * 3);
    const parts: string[] = [];
    for (let s = 0; s < sentences; s++) {
      parts.push(MEMO_SENTENCES[Math.floor(random() * MEMO_SENTENCES.length)]!.replace('{a}', String(1225 + Math.floor(random() * 80))));
    }
    lines.push(`${i + 1}. ${parts.join(' ')}`);
  }
  return `${lines.join('\n\n')}\n`;
}

function runCli(cli: string, db: string, run: Run): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...run.args, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LEXTRACE_TEST_REFRESH_FAULT: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = run.killAfterMs === null ? undefined : setTimeout(() => child.kill('SIGKILL'), run.killAfterMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ run, code, signal, stdout, stderr });
    });
  });
}

function readCommitted(db: Database.Database): Committed {
  const set = (sql: string) => new Set(db.prepare(sql).pluck().all() as string[]);
  return {
    documents: set('SELECT id FROM documents'),
    annotations: set('SELECT id FROM user_annotations'),
    tags: set('SELECT id FROM user_tags'),
    annotationTags: set("SELECT annotation_id || ' ' || tag_id FROM user_annotation_tags"),
    verdicts: set("SELECT from_clause || ' ' || kind || ' ' || target FROM user_link_verdicts"),
    userLinks: set("SELECT from_clause || ' ' || COALESCE(target_key, '') || ' ' || COALESCE(target_clause, '') FROM user_links"),
  };
}

function missing(before: Committed, after: Committed): string[] {
  const lost: string[] = [];
  for (const kind of Object.keys(before) as (keyof Committed)[]) {
    for (const key of before[kind]) if (!after[kind].has(key)) lost.push(`${kind} ${key}`);
  }
  return lost;
}

/** What a finished command must have committed, from its --json output. */
function committedBy(outcome: Outcome, after: Committed): string[] {
  if (outcome.code !== 0) return [];
  try {
    const out = JSON.parse(outcome.stdout) as unknown;
    switch (outcome.run.op) {
      case 'import':
        return (out as { docId: string }[]).filter((r) => !after.documents.has(r.docId)).map((r) => `document ${r.docId} (imported)`);
      case 'annotate': {
        const id = (out as { id: string }).id;
        return after.annotations.has(id) ? [] : [`annotation ${id} (reported as made)`];
      }
      case 'link': {
        const link = out as { clause: string; targetKey: string | null; targetClause: string | null };
        const identity = `${link.clause} ${link.targetKey ?? ''} ${link.targetClause ?? ''}`;
        return after.userLinks.has(identity) ? [] : [`user link ${identity} (reported as made)`];
      }
      case 'review': {
        const { clause, target } = out as { clause: string; target: string };
        return [...after.verdicts].some((v) => v.startsWith(`${clause} `) && v.endsWith(` ${target}`)) ? [] : [`verdict ${clause} → ${target} (reported as made)`];
      }
      default:
        return [];
    }
  } catch {
    return [`${outcome.run.op}: unreadable output ${JSON.stringify(outcome.stdout.slice(0, 80))}`];
  }
}

/** An error line of the CLI that names a database problem (notes about earlier failures do not count). */
const DATABASE_ERROR = /^error:.*(database is locked|SQLITE_|UNIQUE constraint|malformed|cannot start a transaction)/im;

class Lane {
  readonly db: string;
  private readonly random: () => number;
  private clauses: string[] = [];
  private citing: { clause: string; key: string }[] = [];
  private n = 0;
  /** A generous run time of each operation, measured once; kills fall anywhere in it. */
  private readonly durationMs = new Map<FaultOperation, number>();

  constructor(
    readonly dir: string,
    readonly options: FaultInjectionOptions,
    seed: number,
  ) {
    this.db = join(dir, 'lextrace.db');
    this.random = seededRandom(seed);
  }

  /** A lane over a copy of `model`'s store, with its clauses, links and timings (no second setup). */
  copyFrom(model: Lane): void {
    const db = new Database(model.db, { readonly: true });
    db.prepare('VACUUM INTO ?').run(this.db);
    db.close();
    this.clauses = model.clauses;
    this.citing = model.citing;
    for (const [op, ms] of model.durationMs) this.durationMs.set(op, ms);
  }

  async setUp(): Promise<void> {
    for (const name of ['plan', 'report']) writeFileSync(join(this.dir, `${name}.txt`), memoText(this.random, `The ${name}.`, 80));
    const first = await runCli(this.options.cli, this.db, { op: 'import', args: ['import', join(this.dir, 'plan.txt'), join(this.dir, 'report.txt')], killAfterMs: null });
    if (first.code !== 0) throw new Error(`fault injection: the first import failed: ${first.stderr}`);
    const db = new Database(this.db, { readonly: true });
    this.clauses = db.prepare("SELECT id FROM clauses WHERE doc_id IN ('plan', 'report') AND kind != 'heading' ORDER BY id").pluck().all() as string[];
    this.citing = db.prepare("SELECT DISTINCT from_clause AS clause, to_key AS key FROM links WHERE kind = 'cites' AND to_key IS NOT NULL LIMIT 50").all() as { clause: string; key: string }[];
    db.close();
    if (this.clauses.length === 0 || this.citing.length === 0) throw new Error('fault injection: the base store has no clauses or links');
    for (const op of OPERATIONS) {
      const started = performance.now();
      const outcome = await runCli(this.options.cli, this.db, this.prepare(op, null));
      if (outcome.code !== 0) throw new Error(`fault injection: ${op} failed before any fault: ${outcome.stderr}`);
      this.durationMs.set(op, (performance.now() - started) * 1.25);
    }
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** The command line of one operation, with its inputs made ready (a file to import, stale links to refresh). */
  prepare(op: FaultOperation, killAfterMs: number | null): Run {
    const n = ++this.n;
    switch (op) {
      case 'import': {
        const file = join(this.dir, `doc-${n % 4}.txt`); // a new document, or a new version of one
        writeFileSync(file, memoText(this.random, `Memo ${n}.`, 10 + Math.floor(this.random() * 150)));
        return { op, args: ['import', file, '--json'], killAfterMs };
      }
      case 'refresh': {
        const db = new Database(this.db);
        db.pragma('busy_timeout = 5000');
        markCrossReferencesStale(db); // as an import does: the links are recomputed in full
        db.close();
        return { op, args: ['refresh', '--json'], killAfterMs };
      }
      case 'annotate':
        return { op, args: ['annotate', this.pick(this.clauses), '--start', '0', '--end', '6', '--tag', `fault-${n % 7}`, '--note', `trial ${n}`, '--json'], killAfterMs };
      case 'review': {
        const { clause, key } = this.pick(this.citing);
        return { op, args: ['review', clause, key, this.random() < 0.5 ? '--confirm' : '--reject', '--note', `trial ${n}`, '--json'], killAfterMs };
      }
      case 'link':
        return { op, args: ['link', this.pick(this.clauses), `ru-civil-code:${1225 + Math.floor(this.random() * 80)}`, '--note', `trial ${n}`, '--json'], killAfterMs };
    }
  }

  killTime(op: FaultOperation): number {
    return Math.floor(this.random() * (this.durationMs.get(op) ?? 1500));
  }

  /** One trial: `first` and maybe a second writer, killed at random points; then the checks and the re-runs. */
  async trial(result: FaultInjectionResult, first: FaultOperation, concurrent: boolean): Promise<void> {
    const before = this.committed();
    const runs: Run[] = [];
    runs.push(this.prepare(first, this.killTime(first)));
    if (concurrent) {
      // Two writers at once: the first is killed, or the second, or (a third of the time) both are left to finish.
      const second = this.pick(OPERATIONS);
      runs.push(this.prepare(second, null));
      const which = this.random();
      if (which >= 1 / 3) runs[0]!.killAfterMs = null;
      if (which >= 1 / 3 && which < 2 / 3) runs[1]!.killAfterMs = this.killTime(second);
      result.concurrentTrials++;
    }
    const outcomes = await Promise.all(runs.map((run) => runCli(this.options.cli, this.db, run)));
    for (const outcome of outcomes) {
      result.byOperation[outcome.run.op].runs++;
      if (outcome.signal === 'SIGKILL') {
        result.killed++;
        result.byOperation[outcome.run.op].killed++;
      } else {
        result.finished++;
        if (outcome.code !== 0 || DATABASE_ERROR.test(outcome.stderr)) {
          result.writerErrors++;
          this.problem(result, `${outcome.run.args.join(' ')} failed (exit ${outcome.code}): ${outcome.stderr.trim().split('\n').at(-1)}`);
        }
      }
    }

    // The store after the kill: intact, nothing committed lost, the finished commands' work there, and it opens.
    const after = this.check(result, before, outcomes);
    if (!after) return;

    // The killed commands, run again to completion.
    for (const outcome of outcomes.filter((o) => o.signal === 'SIGKILL')) {
      const again = await runCli(this.options.cli, this.db, { ...outcome.run, killAfterMs: null });
      if (again.code !== 0) {
        result.failedReruns++;
        this.problem(result, `re-run of ${again.run.args.join(' ')} failed (exit ${again.code ?? again.signal}): ${again.stderr.trim().split('\n').at(-1)}`);
        continue;
      }
      this.check(result, after, [again]);
    }
  }

  private committed(): Committed {
    const db = new Database(this.db, { readonly: true });
    try {
      return readCommitted(db);
    } finally {
      db.close();
    }
  }

  /** integrity_check, losses, the finished commands' work, and an open with a read; the committed state, or null. */
  private check(result: FaultInjectionResult, before: Committed, outcomes: Outcome[]): Committed | null {
    let after: Committed;
    try {
      const db = new Database(this.db);
      try {
        const integrity = db.pragma('integrity_check', { simple: true });
        if (integrity !== 'ok') throw new Error(`integrity_check: ${String(integrity)}`);
        after = readCommitted(db);
      } finally {
        db.close();
      }
      const explorer = openExplorer(this.db);
      try {
        if (explorer.service.store.listDocuments().length < before.documents.size) throw new Error('fewer documents listed than committed');
      } finally {
        explorer.close();
      }
    } catch (err) {
      result.failedToOpen++;
      this.problem(result, `the store did not open after ${outcomes.map((o) => o.run.args[0]).join(' + ')}: ${(err as Error).message}`);
      return null;
    }
    const lost = [...missing(before, after), ...outcomes.flatMap((o) => committedBy(o, after))];
    if (lost.length > 0) {
      result.losses += lost.length;
      this.problem(result, `lost after ${outcomes.map((o) => o.run.args.join(' ')).join(' + ')}: ${lost.slice(0, 3).join('; ')}`);
    }
    return after;
  }

  private problem(result: FaultInjectionResult, text: string): void {
    if (result.problems.length < 20) result.problems.push(text);
    this.options.log?.(`problem: ${text}`);
  }
}

/** Runs the trials over `parallel` stores at once and counts what went wrong (all zero is the goal). */
export async function runFaultInjection(options: Partial<FaultInjectionOptions> = {}): Promise<FaultInjectionResult> {
  const opts: FaultInjectionOptions = { ...DEFAULTS, cli: join(packageRoot(), 'bin', 'lextrace.js'), ...options };
  const root = opts.workDir ?? mkdtempSync(join(tmpdir(), 'lextrace-faults-'));
  const started = performance.now();
  const result: FaultInjectionResult = {
    trials: 0,
    concurrentTrials: 0,
    killed: 0,
    finished: 0,
    losses: 0,
    failedToOpen: 0,
    failedReruns: 0,
    writerErrors: 0,
    problems: [],
    byOperation: Object.fromEntries(OPERATIONS.map((op) => [op, { runs: 0, killed: 0 }])) as FaultInjectionResult['byOperation'],
    seconds: 0,
    setupSeconds: 0,
  };
  try {
    const laneCount = Math.max(1, Math.min(opts.parallel, opts.trials));
    const lanes = Array.from({ length: laneCount }, (_, i) => {
      const dir = join(root, `lane-${i}`);
      mkdirSync(dir, { recursive: true });
      return new Lane(dir, opts, opts.seed + i * 7919);
    });
    await lanes[0]!.setUp();
    for (const lane of lanes.slice(1)) lane.copyFrom(lanes[0]!);
    result.setupSeconds = Math.round((performance.now() - started) / 100) / 10;
    let next = 0;
    // Trials with two writers spread evenly: concurrentShare of them.
    const concurrent = (index: number): boolean => Math.floor((index + 1) * opts.concurrentShare) > Math.floor(index * opts.concurrentShare);
    await Promise.all(
      lanes.map(async (lane) => {
        while (next < opts.trials) {
          const index = next++;
          await lane.trial(result, OPERATIONS[index % OPERATIONS.length]!, concurrent(index)); // every operation in turn
          result.trials++;
          if (opts.log && (index + 1) % 50 === 0) opts.log(`${index + 1} trials, ${result.killed} killed, ${result.losses} lost, ${result.failedToOpen} did not open`);
        }
      }),
    );
  } finally {
    result.seconds = Math.round((performance.now() - started) / 100) / 10;
    if (!opts.workDir) rmSync(root, { recursive: true, force: true });
  }
  return result;
}

export function formatFaultInjection(r: FaultInjectionResult): string {
  const ops = OPERATIONS.map((op) => `${op} ${r.byOperation[op].killed}/${r.byOperation[op].runs}`).join(', ');
  return [
    `fault injection: ${r.trials} trials (${r.concurrentTrials} with two writers) in ${r.seconds} s (${r.setupSeconds} s of it making the stores)`,
    `  processes killed: ${r.killed} (by operation, killed/run: ${ops}); finished before their kill: ${r.finished}`,
    `  committed documents or user records lost: ${r.losses}`,
    `  stores that failed integrity_check or did not open: ${r.failedToOpen}`,
    `  killed commands whose re-run did not complete: ${r.failedReruns}`,
    `  commands left to finish that failed: ${r.writerErrors}`,
    ...r.problems.map((p) => `  - ${p}`),
  ].join('\n');
}

function argument(name: string): number | undefined {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return value === undefined ? undefined : Number(value);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const trials = argument('trials');
  const parallel = argument('parallel');
  const seed = argument('seed');
  const result = await runFaultInjection({
    ...(trials ? { trials } : {}),
    ...(parallel ? { parallel } : {}),
    ...(seed ? { seed } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatFaultInjection(result)}\n`);
  process.exitCode = result.losses + result.failedToOpen + result.failedReruns + result.writerErrors > 0 ? 1 : 0;
}
