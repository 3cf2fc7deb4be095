#!/usr/bin/env node
// `npm start` (after `npm run build`): opens Lextrace in Electron when it is installed, otherwise in the browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Electron executable, or null when the optional `electron` package or its downloaded binary is missing
 * (its index.js throws when the binary was never downloaded).
 */
export function electronBinary(requireFn = createRequire(import.meta.url)) {
  try {
    const path = requireFn('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The sentence shown when Lextrace falls back to the browser. */
export function browserFallbackMessage(url) {
  return `Electron is not installed here; serving Lextrace in your browser at ${url}`;
}

function runElectron(binary, args) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [ROOT, ...args], { stdio: 'inherit', env });
  forwardStopSignals(child);
  child.on('exit', (code, signal) => (process.exitCode = code ?? (signal ? 1 : 0)));
}

function runWebHost(args) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'lextrace.js'), 'serve', ...args], { stdio: ['inherit', 'pipe', 'inherit'] });
  forwardStopSignals(child);
  let first = true;
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (first && /^https?:\/\//.test(line)) process.stderr.write(`${browserFallbackMessage(line)}\n`);
    first = false;
    process.stdout.write(`${line}\n`);
  });
  child.on('exit', (code, signal) => (process.exitCode = code ?? (signal ? 1 : 0)));
}

/** Ctrl+C reaches the child too (same process group); we only pass signals on and wait for it to finish. */
function forwardStopSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
}

function main() {
  const args = process.argv.slice(2);
  const binary = electronBinary();
  if (binary) runElectron(binary, args);
  else runWebHost(args);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
