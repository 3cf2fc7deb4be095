// Rules of a treaty's Regulations: "PCT Rule 51bis", "Rule 4.1 of the PCT Regulations", "правилом 63 Патентной инструкции".
import { NUM, normaliseNumber } from './numbers.js';
import type { Reference } from './types.js';

// Written for (a patent attorney's note on the PCT national phase in Russia; EAPO's Patent Regulations, round 23):
//   "under PCT Rule 51bis the Office may require", "правилом 63 Патентной инструкции", "правилом 22.1(а) Инструкции к РСТ"
// (a lettered item is the rule's part, as written). A rule is keyed as the
// Regulations' article; it resolves only to an instrument that numbers rules, or to the Regulations of the treaty named
// with it ("PCT Rule 51bis" → the PCT Regulations), never to a code's or a treaty's articles (resolve.ts).

// (and a list of rules: "Rules 53, 48 and 16 of Patent Regulations", «правилами 63, 67 и 68 Патентной инструкции»)
const MORE_RULES = {
  en: String.raw`(?<more>(?:\s*,\s*${NUM})*\s*,?\s+(?:and|or)\s+${NUM}(?![\p{N}]))?`,
  ru: String.raw`(?<more>(?:\s*,\s*${NUM})*\s*,?\s+(?:и|или)\s+${NUM}(?![\p{N}]))?`,
};
const RULE = {
  en: new RegExp(String.raw`(?<![\p{L}\p{N}])Rules?\s+(?<n>${NUM})(?:\s?\((?<p>\d{1,2}|[a-z])\))?${MORE_RULES.en}`, 'gu'),
  ru: new RegExp(String.raw`(?<![\p{L}\p{N}])[Пп]равил(?:о|а|у|ом|е|ами|ам)\s+(?<n>${NUM})(?:\s?\((?<p>\d{1,2}|[a-zа-я])\))?(?![\p{N}])${MORE_RULES.ru}`, 'gu'),
};
const LISTED_RULE = new RegExp(NUM, 'gu');

/** References to rules of Regulations (`rulesOnly`: see resolve.ts). */
export function findRuleRefs(text: string, lang: 'en' | 'ru'): Reference[] {
  const re = RULE[lang];
  re.lastIndex = 0;
  const out: Reference[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const article = normaliseNumber(m.groups!.n!);
    const part = m.groups!.p;
    const more = (m.groups!.more ?? '').match(LISTED_RULE)?.map((n) => ({ article: normaliseNumber(n) })) ?? [];
    out.push({ family: lang === 'en' ? 'en-code-articles' : 'ru-articles', start: m.index, end: m.index + m[0].length, unit: 'article', targets: [part ? { article, part } : { article }, ...more], strict: true, rulesOnly: true });
  }
  return out;
}
