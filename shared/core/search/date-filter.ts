// The `date:` search filter over documents' dates: a year, month or day, or a range of them ("2012", "2010..2017",
// "..2012", "2012-12..").

/** An inclusive range of ISO date prefixes; an open end is null. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

const PART = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;
const RANGE_RE = new RegExp(`^(${PART})?(?:\\.\\.(${PART})?)?$`);

/** The range a `date:` value names, or null when it is not a date, a range of dates, or is empty. */
export function readDateRange(value: string): DateRange | null {
  const m = RANGE_RE.exec(value.trim());
  if (!m) return null;
  const ranged = value.includes('..');
  const from = m[1] ?? null;
  const to = ranged ? (m[2] ?? null) : from;
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from > to && !to.startsWith(from)) return null;
  return { from, to };
}

/** Whether an ISO date ("2012-12-21", "2017") falls in the range (compared at the precision each end is given in). */
export function dateInRange(date: string | null, range: DateRange): boolean {
  if (!date) return false;
  if (range.from !== null && date.slice(0, range.from.length) < range.from) return false;
  if (range.to !== null && date.slice(0, range.to.length) > range.to) return false;
  return true;
}

/** The range in words for a chip: "2012", "2010 to 2017", "from 2012", "until 2012". */
export function describeDateRange(range: DateRange): string {
  if (range.from === range.to) return range.from ?? '';
  if (range.from === null) return `until ${range.to}`;
  if (range.to === null) return `from ${range.from}`;
  return `${range.from} to ${range.to}`;
}
