// A store in a folder the user cannot write: the reading commands read it (and say how), the writing ones say why not.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshStaleCrossReferences } from '../../../shared/node/crossref/refresh-cross-references.js';
import { importFile } from '../../../shared/node/import/import-document.js';
import { indexHooks } from '../../../shared/node/service/open-explorer.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { CORPUS_DIR, cleanupTemp, tempDir } from '../../helpers/temp-db.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'lextrace.js');

let folder: string;
let store: string;
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'shared', 'node', 'cli', 'bin.js'))) throw new Error('this test runs the built CLI: run `npm run build:node` first');
  const dir = tempDir('lextrace-readonly-');
  chmodSync(dir, 0o755);
  folder = join(dir, 'store');
  mkdirSync(folder);
  store = join(folder, 'lextrace.db');
  const db = openDatabase(store);
  await importFile(db, join(CORPUS_DIR, 'documents', 'us-russia-ipr-action-plan-2012.txt'), {}, indexHooks());
  refreshStaleCrossReferences(db); // as `lextrace import` does
  db.close();
  chmodSync(folder, 0o555);
});
afterAll(async () => {
  chmodSync(folder, 0o755);
  cleanupTemp();
});

/** Runs the CLI as a user who cannot write the folder (root writes anywhere, so root runs it as "nobody"). */
function cliAsOtherUser(...args: string[]) {
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  return spawnSync(process.execPath, [CLI, ...args, '--db', store], { encoding: 'utf8', timeout: 30_000, ...asNobody });
}

describe('a store in a read-only folder', () => {
  it('is listed, searched and shown by the reading commands, which say it was read as it is on disk', async () => {
    const docs = cliAsOtherUser('docs', '--json');
    expect(docs.status, docs.stderr).toBe(0);
    expect((JSON.parse(docs.stdout) as { id: string }[]).map((d) => d.id)).toEqual(['us-russia-ipr-action-plan-2012']);
    expect(docs.stderr).toBe(`note: ${store} is in a folder that cannot be written, so it was read into memory as it is on disk (read-only)\n`);
    const search = cliAsOtherUser('search', 'enforcement', '--json');
    expect(search.status, search.stderr).toBe(0);
    expect(JSON.parse(search.stdout)).not.toEqual([]);
  });

  it('is refused by a writing command with its path and what to do, not "attempt to write a readonly database" alone', async () => {
    const result = cliAsOtherUser('import', join(CORPUS_DIR, 'documents', 'ustr-press-release-ipr-action-plan-2012.txt'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error: the store ${store} cannot be written \\(.*\\); check that the file and its folder can be written`));
  });
});
