// Codes listed by their adjectives before one plural code word ("the Civil, Administrative or Criminal Codes", «Гражданского, Уголовного и Административного кодексов»): each code named.
import type { RawMention } from './types.js';

// Written for (workingrede; rapsinews.com, 2020; troy.ru): "Copyright infringement is addressed by the Civil,
// Administrative or Criminal Codes", "liability under the Criminal and Administrative Offences Codes", «нормы
// Гражданского, Уголовного и Административного кодексов». Each adjective names its code; the mention spans the whole
// list, as a list of articles does. Only two or more adjectives and a plural code word ("the Civil Code" is a name the
// registry reads; "civil codes" of other states are no list). Another state's codes are told apart where every other
// mention is (mentions.ts: foreignsName).

const EN_CODES: Array<[RegExp, string]> = [
  [/^Civil\s+Procedure$/i, 'ru-civil-procedure-code'],
  [/^Criminal\s+Procedure$/i, 'ru-criminal-procedure-code'],
  [/^Arbitrazh(?:\s+Procedure)?$/i, 'ru-arbitrazh-procedure-code'],
  [/^Civil$/i, 'ru-civil-code'],
  [/^Criminal$/i, 'ru-criminal-code'],
  [/^Administrative(?:\s+Offen[cs]es)?$/i, 'ru-admin-code'],
  [/^Tax$/i, 'ru-tax-code'],
  [/^Labou?r$/i, 'ru-labor-code'],
  [/^Family$/i, 'ru-family-code'],
  [/^Land$/i, 'ru-land-code'],
  [/^Housing$/i, 'ru-housing-code'],
];
const EN_ADJ = String.raw`(?:Civil(?:\s+Procedure)?|Criminal(?:\s+Procedure)?|Arbitrazh(?:\s+Procedure)?|Administrative(?:\s+Offen[cs]es)?|Tax|Labou?r|Family|Land|Housing)`;
const EN_SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`;
const EN_LIST = new RegExp(String.raw`\b(?<list>${EN_ADJ}(?:${EN_SEP}${EN_ADJ})+)\s+[Cc]odes\b`, 'g');

const RU_CODES: Array<[RegExp, string]> = [
  [/^[Гг]ражданск/, 'ru-civil-code'],
  [/^[Уу]головн/, 'ru-criminal-code'],
  [/^[Аа]дминистративн/, 'ru-admin-code'],
  [/^[Нн]алогов/, 'ru-tax-code'],
  [/^[Тт]рудов/, 'ru-labor-code'],
  [/^[Сс]емейн/, 'ru-family-code'],
  [/^[Зз]емельн/, 'ru-land-code'],
  [/^[Жж]илищн/, 'ru-housing-code'],
];
const RU_ADJ = String.raw`(?:[Гг]ражданск|[Уу]головн|[Аа]дминистративн|[Нн]алогов|[Тт]рудов|[Сс]емейн|[Зз]емельн|[Жж]илищн)[а-яё]{2,3}`;
const RU_SEP = String.raw`(?:\s*,\s*(?:и\s+|или\s+)?|\s+(?:и|или)\s+)`;
// (plural only: «кодексов», «кодексы», «кодексах», «кодексам», «кодексами»)
const RU_LIST = new RegExp(String.raw`(?<![\p{L}])(?<list>${RU_ADJ}(?:${RU_SEP}${RU_ADJ})+)\s+(?:РФ\s+)?кодекс(?:ов|ы|ах|ам|ами)(?![\p{L}])`, 'gu');

/** Each code a list of adjectives before a plural code word names, as mentions spanning the list. */
export function codeListMentions(text: string, lang: 'en' | 'ru'): RawMention[] {
  const re = lang === 'en' ? EN_LIST : RU_LIST;
  const table = lang === 'en' ? EN_CODES : RU_CODES;
  const sep = new RegExp(lang === 'en' ? EN_SEP : RU_SEP, 'u');
  const out: RawMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ids = m.groups!.list!.split(sep).map((adj) => table.find(([r]) => r.test(adj.trim()))?.[1]);
    if (ids.some((id) => !id)) continue;
    // (one mention naming several instruments, as "the WIPO Internet Treaties" does)
    const [first, ...rest] = [...new Set(ids as string[])];
    out.push({ start: m.index, end: m.index + m[0].length, instrument: first!, ...(rest.length ? { also: rest } : {}) });
  }
  return out;
}
