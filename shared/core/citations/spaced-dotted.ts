// A dotted article number written with a space for its dot right before its code's abbreviation: "14 10 КоАП", "ст. 7 12 КоАП РФ".
import type { Reference } from './types.js';

// Written for a law site's page title «14 10 КоАП» (text about ст. 180 УК РФ) and the search-query style "ст. 7 12 КоАП".
// Only a pair right before an abbreviation: resolution keeps it only for a code whose articles are numbered chapter by
// chapter (registry `chapterArticles`, the КоАП's 1.1 … 32.x) and a chapter that code has; "штраф 5 000 руб.",
// "10 12 2020" and a page's "с. 5 10" name nothing.
const SPACED = /(\d{1,2}) (\d{1,2})(?=\s+(?:КоАП|КОАП|коап)(?![\p{L}]))/gu;
/** What may stand right before the pair: the article word joins the citation; a letter, digit or number sign voids it. */
const ARTICLE_BEFORE = /(?:ст\.|стать[яеиёй]{1,2})\s*$/u;
const GLUED_BEFORE = /[\p{L}\p{N}.,:/-]$/u;

/** Part of the Russian articles family (ru-articles.ts). */
export function findSpacedDottedRefs(text: string): Reference[] {
  const out: Reference[] = [];
  // a statute without the КоАП's abbreviation is not searched (the pair is a digit-led pattern: costly on long texts)
  if (!/коап/iu.test(text)) return out;
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(text); m; m = SPACED.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const word = ARTICLE_BEFORE.exec(before);
    if (!word && GLUED_BEFORE.test(before)) continue;
    const start = word ? m.index - word[0].length : m.index;
    if (word && GLUED_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
    out.push({ family: 'ru-articles', start, end: m.index + m[0].length, unit: 'article', targets: [{ article: `${m[1]}.${m[2]}` }], codeOnly: true, spacedDot: true });
  }
  return out;
}
