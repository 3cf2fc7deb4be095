#!/usr/bin/env node
// Runs a command only where the electron package (and so its types) is installed; otherwise says so (as after
// `npm install --omit=dev`). Since Electron 42 the package downloads no binary at install, so `npm install` and
// `npm ci` always keep it and electron/ is type-checked and built everywhere, CI included.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (!existsSync('node_modules/electron/electron.d.ts')) {
  console.log(`skipped "${[command, ...args].join(' ')}": the electron package is not installed`);
  process.exit(0);
}
const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
