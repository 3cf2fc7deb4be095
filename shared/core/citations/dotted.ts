// Treaty paragraphs in dotted notation: "TRIPS Art. 63.2" is article 63, paragraph 2, where the registry says so.
import { INSTRUMENTS } from './registry.js';

/** "63.2", "6bis.1": an article and one dotted paragraph. */
const DOTTED = /^(\d{1,4}(?:bis|ter|quater|quinquies|sexies|septies)?)\.(\d{1,2})$/;
/** "5.1.1": an article, its dotted paragraph and sub-paragraph. */
const DOTTED_TWICE = /^(\d{1,4}(?:bis|ter|quater|quinquies|sexies|septies)?)\.(\d{1,2})\.(\d{1,2})$/;

/**
 * The article and part a citation of `instrument` means: for an instrument whose articles are never inserted with a dot
 * (registry `dottedParagraphs`: treaties), "63.2" is article 63, paragraph 2 ("Art. 63.2(a)": 63, 2/a); for the others
 * ("7.12" of the Code of Administrative Offences, "1253.1" of the Civil Code) the number stays the article.
 */
export function dottedParagraph(instrument: string, article: string, part?: string): { article: string; part?: string } {
  // "article 1484.2.5" of a code numbering its articles plainly (the Civil Code): article 1484, item 2, sub-item 5 (or
  // "1253.1.2": the inserted article 1253.1, item 2)
  const def = INSTRUMENTS.get(instrument);
  const twice = /^(\d{1,4})\.(\d{1,2})\.(\d{1,2})$/.exec(article);
  if (twice && def?.maxArticle && !part) {
    const inserted = `${twice[1]}.${twice[2]}`;
    return (def.insertedArticles ?? []).includes(inserted) ? { article: inserted, part: twice[3]! } : { article: twice[1]!, part: `${twice[2]}/${twice[3]}` };
  }
  // "Article 1252.4", «статья 1483.3 ГК»: no such article was ever inserted, so article 1252, item 4
  const once = /^(\d{1,4})\.(\d{1,2})$/.exec(article);
  if (once && def?.insertedArticlesFrom !== undefined && Number(once[1]) >= def.insertedArticlesFrom && !(def.insertedArticles ?? []).includes(article)) {
    return { article: once[1]!, part: part ? `${once[2]}/${part}` : once[2]! };
  }
  // ("Article 5.1.1" of the TBT Agreement: article 5, paragraph 1, sub-paragraph 1)
  const three = DOTTED_TWICE.exec(article);
  // (a treaty's only: a law's "Article 27.1.1" stays one article number, as the labels key it)
  if (three && def?.dottedParagraphs && def.kind === 'treaty') return { article: three[1]!, part: `${three[2]}/${three[3]}${part ? `/${part}` : ''}` };
  const m = DOTTED.exec(article);
  if (!m || !def?.dottedParagraphs) return part ? { article, part } : { article };
  return { article: m[1]!, part: part ? `${m[2]}/${part}` : m[2]! };
}
