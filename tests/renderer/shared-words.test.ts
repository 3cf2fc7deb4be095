// Word-level comparison of quoting and quoted clauses with jsdiff: ranges land on the shared words of each text.
import { describe, expect, it } from 'vitest';
import { sharedWords } from '../../renderer/text/shared-words.js';

const words = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e)).join(' ');

describe('sharedWords', () => {
  it('marks the words both texts share, in each text', () => {
    const a = 'Russia will take steps to combat online piracy';
    const b = 'The Parties agree that Russia will take steps  to combat piracy';
    const result = sharedWords(a, b);
    expect(words(a, result.left)).toBe('Russia take steps combat piracy');
    expect(words(b, result.right)).toBe('Russia take steps combat piracy');
    expect(result.overlap).toBeGreaterThan(0.8);
  });

  it('neither marks nor counts stop words, English or Russian', () => {
    const a = 'The measures and the steps in the law';
    const b = 'The steps and the duties in the code';
    const result = sharedWords(a, b);
    expect(words(a, result.left)).toBe('steps');
    const ru = sharedWords('Права и обязанности в законе', 'Права и свободы в кодексе');
    expect(words('Права и обязанности в законе', ru.left)).toBe('Права');
    expect(sharedWords('and the of in', 'and the of in').overlap).toBe(0);
  });

  it('ignores case and handles Cyrillic', () => {
    const a = 'Информационный посредник несет ответственность';
    const b = 'информационный посредник не несет ответственности';
    const result = sharedWords(a, b);
    expect(words(a, result.left)).toContain('Информационный посредник');
    expect(words(b, result.right)).toContain('информационный посредник');
  });

  it('reports no overlap for unrelated or empty texts', () => {
    expect(sharedWords('alpha beta', 'gamma delta').left).toEqual([]);
    expect(sharedWords('', 'x').overlap).toBe(0);
  });

  it('does not count punctuation as shared words (an English report beside a Russian article)', () => {
    // IIPA 2017 report and Civil Code Part IV art. 1229, as they stand in the corpus.
    const en = 'Article 1229 of the Civil Code (which provides a cause of action), in force since 2008.';
    const ru = '1. Гражданин или юридическое лицо (статья 1229), обладающие исключительным правом.';
    const result = sharedWords(en, ru);
    for (const [s, e] of result.left) expect(en.slice(s, e)).toMatch(/[\p{L}\p{N}]/u);
    for (const [s, e] of result.right) expect(ru.slice(s, e)).toMatch(/[\p{L}\p{N}]/u);
    expect(result.overlap).toBeLessThan(0.1);
  });
});
