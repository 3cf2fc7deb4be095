// Benchmark queries: 200 generated deterministically (seeded PRNG) from the shipped corpus vocabulary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemWord, wordsOf } from '../shared/core/search/index.js';

/** mulberry32: a small seeded PRNG, so every run and every engine gets the same queries and corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Vocabulary {
  /** Indexable words (not stop words), most frequent first, with their counts. */
  words: string[];
  counts: number[];
  /** Adjacent word pairs of the corpus text (for phrase queries). */
  bigrams: [string, string][];
}

/** The words of the shipped corpus files (HTML markup stripped), in a fixed order. */
export function corpusVocabulary(corpusDir: string): Vocabulary {
  const dir = join(corpusDir, 'documents');
  const counts = new Map<string, number>();
  const bigrams: [string, string][] = [];
  for (const file of readdirSync(dir).sort()) {
    let text = readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.html')) text = text.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
    const words = wordsOf(text).filter((w) => /\p{L}{3,}/u.test(w) && stemWord(w) !== null);
    words.forEach((w, i) => {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      if (i > 0 && i % 97 === 0) bigrams.push([words[i - 1]!, w]);
    });
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { words: sorted.map((e) => e[0]), counts: sorted.map((e) => e[1]), bigrams };
}

export type QueryType = 'word' | 'two-words' | 'phrase' | 'prefix' | 'fuzzy' | 'filter' | 'citation';
export interface BenchQuery {
  type: QueryType;
  query: string;
}

const MIX: [QueryType, number][] = [
  ['word', 60],
  ['two-words', 40],
  ['phrase', 20],
  ['prefix', 20],
  ['fuzzy', 15],
  ['filter', 30],
  ['citation', 15],
];
const CITATIONS = ['Article 1229', 'art. 1252(5)', 'ст. 146 УК', 'Civil Code 1229', 'статья 1270 ГК РФ', 'Article 1253.1', 'ст. 1301', 'Article 146 of the Criminal Code', 'ст. 1259', 'cites:ru-civil-code:1229', 'cites:ru-criminal-code:146', 'Article 1250', 'art. 1515', 'ст. 1484 ГК РФ', 'cites:ru-civil-code:1252'];
const FILTERS = ['lang:ru', 'lang:en', 'kind:statute', 'kind:report', 'kind:article', '-lang:en', 'doc:iipa-2017-russia', 'kind:part'];

/** 200 queries of every kind, the same list for every engine and tier. */
export function benchQueries(vocabulary: Vocabulary, count = 200): BenchQuery[] {
  const random = seededRandom(20240611);
  // Words from the head to the long tail: half from the top 2,000, half from anywhere.
  const pick = () => {
    const top = Math.min(vocabulary.words.length, random() < 0.5 ? 2000 : vocabulary.words.length);
    return vocabulary.words[Math.floor(random() * top)]!;
  };
  const queries: BenchQuery[] = [];
  let citation = 0;
  for (const [type, share] of MIX) {
    for (let i = 0; i < Math.round((share * count) / 200); i++) {
      switch (type) {
        case 'word':
          queries.push({ type, query: pick() });
          break;
        case 'two-words':
          queries.push({ type, query: `${pick()} ${pick()}` });
          break;
        case 'phrase': {
          const [a, b] = vocabulary.bigrams[Math.floor(random() * vocabulary.bigrams.length)]!;
          queries.push({ type, query: `"${a} ${b}"` });
          break;
        }
        case 'prefix': {
          const w = pick();
          queries.push({ type, query: `${w.slice(0, Math.max(3, Math.ceil(w.length * 0.6)))}*` });
          break;
        }
        case 'fuzzy': {
          const w = pick();
          const at = Math.floor(random() * w.length);
          queries.push({ type, query: `${w.slice(0, at)}${w[(at + 1) % w.length]}${w.slice(at + 1)}~1` });
          break;
        }
        case 'filter':
          queries.push({ type, query: `${pick()} ${FILTERS[Math.floor(random() * FILTERS.length)]}` });
          break;
        case 'citation':
          queries.push({ type, query: CITATIONS[citation++ % CITATIONS.length]! });
          break;
      }
    }
  }
  return queries;
}
