// The shipped English documents printed to PDF (plain, and two columns with running header and page numbers) give the
// clauses their text import gives — same texts and labels — on the pages the fixture script put them.
import { describe, expect, it } from 'vitest';
import { compareFixture, expectedPages, type Comparison } from './fixture-comparison.js';

const results: Comparison[] = [];

describe('PDF fixtures against the text import', () => {
  for (const fixture of Object.keys(expectedPages())) {
    it(fixture, async () => {
      const c = await compareFixture(fixture);
      results.push(c);
      const detail = [...c.mismatches.map((m) => `${m.path}: ${m.why}`), ...c.pageMismatches.map((m) => `${m.path}: page ${m.got} ≠ ${m.expected}`)];
      expect(c.same / c.textClauses, detail.join('\n')).toBeGreaterThanOrEqual(0.98);
      expect(c.pagesRight / c.pagesChecked, detail.join('\n')).toBeGreaterThanOrEqual(0.98);
    });
  }

  it('prints the figures', () => {
    const same = results.reduce((n, c) => n + c.same, 0);
    const total = results.reduce((n, c) => n + c.textClauses, 0);
    const pages = results.reduce((n, c) => n + c.pagesRight, 0);
    const checked = results.reduce((n, c) => n + c.pagesChecked, 0);
    console.log(results.map((c) => `${c.fixture}: ${c.same}/${c.textClauses} clauses, pages ${c.pagesRight}/${c.pagesChecked}`).join('\n'));
    console.log(`all fixtures: ${same}/${total} clauses the same (${((100 * same) / total).toFixed(1)} %), pages right ${pages}/${checked}`);
    expect(same / total).toBeGreaterThanOrEqual(0.98);
  });
});
