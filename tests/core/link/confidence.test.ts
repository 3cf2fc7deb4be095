// "Confident" is one function of the evidence: a mark on the score the user sees, explained in one sentence.
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_EXPLANATION, CONFIDENT_SCORE, combineScores, isConfident, linkScore } from '../../../shared/core/link/index.js';

describe('confidence', () => {
  it('scores evidence that passed the tests by its strength, and evidence that failed them below the mark', () => {
    expect(linkScore(0.81, true)).toBe(0.81);
    expect(linkScore(0.63, false)).toBeLessThan(CONFIDENT_SCORE);
    expect(linkScore(0.999, false)).toBeLessThan(CONFIDENT_SCORE);
    expect(isConfident(linkScore(0.58, true))).toBe(true);
    expect(isConfident(linkScore(0.99, false))).toBe(false);
  });

  it('is monotone in the strength on each side of the tests', () => {
    const strengths = Array.from({ length: 101 }, (_, i) => i / 100);
    for (const qualified of [true, false]) {
      const scores = strengths.map((s) => linkScore(s, qualified));
      for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeGreaterThanOrEqual(scores[i - 1]!);
    }
  });

  it('combines independent routes only when one is confident', () => {
    expect(combineScores([0.6, 0.5])).toBe(0.8);
    expect(combineScores([0.4, 0.45])).toBe(0.45);
    expect(combineScores([])).toBe(0);
  });

  it('explains the mark in one sentence', () => {
    expect(CONFIDENCE_EXPLANATION.split(/(?<=[.!?])\s+(?=[A-Z])/)).toHaveLength(1);
    expect(CONFIDENCE_EXPLANATION).toContain(`${Math.round(CONFIDENT_SCORE * 100)} %`);
  });
});
