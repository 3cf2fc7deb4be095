// Renders rows as a plain aligned text table for the terminal.

/** Formats `rows` under `headers`; long cells are cut to `maxWidth` characters with an ellipsis. */
export function formatTable(headers: readonly string[], rows: readonly (readonly unknown[])[], maxWidth = 70): string {
  const cells = rows.map((row) => row.map((cell) => clip(oneLine(cell), maxWidth)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function oneLine(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
