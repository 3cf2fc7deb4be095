import { describe, expect, it } from 'vitest';
import { headingCoverage, proximityTier, stemsOf } from '../../../shared/core/search/index.js';

const stems = (query: string) => stemsOf(query);

describe('proximity tiers', () => {
  it.each([
    ['procedures tied to notice and takedown', 'notice and takedown', 2],
    ['a notice of takedown', 'notice takedown', 2],
    ['takedown notices sent', 'notice takedown', 1],
    ['the notice, sent to the host, asked for a takedown', 'notice takedown', 1],
    ['a notice was sent to the owner of the site; many months and several letters later the court ordered a takedown', 'notice takedown', 0],
    ['only takedown here', 'notice takedown', 0],
    ['исключительное право на произведение', 'исключительное право', 2],
    ['право, исключительное по своей природе', 'исключительное право', 1],
  ])('%s / %s → %i', (text, query, tier) => {
    expect(proximityTier(text, stems(query), 8)).toBe(tier);
  });
});

describe('heading coverage', () => {
  const query = new Set(stems('исключительное право'));
  it('is the share of the heading\'s words the query covers, its label left out', () => {
    expect(headingCoverage('Статья 1229. Исключительное право', query)).toBe(1);
    expect(headingCoverage('Статья 1270. Исключительное право на произведение', query)).toBeCloseTo(2 / 3);
    expect(headingCoverage('Статья 1458. Договор об отчуждении исключительного права на топологию', query)).toBeCloseTo(2 / 5);
    expect(headingCoverage('Статья 1230. Срок действия', query)).toBe(0);
    expect(headingCoverage('1229', query)).toBe(0);
  });
});
