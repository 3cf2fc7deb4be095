// Annotations as CSV for spreadsheets: RFC 4180 (every field quoted, CRLF), a UTF-8 BOM, formulas neutralised.

/** One annotation as a spreadsheet row (several targets: labels and quotes already joined by " | "). */
export interface CsvRow {
  document: string;
  clauseLabel: string;
  citation: string;
  quote: string;
  tags: string[];
  note: string;
  author: string;
  created: string;
  modified: string;
  link: string;
}

export const CSV_HEADER = ['document', 'clause', 'citation', 'quote', 'tags', 'note', 'author', 'created', 'modified', 'link'] as const;
export const CSV_BOM = '\uFEFF';
/** Between the tag names of one row. */
export const CSV_TAG_SEPARATOR = '; ';
/** Between the labels or quotes of an annotation's several targets. */
export const CSV_TARGET_SEPARATOR = ' | ';

/** A cell a spreadsheet would read as a formula (= + - @, tab, carriage return) gets a leading apostrophe. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quoted(cell: string): string {
  return `"${cell.replace(/"/g, '""')}"`;
}

function cellsOf(row: CsvRow): string[] {
  return [
    row.document,
    row.clauseLabel,
    row.citation,
    row.quote,
    row.tags.join(CSV_TAG_SEPARATOR),
    row.note,
    row.author,
    row.created,
    row.modified,
    row.link,
  ];
}

/** The CSV file's text: BOM, header, one row per annotation, every line ended by CRLF. */
export function toCsv(rows: readonly CsvRow[]): string {
  const lines = [[...CSV_HEADER], ...rows.map(cellsOf)].map((cells) => cells.map((c) => quoted(neutraliseFormula(c))).join(','));
  return CSV_BOM + lines.map((line) => `${line}\r\n`).join('');
}

/** A small RFC 4180 reader (quoted or bare fields, "" escapes, CRLF or LF line ends, an optional BOM). */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(CSV_BOM) ? text.slice(CSV_BOM.length) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let rowStarted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (inQuotes) {
      if (c !== '"') field += c;
      else if (source[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
      continue;
    }
    rowStarted = true;
    if (c === '"') inQuotes = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      rowStarted = false;
    } else field += c;
  }
  if (inQuotes) throw new Error('CSV: a quoted field is not closed');
  if (rowStarted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
