// Words glued by text extraction ("КонституцииРоссийской Федерации", "закона"О защите"): a spaced copy and the map back.
import { countNumbersBefore } from './sorted-search.js';

/**
 * Where a lower-case Cyrillic word runs into a capitalised one ("КонституцииРоссийской"; never inside a mixed-case
 * abbreviation such as "КоАП") or a letter into an opening quote
 * followed by a word ("Федеральномзаконе"О защите"), the words were glued by the source's text extraction: a space is
 * put back there. A capital inside an ordinary word is rare in Russian (company names, "МегаФон"), and a name must
 * still match as a whole there; nothing else changes.
 */
const GLUE = /(?<=[а-яё]{3})(?=[А-ЯЁ][а-яё]{2})|(?<=[\p{L}])(?=["«“„][\p{L}\d])/gu;

export interface Spaced {
  /** The text with a space at every glued join. */
  text: string;
  /** An offset in `text` back in the original (spans never start or end on an inserted space). */
  original(pos: number): number;
}

export function spaceGluedWords(text: string): Spaced {
  const inserted: number[] = [];
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(text); m; m = GLUE.exec(text)) {
    inserted.push(m.index);
    GLUE.lastIndex = m.index + 1;
  }
  if (!inserted.length) return { text, original: (pos) => pos };
  let out = '';
  let prev = 0;
  for (const at of inserted) {
    out += `${text.slice(prev, at)} `;
    prev = at;
  }
  out += text.slice(prev);
  // inserted[i] (an original offset) sits at inserted[i] + i in the spaced text; count the spaces before `pos`.
  const spacedAt = inserted.map((at, i) => at + i);
  return {
    text: out,
    original: (pos) => pos - countNumbersBefore(spacedAt, pos),
  };
}
