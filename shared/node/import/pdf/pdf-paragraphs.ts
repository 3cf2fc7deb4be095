// Line-end tests that tell a paragraph's end from a line the typesetter wrapped: would the next line's first word have
// fitted on this line? A wrapped line has no room left for it; a paragraph's last line (or a heading) has.
import { glyphsWidth, type VisualLine } from './pdf-lines.js';

/** The column a line belongs to: its left edge and the right edge its full lines reach. */
export interface RunGeometry {
  left: number;
  right: number;
}

/** The width the first word of `line` takes on the page, up to where it could break (a space, or after a dash). */
export function firstWordWidth(line: VisualLine): number {
  const text = line.text.trimStart();
  const lead = line.text.length - text.length;
  const word = /^\S*?[-–—](?=\S)|^\S+/.exec(text)?.[0] ?? '';
  return xAt(line, lead + word.length) - line.x0;
}

/** The x position of character offset `at` of the line, within the piece that draws it by estimated glyph widths. */
export function xAt(line: VisualLine, at: number): number {
  for (const span of line.spans) {
    if (at > span.end) continue;
    const [x0, , x1] = span.rect;
    const text = line.text.slice(span.start, span.end);
    const total = glyphsWidth(text, line.mono);
    return total === 0 ? x0 : x0 + ((x1 - x0) * glyphsWidth(text.slice(0, Math.max(0, at - span.start)), line.mono)) / total;
  }
  return line.x1;
}

/**
 * True when `line` was wrapped: the first word of `next` (and a space) would not have fitted before the column's edge.
 * `slack` (in font sizes) is the room beyond that still taken for a wrap: the estimates of widths and of the edge err.
 */
export function isFullLine(line: VisualLine, next: VisualLine, run: RunGeometry, slack = 0.2): boolean {
  if (/\p{L}-$/u.test(line.text)) return true;
  const room = run.right - line.x1;
  return room <= firstWordWidth(next) + slack * line.size;
}

/** A line set centred in its column (a title line), not starting at the column's left edge. */
export function isCentered(line: VisualLine, run: RunGeometry): boolean {
  const middle = (run.left + run.right) / 2;
  return line.x0 > run.left + 2 * line.size && Math.abs((line.x0 + line.x1) / 2 - middle) < 0.75 * line.size;
}
