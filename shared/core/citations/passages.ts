// Lines of a text written in its other language (an English abstract in a Russian article, a Russian reference list in
// an English one): a copy of the text that keeps only them, offsets unchanged, for the other language's families.

/** Whether text[start, end) is written in `lang`: at least a dozen of its letters, three times as many as of the other script. */
function lineIs(text: string, start: number, end: number, lang: 'en' | 'ru'): boolean {
  let latin = 0;
  let cyrillic = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) cyrillic++;
  }
  const [own, other] = lang === 'en' ? [latin, cyrillic] : [cyrillic, latin];
  return own >= 12 && own >= 3 * other;
}

/** Every character but line breaks made a space. */
const blank = (s: string): string => s.replace(/[^\n]+/g, (run) => ' '.repeat(run.length));

/**
 * The text with every line not written in `lang` blanked (each character but line breaks made a space), or undefined
 * when no line is written in it. Citations never run across lines of different languages.
 */
export function passagesIn(text: string, lang: 'en' | 'ru'): string | undefined {
  const kept: Array<[number, number]> = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (end - pos >= 12 && lineIs(text, pos, end, lang)) kept.push([pos, end]);
    pos = end + 1;
  }
  if (!kept.length) return undefined;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of kept) {
    parts.push(blank(text.slice(at, start)), text.slice(start, end));
    at = end;
  }
  parts.push(blank(text.slice(at)));
  return parts.join('');
}
