// Robustness on pdf.js's own test PDFs (broken, encrypted, odd fonts, huge pages): a deterministic sample of about 100,
// each imported or refused with a message naming the file, none crashing, none beyond the time limit; peak memory printed.
// The folder is ../shared/bench/pdfjs-test-pdfs (or LEXTRACE_BENCH_PDFS); without it the test says so and is skipped.
// The whole set runs in the bench: `node dist/bench/pdf.js`.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCorpus, pdfCorpus, pdfCorpusDir } from '../../../../bench/pdf.js';

const dir = pdfCorpusDir();
const present = existsSync(dir);
if (!present) console.log(`PDF robustness sample skipped: no folder at ${dir} (set LEXTRACE_BENCH_PDFS)`);

describe.skipIf(!present)('pdf.js test PDFs, a sample of 100', () => {
  it('imports or refuses each with a message; none crashes or outlasts the time limit', async () => {
    const limits = { timeLimitMs: 20_000, heapMb: 512, maxPages: 5000 };
    const report = await pdfCorpus(dir, { sample: 100, limits });
    console.log(describeCorpus(report));
    expect(report.files).toBe(100);
    expect(report.crashed.map((c) => `${c.file}: ${c.message}`)).toEqual([]);
    expect(report.overTime).toEqual([]);
    for (const r of report.results.filter((x) => x.outcome === 'refused')) expect(r.message).toMatch(new RegExp(`^${r.file.replace(/[.]/g, '\\.')}: `));
    expect(report.imported).toBeGreaterThan(50);
  }, 240_000);
});
