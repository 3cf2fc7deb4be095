// Search excerpts: a window around the first match with highlights shifted correctly; evidence terms found.
import { describe, expect, it } from 'vitest';
import { excerptAround, findTermRanges } from '../../renderer/text/hit-excerpt.js';

describe('excerptAround', () => {
  it('keeps a short clause whole', () => {
    const ex = excerptAround('Notice and takedown', [[0, 6]]);
    expect(ex).toEqual({ text: 'Notice and takedown', highlights: [[0, 6]] });
  });

  it('cuts a long clause around the first match and keeps highlights on the same words', () => {
    const words = Array.from({ length: 120 }, (_, i) => `слово${i}`).join(' ');
    const target = 'информационного посредника';
    const text = `${words} ${target} ${words}`;
    const start = text.indexOf(target);
    const ex = excerptAround(text, [[start, start + target.length]], 120);
    expect(ex.text.startsWith('…')).toBe(true);
    expect(ex.text.endsWith('…')).toBe(true);
    const [s, e] = ex.highlights[0]!;
    expect(ex.text.slice(s, e)).toBe(target);
  });

  it('drops highlights outside the text', () => {
    expect(excerptAround('abc', [[2, 9]]).highlights).toEqual([]);
  });
});

describe('findTermRanges', () => {
  it('finds every case-insensitive occurrence, including Cyrillic', () => {
    const text = 'Посредник и ПОСРЕДНИК; intermediary';
    expect(findTermRanges(text, ['посредник', 'Intermediary'])).toEqual([
      [0, 9],
      [12, 21],
      [23, 35],
    ]);
  });
});
