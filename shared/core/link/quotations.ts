// Finds word-for-word quotations between clauses of different documents: 8-word shingles, then maximal runs.
import { isConfident, linkScore } from './confidence.js';
import type { ComputedLink, LinkClause } from './types.js';
import { WORD_RE } from '../text/word-pattern.js';
import { APOSTROPHES_RE, wordTokens, type WordToken } from './words.js';

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

/** Each probing clause keeps its quotations of this many other clauses at most, the longest first. */
const MAX_QUOTED_PER_CLAUSE = 12;

/**
 * Every quotation between clauses of different documents (statutes are only searched for quotations of other texts).
 *
 * Memory stays linear in the words and bounded per clause: each clause's words are kept as two 32-bit hashes, every
 * 8-word shingle goes into one typed hash table (no string keys, no all-pairs structure) that records how often the
 * shingle occurs outside statutes and whether two documents share it; positions are kept only for the shared ones,
 * and each clause keeps its MAX_QUOTED_PER_CLAUSE best partners. Runs found through hashes are checked word by word.
 */
export function findQuotations(clauses: readonly LinkClause[], minWords = DEFAULT_MIN_QUOTE_WORDS): Quotation[] {
  const indexed = clauses.filter((c) => c.docKind !== 'statute');
  const indexedLangs = new Set(indexed.map((c) => c.lang));
  const probed = clauses.filter((c) => c.docKind === 'statute' && indexedLangs.has(c.lang));
  const docNumber = new Map<string, number>();
  const docOf = (c: LinkClause): number => {
    let n = docNumber.get(c.docId);
    if (n === undefined) docNumber.set(c.docId, (n = docNumber.size));
    return n;
  };
  const indexedHashes = indexed.map((c) => wordHashes(c.text));
  const probedHashes = probed.map((c) => wordHashes(c.text));

  // 1. Count every shingle: occurrences outside statutes, and whether two documents that may pair share it.
  const table = new ShingleTable();
  indexed.forEach((c, i) => forEachShingleHash(indexedHashes[i]!, minWords, (h1, h2) => table.add(h1, h2, docOf(c))));
  probed.forEach((_, i) => forEachShingleHash(probedHashes[i]!, minWords, (h1, h2) => table.addStatute(h1, h2)));

  // 2. Positions (outside statutes) of the shared shingles only, and not of boilerplate.
  const places = new Map<number, number[]>();
  indexed.forEach((_, ci) =>
    forEachShingleHash(indexedHashes[ci]!, minWords, (h1, h2, at) => {
      const slot = table.find(h1, h2);
      if (slot < 0 || !(table.sharedByTexts(slot) || table.sharedWithStatute(slot)) || table.count(slot) > MAX_SHINGLE_OCCURRENCES) return;
      let list = places.get(slot);
      if (!list) places.set(slot, (list = []));
      list.push(ci, at);
    }),
  );

  const tokenCache = new Map<LinkClause, WordToken[]>();
  const tokensOf = (c: LinkClause): WordToken[] => {
    let t = tokenCache.get(c);
    if (!t) tokenCache.set(c, (t = wordTokens(c.text)));
    return t;
  };
  const out: Quotation[] = [];
  // 3. Each clause's hits on the shared shingles, per partner clause; runs checked against the words themselves.
  const probe = (clause: LinkClause, hashes: Uint32Array, ownIndex: number): void => {
    const pairHits = new Map<number, [number, number][]>();
    const statute = ownIndex < 0;
    forEachShingleHash(hashes, minWords, (h1, h2, i) => {
      const slot = table.find(h1, h2);
      if (slot < 0 || !(statute ? table.sharedWithStatute(slot) : table.sharedByTexts(slot))) return;
      const list = places.get(slot);
      if (!list) return;
      for (let k = 0; k < list.length; k += 2) {
        const ci = list[k]!;
        if (ci <= ownIndex || indexed[ci]!.docId === clause.docId) continue;
        let hits = pairHits.get(ci);
        if (!hits) pairHits.set(ci, (hits = []));
        hits.push([i, list[k + 1]!]);
      }
    });
    const found: Quotation[] = [];
    for (const [ci, hits] of pairHits) {
      const own = tokensOf(clause);
      const other = tokensOf(indexed[ci]!);
      const runs = runsFromHits(hits, minWords).filter((r) => sameWords(own, r.aStart, other, r.bStart, r.length));
      if (runs.length > 0) found.push(orient(clause, own, indexed[ci]!, other, runs));
    }
    if (tokenCache.size > 4096) tokenCache.clear();
    found.sort((a, b) => b.words - a.words);
    for (const q of found.slice(0, MAX_QUOTED_PER_CLAUSE)) out.push(q);
  };

  indexed.forEach((clause, i) => probe(clause, indexedHashes[i]!, i));
  probed.forEach((clause, i) => probe(clause, probedHashes[i]!, -1));
  return out;
}

/** Two 32-bit hashes per word (FNV-1a and a multiplicative one) of the normalised word, interleaved (no token objects). */
function wordHashes(text: string): Uint32Array {
  let out = new Uint32Array(64);
  let n = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0].toLowerCase().replace(APOSTROPHES_RE, '');
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let k = 0; k < word.length; k++) {
      const ch = word.charCodeAt(k);
      a = Math.imul(a ^ ch, 0x01000193);
      b = Math.imul(b ^ ch, 0x5bd1e995) ^ (b >>> 15);
    }
    if (2 * n + 2 > out.length) {
      const bigger = new Uint32Array(out.length * 2);
      bigger.set(out);
      out = bigger;
    }
    out[2 * n] = a >>> 0;
    out[2 * n + 1] = b >>> 0;
    n++;
  }
  return out.slice(0, 2 * n);
}

/** Calls `visit(h1, h2, at)` with the two hashes of every `n`-word shingle. */
function forEachShingleHash(hashes: Uint32Array, n: number, visit: (h1: number, h2: number, at: number) => void): void {
  const words = hashes.length / 2;
  for (let i = 0; i + n <= words; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x27d4eb2f;
    for (let k = 0; k < n; k++) {
      h1 = Math.imul(h1 ^ hashes[2 * (i + k)]!, 0x01000193);
      h2 = Math.imul(h2 ^ hashes[2 * (i + k) + 1]!, 0x85ebca6b) ^ (h2 >>> 13);
    }
    visit(h1 >>> 0, h2 >>> 0, i);
  }
}

function sameWords(a: readonly WordToken[], i: number, b: readonly WordToken[], j: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (a[i + k]?.word !== b[j + k]?.word) return false;
  return true;
}

/**
 * Open-addressing hash table of shingles keyed by two 32-bit hashes, in typed arrays (14 bytes a slot): the first
 * document outside statutes that has the shingle, how often it occurs outside statutes (saturating at 255), whether a
 * second such document has it, and whether a statute has it.
 */
class ShingleTable {
  private size = 1 << 16;
  private used = 0;
  private h1 = new Uint32Array(this.size);
  private h2 = new Uint32Array(this.size);
  private doc = new Int32Array(this.size);
  private counts = new Uint8Array(this.size);
  /** bit 0: occupied; bit 1: outside statutes; bit 2: in two documents outside statutes; bit 3: in a statute. */
  private flags = new Uint8Array(this.size);

  add(a: number, b: number, doc: number): void {
    const slot = this.claim(a, b);
    if (!(this.flags[slot]! & 2)) {
      this.doc[slot] = doc;
      this.flags[slot]! |= 2;
    } else if (this.doc[slot] !== doc) this.flags[slot]! |= 4;
    if (this.counts[slot]! < 255) this.counts[slot]!++;
  }

  addStatute(a: number, b: number): void {
    this.flags[this.claim(a, b)]! |= 8;
  }

  find(a: number, b: number): number {
    const slot = this.slotOf(a, b);
    return this.flags[slot]! & 1 ? slot : -1;
  }

  /** Two documents outside statutes have it. */
  sharedByTexts(slot: number): boolean {
    return (this.flags[slot]! & 4) !== 0;
  }

  /** A statute and a document outside statutes have it. */
  sharedWithStatute(slot: number): boolean {
    return (this.flags[slot]! & 10) === 10;
  }

  count(slot: number): number {
    return this.counts[slot]!;
  }

  private claim(a: number, b: number): number {
    if (this.used * 10 >= this.size * 6) this.grow();
    const slot = this.slotOf(a, b);
    if (!(this.flags[slot]! & 1)) {
      this.h1[slot] = a;
      this.h2[slot] = b;
      this.flags[slot] = 1;
      this.used++;
    }
    return slot;
  }

  private slotOf(a: number, b: number): number {
    const mask = this.size - 1;
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (this.flags[slot]! & 1 && (this.h1[slot] !== a || this.h2[slot] !== b)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { h1, h2, doc, counts, flags } = this;
    this.size *= 2;
    this.h1 = new Uint32Array(this.size);
    this.h2 = new Uint32Array(this.size);
    this.doc = new Int32Array(this.size);
    this.counts = new Uint8Array(this.size);
    this.flags = new Uint8Array(this.size);
    for (let i = 0; i < flags.length; i++) {
      if (!(flags[i]! & 1)) continue;
      const slot = this.slotOf(h1[i]!, h2[i]!);
      this.h1[slot] = h1[i]!;
      this.h2[slot] = h2[i]!;
      this.doc[slot] = doc[i]!;
      this.counts[slot] = counts[i]!;
      this.flags[slot] = flags[i]!;
    }
  }
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
  const markedA = passagesA.some(([s]) => insideQuoteMarks(a.text, s, a));
  const markedB = passagesB.some(([s]) => insideQuoteMarks(b.text, s, b));
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

const QUOTE_MARK_RE = /[“«„”»"]/g;

/** The quote marks of a text and whether a quotation is open after each (straight double quotes toggle). */
function quoteStates(text: string): { at: number[]; open: boolean[] } {
  const at: number[] = [];
  const open: boolean[] = [];
  let state = false;
  for (const m of text.matchAll(QUOTE_MARK_RE)) {
    const ch = m[0];
    state = ch === '"' ? !state : ch === '“' || ch === '«' || ch === '„';
    at.push(m.index);
    open.push(state);
  }
  return { at, open };
}

const statesCache = new WeakMap<object, { at: number[]; open: boolean[] }>();

/** Whether `pos` lies between an opening and a closing quote mark (straight double quotes toggle). */
export function insideQuoteMarks(text: string, pos: number, owner?: object): boolean {
  let states = owner ? statesCache.get(owner) : undefined;
  if (!states) {
    states = quoteStates(text);
    if (owner) statesCache.set(owner, states);
  }
  // the last quote mark before pos
  let lo = 0;
  let hi = states.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (states.at[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && states.open[lo - 1]!;
}

/** Quotations of this many words are confident even without quote marks. */
const CONFIDENT_QUOTE_WORDS = 12;
/** Words quoted for a strength of 1 - 1/e. */
const QUOTE_SCALE = 8;
/** A passage between quote marks has at least this strength. */
const MARKED_QUOTE_SCORE = 0.9;

/** The strength of a quotation as evidence: longer quotations and quote marks make it stronger. */
export function quoteStrength(q: Pick<Quotation, 'words' | 'marked'>): number {
  const lengthScore = 1 - Math.exp(-q.words / QUOTE_SCALE);
  return q.marked ? Math.max(MARKED_QUOTE_SCORE, lengthScore) : lengthScore;
}

/** The `quotes` link of a quotation: quote marks or twelve words make it confident (confidence.ts); a shorter one counts less. */
export function quotationLink(q: Quotation): ComputedLink {
  const passages = q.passages.map((p) => q.quoting.text.slice(p.quoting[0], p.quoting[1]));
  const score = linkScore(quoteStrength(q), q.marked || q.words >= CONFIDENT_QUOTE_WORDS);
  return {
    from: q.quoting.id,
    kind: 'quotes',
    toClause: q.quoted.id,
    score,
    confident: isConfident(score),
    evidence: [{ clause: q.quoted.id, kind: 'quotes', terms: passages }],
    quoted: passages.join(' … '),
  };
}
