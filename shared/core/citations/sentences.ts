// Rough sentence bounds, enough to tell "named in the same sentence" from "named earlier in the text".

/** Abbreviations whose full stop does not end a sentence ("Art. 146", "No. 364", "ч. 2 ст. 146", "U.S."). */
const ABBREVIATIONS = new Set([
  'art', 'arts', 'no', 'nos', 'para', 'paras', 'par', 'pars', 'p', 'pp', 'pt', 'pts', 'e.g', 'i.e', 'etc', 'cf', 'viz', 'vs',
  'mr', 'ms', 'dr', 'inc', 'co', 'ltd', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ст', 'ч', 'п', 'пп', 'подп', 'абз', 'г', 'гг', 'см', 'т', 'е', 'др', 'им', 'рф',
]);

/** Offsets where sentences start (always including 0), ascending. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const re = /([.!?])["”»)]?\s+(?=[A-ZА-ЯЁ"“«(•])|\n[ \t]*\n|•|\u2022/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const word = before?.[1]?.toLowerCase() ?? '';
      // (a blank line after it still ends the sentence: «… КоАП РФ.\n\nПрименяются …»)
      if ((ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) && !/\n[ \t]*\n/u.test(m[0])) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** [start, end) of the sentence containing `pos`. */
export function sentenceAt(starts: number[], pos: number, textLength: number): [number, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return [starts[lo]!, starts[lo + 1] ?? textLength];
}
