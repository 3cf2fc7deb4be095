// The trace report as a Word document (docx): real headings (Title, Heading 1–3) and tables, quotations indented;
// byte-stable for the same store apart from the date line.
import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportCommitment, ReportProvision, TraceReport } from './report-model.js';
import { stableZip } from './stable-zip.js';

const MUTED = '5B6470';
const STATUS_COLOURS: Record<string, string> = {
  confirmed: '1F7A3A',
  'confirmed, no longer inferred': '1F7A3A',
  'by hand': '6B3FA0',
  confident: '1F5F9E',
  proposed: '8A6100',
  rejected: '7A7F87',
};

/** Word refuses XML-invalid control characters; document text may hold them. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function run(text: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun {
  return new TextRun({ text: clean(text), ...options });
}

function para(children: TextRun[], options: { indent?: number; spacingAfter?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    ...(options.indent ? { indent: { left: options.indent } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    spacing: { after: options.spacingAfter ?? 120 },
  });
}

function cell(text: string, header = false, color?: string): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [run(text, { bold: header, size: 18, ...(color ? { color } : {}) })] })],
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E9EE' } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function table(header: string[], rows: { cells: string[]; color?: (i: number) => string | undefined }[], widths: number[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'D5D9DF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, false, r.color?.(i))) })),
    ],
  });
}

function provisionBlocks(p: ReportProvision): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [run(`${p.label}${p.title !== p.label ? ` — ${p.title}` : ''}`)] }),
    para([
      run(p.status.toUpperCase(), { bold: true, color: STATUS_COLOURS[p.status] ?? MUTED, size: 18 }),
      run(`${p.isNew ? ' · new' : ''}${p.scoreText === '—' ? '' : ` · score ${p.scoreText} · ${p.kinds}`}`, { color: MUTED, size: 18 }),
    ]),
    para([run(`${p.citation}${p.citationRu ? `; ${p.citationRu}` : ''}`, { italics: true, color: MUTED })]),
  ];
  if (p.reason) blocks.push(para([run(p.status === 'by hand' ? 'Note: ' : 'Reason: ', { bold: true }), run(p.reason)]));
  for (const ev of p.evidence) {
    blocks.push(para([run(`“${ev.quote}”`)], { indent: 567, spacingAfter: 40, keepNext: true }));
    blocks.push(para([run(ev.citation, { color: MUTED, size: 18 })], { indent: 567 }));
  }
  if (p.officialText) {
    blocks.push(para([run('Official text ', { bold: true }), run(`(${p.officialText.label}):`, { color: MUTED })], { spacingAfter: 40, keepNext: true }));
    for (const line of p.officialText.text.split('\n')) blocks.push(para([run(line)], { indent: 567, spacingAfter: 60 }));
  } else {
    blocks.push(para([run('The corpus does not hold the official text of this instrument.', { italics: true, color: MUTED })]));
  }
  return blocks;
}

function commitmentBlocks(c: ReportCommitment): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(c.label)] }),
    para([run(c.citation, { italics: true, color: MUTED })]),
    para([run(c.text)]),
  ];
  if (c.provisions.length === 0) {
    blocks.push(para([run('No provision is linked to this commitment (with the filters of this report).', { italics: true, color: MUTED })]));
    return blocks;
  }
  blocks.push(
    table(
      ['Provision', 'Status', 'Score', 'Evidence'],
      c.provisions.map((p) => ({ cells: [p.label, p.status, p.scoreText, p.evidence.map((e) => e.label).join('; ')], color: (i) => (i === 1 ? STATUS_COLOURS[p.status] : undefined) })),
      [2600, 1700, 800, 4200],
    ),
    para([]),
  );
  for (const p of c.provisions) blocks.push(...provisionBlocks(p));
  return blocks;
}

export async function reportDocx(report: TraceReport, date: Date): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(report.title)] }),
    para([run(`Exported ${report.date} from Lextrace`, { color: MUTED })], { spacingAfter: 60 }),
    para([run(`${report.filters} ${report.totals.map((t) => `${t.count} ${t.status}`).join(', ')}.`, { color: MUTED, size: 18 })]),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run('The corpus')] }),
    table(['Document', 'Cited as', 'Kind', 'Date'], report.documents.map((d) => ({ cells: [d.title, d.citeAs, d.kind, d.date] })), [4700, 2000, 1400, 1200]),
  ];
  let section: string | null = null;
  for (const c of report.commitments) {
    if (c.section !== section) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: section !== null, children: [run(c.section || 'Commitments')] }));
      section = c.section;
    }
    children.push(...commitmentBlocks(c));
  }
  const doc = new Document({
    creator: 'Lextrace',
    lastModifiedBy: 'Lextrace',
    title: report.title,
    description: `Trace report exported ${report.date}`,
    styles: { default: { document: { run: { font: 'Cambria', size: 21 } }, heading1: { run: { font: 'Calibri' } } } },
    sections: [{ properties: { page: { margin: { top: 1020, bottom: 1134, left: 1020, right: 1020 } } }, children }],
  });
  return stableZip(new Uint8Array(await Packer.toBuffer(doc)), date);
}
