// Expands query terms to the stems they match: words through the pipeline, prefixes, wildcards and typos over the vocabulary.
import type { Database } from 'better-sqlite3';
import lunr from 'lunr';
import type { ExpandedTerm, QueryTerm } from '../../core/search/index.js';
import { stemWord } from '../../core/search/index.js';

/** Above this many stems, a prefix is matched by FTS5's own prefix query instead of listing its stems. */
const MAX_PREFIX_STEMS = 40;
const MAX_VOCAB_MATCHES = 64;

/** lunr's TokenSet constructors (present at run time, missing from @types/lunr). */
const TokenSets = lunr.TokenSet as unknown as {
  fromArray(sortedWords: string[]): lunr.TokenSet;
  fromString(pattern: string): lunr.TokenSet;
  fromFuzzyString(word: string, editDistance: number): lunr.TokenSet;
};

interface VocabularySet {
  version: number;
  tokens: lunr.TokenSet;
}

/** lunr TokenSets of each database's vocabulary, rebuilt when the vocabulary grows. */
const vocabularySets = new WeakMap<Database, VocabularySet>();

function vocabularyVersion(db: Database): number {
  const row = db.prepare("SELECT value FROM search_meta WHERE key = 'vocab_version'").get() as { value: number } | undefined;
  return row?.value ?? 0;
}

function vocabularySet(db: Database): lunr.TokenSet {
  const version = vocabularyVersion(db);
  const cached = vocabularySets.get(db);
  if (cached && cached.version === version) return cached.tokens;
  const words = (db.prepare('SELECT word FROM search_vocab').pluck().all() as string[]).sort();
  const tokens = TokenSets.fromArray(words);
  vocabularySets.set(db, { version, tokens });
  return tokens;
}

function stemsOfWords(db: Database, words: readonly string[]): string[] {
  if (words.length === 0) return [];
  return db
    .prepare('SELECT DISTINCT stem FROM search_vocab WHERE word IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(words)) as string[];
}

/** Vocabulary words matching a lunr TokenSet pattern (wildcards or an edit-distance automaton). */
function vocabularyMatches(db: Database, pattern: lunr.TokenSet): string[] {
  return pattern.intersect(vocabularySet(db)).toArray().slice(0, MAX_VOCAB_MATCHES);
}

function expandPrefix(db: Database, prefix: string): Pick<ExpandedTerm, 'alternatives' | 'prefix'> {
  const stems = db
    .prepare('SELECT DISTINCT stem FROM search_vocab WHERE word >= ? AND word < ? LIMIT ?')
    .pluck()
    .all(prefix, `${prefix}\uffff`, MAX_PREFIX_STEMS + 1) as string[];
  if (stems.length > MAX_PREFIX_STEMS) return { alternatives: [], prefix };
  return { alternatives: stems.map((s) => [s]) };
}

/** The stems each term matches; a term that matches nothing gets no alternatives. */
export function expandTerms(db: Database, terms: readonly QueryTerm[]): ExpandedTerm[] {
  return terms.map((term): ExpandedTerm => {
    const word = term.words[0] ?? '';
    switch (term.kind) {
      case 'word': {
        const stem = stemWord(word);
        return { presence: term.presence, alternatives: stem ? [[stem]] : [] };
      }
      case 'phrase': {
        const stems = term.words.map(stemWord).filter((s): s is string => s !== null);
        return { presence: term.presence, alternatives: stems.length > 0 ? [stems] : [] };
      }
      case 'prefix':
        return { presence: term.presence, ...expandPrefix(db, word.replace(/\*+$/, '')) };
      case 'wildcard': {
        const words = vocabularyMatches(db, TokenSets.fromString(word));
        return { presence: term.presence, alternatives: stemsOfWords(db, words).map((s) => [s]) };
      }
      case 'fuzzy': {
        const words = vocabularyMatches(db, TokenSets.fromFuzzyString(word, term.editDistance ?? 1));
        const stems = new Set(stemsOfWords(db, words));
        const own = stemWord(word);
        if (own) stems.add(own);
        return { presence: term.presence, alternatives: [...stems].map((s) => [s]) };
      }
    }
  });
}
