// A PDF through the whole import: migration 6's columns, clause pages and regions, the PDF kept in the store (and
// counted), the API's PDF methods, the CLI's pages, refusals leaving the store as it was.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../shared/node/cli/main.js';
import { openExplorer, type Explorer } from '../../../../shared/node/service/open-explorer.js';
import { migrate } from '../../../../shared/node/store/migrations/index.js';
import { openDatabase } from '../../../../shared/node/store/open-database.js';
import { cleanupTemp, storeFingerprint, tempDbPath, tempDir } from '../../../helpers/temp-db.js';
import { expectedPages, FIXTURES } from './fixture-comparison.js';
import { minimalPdf } from './minimal-pdf.js';

afterAll(cleanupTemp);

const FIXTURE = 'iipa-2017-russia.columns';
const PDF = join(FIXTURES, `${FIXTURE}.pdf`);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('migration 6', () => {
  it('adds the clause page range and regions, and a table for kept files that goes with its document', () => {
    const db = openDatabase(':memory:');
    const columns = (db.prepare("SELECT name FROM pragma_table_info('clauses')").pluck().all() as string[]).filter((c) => c.startsWith('page') || c === 'regions');
    expect(columns.sort()).toEqual(['page', 'page_end', 'regions']);
    db.prepare(
      `INSERT INTO documents (id, title, short_title, cite_as, kind, lang, format, file_name, content_hash, pipeline_version, original, clause_count, imported_at)
       VALUES ('d', 't', 't', 't', 'other', 'en', 'pdf', 'd.pdf', 'h', 1, 'x', 0, 'now')`,
    ).run();
    db.prepare("INSERT INTO document_files (doc_id, media_type, bytes) VALUES ('d', 'application/pdf', x'255044462d')").run();
    db.prepare("DELETE FROM documents WHERE id = 'd'").run();
    expect(db.prepare('SELECT count(*) FROM document_files').pluck().get()).toBe(0);
  });

  it('upgrades a version-5 store in place, its clauses kept (with no page range or regions)', () => {
    const db = new Database(':memory:');
    expect(migrate(db, 5)).toBe(5);
    db.prepare(
      `INSERT INTO documents (id, title, short_title, cite_as, kind, lang, format, file_name, content_hash, pipeline_version, original, clause_count, imported_at)
       VALUES ('d', 't', 't', 't', 'other', 'en', 'text', 'd.txt', 'h', 1, 'x', 1, 'now')`,
    ).run();
    db.prepare(`INSERT INTO clauses (id, doc_id, seq, path, label, kind, level, text, start, end, offset_map) VALUES ('d/p1', 'd', 0, 'p1', 'p1', 'paragraph', 0, 'x', 0, 1, '[]')`).run();
    expect(migrate(db)).toBeGreaterThanOrEqual(6);
    expect(db.prepare("SELECT page, page_end, regions FROM clauses WHERE id = 'd/p1'").get()).toEqual({ page: null, page_end: null, regions: null });
  });
});

describe('importing a PDF', () => {
  let explorer: Explorer;
  let docId: string;
  const bytes = readFileSync(PDF);

  beforeAll(async () => {
    explorer = openExplorer(tempDbPath());
    const file = join(tempDir(), 'IIPA 2017 Russia.pdf');
    copyFileSync(PDF, file);
    const report = await explorer.service.importDocument({ fileName: 'IIPA 2017 Russia.pdf', data: bytes.toString('base64') });
    docId = report.docId;
    expect(report).toMatchObject({ status: 'imported', docId: 'iipa-2017-russia', clauses: 73 });
    expect(report.notes).toEqual(['removed 9 lines as page headers', 'removed 9 page numbers']);
  });
  afterAll(() => explorer.close());

  it('gives every clause its page, and its last page when it spans two', async () => {
    const expected = expectedPages()[FIXTURE]!.clauses;
    const clauses = await explorer.service.listClauses({ doc: docId });
    for (const c of clauses) {
      const [first, last] = expected[c.path]!;
      expect({ path: c.path, page: c.page, pages: c.pages }).toEqual({ path: c.path, page: first, pages: last > first ? [first, last] : undefined });
    }
    expect(clauses.some((c) => c.pages)).toBe(true);
  });

  it('gives a clause its regions on the page, in PDF user space', async () => {
    const clauses = await explorer.service.listClauses({ doc: docId });
    const spanning = clauses.find((c) => c.pages)!;
    const place = await explorer.service.getClauseRegions({ id: spanning.id });
    expect(place).toMatchObject({ clause: spanning.id, doc: docId, page: spanning.pages![0], pageEnd: spanning.pages![1] });
    expect(place.regions.map((r) => r.page)).toEqual([spanning.pages![0], spanning.pages![1]]);
    for (const { rects } of place.regions) {
      for (const [x0, y0, x1, y1] of rects) {
        expect(x0).toBeLessThan(x1);
        expect(y0).toBeLessThan(y1);
        expect(x0).toBeGreaterThanOrEqual(0);
        expect(y1).toBeLessThanOrEqual(792);
      }
    }
  });

  it('keeps the PDF in the store, counted in the document’s size', async () => {
    const pdf = await explorer.service.getDocumentPdf({ id: docId });
    expect(Buffer.from(pdf.data, 'base64').equals(bytes)).toBe(true);
    expect(pdf).toMatchObject({ id: docId, fileName: 'IIPA 2017 Russia.pdf', size: bytes.length });
    const doc = await explorer.service.getDocument({ id: docId });
    expect(doc.pdf).toBe(true);
    expect(doc.size).toBeGreaterThan(bytes.length);
  });

  it('finds the same bytes again unchanged, and removes the PDF with its document', async () => {
    const again = await explorer.service.importDocument({ fileName: 'IIPA 2017 Russia.pdf', data: bytes.toString('base64') });
    expect(again.status).toBe('unchanged');
    await explorer.service.removeDocument({ id: docId });
    expect(explorer.db.prepare('SELECT count(*) FROM document_files').pluck().get()).toBe(0);
    await expect(explorer.service.getDocumentPdf({ id: docId })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('says not_found for the PDF of a text document and the regions of its clauses', async () => {
    const text = await explorer.service.importDocument({ fileName: 'memo.txt', data: Buffer.from('A memo.\n\nIt has one paragraph.\n').toString('base64') });
    await expect(explorer.service.getDocumentPdf({ id: text.docId })).rejects.toMatchObject({ code: 'not_found' });
    const [clause] = await explorer.service.listClauses({ doc: text.docId });
    await expect(explorer.service.getClauseRegions({ id: clause!.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a PDF it cannot read and leaves the store exactly as it was', async () => {
    const before = storeFingerprint(explorer.db);
    const locked = minimalPdf([[{ str: 'Secret.', x: 72, y: 100 }]], { encrypted: true });
    await expect(explorer.service.importDocument({ fileName: 'locked.pdf', data: Buffer.from(locked).toString('base64') })).rejects.toMatchObject({
      code: 'import_failed',
      message: expect.stringMatching(/^locked\.pdf: the PDF is password-protected/),
    });
    expect(storeFingerprint(explorer.db)).toBe(before);
  });
});

describe('the CLI with a PDF', () => {
  const db = tempDbPath();
  it('imports it, lists its clauses with their pages, and shows one spanning two pages', async () => {
    const file = join(tempDir(), 'report.pdf');
    writeFileSync(file, readFileSync(PDF));
    const imported = await cli('import', file, '--db', db, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject([{ status: 'imported', docId: 'report', clauses: 73 }]);
    const listed = JSON.parse((await cli('clauses', 'report', '--db', db, '--json')).out) as { id: string; page: number; pages?: [number, number] }[];
    expect(listed.every((c) => typeof c.page === 'number')).toBe(true);
    const spanning = listed.find((c) => c.pages)!;
    const shown = await cli('show', spanning.id, '--db', db);
    expect(shown.out).toContain(`, pp. ${spanning.pages!.join('–')}`);
    const shownJson = JSON.parse((await cli('show', spanning.id, '--db', db, '--json')).out) as { page: number; pages: number[] };
    expect(shownJson).toMatchObject({ page: spanning.pages![0], pages: spanning.pages });
    const docs = await cli('docs', '--db', db);
    expect(docs.out).toMatch(/report\s+other\s+en\s+73\s+\d+ KB/);
  });
});
