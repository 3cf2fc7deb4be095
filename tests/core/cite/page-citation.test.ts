// A clause of a PDF cites with its page before its own locator ("IIPA 2017 Report, p. 12, ¶ 4").
import { describe, expect, it } from 'vitest';
import { citeClause, type CitableDocument } from '../../../shared/core/cite/legal-citation.js';

const report: CitableDocument = { title: 'IIPA 2017 Report', shortTitle: 'IIPA 2017 Report', citeAs: 'IIPA 2017 Report', kind: 'report', date: '2017-02-09', instrument: null };

describe('citations of a PDF clause', () => {
  it.each([
    [{ page: 12 }, 'IIPA 2017 Report, p. 12, ¶ 4 (Feb. 9, 2017)'],
    [{ page: 12, pageEnd: 13 }, 'IIPA 2017 Report, pp. 12–13, ¶ 4 (Feb. 9, 2017)'],
    [{ page: null }, 'IIPA 2017 Report ¶ 4 (Feb. 9, 2017)'],
  ])('%o → %s', (pages, text) => {
    expect(citeClause({ id: 'iipa/p4', path: 'p4', label: 'IIPA 2017 Report ¶ 4', ...pages }, report, 'en').text).toBe(text);
  });

  it('keeps the page out of the short form, which is the label', () => {
    expect(citeClause({ id: 'iipa/p4', path: 'p4', label: 'IIPA 2017 Report ¶ 4', page: 12 }, report, 'short').text).toBe('IIPA 2017 Report ¶ 4');
  });
});
