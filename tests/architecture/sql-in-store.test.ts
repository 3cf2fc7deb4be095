// SQL lives in the store: modules of the folders moved so far call repositories in shared/node/store, never prepare or exec.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The folders whose SQL has moved to the store. Not yet moved, so not checked: the rest of shared/node outside the store. */
const CHECKED = ['shared/node/search', 'shared/node/annotations', 'shared/node/review', 'shared/node/crossref'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|cts|mts)$/.test(name) ? [path] : [];
  });
}

describe('SQL in the store', () => {
  for (const dir of CHECKED) {
    it(`${dir} prepares and executes no SQL of its own`, () => {
      const files = sourceFiles(dir);
      expect(files.length).toBeGreaterThan(0);
      const offences = files.flatMap((file) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          // (the store's own statement cache, `prepared(db, sql)`, is the store's too)
          .flatMap((line, i) => (line.includes('.prepare(') || line.includes('.exec(') || /\bprepared\(/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
      expect(offences).toEqual([]);
    });
  }
});
