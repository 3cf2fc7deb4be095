// Guesses a text's language (Russian or English) from its letters.
import type { Lang } from '../model.js';

/** 'ru' when Cyrillic letters outnumber Latin ones, else 'en'. */
export function detectLang(text: string): Lang {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const cyrillic = sample.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return cyrillic > latin ? 'ru' : 'en';
}
