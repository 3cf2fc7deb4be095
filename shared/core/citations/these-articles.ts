// "These articles" / «указанные статьи»: the articles of the list cited just before (resolve.ts), each of them.
import type { Reference } from './types.js';

// Written for (the United States' question on Articles 1273 and 1306, WTO e-TRIPS, IP/Q/RUS/1):
//   "Articles 1273 and 1306 (...): These articles appear to provide ... Please explain how these articles address"
// Only a list of two or more articles cited in the same or the previous paragraph; "these provisions", a single article
// before ("this article" is discussion.ts's) and a list further back name nothing.
const THESE = {
  en: /(?<![\p{L}])[Tt]hese\s+[Aa]rticles(?![\p{L}])/gu,
  ru: /(?<![\p{L}])(?:[Уу]казанн(?:ые|ых|ым|ыми)|[Ээ]ти(?:х|м|ми)?)\s+(?:стать(?:и|ям|ями|ях)|статей)(?![\p{L}])(?!\s+\d)/gu,
};

/** Part of the articles families of each language (en-code-articles.ts, ru-articles.ts). */
export function findTheseArticles(text: string, lang: 'en' | 'ru'): Reference[] {
  const re = THESE[lang];
  re.lastIndex = 0;
  const out: Reference[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ family: `${lang}-these-articles`, start: m.index, end: m.index + m[0].length, unit: 'article', targets: [{}], theseArticles: true });
  return out;
}
