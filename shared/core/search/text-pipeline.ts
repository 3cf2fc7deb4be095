// Search text pipeline: words with exact offsets, normalised and stemmed by lunr's English or Russian pipeline.
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import russian from 'lunr-languages/lunr.ru.js';
import { WORD_RE } from '../text/word-pattern.js';

stemmerSupport(lunr);
russian(lunr);

/** A word of a text: its span in the text, its normalised form and its stem (null for a stop word). */
export interface TextToken {
  start: number;
  end: number;
  word: string;
  stem: string | null;
}

type PipelineFn = (token: lunr.Token) => lunr.Token | undefined;
interface RussianLunr {
  ru: { stemmer: PipelineFn; stopWordFilter: PipelineFn };
}
const russianPipeline = (lunr as unknown as RussianLunr).ru;

/*
 * Words come from WORD_RE (letters, digits and combining marks, with inner apostrophes): lunr's own tokenizer splits on
 * whitespace only and its English trimmer (\W) strips Cyrillic, so offsets come from that expression and lunr
 * contributes stop words and stemmers.
 */
const CYRILLIC_RE = /[\u0400-\u04FF]/;
const DIGITS_RE = /^\p{N}+$/u;
const MARKS_RE = /[\u0300-\u036f]/g;

/** Lower case, ё as е, no stress marks or apostrophes, a trailing possessive 's dropped. */
export function normaliseWord(raw: string): string {
  let word = raw.toLowerCase();
  if (word.includes('ё')) word = word.replace(/ё/g, 'е');
  if (MARKS_RE.test(word)) word = word.normalize('NFC').replace(MARKS_RE, '');
  MARKS_RE.lastIndex = 0;
  if (word.includes("'") || word.includes('’')) word = word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
  return word;
}

const STEM_CACHE_LIMIT = 300_000;
const stemCache = new Map<string, string | null>();

/** The stem of a normalised word, or null for a stop word; the language is the word's script. */
export function stemWord(word: string): string | null {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stem = computeStem(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

function computeStem(word: string): string | null {
  if (word.length === 0) return null;
  if (DIGITS_RE.test(word)) return word;
  const token = new lunr.Token(word, {});
  const [stopWords, stemmer] = CYRILLIC_RE.test(word)
    ? [russianPipeline.stopWordFilter, russianPipeline.stemmer]
    : [lunr.stopWordFilter as PipelineFn, lunr.stemmer as PipelineFn];
  if (stopWords(token) === undefined) return null;
  const stemmed = stemmer(token);
  const stem = stemmed ? stemmed.toString() : word;
  return stem.length > 0 ? stem : word;
}

/** Every word of `text` with its offsets and stem, in order (stop words included, with stem null). */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const word = normaliseWord(match[0]);
    if (!word) continue;
    tokens.push({ start: match.index, end: match.index + match[0].length, word, stem: stemWord(word) });
  }
  return tokens;
}

/** The first letters by which a word's stem can be told apart cheaply: stemmers keep a word's first three letters. */
export function stemKey(wordOrStem: string): string {
  const key = wordOrStem.slice(0, 3).toLowerCase();
  return key.includes('ё') ? key.replace(/ё/g, 'е') : key;
}

/**
 * Like tokenize, but only for the words that begin with one of `prefixes` (lower case, ё written е, as stemKey
 * gives them): the expression finds those words itself, so a long clause is not walked word by word.
 */
export function tokenizeWordsStartingWith(text: string, prefixes: readonly string[]): TextToken[] {
  const tokens: TextToken[] = [];
  if (prefixes.length === 0) return tokens;
  for (const match of text.matchAll(wordsStartingWith(prefixes))) {
    const word = normaliseWord(match[0]);
    if (!word) continue;
    tokens.push({ start: match.index, end: match.index + match[0].length, word, stem: stemWord(word) });
  }
  return tokens;
}

const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}]`;
const PREFIX_PATTERN_CACHE_LIMIT = 200;
const prefixPatterns = new Map<string, RegExp>();

/** WORD_RE restricted to words starting with a prefix (case-insensitive; е also matches ё); cached per prefix set. */
function wordsStartingWith(prefixes: readonly string[]): RegExp {
  const alternatives = [...new Set(prefixes)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const cacheKey = alternatives.join('\u0000');
  let pattern = prefixPatterns.get(cacheKey);
  if (!pattern) {
    const body = alternatives.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/е/g, '[её]')).join('|');
    // A word starts where no word character (or word character and apostrophe, as in "holder's") comes before.
    pattern = new RegExp(`(?<!${WORD_CHAR}|${WORD_CHAR}['’])(?:${body})${WORD_CHAR}*(?:['’]${WORD_CHAR}+)*`, 'giu');
    if (prefixPatterns.size >= PREFIX_PATTERN_CACHE_LIMIT) prefixPatterns.clear();
    prefixPatterns.set(cacheKey, pattern);
  }
  return pattern;
}

/** The stems of `text`'s words in order, stop words left out. */
export function stemsOf(text: string): string[] {
  const stems: string[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const stem = stemWord(normaliseWord(match[0]));
    if (stem) stems.push(stem);
  }
  return stems;
}

/** The normalised words of `text`, stop words included. */
export function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(WORD_RE), (m) => normaliseWord(m[0])).filter((w) => w.length > 0);
}

export { lunr };
