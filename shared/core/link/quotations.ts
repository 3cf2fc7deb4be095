// Finds word-for-word quotations between clauses of different documents: 8-word shingles, then maximal runs.
import type { ComputedLink, LinkClause } from './types.js';
import { wordTokens, type WordToken } from './words.js';

/** A maximal run of identical words: token positions in the two clauses and its length in words. */
export interface WordRun {
  aStart: number;
  bStart: number;
  length: number;
}

/** One quoted passage, as character spans in the quoting and the quoted clause. */
export interface QuotePassage {
  quoting: [number, number];
  quoted: [number, number];
  words: number;
}

export interface Quotation {
  quoting: LinkClause;
  quoted: LinkClause;
  passages: QuotePassage[];
  /** Words quoted in all passages. */
  words: number;
  /** The quoting clause puts the passages between quote marks. */
  marked: boolean;
}

export const DEFAULT_MIN_QUOTE_WORDS = 8;
/** A shingle found in more places than this is boilerplate, not a quotation. */
const MAX_SHINGLE_OCCURRENCES = 50;

/** Maximal runs of at least `minWords` identical words shared by two token lists, longest first, not overlapping. */
export function sharedRuns(a: readonly WordToken[], b: readonly WordToken[], minWords = DEFAULT_MIN_QUOTE_WORDS): WordRun[] {
  const index = shingleIndex([b], minWords);
  const hits: [number, number][] = [];
  forEachShingle(a, minWords, (key, i) => {
    for (const [, j] of index.get(key) ?? []) hits.push([i, j]);
  });
  return runsFromHits(hits, minWords);
}

/** Every quotation between clauses of different documents (statutes are only searched for quotations of other texts). */
export function findQuotations(clauses: readonly LinkClause[], minWords = DEFAULT_MIN_QUOTE_WORDS): Quotation[] {
  const indexed = clauses.filter((c) => c.docKind !== 'statute');
  const indexedLangs = new Set(indexed.map((c) => c.lang));
  const tokens = indexed.map((c) => wordTokens(c.text));
  const index = shingleIndex(tokens, minWords);
  const out: Quotation[] = [];

  const probe = (clause: LinkClause, own: WordToken[], ownIndex: number): void => {
    const pairHits = new Map<number, [number, number][]>();
    forEachShingle(own, minWords, (key, i) => {
      const places = index.get(key);
      if (!places || places.length > MAX_SHINGLE_OCCURRENCES) return;
      for (const [ci, j] of places) {
        if (ci <= ownIndex || indexed[ci]!.docId === clause.docId) continue;
        let list = pairHits.get(ci);
        if (!list) pairHits.set(ci, (list = []));
        list.push([i, j]);
      }
    });
    for (const [ci, hits] of pairHits) {
      const runs = runsFromHits(hits, minWords);
      if (runs.length > 0) out.push(orient(clause, own, indexed[ci]!, tokens[ci]!, runs));
    }
  };

  indexed.forEach((clause, i) => probe(clause, tokens[i]!, i));
  for (const clause of clauses) {
    if (clause.docKind === 'statute' && indexedLangs.has(clause.lang)) probe(clause, wordTokens(clause.text), -1);
  }
  return out;
}

function shingleKey(tokens: readonly WordToken[], at: number, n: number): string {
  let key = tokens[at]!.word;
  for (let k = 1; k < n; k++) key += ' ' + tokens[at + k]!.word;
  return key;
}

function forEachShingle(tokens: readonly WordToken[], n: number, visit: (key: string, at: number) => void): void {
  for (let i = 0; i + n <= tokens.length; i++) visit(shingleKey(tokens, i, n), i);
}

function shingleIndex(lists: readonly (readonly WordToken[])[], n: number): Map<string, [number, number][]> {
  const index = new Map<string, [number, number][]>();
  lists.forEach((tokens, ci) =>
    forEachShingle(tokens, n, (key, at) => {
      let places = index.get(key);
      if (!places) index.set(key, (places = []));
      places.push([ci, at]);
    }),
  );
  return index;
}

/** Consecutive shingle hits on one diagonal are one run; overlapping runs keep the longest. */
function runsFromHits(hits: [number, number][], minWords: number): WordRun[] {
  hits.sort((x, y) => x[0] - x[1] - (y[0] - y[1]) || x[0] - y[0]);
  const runs: WordRun[] = [];
  let current: WordRun | undefined;
  for (const [i, j] of hits) {
    if (current && i - j === current.aStart - current.bStart && i === current.aStart + current.length - minWords + 1) {
      current.length++;
      continue;
    }
    current = { aStart: i, bStart: j, length: minWords };
    runs.push(current);
  }
  runs.sort((x, y) => y.length - x.length || x.aStart - y.aStart);
  const kept: WordRun[] = [];
  const overlaps = (s1: number, l1: number, s2: number, l2: number): boolean => s1 < s2 + l2 && s2 < s1 + l1;
  for (const r of runs) {
    if (kept.some((k) => overlaps(k.aStart, k.length, r.aStart, r.length) || overlaps(k.bStart, k.length, r.bStart, r.length))) continue;
    kept.push(r);
  }
  return kept.sort((x, y) => x.aStart - y.aStart);
}

/**
 * Which side quotes which. 1. The side that holds the words between quote marks quotes the other.
 * 2. Otherwise the later document quotes the earlier. 3. Otherwise the clause in which the shared words are the
 * smaller share of its text quotes the other (a quotation is embedded in commentary).
 */
function orient(a: LinkClause, aTokens: readonly WordToken[], b: LinkClause, bTokens: readonly WordToken[], runs: WordRun[]): Quotation {
  const passagesA = runs.map((r) => spanOf(aTokens, r.aStart, r.length));
  const passagesB = runs.map((r) => spanOf(bTokens, r.bStart, r.length));
  const markedA = passagesA.some(([s]) => insideQuoteMarks(a.text, s));
  const markedB = passagesB.some(([s]) => insideQuoteMarks(b.text, s));
  const words = runs.reduce((n, r) => n + r.length, 0);
  let aQuotes: boolean;
  if (markedA !== markedB) aQuotes = markedA;
  else if (a.docDate && b.docDate && a.docDate !== b.docDate) aQuotes = a.docDate > b.docDate;
  else aQuotes = words / Math.max(1, aTokens.length) <= words / Math.max(1, bTokens.length);
  const passages = runs.map((r, k) => ({
    quoting: aQuotes ? passagesA[k]! : passagesB[k]!,
    quoted: aQuotes ? passagesB[k]! : passagesA[k]!,
    words: r.length,
  }));
  return aQuotes
    ? { quoting: a, quoted: b, passages, words, marked: markedA }
    : { quoting: b, quoted: a, passages, words, marked: markedB };
}

function spanOf(tokens: readonly WordToken[], at: number, length: number): [number, number] {
  return [tokens[at]!.start, tokens[at + length - 1]!.end];
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);

/** Whether `pos` lies between an opening and a closing quote mark (straight double quotes toggle). */
export function insideQuoteMarks(text: string, pos: number): boolean {
  let open = false;
  for (let i = 0; i < pos; i++) {
    const ch = text[i]!;
    if (OPENING.has(ch)) open = true;
    else if (CLOSING.has(ch)) open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

/** Quotations of this many words are confident even without quote marks. */
const CONFIDENT_QUOTE_WORDS = 12;
/** Words quoted for a score of 1 - 1/e. */
const QUOTE_SCALE = 8;
/** A passage between quote marks scores at least this. */
const MARKED_QUOTE_SCORE = 0.9;

/** The `quotes` link of a quotation: longer quotations and quote marks make it stronger. */
export function quotationLink(q: Quotation): ComputedLink {
  const passages = q.passages.map((p) => q.quoting.text.slice(p.quoting[0], p.quoting[1]));
  const lengthScore = 1 - Math.exp(-q.words / QUOTE_SCALE);
  return {
    from: q.quoting.id,
    kind: 'quotes',
    toClause: q.quoted.id,
    score: Math.round((q.marked ? Math.max(MARKED_QUOTE_SCORE, lengthScore) : lengthScore) * 1000) / 1000,
    confident: q.marked || q.words >= CONFIDENT_QUOTE_WORDS,
    evidence: [{ clause: q.quoted.id, kind: 'quotes', terms: passages }],
    quoted: passages.join(' … '),
  };
}
