// The matrix and its exports match the store: CSV read back with parseCsv, XLSX with exceljs, DOCX unzipped, HTML
// self-contained and escaped; exports are deterministic and spreadsheet-safe; the matrix serves 500 × 300.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseCsv } from '../../../shared/core/annotations/csv-format.js';
import type { ExportFile, TraceMatrix } from '../../../shared/core/api/review-dto.js';
import { CITATION_VERSION } from '../../../shared/node/crossref/citation-hook.js';
import { linksStatus } from '../../../shared/node/crossref/refresh-guard.js';
import { importFile } from '../../../shared/node/import/import-document.js';
import { ReviewService } from '../../../shared/node/review/review-service.js';
import { openExplorer, type Explorer } from '../../../shared/node/service/open-explorer.js';
import { cleanupTemp, tempDir } from '../../helpers/temp-db.js';
import { expectNotInferred, ISP, openIndexedLibrary, PLAN_FILE, SEIZE, UNRELATED } from './review-library.js';

const INJECTION = '=HYPERLINK("http://evil.example","x")';
const HOSTILE_NOTE = '<script>alert(1)</script> & "quotes" </blockquote>';

let explorer: Explorer;
beforeAll(async () => {
  ({ explorer } = await openIndexedLibrary());
  const s = explorer.service;
  await s.reviewLink({ clause: SEIZE, target: 'ru-civil-code:1252/5', verdict: 'confirmed', reason: "=cmd|' /C calc'!A0" });
  await s.reviewLink({ clause: SEIZE, target: 'ru-criminal-code:146', verdict: 'rejected', reason: 'not criminal' });
  await expectNotInferred(s, ISP, UNRELATED.key);
  await s.addUserLink({ clause: ISP, target: UNRELATED.key, note: HOSTILE_NOTE });
  // A second plan whose first item starts like a spreadsheet formula.
  const file = join(tempDir(), 'test-plan.txt');
  writeFileSync(file, readFileSync(PLAN_FILE, 'utf8').replace('Regulatory Data Protection: Hold', `${INJECTION} Regulatory Data Protection: Hold`));
  expect(readFileSync(file, 'utf8')).toContain(INJECTION);
  await importFile(explorer.db, file, { id: 'test-plan', kind: 'action-plan', lang: 'en', title: 'Test Plan', shortTitle: 'Test Plan', citeAs: 'Test Plan', format: 'pdf-text', date: '2013-01-01' }, explorer.hooks);
});
afterAll(async () => {
  explorer.close();
  cleanupTemp();
});

const PLAN_ONLY = { docs: ['action-plan-2012'] };

function bytes(file: ExportFile): Buffer {
  return file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
}

function cellsOf(m: TraceMatrix): Map<string, string> {
  return new Map(m.cells.map((c) => [`${m.rows[c.row]!.clause}|${m.columns[c.col]!.key}`, c.status]));
}

describe('the traceability matrix', () => {
  it('holds, for every commitment, exactly its reviewed trace (rejected links left out by default)', async () => {
    const s = explorer.service;
    const m = await s.traceMatrix(PLAN_ONLY);
    expect(m.rows.map((r) => r.clause)).toEqual((await s.listCommitments({})).filter((c) => c.doc === 'action-plan-2012').map((c) => c.id));
    const expected = new Map<string, string>();
    for (const row of m.rows) {
      for (const p of (await s.trace({ clause: row.clause, all: true })).provisions) {
        if (p.status === 'rejected') continue;
        expected.set(`${row.clause}|${p.key}`, p.status === 'proposed' ? (p.confident ? 'confident' : 'proposed') : p.status!);
      }
    }
    expect(cellsOf(m)).toEqual(expected);
    expect(cellsOf(m).get(`${SEIZE}|ru-civil-code:1252/5`)).toBe('confirmed');
    expect(cellsOf(m).get(`${ISP}|${UNRELATED.key}`)).toBe('user');
    expect(cellsOf(m).has(`${SEIZE}|ru-criminal-code:146`)).toBe(false);
    // Columns by instrument group, groups named and in order; rows by plan section.
    expect(m.groups.map((g) => g.label)).toEqual(['Civil Code', 'Administrative Code', 'Criminal Code', 'Working Party Report', 'Other instruments'].filter((l) => m.groups.some((g) => g.label === l)));
    const groupOrder = m.columns.map((c) => m.groups.findIndex((g) => g.id === c.group));
    expect(groupOrder).toEqual([...groupOrder].sort((a, b) => a - b));
    expect(m.sections[m.rows.find((r) => r.clause === SEIZE)!.section!]!.title).toBe('Enforcement');
  });

  it('filters by instrument group and status', async () => {
    const s = explorer.service;
    const civil = await s.traceMatrix({ ...PLAN_ONLY, instruments: ['civil-code'] });
    expect(civil.columns.length).toBeGreaterThan(0);
    expect(civil.columns.every((c) => c.instrument === 'ru-civil-code' && c.group === 'civil-code')).toBe(true);
    const confirmed = await s.traceMatrix({ ...PLAN_ONLY, statuses: ['confirmed'] });
    expect([...cellsOf(confirmed).entries()]).toEqual([[`${SEIZE}|ru-civil-code:1252/5`, 'confirmed']]);
    const rejected = await s.traceMatrix({ ...PLAN_ONLY, statuses: ['rejected'] });
    expect([...cellsOf(rejected).entries()]).toEqual([[`${SEIZE}|ru-criminal-code:146`, 'rejected']]);
  });

  it('serves 500 commitments × 300 provisions as a compact cell list', async () => {
    const big = openExplorer(join(tempDir(), 'big.db'));
    const db = big.db;
    db.transaction(() => {
      db.prepare(
        `INSERT INTO documents (id, title, short_title, cite_as, kind, lang, date, format, file_name, content_hash, pipeline_version, original, clause_count, imported_at)
         VALUES ('big-plan', 'Big Plan', 'Big Plan', 'Big Plan', 'action-plan', 'en', '2020-01-01', 'text', 'big.txt', 'x', 1, '', 510, '2020-01-01')`,
      ).run();
      const clause = db.prepare(
        `INSERT INTO clauses (id, doc_id, seq, path, parent_id, label, kind, level, text, start, end, offset_map, number, title) VALUES (?, 'big-plan', ?, ?, ?, ?, ?, ?, ?, 0, 0, '[]', ?, ?)`,
      );
      const link = db.prepare(`INSERT INTO links (from_clause, kind, to_key, score, confident, evidence, created_at) VALUES (?, 'concerns', ?, ?, ?, '{"evidence":[]}', '2020-01-01')`);
      const instruments = ['ru-civil-code', 'ru-admin-code', 'ru-criminal-code', 'wto-wpr-rus', 'ru-fl-187-fz-2013'];
      const keys = Array.from({ length: 300 }, (_, i) => `${instruments[i % 5]}:${100 + i}`);
      let seq = 0;
      let seed = 3;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      for (let s = 0; s < 10; s++) {
        clause.run(`big-plan/S${s}`, seq++, `S${s}`, null, `Big Plan § S${s}`, 'heading', 0, `Section ${s}`, `S${s}`, `Section ${s}`);
        for (let i = 0; i < 50; i++) {
          const id = `big-plan/S${s}.${i}`;
          clause.run(id, seq++, `S${s}.${i}`, `big-plan/S${s}`, `Big Plan § S${s}, item ${i}`, 'item', 1, `Commitment ${s}.${i} on enforcement.`, String(i), null);
          for (const key of keys) if (random() < 0.2) link.run(id, key, Math.round(random() * 1000) / 1000, random() < 0.2 ? 1 : 0);
        }
      }
      // The rows above bypass the import (and its citation hook): record, as an import does, that the store's citations
      // are this version's. Otherwise the first read re-extracts them, and if the extractor finds anything in the
      // synthetic text the links are recomputed from it, dropping the synthetic ones (0 columns).
      db.prepare(`INSERT INTO store_state (key, value) VALUES ('citations-version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(
        String(CITATION_VERSION),
      );
    })();
    expect(linksStatus(db).links).toBe('current');
    const countLinks = () => db.prepare('SELECT COUNT(*) FROM links').pluck().get() as number;
    const linkCount = countLinks();
    const started = performance.now();
    const m = await big.service.traceMatrix({});
    const ms = performance.now() - started;
    expect(m.rows).toHaveLength(500);
    expect(m.columns).toHaveLength(300);
    expect(m.cells.length).toBeGreaterThan(25_000);
    expect(countLinks()).toBe(linkCount); // the matrix of the links as stored, no refresh in between
    expect(Object.keys(m.cells[0]!).sort()).toEqual(['col', 'row', 'score', 'status']);
    expect(ms).toBeLessThan(10_000);
    const json = JSON.stringify(m).length;
    expect(json).toBeLessThan(500 * 300 * 40);
    console.log(`500 × 300 matrix: ${m.cells.length} cells in ${ms.toFixed(0)} ms, ${(json / 1024).toFixed(0)} KB of JSON`);
    big.close();
  });
});

describe('exports', () => {
  it('CSV: the matrix with a BOM, one header row, one row per commitment, formulas neutralised', async () => {
    const file = await explorer.service.exportMatrix({ format: 'csv' });
    expect(file).toMatchObject({ encoding: 'utf8', mimeType: 'text/csv;charset=utf-8', fileName: expect.stringMatching(/^lextrace-traceability-matrix-\d{4}-\d{2}-\d{2}\.csv$/) });
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    const m = await explorer.service.traceMatrix({});
    const rows = parseCsv(file.content);
    expect(rows[0]).toEqual(['Section', 'Commitment', 'Text', ...m.columns.map((c) => c.label)]);
    expect(rows).toHaveLength(m.rows.length + 1);
    const seize = rows.find((r) => r[1] === 'Action Plan § I.A, item 2(c)' && r[0]!.startsWith('Action Plan'))!;
    const col = (key: string) => 3 + m.columns.findIndex((c) => c.key === key);
    expect(seize[col('ru-civil-code:1252/5')]).toBe('confirmed');
    expect(col(UNRELATED.key)).toBeGreaterThanOrEqual(3);
    expect(rows.find((r) => r[1] === 'Action Plan § I.B, item 1')![col(UNRELATED.key)]).toBe('by hand');
    for (const cell of m.cells) {
      const text = rows[cell.row + 1]![3 + cell.col]!;
      if (cell.status === 'confident' || cell.status === 'proposed') expect(text).toBe(`${cell.status} ${cell.score.toFixed(2)}${cell.isNew ? ' (new)' : ''}`);
    }
    const injected = rows.find((r) => r[2]!.includes('HYPERLINK'))!;
    expect(injected[2]!.startsWith(`'${INJECTION}`), injected[2]).toBe(true);
    expect(rows.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });

  it('XLSX: a Matrix sheet with frozen header rows and a Links sheet with status, score, evidence and reason', async () => {
    const file = await explorer.service.exportMatrix({ format: 'xlsx', ...PLAN_ONLY });
    expect(file.encoding).toBe('base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes(file) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Links']);
    const m = await explorer.service.traceMatrix(PLAN_ONLY);
    const matrix = wb.getWorksheet('Matrix')!;
    expect(matrix.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect((matrix.getRow(2).values as unknown[]).slice(1)).toEqual(['Section', 'Commitment', 'Text', ...m.columns.map((c) => c.label)]);
    expect(matrix.getRow(1).getCell(4).value).toBe('Civil Code');
    expect(matrix.rowCount).toBe(m.rows.length + 2);
    for (const cell of m.cells) expect(String(matrix.getRow(cell.row + 3).getCell(4 + cell.col).value)).toMatch(/^(confirmed|by hand|confident|proposed)/);
    const links = wb.getWorksheet('Links')!;
    expect(links.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (links.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header).toEqual(['Section', 'Commitment', 'Commitment text', 'Provision', 'Provision key', 'Instrument', 'Status', 'Score', 'Kinds', 'New', 'Evidence', 'Quotes', 'Reason or note']);
    expect(links.rowCount).toBe(m.cells.length + 1);
    const rows = Array.from({ length: links.rowCount - 1 }, (_, i) => Object.fromEntries(header.map((h, c) => [h, links.getRow(i + 2).getCell(c + 1).value])));
    const confirmed = rows.find((r) => r['Commitment'] === 'Action Plan § I.A, item 2(c)' && r['Provision key'] === 'ru-civil-code:1252/5')!;
    expect(confirmed).toMatchObject({ Status: 'confirmed', Instrument: 'Civil Code', 'Reason or note': "'=cmd|' /C calc'!A0" });
    expect(typeof confirmed['Score']).toBe('number');
    expect(String(confirmed['Evidence'])).toContain('IIPA 2017 Report');
    expect(String(confirmed['Quotes'])).toMatch(/^“.+” \(IIPA 2017 Report/);
    expect(rows.find((r) => r['Commitment'] === 'Action Plan § I.B, item 1' && r['Provision key'] === UNRELATED.key)).toMatchObject({
      Status: 'by hand',
      Instrument: 'Criminal Code',
      'Reason or note': HOSTILE_NOTE,
    });
    // No cell is a formula.
    for (const sheet of wb.worksheets) sheet.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('DOCX: Word headings and tables, the commitments with their citations, the evidence and the official text', async () => {
    const file = await explorer.service.exportTraceReport({ format: 'docx', ...PLAN_ONLY });
    const zip = await JSZip.loadAsync(bytes(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*Action Plan § I\.A — Enforcement/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*Action Plan § I\.A, item 2\(c\)/);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(15);
    expect(xml).toContain('U.S.-Russia IPR Action Plan § I.A(2)(c) (Dec. 21, 2012)');
    expect(xml).toContain('Civil Code of the Russian Federation art. 1252(5) (as amended through June 13, 2023); п. 5 ст. 1252 ГК РФ (ред. от 13.06.2023)');
    expect(xml).toContain('Статья 1229. Исключительное право');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(xml).toContain('IIPA 2017 Report, Deficiencies in the Russian Legal Regime ¶ 5 (Feb. 9, 2017)');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toMatch(/<dcterms:created[^>]*>\d{4}-\d{2}-\d{2}T00:00:00Z<\/dcterms:created>/);
  });

  it('HTML: one self-contained printable file, every piece of document text escaped', async () => {
    const file = await explorer.service.exportTraceReport({ format: 'html', ...PLAN_ONLY });
    const html = file.content;
    expect(file).toMatchObject({ encoding: 'utf8', mimeType: 'text/html;charset=utf-8' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
    expect(html).not.toContain(HOSTILE_NOTE);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &lt;/blockquote&gt;');
    expect(html).toMatch(/Exported \d{4}-\d{2}-\d{2} from Lextrace/);
    for (const doc of await explorer.service.listDocuments({})) expect(html).toContain(doc.title.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    expect(html).toContain('<p class="cite">U.S.-Russia IPR Action Plan § I.A(2)(c) (Dec. 21, 2012)</p>');
    expect(html).toMatch(/<h4>Civil Code art\. 1252\(5\)<\/h4>\s*<p class="meta"><span class="status status-confirmed">confirmed<\/span>/);
    expect(html).toContain('Статья 1229. Исключительное право');
    expect(html).not.toContain('Criminal Code art. 146</td><td><span class="status status-rejected">');
  });

  it('is deterministic: the same store gives the same bytes, and another day changes only the date line', async () => {
    const clock = (iso: string) => () => new Date(iso);
    const refresh = { refreshLinks: () => undefined };
    const a = new ReviewService(explorer.db, refresh, clock('2026-03-04T09:15:00Z'));
    const b = new ReviewService(explorer.db, refresh, clock('2026-03-04T17:40:00Z'));
    for (const format of ['csv', 'xlsx'] as const) expect(bytes(await a.exportMatrix({ format })).equals(bytes(await b.exportMatrix({ format })))).toBe(true);
    for (const format of ['docx', 'html'] as const) expect(bytes(await a.exportTraceReport({ format })).equals(bytes(await b.exportTraceReport({ format })))).toBe(true);
    const later = new ReviewService(explorer.db, refresh, clock('2026-05-06T10:00:00Z'));
    const html = (await a.exportTraceReport({ format: 'html' })).content;
    const other = (await later.exportTraceReport({ format: 'html' })).content;
    expect(other).not.toBe(html);
    expect(other.replace('Exported 2026-05-06', 'Exported 2026-03-04')).toBe(html);
  });
});
