// English article references: "Article 1252(5) of the Civil Code", "Articles 1252 and 1253", "part 2 of Article 146".
import { NUM, normaliseNumber, splitList } from './numbers.js';
import type { Reference, Target } from './types.js';

// Written for (IIPA 2017 Special 301 report on Russia unless noted):
//   "Article 1229 of the Civil Code provides a cause of action against importers of technological protection"
//   "IIPA recommends that Article 1252(5) of the Civil Code, which currently includes remedies"
//   "cannot benefit from the liability privileges in Article 1253 \nof the Civil Code"
//   "The Government of Russia should amend Article 146 of \nthe Criminal Code"
//   "criminal cases were initiated in 2008 under on Article 146 of the \nCriminal code"   (09MOSCOW521)
//   "eliminating the for-profit requirement in Article 7.12 (Administrative Offences)"
//   and the usual forms "Articles 1252 and 1253", "Arts. 1252-1254", "Art. 146(2)", "paragraph 5 of Article 1252",
//   "parts 1 and 2 of Article 146", "subparagraph 2 of paragraph 1 of Article 1270", "the note to Article 146",
//   "Article 1252, paragraph 5", "paragraph 2 of this Article".

const PARENS = String.raw`(?:\s?\(\s?[0-9a-z]{1,3}\s?\))`;
const ART_VAL = String.raw`${NUM}${PARENS}*`;
const SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[-–—]\s*|\s+(?:to|through)\s+)`;
const ART_LIST = String.raw`${ART_VAL}(?:${SEP}${ART_VAL})*`;
const PART_VAL = String.raw`(?:\d{1,3}(?:\.\d{1,2})?(?!\d)|\([0-9a-z]{1,3}\))`;
const PART_LIST = String.raw`${PART_VAL}(?:${SEP}${PART_VAL})*`;

const EN_ARTICLE = new RegExp(
  String.raw`(?<![\w.])(?:` +
    String.raw`(?<note>(?:the\s+)?notes?(?:\s+(?<noteList>${PART_LIST}))?\s+to\s+)` +
    String.raw`|(?:(?:sub-?paragraphs?|subparas?\.|sub-?items?|sub-?points?)\s+(?<subList>${PART_LIST})\s+of\s+)?` +
    String.raw`(?:parts?|paragraphs?|paras?\.|pars?\.|items?|points?|clauses?)\s+(?<partList>${PART_LIST})\s+of\s+` +
    String.raw`)?(?:(?:Articles?|Arts?\.)\s*(?<artList>${ART_LIST})|(?<self>this\s+Article\b))` +
    String.raw`(?:,?\s+(?:part|paragraph|para\.|item|point)\s+(?<trail>\d{1,3})(?![\d.]))?`,
  'gi',
);

const ART_VAL_RE = new RegExp(ART_VAL, 'g');
const PART_VAL_RE = new RegExp(PART_VAL, 'g');
const stripParens = (s: string): string => s.replace(/[()\s]/g, '');

function cross(a: string[], b: string[]): string[] {
  if (!a.length) return b;
  if (!b.length) return a;
  return a.flatMap((x) => b.map((y) => `${x}/${y}`));
}

export function findEnglishArticleRefs(text: string): Reference[] {
  const out: Reference[] = [];
  EN_ARTICLE.lastIndex = 0;
  for (let m = EN_ARTICLE.exec(text); m; m = EN_ARTICLE.exec(text)) {
    const g = m.groups ?? {};
    const partList = g.partList ? splitList(g.partList, PART_VAL_RE, stripParens) : [];
    const subList = g.subList ? splitList(g.subList, PART_VAL_RE, stripParens) : [];
    let outer: string[] = cross(partList, subList);
    if (g.note !== undefined) outer = g.noteList ? splitList(g.noteList, PART_VAL_RE, stripParens).map((n) => `note/${n}`) : ['note'];
    if (g.trail && !outer.length) outer = [g.trail];
    const targets: Target[] = [];
    if (g.self) {
      // "paragraph 2 of this Article"; a bare "this Article" names no other provision.
      for (const part of outer) targets.push({ part });
    } else {
      // Each listed article, with its own "(5)(b)" when no "part N of" precedes.
      const values = g.artList!.match(ART_VAL_RE) ?? [];
      const articles = splitList(g.artList!.replace(/\(\s?[0-9a-z]{1,3}\s?\)/gi, ''), new RegExp(NUM, 'g'), normaliseNumber);
      for (const article of articles) {
        const raw = values.find((v) => normaliseNumber(v.replace(/\(.*$/s, '')) === article) ?? '';
        const parens = [...raw.matchAll(/\(\s?([0-9a-z]{1,3})\s?\)/gi)].map((p) => p[1]!);
        const parts = outer.length ? outer : parens.length ? [parens.join('/')] : [];
        if (!parts.length) targets.push({ article });
        for (const part of parts) targets.push({ article, part });
      }
    }
    if (!targets.length) continue;
    out.push({
      family: 'en-code-articles', start: m.index, end: m.index + m[0].length, unit: 'article', targets,
      ...(g.self ? { selfArticle: true } : {}),
    });
  }
  return out;
}
