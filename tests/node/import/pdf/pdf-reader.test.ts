// Reading PDFs in the worker: text in a standard font, refusals naming the file and the reason, and the limits.
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../shared/node/import/pdf/pdf-reader.js';
import { column, minimalPdf } from './minimal-pdf.js';

const text = column(['Article 1. The rights of authors are protected by this law, which applies', 'to every work.'], 72, 100);

describe('readPdf', () => {
  it('reads text set in a standard font (from the bundled font data), with the title and the page', async () => {
    const read = await readPdf(minimalPdf([text], { title: 'A Test Law' }), 'law.pdf');
    expect(read.lines[0]).toMatchObject({ text: 'Article 1. The rights of authors are protected by this law, which applies to every work.', page: 1 });
    expect(read.title).toBe('A Test Law');
    expect(read.format).toBe('pdf');
    expect(read.pdf.pageCount).toBe(1);
  });

  it('imports what has text and says which pages had none', async () => {
    const read = await readPdf(minimalPdf([text, [], []]), 'part-scanned.pdf');
    expect(read.notes).toEqual(['no text on pages 2–3 (scanned images?): OCR is not supported, so their content is not imported']);
  });

  it.each([
    ['a password-protected PDF', minimalPdf([text], { encrypted: true }), /^locked\.pdf: the PDF is password-protected/],
    ['a scanned PDF', minimalPdf([[], []]), /^locked\.pdf: the PDF has no text layer .*no text on pages 1–2; OCR is not supported/],
    ['a damaged PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog'), /^locked\.pdf: the PDF is damaged beyond repair or is not a PDF/],
    ['bytes that are no PDF', new TextEncoder().encode('hello, world'), /^locked\.pdf: the PDF is damaged beyond repair or is not a PDF/],
  ])('refuses %s with the file name and the reason', async (_what, bytes, message) => {
    await expect(readPdf(bytes, 'locked.pdf')).rejects.toThrow(message);
  });

  it('stops at the time limit, the heap limit and the page limit, and says so', async () => {
    const pdf = minimalPdf([text, text]);
    await expect(readPdf(pdf, 'a.pdf', { timeLimitMs: 1, heapMb: 256, maxPages: 10 })).rejects.toThrow(/took longer than 0\.001 s and was stopped; nothing was imported/);
    await expect(readPdf(pdf, 'a.pdf', { timeLimitMs: 20_000, heapMb: 4, maxPages: 10 })).rejects.toThrow(/needs more than 4 MB of memory/);
    await expect(readPdf(pdf, 'a.pdf', { timeLimitMs: 20_000, heapMb: 256, maxPages: 1 })).rejects.toThrow(/too many pages \(2 pages; the limit is 1\)/);
  });
});
