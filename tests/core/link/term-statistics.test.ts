// Term specificity: a sentence that cites a list of things at once says its words once, shared among them.
import { describe, expect, it } from 'vitest';
import { termStatistics } from '../../../shared/core/link/concerns.js';
import { buildCitedProfiles } from '../../../shared/core/link/provision-profiles.js';
import { termTokens } from '../../../shared/core/link/terms.js';
import type { Citation } from '../../../shared/core/citations/index.js';
import { cite, clause } from './link-clauses.js';

const stem = (word: string): string => termTokens(word, 'en')[0]!.stem;

function report(id: string, text: string, cited: [words: string, key: string][]): ReturnType<typeof clause> {
  const citations: Citation[] = cited.map(([words, key]) => cite(text, words, key));
  return clause({ id: `report/${id}`, docId: 'report', text, citations });
}

const LIST = 'Amendments to Code A, Code B, Law C and Law D created safe harbors for hosting intermediaries.';
const CLAUSES = [
  // one sentence citing four instruments at once
  report('list', LIST, [['Code A', 'code-a'], ['Code B', 'code-b'], ['Law C', 'law-c'], ['Law D', 'law-d']]),
  report('art', 'Article 10 of Code A should deny safe harbors to knowing facilitators.', [['Article 10 of Code A', 'code-a:10']]),
  // the same four instruments and the article, each cited on its own, near another word
  ...(['Code A', 'Code B', 'Law C', 'Law D'] as const).map((name, i) =>
    report(`own${i}`, `${name} sets penalties.`, [[name, ['code-a', 'code-b', 'law-c', 'law-d'][i]!]]),
  ),
  report('art-pen', 'Article 10 of Code A sets penalties.', [['Article 10 of Code A', 'code-a:10']]),
];

describe('termStatistics specificity', () => {
  const profiles = buildCitedProfiles(CLAUSES, 'en', () => true);
  const stats = termStatistics(CLAUSES, 'en', profiles.values());
  const cited = 5; // code-a, code-b, law-c, law-d, code-a:10
  const expected = (near: number): number => Math.log(1 + cited / near) / Math.log(1 + cited);

  it('records how many things the citing sentence and clause cite', () => {
    expect(profiles.get('law-c')!.contexts[0]!.coCited).toEqual({ sentence: 4, clause: 4 });
    expect(profiles.get('code-a:10')!.contexts[0]!.coCited).toEqual({ sentence: 1, clause: 1 });
  });

  it('counts a word of a sentence citing n things as near each of them 1/n of the time', () => {
    // "harbors": 1/4 near each listed instrument, fully near the article → near 2 of 5 cited things
    expect(stats.specificity(stem('harbors'))).toBeCloseTo(expected(2), 10);
    // "penalties": in five sentences citing one thing each → near all 5
    expect(stats.specificity(stem('penalties'))).toBeCloseTo(expected(5), 10);
    expect(stats.specificity(stem('harbors'))).toBeGreaterThan(stats.specificity(stem('penalties')));
  });
});
