#!/usr/bin/env node
// Rebuilds better-sqlite3 for Electron's ABI into build/native/electron/better_sqlite3.node (Node's copy is untouched),
// with better_sqlite3.abi beside it naming the ABI it was built for: electron/native-binding.ts loads the binary only
// under that ABI, so a build left from an earlier Electron major is passed over instead of failing to load.
//
// Why: Node and Electron have different native ABIs, and the CLI/web host need the Node build that
// `npm install` produced. So we rebuild a throw-away copy for Electron and keep both; electron/main.ts
// passes the Electron one to better-sqlite3 as `nativeBinding` when it exists.
//
// Needs: the `electron` package (for its version and ABI; its binary is not needed, and this script never
// require()s the package, which since Electron 42 would download it), a C++20 toolchain (Electron 45 builds
// against Node 24's headers), and internet access to download the Electron headers from
// https://electronjs.org/headers (or ELECTRON_HEADERS_URL pointing at a mirror).
// Usage: node scripts/build-electron-native.js [--electron-version X.Y.Z --electron-abi N]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronVersion() {
  const flag = process.argv.indexOf('--electron-version');
  if (flag > 0 && process.argv[flag + 1]) return process.argv[flag + 1];
  try {
    return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  } catch {
    throw new Error('the electron package is not installed: run `npm install electron` or pass --electron-version');
  }
}

/** The NODE_MODULE_VERSION of that Electron: the package's abi_version file, or --electron-abi with --electron-version. */
function electronAbi(version) {
  const flag = process.argv.indexOf('--electron-abi');
  if (flag > 0 && process.argv[flag + 1]) return process.argv[flag + 1];
  try {
    const pkg = dirname(require.resolve('electron/package.json'));
    if (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version === version) {
      return readFileSync(join(pkg, 'abi_version'), 'utf8').trim();
    }
  } catch {
    // fall through
  }
  throw new Error(`the ABI of Electron ${version} is unknown: pass --electron-abi N (its process.versions.modules)`);
}

function nodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm ships its own node-gyp.
    const bundled = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    if (existsSync(bundled)) return bundled;
    throw new Error('node-gyp not found: install it with `npm install -g node-gyp`');
  }
}

function main() {
  const version = electronVersion();
  const abi = electronAbi(version);
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'lextrace-native-'));
  const copy = join(work, 'better-sqlite3');
  const outDir = join(root, 'build', 'native', 'electron');
  try {
    process.stderr.write(`Rebuilding better-sqlite3 for Electron ${version} in ${copy}\n`);
    cpSync(source, copy, { recursive: true, filter: (path) => !path.includes(`${join('build', 'Release', 'obj')}`) });
    rmSync(join(copy, 'build'), { recursive: true, force: true });
    execFileSync(
      process.execPath,
      [
        nodeGyp(),
        'rebuild',
        '--release',
        `--target=${version}`,
        `--dist-url=${process.env.ELECTRON_HEADERS_URL ?? 'https://electronjs.org/headers'}`,
        '--runtime=electron',
        `--arch=${process.env.npm_config_arch ?? process.arch}`,
      ],
      { cwd: copy, stdio: 'inherit' },
    );
    mkdirSync(outDir, { recursive: true });
    cpSync(join(copy, 'build', 'Release', 'better_sqlite3.node'), join(outDir, 'better_sqlite3.node'));
    writeFileSync(join(outDir, 'better_sqlite3.abi'), `${abi}\n`);
    process.stderr.write(`Wrote ${join(outDir, 'better_sqlite3.node')} (Electron ${version}, ABI ${abi})\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  process.stderr.write(`build-electron-native: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
