// Locates the installed package's root folder (where package.json and corpus/ live), from source or from dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The nearest folder above this module that holds Lextrace's package.json. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'corpus'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Lextrace package root (package.json beside corpus/)');
    dir = parent;
  }
  cached = dir;
  return dir;
}

/** The shipped corpus folder. */
export function shippedCorpusDir(): string {
  return join(packageRoot(), 'corpus');
}
