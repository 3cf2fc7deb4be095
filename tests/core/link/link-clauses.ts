// Test helper: link clauses with defaults, so each test states only what matters to it.
import type { Citation } from '../../../shared/core/citations/index.js';
import type { LinkClause } from '../../../shared/core/link/index.js';

export function clause(partial: Partial<LinkClause> & Pick<LinkClause, 'id' | 'docId' | 'text'>): LinkClause {
  return { docKind: 'report', kind: 'paragraph', lang: 'en', label: partial.id, path: partial.id, citations: [], ...partial };
}

/** A citation of `key` at the first occurrence of `words` in `text`. */
export function cite(text: string, words: string, key: string): Citation {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in text`);
  const [instrument, rest] = key.split(':') as [string, string | undefined];
  const [article, ...part] = rest ? rest.split('/') : [];
  return {
    key,
    instrument,
    ...(article ? { article } : {}),
    ...(part.length > 0 ? { part: part.join('/') } : {}),
    text: words,
    start,
    end: start + words.length,
  };
}
