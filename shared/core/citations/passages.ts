// Lines and runs of a text written in its other language (an English abstract in a Russian article, a Russian reference
// list in an English one, «ст. 1252 ГК РФ» in an English sentence): a copy that keeps only them, offsets unchanged, for
// the other language's families.

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
 * A run of `lang`'s script inside a line of the other: its letters, digits and the signs citations are written with,
 * from a letter or digit on ("ст. 1252 ГК РФ" in "Article 1252 (ст. 1252 ГК РФ)", "Article 39(2) of the TRIPS
 * Agreement" in a Russian sentence). An English run leaves quotation marks out (a quoted title belongs to the act named
 * before it); a Russian run keeps them, as its citations quote letters and titles («пункт "а" части 4»).
 */
// (an underscore joins a file's name, "law__Berne_Convention_EN.txt": the run holds it whole, so no blank between
// its words makes them a name)
const RUN = {
  // (quotes inside a run keep it whole: «статьей 125 (пункт "а" части 4) Конституции» in an English sentence)
  ru: /[А-Яа-яЁё0-9№§_][А-Яа-яЁё0-9№§_ \t.,;:()\-–—/"«»„“”]*/gu,
  en: /[A-Za-z0-9§_][A-Za-z0-9§_ \t.,;:()\-–—/]*/gu,
};
const LETTERS = { ru: /[А-Яа-яЁё]/gu, en: /[A-Za-z]/g };

/** The runs of `lang`'s script in text[start, end) that hold a word of it (two letters or more), trimmed of trailing signs. */
function runsIn(text: string, start: number, end: number, lang: 'en' | 'ru'): Array<[number, number]> {
  const line = text.slice(start, end);
  const out: Array<[number, number]> = [];
  for (const m of line.matchAll(RUN[lang])) {
    const run = m[0].replace(/[\s.,;:(\-–—/]+$/u, '');
    if ((run.match(LETTERS[lang]) ?? []).length >= 2) out.push([start + m.index!, start + m.index! + run.length]);
  }
  return out;
}

/**
 * The text with everything not written in `lang` blanked (each character but line breaks made a space): its lines
 * written in it, and in other lines the runs written in it. Undefined when nothing is. Citations never run across
 * lines of different languages.
 */
export function passagesIn(text: string, lang: 'en' | 'ru'): string | undefined {
  const kept: Array<[number, number]> = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (end - pos >= 12 && lineIs(text, pos, end, lang)) kept.push([pos, end]);
    else kept.push(...runsIn(text, pos, end, lang));
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
