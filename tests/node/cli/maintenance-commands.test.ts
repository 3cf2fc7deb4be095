// `lextrace backup`, `restore` and `remove`: a copy that restores, a restore that checks first, a removal that says what it did.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/node/cli/main.js';
import { LATEST_SCHEMA_VERSION } from '../../../shared/node/store/migrations/index.js';
import { CORPUS_DIR, cleanupTemp, tempDir } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const docIds = async (db: string): Promise<string[]> => (JSON.parse((await cli('docs', '--db', db, '--json')).out) as { id: string }[]).map((d) => d.id);

describe('backup, remove, restore', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir('lextrace-maint-');
    db = join(dir, 'lextrace.db');
    const report = join(dir, 'report.txt');
    writeFileSync(report, 'Memo on enforcement.\n\nThe first paragraph of the memo.\n\nThe second paragraph of the memo.\n');
    expect((await cli('import', report, '--db', db)).code).toBe(0);
    expect((await cli('import', join(CORPUS_DIR, 'documents', 'ustr-press-release-ipr-action-plan-2012.txt'), '--db', db)).code).toBe(0);
  });

  it('backs up to a dated file next to the store, or to the file named', async () => {
    const byDefault = await cli('backup', '--db', db, '--json');
    expect(byDefault.code, byDefault.err).toBe(0);
    const { file, bytes } = JSON.parse(byDefault.out) as { file: string; bytes: number };
    expect(file).toMatch(new RegExp(`^${dir}/lextrace\\.db\\.backup-\\d{4}-\\d\\d-\\d\\dT.*\\.sqlite$`));
    expect(bytes).toBeGreaterThan(0);
    const named = join(dir, 'mine.sqlite');
    const again = await cli('backup', named, '--db', db);
    expect(again.out).toBe(`Backed up ${db} to ${named} (${(bytes / 1048576).toFixed(1)} MB).`);
    const refused = await cli('backup', named, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`error: the store ${named} already exists; choose another backup file name, or remove that file first`);
  });

  it('removes a document, says so, and answers "not found" the second time', async () => {
    expect(await docIds(db)).toContain('report');
    const removed = await cli('remove', 'report', '--db', db);
    expect(removed).toMatchObject({ code: 0, out: 'Removed report.' });
    expect(await docIds(db)).not.toContain('report');
    const again = await cli('remove', 'report', '--db', db);
    expect(again.code).toBe(3);
    expect(again.err).toBe('error: no document with id "report"');
    expect((await cli('remove', '--db', db)).code).toBe(2);
  });

  it('restores a backup, keeping the store as it was beside it', async () => {
    const backup = join(dir, 'mine.sqlite');
    const restored = await cli('restore', backup, '--db', db, '--json');
    expect(restored.code, restored.err).toBe(0);
    const report = JSON.parse(restored.out) as { version: number; documents: number; previous: string };
    expect(report).toMatchObject({ version: LATEST_SCHEMA_VERSION, documents: 2 });
    expect(report.previous).toMatch(/lextrace\.db\.before-restore-.*\.sqlite$/);
    expect(await docIds(db)).toContain('report');
    // The copy kept before the restore is the store without "report".
    const previous = new Database(report.previous, { readonly: true });
    expect(previous.prepare('SELECT id FROM documents').pluck().all()).not.toContain('report');
    previous.close();
  });

  it('refuses to restore what is not a Lextrace store of a supported version, leaving the store alone', async () => {
    const before = await docIds(db);
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'these are notes, not a database\n'.repeat(200));
    const other = join(dir, 'other.sqlite');
    const raw = new Database(other);
    raw.exec('CREATE TABLE t (x)');
    raw.pragma('user_version = 1');
    raw.close();
    const newer = join(dir, 'newer.sqlite');
    const future = new Database(newer);
    future.exec('CREATE TABLE documents (id); CREATE TABLE clauses (id)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const cases: [string, RegExp][] = [
      [text, /notes\.sqlite is not a Lextrace store \(not an SQLite database\)/],
      [other, /other\.sqlite is an SQLite database but not a Lextrace store/],
      [newer, /newer\.sqlite is at schema \d+, newer than this Lextrace/],
      [join(dir, 'missing.sqlite'), /missing\.sqlite does not exist/],
    ];
    for (const [file, message] of cases) {
      const result = await cli('restore', file, '--db', db);
      expect(result.code, file).toBe(1);
      expect(result.err).toMatch(message);
    }
    expect(await docIds(db)).toEqual(before);
  });
});
