// The lawyer's CLI: review (queue, confirm, reject, clear), link by hand, trace with statuses, matrix and its exports, cite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseCsv } from '../../../shared/core/annotations/csv-format.js';
import { runCli } from '../../../shared/node/cli/main.js';
import { cleanupTemp, tempDbPath, tempDir } from '../../helpers/temp-db.js';
import { ISP, SEIZE, UNRELATED } from './review-library.js';

afterAll(cleanupTemp);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

type TraceJson = { provisions: { key: string; status: string; inferred: boolean; reason: string | null; score: number }[] };

describe('lextrace review, link, trace, matrix, cite', () => {
  const db = tempDbPath();
  beforeAll(async () => {
    expect((await cli('index', '--db', db)).code).toBe(0);
  });

  it('review alone shows the queue and its progress', async () => {
    const text = await cli('review', '--db', db);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^0 of 21 commitments reviewed\./);
    const json = JSON.parse((await cli('review', '--db', db, '--json')).out) as { reviewed: number; total: number; items: { clause: string; pending: number }[] };
    expect(json).toMatchObject({ reviewed: 0, total: 21 });
    expect(json.items.find((i) => i.clause === SEIZE)!.pending).toBeGreaterThan(0);
  });

  it('confirms and rejects links; trace --json gives each provision a status, rejected ones only with --all', async () => {
    const confirm = await cli('review', SEIZE, 'ru-criminal-code:146', '--confirm', '--note', 'art. 146', '--db', db, '--json');
    expect(confirm.code).toBe(0);
    expect(JSON.parse(confirm.out)).toMatchObject({ status: 'confirmed', verdicts: [{ kind: 'concerns', reason: 'art. 146' }] });
    expect((await cli('review', SEIZE, 'ru-civil-code:1229', '--reject', '--db', db)).out).toBe('✗ action-plan-2012/I.A.2.c → ru-civil-code:1229: rejected');
    const trace = JSON.parse((await cli('trace', SEIZE, '--db', db, '--json')).out) as TraceJson;
    expect(trace.provisions.map((p) => [p.key, p.status])).toEqual([
      ['ru-criminal-code:146', 'confirmed'],
      ['ru-civil-code:1252/5', 'proposed'],
    ]);
    const all = JSON.parse((await cli('trace', SEIZE, '--all', '--db', db, '--json')).out) as TraceJson;
    expect(all.provisions.find((p) => p.key === 'ru-civil-code:1229')).toMatchObject({ status: 'rejected' });
    expect((await cli('trace', SEIZE, '--db', db)).out).toMatch(/^✔ Criminal Code art\. 146 .*confirmed, score 0\.\d\d, concerns\)\n {4}“art\. 146”/);
    expect((await cli('review', SEIZE, 'ru-civil-code:1229', '--clear', '--db', db, '--json')).out).toMatch(/"status": "proposed"/);
  });

  it('links by hand (status user in trace --json) and removes the link', async () => {
    const before = JSON.parse((await cli('trace', ISP, '--all', '--db', db, '--json')).out) as TraceJson;
    expect(before.provisions.length).toBeGreaterThan(0);
    expect(before.provisions.every((p) => p.inferred && p.status === 'proposed')).toBe(true);
    expect(before.provisions.map((p) => p.key)).not.toContain(UNRELATED.key); // the engine never infers it for ISP
    const made = await cli('link', ISP, UNRELATED.key, '--note', 'the ISP article', '--db', db, '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out)).toMatchObject({ clause: ISP, targetKey: UNRELATED.key, note: 'the ISP article' });
    const trace = JSON.parse((await cli('trace', ISP, '--db', db, '--json')).out) as TraceJson;
    expect(trace.provisions.find((p) => p.key === UNRELATED.key)).toMatchObject({ status: 'user', inferred: false, reason: 'the ISP article' });
    expect((await cli('link', ISP, UNRELATED.clause, '--db', db)).code).toBe(0);
    expect((await cli('link', ISP, UNRELATED.clause, '--remove', '--db', db)).out).toMatch(/^Removed/);
    expect((await cli('link', ISP, UNRELATED.clause, '--remove', '--db', db)).code).toBe(3);
    expect((await cli('link', ISP, UNRELATED.key, '--remove', '--db', db)).out).toMatch(/^Removed/);
    const after = JSON.parse((await cli('trace', ISP, '--all', '--db', db, '--json')).out) as TraceJson;
    expect(after.provisions).toEqual(before.provisions);
  });

  it('prints the matrix and writes CSV, XLSX, DOCX and HTML', async () => {
    const text = await cli('matrix', '--db', db);
    expect(text.out).toMatch(/^21 commitments × \d+ provisions, \d+ links/);
    expect(text.out).toContain('✔ Criminal Code art. 146');
    const json = JSON.parse((await cli('matrix', '--instrument', 'criminal-code', '--status', 'confirmed', '--db', db, '--json')).out) as { columns: { key: string }[]; cells: unknown[] };
    expect(json.columns.map((c) => c.key)).toEqual(['ru-criminal-code:146']);
    expect(json.cells).toHaveLength(1);
    const dir = tempDir();
    for (const format of ['csv', 'xlsx', 'docx', 'html']) {
      const run = await cli('matrix', '--format', format, '-o', join(dir, `m.${format}`), '--db', db);
      expect(run.code, run.err).toBe(0);
      expect(run.err).toMatch(new RegExp(`^wrote .*m\\.${format}`));
    }
    expect(parseCsv(readFileSync(join(dir, 'm.csv'), 'utf8'))).toHaveLength(22);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'm.xlsx')) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Links']);
    expect(await (await JSZip.loadAsync(readFileSync(join(dir, 'm.docx')))).file('word/document.xml')!.async('string')).toContain('Heading2');
    expect(readFileSync(join(dir, 'm.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect((await cli('matrix', '--format', 'csv', '--db', db)).out).toMatch(/^"Section","Commitment","Text",/);
  });

  it('cites clauses and provisions for a memo', async () => {
    expect((await cli('cite', 'action-plan-2012/I.A.1.a', 'ru-civil-code:1253.1/1', '--db', db)).out).toBe(
      'U.S.-Russia IPR Action Plan § I.A(1)(a) (Dec. 21, 2012)\nCivil Code of the Russian Federation art. 1253.1(1) (as amended through June 13, 2023)',
    );
    expect((await cli('cite', 'ru-civil-code:1253.1/1', '--form', 'ru', '--db', db)).out).toBe('п. 1 ст. 1253.1 ГК РФ (ред. от 13.06.2023)');
  });

  it('refuses mistakes with usage errors and not-found codes', async () => {
    expect((await cli('review', SEIZE, 'ru-civil-code:1229', '--db', db)).code).toBe(2);
    expect((await cli('review', SEIZE, 'ru-civil-code:1229', '--confirm', '--reject', '--db', db)).code).toBe(2);
    expect((await cli('review', SEIZE, UNRELATED.key, '--confirm', '--db', db)).code).toBe(3); // a link the engine does not infer
    expect((await cli('link', SEIZE, '--db', db)).code).toBe(2);
    expect((await cli('matrix', '--format', 'xlsx', '--db', db)).err).toMatch(/binary file: give -o FILE/);
    expect((await cli('matrix', '--format', 'pdf', '--db', db)).code).toBe(2);
    expect((await cli('matrix', '--status', 'maybe', '--db', db)).code).toBe(1);
  });

  it('review lists a verdict a re-import detached, with the text it was made on, and --discard lets it go', async () => {
    const memo = join(tempDir(), 'memo.txt');
    const piracy = 'Part 2 of Article 146 of the Criminal Code punishes the illegal use of copyright works on a large scale.';
    const seizure = 'Article 1252(5) of the Civil Code allows the seizure of equipment used to infringe.';
    writeFileSync(memo, `${seizure}\n\n${piracy}\n`);
    expect((await cli('import', memo, '--db', db)).code).toBe(0);
    expect((await cli('review', 'memo/p2', 'ru-criminal-code:146/2', '--reject', '--note', 'off topic', '--db', db)).code).toBe(0);
    writeFileSync(memo, `${seizure}\n`);
    expect((await cli('import', memo, '--db', db)).code).toBe(0);
    const text = (await cli('review', '--db', db)).out;
    expect(text).toContain('1 of your reviews no longer match a clause');
    expect(text).toMatch(/ ✗ memo\/p2 → ru-criminal-code:146\/2 \(off topic\): its paragraph is no longer in the document\n {6}was: “Part 2 of Article 146/);
    const json = JSON.parse((await cli('review', '--db', db, '--json')).out) as { detached: { verdicts: { id: string; recordedText: string }[] } };
    const [detached] = json.detached.verdicts;
    expect(detached!.recordedText).toBe(piracy);
    expect(await cli('review', '--discard', detached!.id, '--db', db)).toMatchObject({ code: 0, out: `Discarded ${detached!.id} (undo brings it back).` });
    expect((await cli('review', '--discard', detached!.id, '--db', db)).code).toBe(3);
    expect((await cli('review', '--db', db)).out).not.toContain('no longer match a clause');
  });
});
