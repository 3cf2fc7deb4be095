// Writes a long text PDF for the benchmark: pages of a report's paragraphs in Helvetica (pdf.js's bundled standard
// font), with a running header, page numbers and a footnote now and then, as a 200-page report would have.

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const SIZE = 10;
const LEADING = 13;
const MEASURE = 95; // characters a line

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');

/** Wraps words into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A PDF of `pages` pages filled with `paragraphs` (repeated as needed), in reading order. */
export function textPdf(paragraphs: readonly string[], pages: number, title = 'Benchmark Report'): Uint8Array {
  const pageStreams: string[] = [];
  let p = 0;
  let pending: string[] = [];
  for (let n = 1; n <= pages; n++) {
    const ops: string[] = [];
    const text = (x: number, y: number, s: string, size = SIZE) => ops.push(`BT /F1 ${size} Tf ${x} ${PAGE_HEIGHT - y} Td (${escape(s)}) Tj ET`);
    text(200, 40, `${title} - Special Report`, 8);
    let y = 80;
    const footnote = n % 5 === 0;
    const bottom = footnote ? 690 : 730;
    while (y < bottom) {
      if (pending.length === 0) {
        pending = wrap(paragraphs[p % paragraphs.length]!, MEASURE);
        p++;
        y += LEADING / 2;
      }
      const line = pending.shift()!;
      text(72, y, line);
      y += LEADING;
    }
    if (footnote) {
      text(72, 712, `${n / 5} See the annex to this report for the sources of the figures on page ${n}.`, 7);
    }
    text(300, 760, `${n}`, 9);
    pageStreams.push(ops.join('\n'));
  }
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const kids: number[] = [];
  for (const ops of pageStreams) {
    objects.push(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    const content = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
