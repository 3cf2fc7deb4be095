import { describe, expect, it } from 'vitest';
import { SpanIndex, type SpanLike } from '../../../shared/core/citations/span-index.js';

describe('SpanIndex', () => {
  it('answers overlaps and holds exactly as a scan over every span would, nested and overlapping spans included', () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 50; round++) {
      const spans: SpanLike[] = Array.from({ length: random(40) }, () => {
        const start = random(200);
        return { start, end: start + 1 + random(30) };
      });
      const index = new SpanIndex(spans);
      for (let q = 0; q < 100; q++) {
        const start = random(220);
        const end = start + 1 + random(20);
        expect(index.overlaps(start, end)).toBe(spans.some((s) => s.start < end && start < s.end));
        expect(index.holds(start)).toBe(spans.some((s) => s.start <= start && start < s.end));
      }
    }
  });

  it('is empty-safe', () => {
    expect(new SpanIndex([]).overlaps(0, 10)).toBe(false);
    expect(new SpanIndex([]).holds(0)).toBe(false);
  });
});
