// CI sample of the re-anchoring benchmark: 60 annotations over the shipped corpus, each document changed into a new version.
import { describe, expect, it } from 'vitest';
import { runReanchorBench } from '../../../bench/reanchor.js';

describe('re-anchoring benchmark sample', () => {
  it('misplaces nothing and re-anchors at least 95 % of the annotations whose text survived', () => {
    const figures = runReanchorBench({ annotations: 60, seed: 1 });
    expect(figures.annotations).toBe(60);
    expect(figures.survived).toBeGreaterThan(30);
    expect(figures.misplaced).toBe(0);
    expect(figures.survivedCorrectRate).toBeGreaterThanOrEqual(0.95);
    expect(figures.correct + figures.orphaned + figures.imprecise + figures.misplaced).toBe(60);
  }, 60_000);
});
