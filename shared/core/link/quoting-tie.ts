// The words by which a quoting passage takes up what the paragraph before it says ("these obligations"): the engine
// links a quoted commitment to the provision that paragraph cites, and the UI marks these words as the tie.

/**
 * Words by which a quoting passage takes up what the paragraph before it says: "these obligations", "this commitment",
 * "such undertakings"; "эти обязательства", "данного обязательства".
 */
export const QUOTING_TIE_RE = new RegExp(
  String.raw`\b(?:these|those|such|this|that|the\s+(?:same|above|said|foregoing))\s+(?:obligations?|commitments?|pledges?|undertakings?|promises?|assurances?|requirements?)\b` +
    String.raw`|(?<![\p{L}])(?:эт[иоаух]{1,2}|данн[а-яё]{1,3}|указанн[а-яё]{1,3}|названн[а-яё]{1,3}|таки[ехм]|тех\s+же)\s+обязательств[а-яё]{0,3}`,
  'iu',
);

/** Where a passage takes up the paragraph before it ("these obligations"), or null when it does not. */
export function quotingTie(text: string): { start: number; end: number; words: string } | null {
  const m = QUOTING_TIE_RE.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, words: m[0] } : null;
}
