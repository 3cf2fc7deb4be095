// Decides whether a hyphen at a line end is a real compound hyphen ("court-ordered") or a broken word ("intel-lectual").

/** Lower-cased words (and hyphenated compounds) that occur whole somewhere in the text. */
export function buildVocabulary(text: string): Set<string> {
  const vocabulary = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) {
    const word = m[0].toLowerCase();
    vocabulary.add(word);
    if (word.includes('-')) for (const part of word.split('-')) vocabulary.add(part);
  }
  return vocabulary;
}

/** Word endings that are never words on their own, so "xxx-" + one of them is a word broken by the PDF. */
const BOUND_SUFFIX =
  /^(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ances|ence|ences|lectual|ual|ually|ical|ically|ously|ible|ibly|tive|tives|ally)$/;

/**
 * True when `left` + "-" at a line end and `right` at the next line's start are one word broken by
 * hyphenation, so the hyphen should be dropped. Real compounds keep their hyphen: the default is to keep it.
 */
export function isBrokenWord(left: string, right: string, vocabulary: ReadonlySet<string>): boolean {
  const head = /([A-Za-z]+)$/.exec(left)?.[1];
  const tail = /^([a-z]+)/.exec(right)?.[1];
  if (!head || !tail) return false;
  const joined = `${head}${tail}`.toLowerCase();
  const compound = `${head}-${tail}`.toLowerCase();
  if (vocabulary.has(compound)) return false;
  if (vocabulary.has(joined)) return true;
  return BOUND_SUFFIX.test(tail);
}
