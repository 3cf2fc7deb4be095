import { describe, expect, it } from 'vitest';
import { MappedTextBuilder, originalSpan, sliceMap, toOriginal, trimMapped } from '../../../shared/core/text/mapped-text.js';
import { splitLines } from '../../../shared/core/text/lines.js';

describe('mapped text', () => {
  const original = 'Seize and destroy goods\r\nthat violate intel-\nlectual property rights';

  it('joins lines with a synthetic space and maps every copied character back', () => {
    const [a, b] = splitLines(original);
    const builder = new MappedTextBuilder();
    builder.appendMapped(a!.text, a!.map).appendSynthetic(' ', a!.text.length);
    builder.appendMapped(b!.text, b!.map);
    const { text, map } = builder.build();
    expect(text).toBe('Seize and destroy goods that violate intel-');
    const at = text.indexOf('violate');
    expect(original.slice(toOriginal(map, at), toOriginal(map, at) + 7)).toBe('violate');
    const [s, e] = originalSpan(map, at, text.length);
    expect(original.slice(s, e)).toBe('violate intel-');
  });

  it('slices and trims maps consistently', () => {
    const lines = splitLines('  Article 1229  \nnext');
    const t = trimMapped(lines[0]!.text, lines[0]!.map);
    expect(t.text).toBe('Article 1229');
    expect(toOriginal(t.map, 0)).toBe(2);
    const sub = sliceMap(t.map, 8, 12);
    expect(toOriginal(sub, 0)).toBe(10);
    expect(lines[1]!.map[0]!.o).toBe(17);
  });
});
