// Text that remembers where each character came from: offset runs from built text back to the original.

/**
 * A run of `len` characters starting at `t` in the built text that came from `o` in the original.
 * A synthetic run (characters the normaliser inserted, such as the space that joins two lines)
 * has `syn: true`; all its characters map to `o`.
 */
export interface OffsetRun {
  t: number;
  o: number;
  len: number;
  syn?: true;
}

/** Builds a string piece by piece while recording where each piece came from. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private runs: OffsetRun[] = [];
  private length = 0;

  get text(): string {
    return this.parts.join('');
  }

  get size(): number {
    return this.length;
  }

  /** Appends `text`, copied verbatim from the original starting at `origin`. */
  append(text: string, origin: number): this {
    if (text.length === 0) return this;
    const last = this.runs[this.runs.length - 1];
    if (last && !last.syn && last.t + last.len === this.length && last.o + last.len === origin) {
      last.len += text.length;
    } else {
      this.runs.push({ t: this.length, o: origin, len: text.length });
    }
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  /** Appends characters that do not exist in the original (a joining space), anchored at `origin`. */
  appendSynthetic(text: string, origin: number): this {
    if (text.length === 0) return this;
    this.runs.push({ t: this.length, o: origin, len: text.length, syn: true });
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  /** Appends a mapped slice produced elsewhere (e.g. a line). */
  appendMapped(text: string, map: readonly OffsetRun[]): this {
    for (const run of map) {
      const piece = text.slice(run.t, run.t + run.len);
      if (run.syn) this.appendSynthetic(piece, run.o);
      else this.append(piece, run.o);
    }
    return this;
  }

  build(): { text: string; map: OffsetRun[] } {
    return { text: this.text, map: this.runs.map((r) => ({ ...r })) };
  }
}

/** Maps an offset in the built text to the original (an end offset maps to just past its character). */
export function toOriginal(map: readonly OffsetRun[], offset: number): number {
  if (map.length === 0) return offset;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid]!.t <= offset) lo = mid;
    else hi = mid - 1;
  }
  const run = map[lo]!;
  if (offset < run.t) return run.o;
  const within = Math.min(offset - run.t, run.len);
  return run.syn ? run.o : run.o + within;
}

/** The original span [start, end) covered by the built-text span [start, end). */
export function originalSpan(map: readonly OffsetRun[], start: number, end: number): [number, number] {
  if (end <= start) {
    const at = toOriginal(map, start);
    return [at, at];
  }
  return [toOriginal(map, start), toOriginal(map, end - 1) + 1];
}

/** The runs of `map` restricted to the built-text span [start, end), re-based to start at 0. */
export function sliceMap(map: readonly OffsetRun[], start: number, end: number): OffsetRun[] {
  const out: OffsetRun[] = [];
  for (const run of map) {
    const a = Math.max(run.t, start);
    const b = Math.min(run.t + run.len, end);
    if (b <= a) continue;
    const o = run.syn ? run.o : run.o + (a - run.t);
    out.push(run.syn ? { t: a - start, o, len: b - a, syn: true } : { t: a - start, o, len: b - a });
  }
  return out;
}

/** Trims whitespace from both ends of mapped text, keeping the map aligned. */
export function trimMapped(text: string, map: readonly OffsetRun[]): { text: string; map: OffsetRun[] } {
  const startTrim = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= startTrim) return { text: '', map: [] };
  return { text: text.slice(startTrim, end), map: sliceMap(map, startTrim, end) };
}
