// The statute articles of the corpus, by provision key: their clauses, their numbered neighbours, their glossary terms.
import { articleOfPath } from '../citations/statute-paths.js';
import { parseProvisionKey } from '../citations/keys.js';
import { conceptsOf, type Concepts } from './concepts.js';
import type { LinkClause } from './types.js';

/** Most characters of an article's text read for its terms (a long article's first parts say what it is about). */
const MAX_ARTICLE_CHARS = 6000;

export interface StatuteIndex {
  /** The article and its numbered neighbours held in the corpus: 1253 → [1253, 1253.1, 1253.2]; 1253.1 → the same. */
  neighbours(articleKey: string): string[];
  /** The clause holding the article (its heading clause). */
  clauseOf(articleKey: string): string | undefined;
  /** The glossary concepts of the article's title (its first line) and of its text. */
  concepts(articleKey: string): { title: Concepts; body: Concepts } | undefined;
}

/** 'ru-civil-code:1253.1/2' → 'ru-civil-code:1253.1'; undefined for an instrument-level key. */
export function articleKeyOf(key: string): string | undefined {
  const p = parseProvisionKey(key);
  return p?.article ? `${p.instrument}:${p.article}` : undefined;
}

/** Indexes the statute clauses whose document names its instrument (clause references only; terms read on demand). */
export function statuteIndex(clauses: readonly LinkClause[]): StatuteIndex {
  const byArticle = new Map<string, LinkClause[]>();
  const numbers = new Map<string, Set<string>>();
  for (const c of clauses) {
    if (c.docKind !== 'statute' || !c.instrument) continue;
    const article = articleOfPath(c.path);
    if (!article) continue;
    const key = `${c.instrument}:${article}`;
    let list = byArticle.get(key);
    if (!list) byArticle.set(key, (list = []));
    list.push(c);
    let set = numbers.get(c.instrument);
    if (!set) numbers.set(c.instrument, (set = new Set()));
    set.add(article);
  }
  const cache = new Map<string, { title: Concepts; body: Concepts }>();
  return {
    neighbours(articleKey) {
      const p = parseProvisionKey(articleKey);
      const set = p?.article ? numbers.get(p.instrument) : undefined;
      if (!p?.article || !set) return [];
      // 1253.1's base is 1253 when the code has an article 1253 (КоАП's 7.12 is a number of its own, not an insertion in 7)
      const parent = p.article.replace(/\.\d+$/, '');
      const base = parent !== p.article && set.has(parent) ? parent : p.article;
      const group = [...set].filter((a) => a === base || new RegExp(`^${base.replace(/\./g, '\\.')}\\.\\d+$`).test(a));
      return group.map((a) => `${p.instrument}:${a}`);
    },
    clauseOf: (articleKey) => byArticle.get(articleKey)?.[0]?.id,
    concepts(articleKey) {
      let known = cache.get(articleKey);
      if (known) return known;
      const list = byArticle.get(articleKey);
      if (!list) return undefined;
      let text = '';
      for (const c of list) {
        if (text.length >= MAX_ARTICLE_CHARS) break;
        text += `${c.text}\n`;
      }
      const title = list[0]!.text.split('\n', 1)[0]!;
      known = { title: conceptsOf(title), body: conceptsOf(text.slice(0, MAX_ARTICLE_CHARS)) };
      cache.set(articleKey, known);
      return known;
    },
  };
}
