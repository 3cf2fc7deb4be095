// Splits a plain-text source into lines that map back to their offsets in the original, and joins lines back into visible text.
import type { SourceLine } from '../model.js';

/** Splits on \n, \r\n or \r; each line's map points at its first character in `original`. */
export function splitLines(original: string, origin = 0): SourceLine[] {
  const lines: SourceLine[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    lines.push(line(original.slice(start, m.index), origin + start));
    start = m.index + m[0].length;
  }
  if (start < original.length) lines.push(line(original.slice(start), origin + start));
  return lines;
}

function line(text: string, at: number): SourceLine {
  return { text, map: text.length > 0 ? [{ t: 0, o: at, len: text.length }] : [] };
}

/** The visible text of a document's lines (for HTML, the page's words without its markup). */
export function visibleText(lines: readonly SourceLine[]): string {
  return lines.map((line) => line.text).join('\n');
}
