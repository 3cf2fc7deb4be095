// Expands query terms to the stems they match: words through the pipeline, prefixes, wildcards and typos over the vocabulary.
import type { Database } from 'better-sqlite3';
import lunr from 'lunr';
import type { ExpandedTerm, QueryTerm } from '../../core/search/index.js';
import { stemWord } from '../../core/search/index.js';
import { SearchRepository } from '../store/search-repository.js';

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

function vocabularySet(db: Database): lunr.TokenSet {
  const repo = new SearchRepository(db);
  const version = repo.vocabVersion();
  const cached = vocabularySets.get(db);
  if (cached && cached.version === version) return cached.tokens;
  const words = repo.vocabularyWords().sort();
  const tokens = TokenSets.fromArray(words);
  vocabularySets.set(db, { version, tokens });
  return tokens;
}

/** Vocabulary words matching a lunr TokenSet pattern (wildcards or an edit-distance automaton). */
function vocabularyMatches(db: Database, pattern: lunr.TokenSet): string[] {
  return pattern.intersect(vocabularySet(db)).toArray().slice(0, MAX_VOCAB_MATCHES);
}

function expandPrefix(repo: SearchRepository, prefix: string): Pick<ExpandedTerm, 'alternatives' | 'prefix'> {
  const stems = repo.stemsInRange(prefix, `${prefix}\uffff`, MAX_PREFIX_STEMS + 1);
  if (stems.length > MAX_PREFIX_STEMS) return { alternatives: [], prefix };
  return { alternatives: stems.map((s) => [s]) };
}

/** The stems each term matches; a term that matches nothing gets no alternatives. */
export function expandTerms(db: Database, terms: readonly QueryTerm[]): ExpandedTerm[] {
  const repo = new SearchRepository(db);
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
        return { presence: term.presence, ...expandPrefix(repo, word.replace(/\*+$/, '')) };
      case 'wildcard': {
        const words = vocabularyMatches(db, TokenSets.fromString(word));
        return { presence: term.presence, alternatives: repo.stemsOfWords(words).map((s) => [s]) };
      }
      case 'fuzzy': {
        const words = vocabularyMatches(db, TokenSets.fromFuzzyString(word, term.editDistance ?? 1));
        const stems = new Set(repo.stemsOfWords(words));
        const own = stemWord(word);
        if (own) stems.add(own);
        return { presence: term.presence, alternatives: [...stems].map((s) => [s]) };
      }
    }
  });
}
