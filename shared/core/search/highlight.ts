// Finds the matched words of a clause (exact offsets in its text) and cuts a snippet around them.
import type { TextToken } from './text-pipeline.js';
import { stemKey, stemsOf, tokenizeWordsStartingWith } from './text-pipeline.js';

/** What a clause is matched against: single stems, stem prefixes, and phrases (stems in order). */
export interface HighlightTerms {
  stems: ReadonlySet<string>;
  prefixes: readonly string[];
  phrases: readonly (readonly string[])[];
}

export type Span = [number, number];

/** Offsets in `text` of every word that matches `terms`, in order, without overlaps. */
export function highlightSpans(text: string, terms: HighlightTerms): Span[] {
  const marked = new Set<number>();
  const tokens = candidateTokens(text, terms);
  tokens.forEach((token, i) => {
    if (terms.stems.has(token.stem) || terms.prefixes.some((p) => token.stem.startsWith(p) || token.word.startsWith(p))) marked.add(i);
  });
  for (const phrase of terms.phrases) {
    for (let i = 0; phrase.length > 0 && i + phrase.length <= tokens.length; i++) {
      if (phraseAt(text, tokens, i, phrase)) for (let k = 0; k < phrase.length; k++) marked.add(i + k);
    }
  }
  return [...marked].sort((a, b) => a - b).map((i) => [tokens[i]!.start, tokens[i]!.end]);
}

type Candidate = TextToken & { stem: string };

/**
 * Whether the candidates from `i` on spell `phrase` as the index sees it: its stems in order, with nothing but
 * stop words between them (the index drops stop words, so "right of the holder" is the phrase "right holder").
 */
function phraseAt(text: string, tokens: readonly Candidate[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[i + k]!;
    if (token.stem !== phrase[k]) return false;
    if (k > 0 && stemsOf(text.slice(tokens[i + k - 1]!.end, token.start)).length > 0) return false;
  }
  return true;
}

/**
 * The words that may match: only those sharing their first letters with a query stem are read and stemmed
 * (a long clause is not re-stemmed word by word); phrase adjacency is checked on the gaps between them.
 */
function candidateTokens(text: string, terms: HighlightTerms): Candidate[] {
  const prefixes = new Set<string>();
  const add = (stem: string) => prefixes.add(stem.length >= 3 ? stemKey(stem) : stem);
  for (const stem of terms.stems) add(stem);
  for (const phrase of terms.phrases) phrase.forEach(add);
  for (const prefix of terms.prefixes) add(prefix);
  return tokenizeWordsStartingWith(text, [...prefixes]).filter((token): token is Candidate => token.stem !== null);
}

export interface Snippet {
  snippet: string;
  /** Where the snippet's text (after any leading ellipsis) starts and ends in the clause text. */
  start: number;
  end: number;
}

/** About `width` characters of `text` around the first cluster of highlights, cut at word boundaries. */
export function makeSnippet(text: string, highlights: readonly Span[], width = 200): Snippet {
  if (text.length <= width) return { snippet: text, start: 0, end: text.length };
  const first = highlights[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 4));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  const snippet = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return { snippet, start, end };
}

/** The snippet with each highlight inside it wrapped in `open` and `close` (for terminals and plain text). */
export function markSnippet(text: string, snippet: Snippet, highlights: readonly Span[], open = '[', close = ']'): string {
  let out = snippet.start > 0 ? '…' : '';
  let at = snippet.start;
  for (const [s, e] of highlights) {
    if (s < at || e > snippet.end) continue;
    out += `${text.slice(at, s)}${open}${text.slice(s, e)}${close}`;
    at = e;
  }
  return `${out}${text.slice(at, snippet.end)}${snippet.end < text.length ? '…' : ''}`;
}
