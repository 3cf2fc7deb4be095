// Splitting clause text at highlight offsets: plain runs, overlaps, clamping, Cyrillic and surrogate pairs.
import { describe, expect, it } from 'vitest';
import { splitByRanges } from '../../renderer/text/highlight-segments.js';

const join = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

describe('splitByRanges', () => {
  it('returns one plain run without ranges', () => {
    expect(splitByRanges('abc', [])).toEqual([{ text: 'abc', start: 0, end: 3, marks: [] }]);
  });

  it('cuts marked runs out of the text and keeps every character', () => {
    const segs = splitByRanges('see art. 5 here', [{ start: 4, end: 10, kind: 'citation' }]);
    expect(segs.map((s) => [s.text, s.marks.length])).toEqual([
      ['see ', 0],
      ['art. 5', 1],
      [' here', 0],
    ]);
  });

  it('stacks overlapping ranges on the shared run', () => {
    const segs = splitByRanges('abcdefgh', [
      { start: 1, end: 5, kind: 'citation' },
      { start: 3, end: 7, kind: 'hit' },
    ]);
    expect(segs.map((s) => [s.text, s.marks.map((m) => m.kind).join('+')])).toEqual([
      ['a', ''],
      ['bc', 'citation'],
      ['de', 'citation+hit'],
      ['fg', 'hit'],
      ['h', ''],
    ]);
  });

  it('works on Cyrillic text with offsets in UTF-16 units', () => {
    const text = 'в соответствии со статьей 1253.1 ГК РФ';
    const start = text.indexOf('статьей');
    const segs = splitByRanges(text, [{ start, end: text.length, kind: 'citation' }]);
    expect(segs[1]!.text).toBe('статьей 1253.1 ГК РФ');
    expect(join(segs)).toBe(text);
  });

  it('clamps out-of-range offsets and drops empty or inverted ranges', () => {
    const segs = splitByRanges('short', [
      { start: -5, end: 2, kind: 'a' },
      { start: 3, end: 99, kind: 'b' },
      { start: 4, end: 4, kind: 'empty' },
      { start: 4, end: 1, kind: 'inverted' },
    ]);
    expect(segs.map((s) => [s.text, s.marks.map((m) => m.kind).join()])).toEqual([
      ['sh', 'a'],
      ['o', ''],
      ['rt', 'b'],
    ]);
  });

  it('never splits a surrogate pair', () => {
    const text = 'a😀b';
    const segs = splitByRanges(text, [{ start: 2, end: 4, kind: 'hit' }]);
    expect(join(segs)).toBe(text);
    for (const s of segs) expect(s.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('returns nothing for empty text', () => {
    expect(splitByRanges('', [{ start: 0, end: 1, kind: 'x' }])).toEqual([]);
  });
});
