#!/usr/bin/env node
// The `lextrace` executable: runs the compiled CLI (built by `npm run build`, which `npm start` and `npm test` run).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'shared', 'node', 'cli', 'bin.js');
if (!existsSync(entry)) {
  process.stderr.write('lextrace is not built yet: run `npm run build` in ' + root + '\n');
  process.exit(1);
}
await import(entry);
