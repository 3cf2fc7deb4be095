// What "confident" means, everywhere a link is shown: one function of the evidence, monotone in the score the user sees.

/** A link is confident exactly when its score reaches this mark. */
export const CONFIDENT_SCORE = 0.5;

/**
 * Evidence that fails a test of specificity counts this much: a similarity that shares too few key terms, words that
 * another provision's citing sentences explain as well, a candidate that does not stand out from the rest or is not
 * among the provision's best-matching clauses, a short quotation without quote marks. Strength is below 1, so such a
 * link always scores below CONFIDENT_SCORE.
 */
export const WEAK_EVIDENCE_FACTOR = 0.45;

/** The one sentence the UI shows where the confident mark appears. */
export const CONFIDENCE_EXPLANATION =
  'Confident means a score of 50 % or more: an explicit citation scores 100 %, a word-for-word quotation by its length ' +
  '(quote marks count as strong), a commitment quoted in a passage that cites a provision by the quotation, and shared ' +
  'key terms by how rare and specific to the provision they are; evidence that fails a specificity test counts less ' +
  'than half, so it never reaches the mark.';

/** The score of a link from the strength of its evidence (in [0, 1)) and whether the evidence passed the tests. */
export function linkScore(strength: number, qualified: boolean): number {
  const s = Math.max(0, Math.min(1, strength));
  return round(qualified ? Math.max(s, CONFIDENT_SCORE) : Math.min(s * WEAK_EVIDENCE_FACTOR, CONFIDENT_SCORE - 0.001));
}

export function isConfident(score: number): boolean {
  return score >= CONFIDENT_SCORE;
}

/**
 * Scores of independent routes to one provision: combined as independent evidence (1 − Π(1 − s)) when one of them is
 * confident; otherwise the best one alone, so hints that are each too weak never add up to a confident mark.
 */
export function combineScores(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  if (!scores.some(isConfident)) return Math.max(...scores);
  return round(1 - scores.reduce((p, s) => p * (1 - s), 1));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
