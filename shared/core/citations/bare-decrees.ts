// A government act cited by kind and number alone ("Decree No. 299", "(Decree No. 1767)", "постановление № 299"): its year from the text.
import { textDate } from './dated-names.js';
import { sentenceAt, sentenceStarts } from './sentences.js';
import type { ExtractContext, RawMention } from './types.js';

// Written for (a law-firm note on Government Decree No. 299 of 6 March 2022, topipfirm 2022):
//   "the Government adopted Decree No. 299 on March 6, 2022, amending the Methods ...",
//   "On October 18, 2021, the Government approved the Methods for Determining Remuneration (Decree No. 1767)"
// Only a government's act: the sentence says "Government" / "Правительств…", or the text cited the act in full before
// (same number). Its year: one tied to it by the words around it or the full citation (mentions.ts, settleActs), else
// the one year of its sentence, else the text's own date. Never a court's ruling ("Resolution No. 8-P", "Resolution No.
// 10 of the Plenum"), never a president's decree ("Presidential Decree No. 188" is its own family).

const BARE = {
  en: /(?<![\w-])(?<!(?:Presidential|President['’]s|Plenum|Court['’]s)\s)(?:Decree|Resolution)\s+(?:No\.?|N|№)\s*(\d{1,5})(?![\d-])(?!\s+of\s+(?:the\s+)?(?:Plenum|President|Supreme|Constitutional|Court|Federal\s+Antimonopoly|Ministry))/gu,
  ru: /(?<![\p{L}\d-])(?<!(?:Пленума|Президента)\s)[Пп]остановлени[а-яё]{0,3}\s+(?:№|N)\s*(\d{1,5})(?![\d-])(?!\s+(?:Пленума|Президиума|Конституционного|Верховного|Высшего|суда))/gu,
};
const GOVERNMENT = { en: /\bGovernment\b/u, ru: /Правительств/u };
const YEAR = /(?<![\d./-])((?:19|20)\d{2})(?![\d./-]|-?(?:FZ|ФЗ))/gu;

/** Bare government acts of the text (part of the instruments families of each language). */
export function findBareDecrees(text: string, lang: 'en' | 'ru'): RawMention[] {
  if (!GOVERNMENT[lang].test(text)) return [];
  const re = BARE[lang];
  re.lastIndex = 0;
  const out: RawMention[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, act: { series: 'gov', number: m[1]!, bare: true } });
  return out;
}

/**
 * The year of a bare act that nothing tied to it: the one year its sentence gives, else the text's date — only where the
 * sentence names the Government; undefined otherwise (the act then names nothing).
 */
export function bareDecreeYear(text: string, r: RawMention, ctx: ExtractContext | undefined): string | undefined {
  const [s, e] = sentenceAt(sentenceStarts(text), r.start, text.length);
  const sentence = text.slice(s, e);
  if (!GOVERNMENT.en.test(sentence) && !GOVERNMENT.ru.test(sentence)) return undefined;
  const years = new Set([...sentence.matchAll(YEAR)].map((y) => y[1]!));
  if (years.size === 1) return [...years][0];
  if (years.size > 1 || !ctx) return undefined;
  return textDate(text, ctx)?.slice(0, 4);
}
