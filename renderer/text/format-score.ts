// Link scores for people: a percentage when the score is a 0–1 confidence, else two decimals.

export function formatScore(score: number): string {
  if (!Number.isFinite(score)) return '–';
  return score >= 0 && score <= 1 ? `${Math.round(score * 100)}%` : score.toFixed(2);
}
