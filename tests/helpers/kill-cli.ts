// Test helper: run the built lextrace CLI on a store and kill -9 it after a delay; a seeded random for the delays.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'lextrace.js');

/** Runs `lextrace ARGS --db DBPATH` and sends SIGKILL after `afterMs` (if it has not finished by then). */
export function runCliAndKill(args: readonly string[], dbPath: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args, '--db', dbPath], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** A deterministic pseudo-random number generator in [0, 1), so kill points repeat from run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
