#!/usr/bin/env node
// Runs a command only where the optional electron package (and so its types) is installed; otherwise says so.
// Plain `npm install` drops electron on machines that cannot download its binary; CI keeps it with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1, so electron/ is always type-checked and built there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (!existsSync('node_modules/electron/electron.d.ts')) {
  console.log(`skipped "${[command, ...args].join(' ')}": the optional electron package is not installed`);
  process.exit(0);
}
const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
