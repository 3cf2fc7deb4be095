// Recognises what a line starts with: a bullet, a lettered sub-item, a numbered paragraph or a numbered heading.

export type LineMarker =
  | { type: 'bullet'; glyph: string; length: number }
  | { type: 'subbullet'; glyph: string; length: number }
  | { type: 'lettered'; letter: string; length: number }
  | { type: 'numbered'; number: string; length: number }
  | { type: 'heading'; number: string; depth: number; length: number };

const BULLET = /^([•\u2022\uf0b7\u25aa\u25cf\u25a0\u2023\u2043*–])\s+(?=\S)/;
/** Second-level bullets: "o" items under a bullet (Word's default), "◦", and Wingdings private-use glyphs. */
const SUBBULLET = /^([o\u25e6\uf0a7\uf06f\u25cb])\s+(?=[A-Z“"‘(])/;
const LETTERED = /^(?:\(([a-z]|[ivx]{1,4})\)|([a-z])\))\s+(?=\S)/;
const ROMAN_HEADING = /^([IVX]{1,5})\.\s+(?=[A-Z])/;
const LETTER_HEADING = /^([A-Z])\.\s+(?=[A-Z])/;
const DECIMAL_HEADING = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=[A-Z])/;
const NUMBERED_PARAGRAPH = /^(\d{1,4})\.(?:\s+(?=\S)|$)/;

/** Longest line treated as a lettered ("A. Enforcement") or decimal ("1.1 Scope") heading. */
const SHORT_HEADING = 90;

/** The marker a (trimmed) line starts with, or null. `inList` allows "o" sub-bullets. */
export function lineMarker(text: string, inList: boolean): LineMarker | null {
  let m = BULLET.exec(text);
  if (m) return { type: 'bullet', glyph: m[1]!, length: m[0].length };
  m = SUBBULLET.exec(text);
  if (m && (inList || m[1] !== 'o')) return { type: 'subbullet', glyph: m[1]!, length: m[0].length };
  m = LETTERED.exec(text);
  if (m) return { type: 'lettered', letter: (m[1] ?? m[2])!, length: m[0].length };
  m = ROMAN_HEADING.exec(text);
  if (m && !text.endsWith('.')) return { type: 'heading', number: m[1]!, depth: 0, length: m[0].length };
  m = LETTER_HEADING.exec(text);
  if (m && text.length <= SHORT_HEADING && !/[.;,]$/.test(text)) return { type: 'heading', number: m[1]!, depth: 1, length: m[0].length };
  m = DECIMAL_HEADING.exec(text);
  if (m && text.length <= SHORT_HEADING && !/[.;,]$/.test(text)) {
    return { type: 'heading', number: m[1]!, depth: m[1]!.split('.').length - 1, length: m[0].length };
  }
  m = NUMBERED_PARAGRAPH.exec(text);
  if (m) {
    const rest = text.slice(m[0].length);
    if (rest.length > 0 && rest.length <= SHORT_HEADING && isAllCaps(rest)) return { type: 'heading', number: m[1]!, depth: 0, length: m[0].length };
    return { type: 'numbered', number: m[1]!, length: m[0].length };
  }
  return null;
}

/** Mostly capital letters, with enough letters to be words: "PRIORITY ACTIONS REQUESTED IN 2017". */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-zА-Яа-яЁё]/g, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(/[^A-ZА-ЯЁ]/g, '').length;
  return upper / letters.length >= 0.85;
}

/** Ends a sentence or a clause: full stop, colon, semicolon, ?, !, possibly followed by a closing quote or bracket. */
export function endsSentence(text: string): boolean {
  return /[.:;!?…](?:[”"’)\]]+)?$/.test(text.trimEnd());
}
