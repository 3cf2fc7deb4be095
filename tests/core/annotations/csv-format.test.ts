// CSV export: RFC 4180 quoting, BOM, CRLF, formula-injection neutralised, and a faithful read-back.
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_HEADER, neutraliseFormula, parseCsv, toCsv, type CsvRow } from '../../../shared/core/annotations/csv-format.js';

function row(fields: Partial<CsvRow>): CsvRow {
  return {
    document: 'UNCLOS 1982',
    clauseLabel: 'Article 101',
    citation: 'UNCLOS art. 101(a)',
    quote: 'illegal acts of violence',
    tags: ['piracy'],
    note: '',
    author: 'Ada',
    created: '2025-03-14T09:26:53.589Z',
    modified: '2025-03-14T09:26:53.589Z',
    link: 'lextrace://document/unclos-1982',
    ...fields,
  };
}

const cells = (r: CsvRow) => [r.document, r.clauseLabel, r.citation, r.quote, r.tags.join('; '), r.note, r.author, r.created, r.modified, r.link];

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and a header; every field quoted; CRLF line ends', () => {
    const text = toCsv([row({})]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('"document","clause","citation","quote","tags","note","author","created","modified","link"');
    expect(lines[1]).toBe(
      '"UNCLOS 1982","Article 101","UNCLOS art. 101(a)","illegal acts of violence","piracy","","Ada","2025-03-14T09:26:53.589Z","2025-03-14T09:26:53.589Z","lextrace://document/unclos-1982"',
    );
    expect(lines[2]).toBe('');
    expect(lines).toHaveLength(3);
    expect(parseCsv(toCsv([]))).toEqual([[...CSV_HEADER]]);
  });

  it('round-trips quotes, commas, line breaks, Cyrillic and several targets through parseCsv', () => {
    const rows = [
      row({ quote: 'He said "stop", then left', note: 'Line one\nline two\r\nline three, with comma', tags: ['a, b', 'c "d"'] }),
      row({ document: 'ГК РФ часть 1', clauseLabel: 'Статья 1 | Статья 2', quote: 'равенства участников | гражданского оборота', author: 'Иван Петров' }),
      row({ note: '<img src=x onerror=alert(1)>', tags: [] }),
    ];
    const parsed = parseCsv(toCsv(rows));
    expect(parsed[0]).toEqual([...CSV_HEADER]);
    expect(parsed.slice(1)).toEqual(rows.map(cells));
  });

  it('neutralises formula injection with a leading apostrophe', () => {
    const hostile = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|\' /C calc\'!A0'];
    for (const value of hostile) {
      const [, line] = parseCsv(toCsv([row({ note: value, quote: value, author: value, tags: [value, 'ok'] })]));
      expect(line![5]).toBe(`'${value}`);
      expect(line![3]).toBe(`'${value}`);
      expect(line![6]).toBe(`'${value}`);
      expect(line![4]).toBe(`'${value}; ok`);
    }
    expect(neutraliseFormula('a=1')).toBe('a=1');
    expect(neutraliseFormula(' =1')).toBe(' =1');
    expect(neutraliseFormula('')).toBe('');
    expect(parseCsv(toCsv([row({ tags: ['ok', '=bad'] })]))[1]![4]).toBe('ok; =bad');
  });
});

describe('parseCsv', () => {
  it('reads bare and quoted fields, LF or CRLF, empty fields and a last line without a line end', () => {
    expect(parseCsv('a,b\nc,"d ""e"""\r\n,\n"x\ny",z')).toEqual([['a', 'b'], ['c', 'd "e"'], ['', ''], ['x\ny', 'z']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('""')).toEqual([['']]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('"abc')).toThrow(/not closed/);
  });
});
