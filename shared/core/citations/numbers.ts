// Number grammar shared by the families: article numbers, lists, ranges and Russian ordinal words.

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};

/** A treaty's inserted article: "10bis", "10 bis", "10.bis", "6-quinquies" (Paris Convention), kept as "10bis". */
/** A treaty's paragraph may follow it with a dot ("Art. 6bis.1": article 6bis, paragraph 1; see dotted.ts). */
const LATIN_ORDINAL = String.raw`(?:(?:\.[ ]|[ .-])?(?:bis|ter|quater|quinquies|sexies|septies)(?![A-Za-z])(?:\.\d{1,2}(?![\d.]))?)?`;

/**
 * An article number: "1229", "7.12" (КоАП numbers articles with dots), "1253.1" / "1253^1" / "1253¹" / "1253_1"
 * (superscript insertions; Kodeks and CNTD flatten a superscript to an underscore); "12521" read whole, for a flattened superscript that only the instrument's inserted articles may take
 * (see flattened.ts). Never the start of a date ("07.12.2011"), a thousands group ("15,000") or a law number ("146-ФЗ").
 */
// (never a share: "76% по статье 20.2.2, 77% по статье 20.3" lists no article 77)
// (and the Law on Information's hyphenated insertions, "15.1-1", "15.3-2", keyed as superscripts are: 15.1.1; never a
// range's end, "15.1-15.3", "15.1-3")
export const NUM = String.raw`\d{1,4}(?:(?<=\d\d)\.\d{1,3}-\d(?![\d.]|\s*[-–])|\.\d{1,3}(?:\.\d{1,2})?|[\^_]\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|(?<=\d{4})\d{1,2})?(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])(?!\.\d)(?!,\d{3}(?!\d))(?!\s?-\s?(?:FZ|ФЗ))${LATIN_ORDINAL}(?!\s?%)`;

/** '1253^1', '1253¹', '1253_1', '1253.1' → '1253.1'; '7.12' stays '7.12'. */
export function normaliseNumber(raw: string): string {
  let s = raw.replace(/\s+/g, '').replace(/[-.]?(bis|ter|quater|quinquies|sexies|septies)(?=$|\.\d+$)/i, (_, o: string) => o.toLowerCase());
  s = s.replace(/[\^_]/, '.').replace(/^(\d+\.\d+)-(\d)$/, '$1.$2');
  const sup = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.exec(s);
  if (sup) s = `${s.slice(0, sup.index)}.${[...sup[0]].map((c) => SUPERSCRIPT_DIGITS[c]).join('')}`;
  return s;
}

/** Expands "1259"–"1261" (or "7.12"–"7.14") to every number between; null when not a small (≤ max) ascending range. */
/** Letters that number statute items ("пункты "а" - "в""), in order; ё, й, ъ, ы, ь are never used. */
const ITEM_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';

export function expandRange(from: string, to: string, max = 40): string[] | null {
  const la = ITEM_LETTERS.indexOf(from);
  const lb = ITEM_LETTERS.indexOf(to);
  if (from.length === 1 && to.length === 1 && la >= 0 && lb > la) return [...ITEM_LETTERS.slice(la, lb + 1)];
  // "281 - 281.3": the article and its insertions 281.1 ... 281.3
  const ins = /^(\d+)\.(\d+)$/.exec(to);
  if (/^\d+$/.test(from) && ins && ins[1] === from && Number(ins[2]) <= max) {
    return [from, ...Array.from({ length: Number(ins[2]) }, (_, i) => `${from}.${i + 1}`)];
  }
  // "6 - 8.1", "1229-1231.1": every number up to the whole part of the end, then its insertions ("8.1")
  if (/^\d+$/.test(from) && ins && Number(ins[1]) > Number(from)) {
    const whole = expandRange(from, ins[1]!, max);
    const inserted = expandRange(ins[1]!, to, max);
    if (whole && inserted && whole.length + inserted.length - 1 <= max) return [...whole, ...inserted.slice(1)];
    return null;
  }
  // "15.1 - 15.6-1" (the Law on Information's hyphenated insertion, 15.6.1): the articles up to 15.6, then the end itself
  // (the insertions between, 15.1-1 and 15.3-1, are not read into it: which existed when a text was written is unknown)
  const sub = /^(\d+\.\d+)\.\d+$/.exec(to);
  if (/^\d+\.\d+$/.test(from) && sub && sub[1]!.split('.')[0] === from.split('.')[0]) {
    const upTo = sub[1] === from ? [from] : expandRange(from, sub[1]!, max);
    return upTo && upTo.length < max ? [...upTo, to] : null;
  }
  const a = /^(.*?)(\d+)$/.exec(from);
  const b = /^(.*?)(\d+)$/.exec(to);
  if (!a || !b || a[1] !== b[1]) return null;
  const lo = Number(a[2]);
  const hi = Number(b[2]);
  if (!(hi > lo) || hi - lo + 1 > max) return null;
  const out: string[] = [];
  for (let n = lo; n <= hi; n++) out.push(`${a[1]}${n}`);
  return out;
}

/** Splits a matched list ("1252 and 1253", "1259 - 1261", "1, 2 и 3") into values, expanding ranges. */
export function splitList(list: string, value: RegExp, normalise: (raw: string) => string): string[] {
  const re = new RegExp(value.source, value.flags.includes('g') ? value.flags : `${value.flags}g`);
  const out: string[] = [];
  let prev: { v: string; end: number } | null = null;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    const v = normalise(m[0]);
    const gap = prev ? list.slice(prev.end, m.index) : '';
    if (prev && /^\s*(?:[-–—]|to|through|по)\s*$/i.test(gap)) {
      const range = expandRange(prev.v, v);
      if (range) out.push(...range.slice(1));
      else out.push(v);
    } else out.push(v);
    prev = { v, end: m.index + m[0].length };
  }
  return [...new Set(out)];
}

/** Russian ordinal stems, longest first so "пятнадцат" wins over "пят". */
const ORDINAL_STEMS: Array<[string, number]> = (
  [
    ['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8],
    ['девят', 9], ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14],
    ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20],
  ] as Array<[string, number]>
).sort((x, y) => y[0].length - x[0].length);

/** A Russian ordinal word in any case ("первой", "второй", "третьей", "седьмом"), optionally ".1" ("первой.1"). */
export const RU_ORDINAL = String.raw`(?:${ORDINAL_STEMS.map(([s]) => s).join('|')})(?:ь)?(?:ый|ой|ий|ая|ья|ое|ье|ого|ьего|ому|ьему|ым|ьим|ом|ьем|ую|ью|ей|ьей|ые|ьи|ых|ьих|ыми|ьими)(?![а-яё])(?:\.\d{1,2})?`;

/** "первой" → '1', "второй.1" → '2.1'; undefined when not an ordinal. */
export function ordinalValue(word: string): string | undefined {
  const lower = word.toLowerCase();
  const [base, sub] = lower.split('.');
  const stem = ORDINAL_STEMS.find(([s]) => base?.startsWith(s));
  if (!stem) return undefined;
  return sub ? `${stem[1]}.${sub}` : String(stem[1]);
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** "XVI" → 16; 0 when not a well-formed numeral ("IIII", "VX"). */
export function fromRoman(r: string): number {
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_DIGITS[r[i]!]!;
    const next = ROMAN_DIGITS[r[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  const back = [['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]] as const;
  let rest = n;
  let canon = '';
  for (const [s, v] of back) while (rest >= v) { canon += s; rest -= v; }
  return canon === r ? n : 0;
}
