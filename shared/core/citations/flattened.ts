// A superscript a source flattened into the article number ("Article 12521 of the Civil Code" for 1252¹): read as the
// inserted article only where the instrument has it and the plain number lies beyond its articles.
import { INSTRUMENTS } from './registry.js';

/**
 * The article `article` names in `instrument`: itself when it is no five- or six-digit number, the inserted article whose
 * digits it runs together when the registry lists one and the number exceeds the instrument's `maxArticle`, else
 * undefined (the reference says nothing).
 */
export function unflattenArticle(instrument: string, article: string): string | undefined {
  if (!/^\d{5,6}$/.test(article)) return article;
  const def = INSTRUMENTS.get(instrument);
  if (!def?.maxArticle || Number(article) <= def.maxArticle) return undefined;
  const hits = (def.insertedArticles ?? []).filter((a) => a.replace('.', '') === article);
  return hits.length === 1 ? hits[0] : undefined;
}
