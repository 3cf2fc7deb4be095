// Key terms of a text for similarity: stop words dropped, English words stemmed by lunr's Porter stemmer.
import lunr from 'lunr';
import type { Lang } from '../model.js';
import { wordTokens } from './words.js';

/** One occurrence of a key term: its stem, the word as written, and where it is. */
export interface TermToken {
  stem: string;
  surface: string;
  start: number;
}

/** Russian has no stemmer here: a word is cut to its first letters, which conflates most inflections. */
const RUSSIAN_PREFIX = 6;
const MIN_TERM_LENGTH = 2;
const DIGITS_RE = /^\p{N}+$/u;
const CYRILLIC_RE = /[\u0400-\u04FF]/u;

/**
 * Function words lunr's short English stop list keeps (prepositions, determiners, pronouns, auxiliaries): they are
 * rare enough in a small corpus to look like key terms, yet say nothing about a provision.
 */
const FUNCTION_WORDS = new Set(
  (
    'above after again against along already although amid another anyone anything around because before behind below ' +
    'beneath beside besides between beyond both despite down during each either enough etc even ever except few ' +
    'further hence here herein hereby itself less many more much near nearly neither next none nothing now once one ones ' +
    'onto otherwise ours out over per perhaps quite regarding same several shall such thereby therefore thereof those ' +
    'though through throughout thus toward towards under underneath unless unlike until upon very via whether which ' +
    'whose within without yet inter alia'
  ).split(' '),
);

const stemCache = new Map<string, string | null>();

function stemOf(word: string, lang: Lang): string | null {
  const cacheKey = `${lang}:${word}`;
  const cached = stemCache.get(cacheKey);
  if (cached !== undefined) return cached;
  let stem: string | null;
  if (word.length < MIN_TERM_LENGTH || DIGITS_RE.test(word) || FUNCTION_WORDS.has(word)) stem = null;
  else if (lang === 'ru' || CYRILLIC_RE.test(word)) stem = word.length > RUSSIAN_PREFIX ? word.slice(0, RUSSIAN_PREFIX) : word;
  else {
    const token = new lunr.Token(word, {});
    if (lunr.stopWordFilter(token) === undefined) stem = null;
    else stem = lunr.stemmer(token).toString() || word;
  }
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(cacheKey, stem);
  return stem;
}

/** The key terms of `text` in order (stop words, numbers and one-letter words left out). */
export function termTokens(text: string, lang: Lang): TermToken[] {
  const out: TermToken[] = [];
  for (const w of wordTokens(text)) {
    const stem = stemOf(w.word, lang);
    if (stem) out.push({ stem, surface: text.slice(w.start, w.end), start: w.start });
  }
  return out;
}

/**
 * Rarity of every term over a collection of texts: inverse document frequency (BM25 form), scaled so that a term
 * found in one text scores 1 (an unseen term scores a little more).
 */
export function termRarity(termSets: Iterable<ReadonlySet<string>>): (stem: string) => number {
  const df = new Map<string, number>();
  let n = 0;
  // One set at a time (a generator may make each as it is needed): memory holds the vocabulary, not every text's terms.
  for (const set of termSets) {
    n++;
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const idf = (f: number): number => Math.log(1 + (n - f + 0.5) / (f + 0.5));
  const once = idf(1);
  return (stem) => idf(df.get(stem) ?? 0) / once;
}
