// Instrument-first phrasing: the instrument is named before the provision, in the same sentence.
import type { Mention, Reference } from './types.js';

// Written for (IIPA 2017 Special 301 report on Russia):
//   "Amend the Civil Code in Article 1229, and the Presidium Decision (2009), to provide civil liability"
//   "Amend the Administrative Code by eliminating the for-profit requirement in Article 7.12 (Administrative Offences)"
//   "Administrative Enforcement: The Administrative Code (Article 7.12) provides a range of fines"
//   "in the Working Party Report (paragraph \n1339)", "(in the \nWorking Party Report, paragraph 1218)"
//   and "Civil Code Article 1229", "Criminal Code art. 146", "the Code (Article 5)".

/** Nothing but punctuation or a preposition between instrument and provision: "Civil Code (Article 7.12)", "Report, paragraph 1218", "Соглашение о ... - ст. 39 ТРИПС". */
const ADJACENT_GAP = /^\s*(?:[,(:\-–—]\s*)?(?:(?:in|at|under)\s+)?$/i;

export function isAdjacentBefore(text: string, mention: Mention, ref: Reference): boolean {
  return mention.end <= ref.start && ADJACENT_GAP.test(text.slice(mention.end, ref.start));
}

/**
 * The instrument named before `ref` in its sentence: the nearest compatible mention (a strict reference, "p. 12",
 * takes only an adjacent one).
 */
export function findInstrumentBefore(
  text: string,
  ref: Reference,
  mentions: Mention[],
  sentenceStart: number,
  compatible: (m: Mention) => boolean,
): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > ref.start) continue;
    if (m.start < sentenceStart) break;
    if (!compatible(m)) continue;
    if (ref.strict && !isAdjacentBefore(text, m, ref)) return undefined;
    return m;
  }
  return undefined;
}
