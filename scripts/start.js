#!/usr/bin/env node
// `npm start` (after `npm run build`): opens Lextrace in Electron when it is installed, otherwise in the browser.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Electron executable, or null when the `electron` package or its downloaded binary is missing. Since Electron 42
 * the package downloads its binary on first `require('electron')` (no postinstall), so this never requires it: it
 * reads the package's path.txt and checks that the binary is there (`npx install-electron` downloads it).
 */
export function electronBinary(resolveFn = createRequire(import.meta.url).resolve, env = process.env) {
  try {
    const dir = dirname(resolveFn('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const executable = readFileSync(pathFile, 'utf8').trim();
    if (!executable) return null;
    const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable) : join(dir, 'dist', executable);
    return existsSync(binary) ? binary : null;
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
