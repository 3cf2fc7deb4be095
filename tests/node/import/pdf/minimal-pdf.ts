// Builds small PDFs for tests by hand: pages of Helvetica text (a standard font pdf.js reads from its bundled data),
// pages without text, and an encryption dictionary whose user password is not empty.
import { randomBytes } from 'node:crypto';

export interface PdfText {
  str: string;
  /** Left edge and baseline, from the top left of a 612 × 792 page. */
  x: number;
  y: number;
  size?: number;
}

export interface MinimalPdfOptions {
  /** An /Encrypt dictionary that no empty password opens. */
  encrypted?: boolean;
  title?: string;
}

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** A PDF whose pages hold the given texts (an empty list makes a page with no text, as a scanned page has). */
export function minimalPdf(pages: readonly (readonly PdfText[])[], options: MinimalPdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const texts of pages) {
    const ops = texts.map((t) => `BT /F1 ${t.size ?? 10} Tf ${t.x} ${792 - t.y} Td (${escape(t.str)}) Tj ET`).join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(`<< /Producer (lextrace tests)${options.title ? ` /Title (${escape(options.title)})` : ''} >>`);
  let encrypt = '';
  if (options.encrypted) {
    const hex = (n: number) => randomBytes(n).toString('hex');
    const e = add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(32)}> /U <${hex(32)}> >>`);
    encrypt = ` /Encrypt ${e} 0 R /ID [<${hex(16)}> <${hex(16)}>]`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${info} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lines of text as a column would set them: one PdfText per line, `pitch` apart, starting at `top`. */
export function column(lines: readonly string[], x: number, top: number, size = 10, pitch = 12): PdfText[] {
  return lines.map((str, i) => ({ str, x, y: top + i * pitch, size }));
}
