// A bare "the Constitution" / «Конституция» is Russia's in a text that names it, or that is about Russian law and names no other country's.
import type { RawMention } from './types.js';

// Written for (Pepeliaev Group on Ruling No. 8-P, 2018; a Mondaq treatise chapter on Russian trade secrets, 2023):
//   "whether the provisions of the Civil Code are in line with the Constitution", "Constitution; Criminal Code; ..."
// Never "the Constitutional Court", "constitutional", "Constitution Day", nor a constitution of another country.

const BARE = {
  en: /(?<![\p{L}\p{N}_-])Constitution(?![\p{L}\p{N}_-])(?!\s+(?:of|Day|Court)\b)/gu,
  ru: /(?<![\p{L}\p{N}_-])Конституци(?:я|и|ей|ю|е)(?![\p{L}\p{N}_-])(?!\s+(?:Российской|РФ|России|[А-ЯЁA-Z]))/gu,
};
/** Another country's constitution: "the U.S. Constitution", "Constitution of Ukraine", "Конституции Казахстана". */
const OTHER = {
  en: /(?:(?:U\.\s?S\.|United States|American|US|French|German|Ukrainian|Belarusian|Kazakh(?:stan)?|Chinese|Italian|Spanish|Japanese|Indian|Soviet|USSR|RSFSR|EU|European)\s+Constitution|Constitution\s+of\s+(?:the\s+)?(?!Russia(?:n\s+Federation)?\b|RF\b)\p{Lu})/u,
  ru: /Конституци[а-яё]{1,2}\s+(?!Российской|РФ|России)[А-ЯЁA-Z]|(?:американск|французск|германск|украинск|белорусск|казахстанск|советск)[а-яё]{1,3}\s+[Кк]онституци/u,
};
/** Russia's constitution named in full, or a text about Russian law. */
const NAMED = { en: /Constitution\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF|Russia)\b|(?:Russian(?:\s+Federation)?|RF)\s+Constitution/u, ru: /Конституци[а-яё]{1,2}\s+(?:Российской\s+Федерации|РФ)/u };
const RUSSIAN_LAW = { en: /\bRussia(?:n)?\b|\bRF\b/u, ru: /Российск[а-яё]{2,3}\s+Федерации|(?<![\p{L}])(?:РФ|рф)(?![\p{L}])|России/u };

export function bareConstitutionMentions(text: string, lang: 'en' | 'ru'): RawMention[] {
  const re = BARE[lang];
  re.lastIndex = 0;
  let m = re.exec(text);
  if (!m) return [];
  if (!NAMED[lang].test(text) && (OTHER[lang].test(text) || !RUSSIAN_LAW[lang].test(text))) return [];
  const out: RawMention[] = [];
  for (; m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, instrument: 'ru-constitution' });
  return out;
}
