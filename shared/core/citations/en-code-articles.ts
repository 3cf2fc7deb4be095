// English article references: "Article 1252(5) of the Civil Code", "Articles 1252 and 1253", "part 2 of Article 146".
import { fromRoman, NUM, normaliseNumber, splitList } from './numbers.js';
import { findRuleRefs } from './rules.js';
import { findTheseArticles } from './these-articles.js';
import type { CitationFamily, Reference, Target } from './types.js';

// Written for (IIPA 2017 Special 301 report on Russia unless noted):
//   "Article 1229 of the Civil Code provides a cause of action against importers of technological protection"
//   "IIPA recommends that Article 1252(5) of the Civil Code, which currently includes remedies"
//   "cannot benefit from the liability privileges in Article 1253 \nof the Civil Code"
//   "The Government of Russia should amend Article 146 of \nthe Criminal Code"
//   "criminal cases were initiated in 2008 under on Article 146 of the \nCriminal code"   (09MOSCOW521)
//   "eliminating the for-profit requirement in Article 7.12 (Administrative Offences)"
//   and the usual forms "Articles 1252 and 1253", "Arts. 1252-1254", "Art. 146(2)", "paragraph 5 of Article 1252",
//   "parts 1 and 2 of Article 146", "subparagraph 2 of paragraph 1 of Article 1270", "the note to Article 146",
//   "Article 1252, paragraph 5", "paragraph 2 of this Article",
//   "Art. 1252(5) CC RF", "Section 1253.1 of the Civil Code", "paras 2 and 3 of Article 146 of the Criminal Code",
//   "para 2, 3 Art. 146 of the Code" (IRIS 2007), "article 146, paragraph 3, of the Criminal Code", "Article 10 § 1",
//   "Article 10-1" (an ECHR note: Article 10 § 1),
//   "ST 146 of the Criminal Code of the Russian Federation" (a transliterated "ст."), "Part 3 of the same article",
//   "under the same article", "part two of this article" and "The acts provided for in this article" (a statute's own
//   article, when the text is one), "a) in paragraph one ..." and "b) add with part 2" after "in Article 14.10:" (an
//   amending law: the parts of the article it amends), "(Item 4 as amended by Federal Law No. 35-FZ of 12.03.2014)" (an
//   editorial note: item 4 of the statute's own article), "Item 1 of this Resolution" (a government resolution's items
//   are its articles).
// "Section", "Sec." and "ST" also number other things (the U.S. Trade Act's Section 301, gazette "st. 3489"): they need
// their instrument right next to them; "ST" only in capitals.

/** Ordinal and cardinal number words ("part two", "paragraph one", "the first paragraph"). */
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  first: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7', eighth: '8', ninth: '9', tenth: '10',
};
const WORD_NUM = String.raw`(?:${Object.keys(NUMBER_WORDS).join('|')})\b`;
const ORDINAL_WORD = String.raw`(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth)`;

/** "(5)", "(b)", and a list of parts in one bracket: "1515 (1,2 and 4)". */
// (a part word inside it, as a list writes it: "Articles 1252 (para. 4), 1487 and 1515")
const PARENS = String.raw`(?:\s?\(\s?(?:(?:[Pp]arts?|[Pp]aragraphs?|[Pp]aras?\.?|[Ii]tems?|[Pp]oints?|[Cc]lauses?)\s?)?(?:[0-9a-z]{1,3}|[а-я])(?:\s?(?:,\s?(?:and\s)?|and\s|&\s?)\s?(?:\d{1,3}|[a-z])\b)*\s?\))`;
/**
 * Further brackets listed after the first: "1515(1), (2) and (4)" (siblings; "(5)(b)" with nothing between is nested),
 * "1233(1) to (3)" (a range of parts).
 */
const PARTS_RANGE_WORD = String.raw`\s+(?:to|through)\s+|\s*[-–—]\s*`;
const MORE_PARENS = String.raw`(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\((?:\d{1,3}|[a-z])\)|(?:${PARTS_RANGE_WORD})\(\d{1,3}\))*`;
/** What stands between two brackets of a range of parts: "(1) to (3)", "(1)-(3)". */
const PARTS_RANGE = new RegExp(String.raw`^(?:${PARTS_RANGE_WORD})$`);
/**
 * An article in Roman figures, "Article XVI:4", "Article XX(b)": kept only for an instrument that numbers its articles
 * so (registry `romanArticles`, resolve.ts); upper case only ("Article I", never "article i").
 */
const ROMAN = String.raw`[IVXL]{1,6}(?::\d{1,2})?(?![\w])`;
const ART_VAL = String.raw`(?:${NUM}|${ROMAN})(?:${PARENS}+${MORE_PARENS})?`;
// ("Articles 18 & 26": WIPO Lex's lists)
const SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+|&\s*)?|\s+(?:and|or)\s+|\s*&\s*|\s*[-–—]\s*|\s+(?:to|through)\s+)`;
const ART_LIST = String.raw`${ART_VAL}(?:${SEP}${ART_VAL})*`;
const PART_VAL = String.raw`(?:\d{1,3}(?:\.\d{1,2})?(?!\d)(?:\([0-9a-z]{1,3}\))*|\([0-9a-z]{1,3}\)|${WORD_NUM})`;
const PART_LIST = String.raw`${PART_VAL}(?:${SEP}${PART_VAL})*`;
/** A sub-item's value: a part's, a quoted or lone letter ("paragraph “b” of part 3", "item b of part 3"), "[8]" of a scan. */
const SUB_VAL = String.raw`(?:${PART_VAL}|["“«][a-zа-я]["”»]|(?<![A-Za-zА-Яа-яЁё])[a-zа-я](?![A-Za-zА-Яа-яЁё\d])|\[\d{1,3}\])`;
// (a lone letter only first: "subparagraph 1 and a number of …" lists no "a")
const SUB_VAL_LISTED = String.raw`(?:${PART_VAL}|["“«][a-zа-я]["”»]|\[\d{1,3}\])`;
/** A paragraph of the Strasbourg court's notation: "1", "3 (c)", "1 (criminal)". */
const PARA_VAL = String.raw`\d{1,2}(?:\s?\((?:criminal|civil)\))?(?:\s?\([a-e]\))?(?!\d|\.\d)`;
const PARA_LIST = String.raw`${PARA_VAL}(?:${SEP}${PARA_VAL})+`;
const PARA_VAL_RE = new RegExp(PARA_VAL, 'g');
const SUB_LIST = String.raw`${SUB_VAL}(?:${SEP}${SUB_VAL_LISTED})*`;
// "cl. 3 art. 174.2", "subcl. 26 cl. 2 art. 149" (a translation's abbreviated clauses)
// ("provision 1 of Article 1274": a translation's пункт)
const PART_WORD = String.raw`(?:parts?|paragraphs?|paras?\.?|pars?\.|p\.|items?|points?|clauses?|cls?\.|provisions?(?=\s+\d))`;
const SUB_WORD = String.raw`(?:sub-?paragraphs?|subparas?\.?|sub-?items?|sub-?points?|sub-?clauses?|sub-?cls?\.)`;
/**
 * A part word naming a sub-item: the inner of two part words before the article ("paragraph 2 of part 3 of article
 * 146", "item b of part 3": a translation of "п. 2 ч. 3 ст. 146"; "item 2 of paragraph 1"). A paragraph of a
 * paragraph or clause is a translation's абзац ("paragraph 3 of paragraph 3 of Article 1252"), which keys do not carry;
 * "item 23, item 30 of Article 1" is a list. Several sub-items too: "clauses 2–11 of part 1 of article 6".
 */
const OF_ARTICLE = String.raw`\s+of\s+(?:the\s+)?(?:Articles?|Arts?\.)\s*\d`;
const NESTED_PART_WORD = String.raw`(?:(?:paragraphs?|paras?\.?|pars?\.|p\.)(?=\s*${SUB_LIST}\s+of\s+(?:the\s+)?parts?\s*${PART_VAL}${OF_ARTICLE})` +
  // ("Clause 2 Part 1 Article 14 of the Law", "Clause 8, Part 1 of the Article 17": a translation's «п. 2 ч. 1 ст. 14»
  // without its "of"s)
  String.raw`|(?:items?|points?|clauses?|cls?\.)(?=\s*${SUB_LIST}(?:\s+of\s+(?:the\s+)?${PART_WORD}|(?:\s*,)?\s+[Pp]arts?)\s*${PART_VAL}(?:${OF_ARTICLE}|\s+(?:Articles?|Arts?\.)\s*\d))` +
  // ("clause 26, clause 2 of article 149 of the Tax Code": a translation's «подп. 26 п. 2 ст. 149», the same word twice;
  // only a two-digit item before a one-digit clause, an order lists rarely take: "item 23, item 30 of Article 1" stays a
  // list)
  String.raw`|(?:items?|points?|clauses?|cls?\.)(?=\s*\d{2,3}\s*,\s*(?:items?|points?|clauses?|cls?\.)\s*\d(?!\d)${OF_ARTICLE}))`;
// ("art 146", as forums write it without its dot; never a year: "art 2019"; "article. 1295", a translation's «ст.»)
const ARTICLE_WORD = String.raw`(?:Articles?\.(?=\s\d)(?!\s(?:19|20)\d\d(?![\d.]))|Articles?|Arts?\.|Arts?(?=\s\d)(?!\s(?:19|20)\d\d(?![\d.]))|Sections?|Secs?\.|ST\.?)`;
/**
 * A part's number closed by a dot right before the code's article it is of ("part 1. Article 180 of the Criminal Code",
 * a translation's «ч. 1. ст. 180 УК»; "cl. 4.6. Art. 83 of RFTC"): only with the code or law named after the article,
 * or a code's Latin initials.
 */
const PART_DOT = String.raw`\.(?=\s+(?:Article|Art\.)\s*\d[\d.]*\s+of\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,4}(?:Code|Law)\b|(?:RF|CC|TC|RFTC|RFCC|CCRF|TCRF)\b))`;
/**
 * Where parts come before their article, a part after an article that a further article follows is that article's:
 * "subclause 1, article 1301, subclause 1, article 1311 and subclause 1, clause 4, article 1515" (but "Article 1252,
 * paragraph 5, Article 1253" keeps its parts after the articles).
 */
const NOT_NEXT_ARTICLES = String.raw`(?![\s,]*(?:(?:${PART_WORD}|${SUB_WORD})\s*\d{1,3}[\s,]*)*(?:and\s+|or\s+)?(?:of\s+)?(?:Articles?|Arts?\.)\s*\d)`;

/** A commentary's words for the article it comments: "the Article under consideration", "the commented article". */
const COMMENTED_EN = String.raw`the\s+(?:Article\s+(?:under\s+(?:consideration|review|discussion|comment)|(?:being\s+)?commented(?:\s+(?:up)?on)?)|commented(?:[- ]upon)?\s+Article)\b`;
/**
 * A provision named back ("The cited provision forms a cornerstone", "the government referred to that provision", "this
 * provision of the Civil Code"): the article cited last; never a provision of services or of information.
 */
const PROVISION_EN = String.raw`(?:(?:the\s+(?:cited|said|above[- ]mentioned|aforementioned|quoted)|that|this)\s+provision\b(?!s)(?!\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,3}(?:Code|Law|Act)\b))|(?<=\bof\s+)(?:this|that|the\s+said)\s+norm\b(?!s))`;
const COMMENTED_EN_RE = new RegExp(`${COMMENTED_EN}|(?:the\\s+(?:cited|said|above[- ]mentioned|aforementioned|quoted))\\s+provision`, 'i');
/**
 * "that provision", "this provision", a part's "of this norm" (a translation's «части 3 данной нормы»; a bare "This norm"
 * is as often a rule's): only the article cited just before (discussion.ts, `near`).
 */
const NEAR_PROVISION_RE = /^(?:that|this)\s+(?:provision|norm)/i;
const enArticleSource = (NEXT: string): string =>
  String.raw`(?<![\w.])(?:` +
    String.raw`(?<note>(?:the\s+)?notes?(?:\s+(?<noteList>${PART_LIST}))?\s+to\s+)` +
    // "subparagraph 2 of paragraph 1 of", "sub-clause 2 clause 1", "subparagraph 6 Article 1359" (the sub-item alone)
    String.raw`|(?:(?:${SUB_WORD}\s+|${NESTED_PART_WORD}\s*)(?<subList>${SUB_LIST})(?:\s*,)?\s+(?:of\s+(?:the\s+)?)?)?` +
    // "Clause (1) of the Article 6septies" (a translation's article)
    // ("Section 3 of Article 1260": a translation's section of an article is its part; so is "No. 7 of Article 15.1", an
    // agency's rendering of «п. 7 ст. 15.1», never a named thing's number: "Amendment No. 4 of Article 10")
    // ("part2 of article 238.1", "p.3, Art.1252 of the Civil Code": a translation's glued part number)
    String.raw`(?:(?:${PART_WORD}|[Ss]ections?(?=\s+\d{1,3}\s+of\s+(?:the\s+)?Articles?\s)|(?<!\b(?:Amendment|Footnote|Comment|Opinion|Annex|Appendix|Protocol|Note|Schedule|Form|Order|Decree|Resolution|Law|Decision|Letter|Case|Report|Recommendation|Item)\s)No\.(?=\s*\d{1,3}\s+of\s+(?:the\s+)?Articles?\s))(?:\s+|(?<=part|\bp\.|\bparas?\.)(?=\d))(?<partList>${PART_LIST})(?:\s*,|${PART_DOT})?\s+(?:of\s+(?:the\s+)?)?` +
    // "the second paragraph of Article 1270", "second part of the new version of article 1360" (an ordinal before its
    // part word; "the third paragraph of item 1 of Article 1252" is an абзац, which keys do not carry)
    // (never one of a list of ordinals, "the first and second paragraphs of Article 1270": the article alone is cited)
    String.raw`|(?:the\s+)?(?<!\b(?:and|or)\s+|,\s*)(?<partOrd>${ORDINAL_WORD})\s+(?:parts?|paragraphs?|clauses?|items?|points?)\s+of\s+(?:the\s+)?(?:new\s+(?:version|wording)\s+of\s+(?:the\s+)?)?)?` +
    // ("that article", "the aforementioned article" never a paper's: "the aforementioned article by Ivanov")
    String.raw`)?(?:(?<kw>${ARTICLE_WORD})\s*(?:(?<=Article)\s*No\.?\s?(?=\d))?(?<artList>${ART_LIST})|(?<self>(?:this|the\s+present)\s+Article\b(?!\s*\d)|${COMMENTED_EN}|${PROVISION_EN}|(?<![\w,;:]\s*)The\s+article(?=\s+(?:allows|provides|establishes|states|stipulates|sets|requires|prohibits|permits|lists|grants|contains|also|further)\b))|(?<same>(?:the\s+same|the\s+said|said|that|the\s+above[- ]?mentioned|the\s+aforementioned|the\s+aforesaid)\s+Article\b(?!\s*\d)(?!\s+(?:by|published|written|posted|in\s+(?:the\s+|our\s+|my\s+)?(?:journal|newspaper|magazine|blog|press))\b)))` +
    String.raw`(?:,?\s+(?:(?:part|paragraph|para\.?|par\.|p\.|item|point|clause)\s*|§\s*)(?<trail>\d{1,3}|${WORD_NUM})(?!\d|\.\d)(?!(?<=\bp\.\s*\d{1,3})\.)${NEXT}` +
    // "Art 6 §§ 1 (criminal) and 3 (c)": the Strasbourg court's paragraphs, a limb's label read past
    String.raw`|\s*§§\s*(?<paraList>${PARA_LIST})` +
    // "Article 50 (paragraphs 1 and 2) of TRIPS", "Article 1252 (para. 5)"
    String.raw`|\s?\(\s*(?:parts?|paragraphs?|paras?\.?|items?|points?|clauses?)\s*(?<trailList>${PART_LIST})\s*\))?` +
    // "Article 1270(2), subclauses (6)-[8]": the sub-items of the part in brackets
    String.raw`(?:,?\s+${SUB_WORD}\s+(?<trail2>${SUB_LIST}|${WORD_NUM})(?![\d.])${NEXT})?`;
const EN_ARTICLE = new RegExp(enArticleSource(''), 'gi');
/** The same, read again where parts come before their article: a part after it that a further article follows is that one's. */
const EN_ARTICLE_PARTS_FIRST = new RegExp(enArticleSource(NOT_NEXT_ARTICLES), 'iy');

/**
 * Parts named without their article: "part 2" (digits only after "part": "paragraph 12" is a report's or a cable's),
 * "paragraph one". They resolve only where the article is known (a statute's own, an amending law's "in Article N:").
 */
const EN_BARE_PART = new RegExp(
  String.raw`(?<![\w.])(?:(?:parts?|paragraphs?|paras?\.?|items?|points?)\s+(?<words>${WORD_NUM}(?:${SEP}${WORD_NUM})*)|parts?\s+(?<digits>\d{1,3}(?:${SEP}\d{1,3})*)(?![\d.]|,\d)` +
    // an editorial note's item: "(Item 4 as amended by Federal Law No. 35-FZ ...)"
    String.raw`|(?:items?|paragraphs?|paras?\.?|points?|clauses?|subitems?|sub-items?)\s+(?<noted>\d{1,3})(?=\s+(?:as\s+amended|(?:is|was)\s+(?:amended|repealed|deleted|invalidated)|introduced|repealed|deleted)\b))` +
    String.raw`(?!\s*(?:,\s*)?(?:of\b|to\b|this\b|Art|§|\())`,
  'gi',
);

/**
 * Items of a government resolution or a presidential decree, which have no articles: "Item 1 of this Resolution",
 * "Item 1 of Presidential Decree No. 188", "paragraph 3 of Government
 * Resolution No. 992", "sub-item 2 of item 4 of the Resolution". The item is keyed as the act's article.
 * Those of an instrument numbered in items, named by its title ("paragraph 16 of the Protocol on the Protection and
 * Enforcement of Intellectual Property Rights", "Item 30 of the Protocol on information and communication
 * technologies …", "item 3 of Decision of the Board of the EEC …"), only where that instrument numbers items, not articles
 * (a Protocol of Accession numbers paragraphs, read as a report's).
 */
const ITEM_OF_RESOLUTION = new RegExp(
  String.raw`(?<![\w.])(?:${SUB_WORD}\s+(?<sub>${PART_LIST})\s+of\s+)?(?:items?|paragraphs?|paras?\.?|points?|clauses?)\s+(?<items>${PART_LIST})` +
    String.raw`(?=\s+of\s+(?:the\s+)?(?:(?:this|present|said)\s+)?(?:(?:(?:Russian\s+)?Government\s+|Presidential\s+)?(?:Resolution|Decree)\b|(?<annex>(?:Appendix|Annex)\s+(?:No\.?\s?)?\d{1,2}\b|(?:(?:EEC|Eurasian\s+Economic\s+Commission|Customs\s+Union|CU)\s+(?:Board\s+|Council\s+|Commission\s+)?)?(?:Decision|Protocol|Statute|Regulations?)\s+(?:No\.?\s?\d|of|on)\b(?!\s+(?:the\s+)?Accession\b))))`,
  'gi',
);

/**
 * A code's article called a clause, item or point by a translation ("clause 14.10. of the code of administrative
 * offences of the Russian Federation"): only a number a code's part could not have (dotted, or of four digits), and
 * only with the code right after it (see `codeOnly`).
 */
const CLAUSE_AS_ARTICLE = /(?<![\w.])(?:clauses?|items?|points?)\s+(?<n>\d{1,2}\.\d{1,2}|\d{4}(?:\.\d{1,2})?)(?![\d])\.?(?=\s+of\s+(?!(?:the\s+)?(?:Art|(?:WTO\s+)?Working|Report|WT\/)))/gi;

const ART_VAL_RE = new RegExp(ART_VAL, 'g');
const PART_VAL_RE = new RegExp(PART_VAL, 'gi');
const SUB_VAL_RE = new RegExp(SUB_VAL, 'gi');
/** "2" → '2', "two" → '2', "(b)" → 'b', "1(b)" → '1/b' (paragraph 1, sub-paragraph b). */
const partValue = (s: string): string =>
  NUMBER_WORDS[s.toLowerCase()] ?? s.replace(/\s/g, '').replace(/^[(["“«](.*)[)\]"”»]$/, '$1').replace(/\(([0-9a-z]+)\)/gi, '/$1').toLowerCase();

const ROMAN_RE = /(?<![\w])([IVXLivxl]{1,6})(?::(\d{1,2}))?(?![\w])/g;

/**
 * The parts in brackets after an article: "(5)(b)" → ['5/b'] (nested), "(1,2 and 4)" and "(1), (2) and (4)" →
 * ['1', '2', '4'] (listed), "(1) to (3)" → ['1', '2', '3'] (a range).
 */
function bracketParts(raw: string): string[] {
  const out: string[] = [];
  let chain: string[] = [];
  let lastEnd = -1;
  for (const b of raw.matchAll(/\(([^()]*)\)/g)) {
    const items = b[1]!.replace(/^\s*(?:parts?|paragraphs?|paras?\.?|items?|points?|clauses?)\s*/i, '').split(/\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*/).map((x) => x.trim()).filter(Boolean);
    const between = lastEnd < 0 ? '' : raw.slice(lastEnd, b.index);
    if (PARTS_RANGE.test(between)) {
      // (a range of one level's numbers, ascending and short; any other is read no further: "(3) to (1)")
      const valid = chain.length === 1 && items.length === 1 && /^\d+$/.test(chain[0]!) && /^\d+$/.test(items[0]!);
      const from = valid ? Number(chain[0]) : 0, to = valid ? Number(items[0]) : 0;
      if (!valid || to <= from || to - from > 20) break;
      for (let n = from; n < to; n++) out.push(String(n));
      chain = [String(to)];
      lastEnd = b.index! + b[0].length;
      continue;
    }
    if (lastEnd >= 0 && between.trim() !== '') {
      out.push(...chain);
      chain = [];
    }
    chain = cross(chain, items);
    lastEnd = b.index! + b[0].length;
  }
  return [...out, ...chain];
}

function cross(a: string[], b: string[]): string[] {
  if (!a.length) return b;
  if (!b.length) return a;
  return a.flatMap((x) => b.map((y) => `${x}/${y}`));
}

/** "10-1": two numbers joined by a tight hyphen, the second smaller (no range counts down). */
function descendingPair(list: string): boolean {
  const m = /^(\d{1,4})-(\d{1,2})$/.exec(list);
  return !!m && Number(m[2]) < Number(m[1]);
}

/** A part, a comma and a range of articles: "Part 2, Articles 1027 - 1040" (the Civil Code's Part Two, as a guide writes it). */
const CODE_PART_BEFORE_RANGE = /^[Pp]art\s+(?:[1-4]|I{1,3}|IV)\s*,\s*Articles\s+\d{1,4}\s*[-–—]\s*\d{1,4}/u;

export function findEnglishArticleRefs(text: string): Reference[] {
  const out: Reference[] = [];
  EN_ARTICLE.lastIndex = 0;
  for (let m = EN_ARTICLE.exec(text); m; m = EN_ARTICLE.exec(text)) {
    if ((m.groups?.partList || m.groups?.subList) && (m.groups.trail || m.groups.trail2)) {
      EN_ARTICLE_PARTS_FIRST.lastIndex = m.index;
      m = EN_ARTICLE_PARTS_FIRST.exec(text) ?? m;
      EN_ARTICLE.lastIndex = m.index + m[0].length;
    }
    const g = m.groups ?? {};
    const kw = g.kw?.replace(/\s+/g, '');
    if (kw && /^st\.?$/i.test(kw) && !/^ST\.?$/.test(kw)) continue; // "st. 3489" of a gazette
    const strict = kw !== undefined && /^(?:sections?|secs?\.|st\.?)$/i.test(kw);
    // (an ordinal paragraph of an article written with its item, "the second paragraph of Article 1252(1)", is an абзац)
    const partList = g.partList ? splitList(g.partList, PART_VAL_RE, partValue) : g.partOrd && !g.artList?.includes('(') ? [NUMBER_WORDS[g.partOrd.toLowerCase()]!] : [];
    const subList = g.subList ? splitList(g.subList, SUB_VAL_RE, partValue) : [];
    const trail2 = g.trail2 ? splitList(g.trail2, SUB_VAL_RE, partValue) : [];
    let outer: string[] = cross(partList, subList);
    if (g.note !== undefined) outer = g.noteList ? splitList(g.noteList, PART_VAL_RE, partValue).map((n) => `note/${n}`) : ['note'];
    // "Part 2, Articles 1027 - 1040": a code's part before a range of its articles, no part of each
    const codePart = !!g.partList && !g.subList && CODE_PART_BEFORE_RANGE.test(m[0]);
    if (codePart) outer = [];
    if (g.trail && !outer.length) outer = cross([partValue(g.trail)], trail2);
    if (g.trailList && !outer.length) outer = splitList(g.trailList, PART_VAL_RE, partValue);
    if (g.paraList && !outer.length) outer = splitList(g.paraList, PARA_VAL_RE, (v) => partValue(v.replace(/\((?:criminal|civil)\)/u, '')));
    const targets: Target[] = [];
    let roman = false;
    if (g.self || g.same) {
      // "paragraph 2 of this Article", "Part 3 of the same article"; a bare "this Article" is the article itself.
      for (const part of outer) targets.push({ part });
      if (!outer.length) targets.push({});
    } else if (/^(?:Article|Art\.)$/i.test(kw ?? '') && !outer.length && descendingPair(g.artList!)) {
      // "Article 10-1" (a court's notation for Article 10 § 1): a tight hyphen to a smaller number is no range.
      const [article, part] = g.artList!.split('-');
      targets.push({ article: article!, part: part!, hyphen: true });
    } else {
      // Roman figures become Arabic ("XVI:4" → "16(4)"); a lower-case one is a word, not an article.
      // (never a bracket's "(i)" or "(v)", which are sub-paragraphs)
      const bare = g.artList!.replace(/\([^()]*\)/g, (b) => ' '.repeat(b.length));
      const romans = [...bare.matchAll(ROMAN_RE)];
      if (romans.some((r) => /[a-z]/.test(r[1]!) || !fromRoman(r[1]!))) continue;
      let artList = g.artList!;
      for (const r of romans.reverse()) artList = `${artList.slice(0, r.index)}${fromRoman(r[1]!)}${r[2] ? `(${r[2]})` : ''}${artList.slice(r.index! + r[0].length)}`;
      if (romans.length) roman = true;
      // "Articles 10-4 and 15-3": each tight hyphen to a smaller number is one article so written (see descendingPair),
      // no range
      if (!outer.length) {
        artList = artList.replace(/(?<![\d.])(\d{1,4})-(\d{1,2})(?![\d.(])/g, (pair, a: string, b: string) => {
          if (Number(b) >= Number(a)) return pair;
          targets.push({ article: a, part: b, hyphen: true });
          return ' '.repeat(pair.length);
        });
      }
      // Each listed article, with its own "(5)(b)" / "(1,2 and 4)" when no "part N of" precedes.
      const values = artList.match(ART_VAL_RE) ?? [];
      const articles = splitList(artList.replace(/\([^()]*\)/g, ''), new RegExp(NUM, 'g'), normaliseNumber);
      for (const article of articles) {
        const raw = values.find((v) => normaliseNumber(v.replace(/\(.*$/s, '')) === article) ?? '';
        const parens = trail2.length ? cross(bracketParts(raw), trail2) : bracketParts(raw);
        // "clause 9 of Article 247(1)": the words' part is the bracket's sub-item (a translation of "п. 9 ч. 1 ст. 247")
        const parts = outer.length && parens.length && partList.length && !subList.length ? cross(parens, outer) : outer.length ? outer : parens;
        if (!parts.length) targets.push({ article });
        for (const part of parts) targets.push({ article, part });
      }
    }
    if (!targets.length) continue;
    // "The article allows ..." opens its sentence in capitals ("the article" in prose is a paper as often)
    if (g.self && /^the\s+article/.test(g.self)) continue;
    // (a norm without a part before it is as often a rule's: "in terms of this norm", "violation of this norm")
    if (g.self && /norm$/i.test(g.self) && !g.partList) continue;
    // (the code's part is the code's name's, "Civil Code Part 4, Articles 1477-1510": the articles start the reference)
    out.push({
      family: 'en-code-articles', start: codePart ? m.index + m[0].search(/Articles/u) : m.index, end: m.index + m[0].length, unit: 'article', targets,
      ...(g.self ? { selfArticle: true, discussed: NEAR_PROVISION_RE.test(g.self) ? ('near' as const) : COMMENTED_EN_RE.test(g.self) ? ('strong' as const) : ('weak' as const), ...(g.partList && !g.subList ? { outer: /^parts?\b/i.test(m[0]) ? ('part' as const) : ('item' as const) } : {}) } : {}),
      ...(g.same ? { sameArticle: true } : {}),
      ...(strict ? { strict } : {}),
      ...(roman ? { roman } : {}),
    });
  }
  CLAUSE_AS_ARTICLE.lastIndex = 0;
  for (let m = CLAUSE_AS_ARTICLE.exec(text); m; m = CLAUSE_AS_ARTICLE.exec(text)) {
    out.push({ family: 'en-code-articles', start: m.index, end: m.index + m[0].length, unit: 'article', targets: [{ article: m.groups!.n! }], strict: true, codeOnly: true });
  }
  ITEM_OF_RESOLUTION.lastIndex = 0;
  for (let m = ITEM_OF_RESOLUTION.exec(text); m; m = ITEM_OF_RESOLUTION.exec(text)) {
    const items = splitList(m.groups!.items!, PART_VAL_RE, partValue);
    const subs = m.groups!.sub ? splitList(m.groups!.sub, PART_VAL_RE, partValue) : [];
    const targets = items.flatMap((article) => (subs.length ? subs.map((part) => ({ article, part })) : [{ article }]));
    // ("paragraph 16 of Appendix No. 26 to the Treaty on the EAEU": only an annex that numbers items, not articles)
    out.push({ family: 'en-code-articles', start: m.index, end: m.index + m[0].length, unit: 'article', targets, strict: true, ...(m.groups!.annex ? { itemsAsArticles: true } : {}) });
  }
  EN_BARE_PART.lastIndex = 0;
  for (let m = EN_BARE_PART.exec(text); m; m = EN_BARE_PART.exec(text)) {
    const list = m.groups!.words ?? m.groups!.digits ?? m.groups!.noted!;
    const parts = splitList(list, PART_VAL_RE, partValue);
    const outer = /^parts?\b/i.test(m[0]) ? 'part' : 'item';
    out.push({ family: 'en-code-articles', start: m.index, end: m.index + m[0].length, unit: 'article', targets: parts.map((part) => ({ part })), needsArticle: true, outer });
  }
  return out;
}

// Written for (the Constitutional Court's English translations, 2017): "Articles 1252, para.4; 1487; 1515, paras 1,2
// and 4 of the Civil Code", "Articles 1252, para.4; 1487, 1515, paras 1,2 and 4 of …": a list whose items a semicolon
// separates, each article with its paragraphs after a comma. Only a list with a semicolon, before the instrument's "of".
const LISTED_ITEM = String.raw`\d{1,4}(?:\.\d{1,2})?(?![\d.])(?:,\s*(?:paras?\.?|paragraphs?|parts?|items?)\s*\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,?\s*and\s+\d{1,3})?)?`;
const SEMICOLON_LIST = new RegExp(
  String.raw`\bArticles\s+(?<list>${LISTED_ITEM}(?:\s*,\s*${LISTED_ITEM})*\s*;\s*${LISTED_ITEM}(?:\s*[;,]\s*(?:and\s+)?${LISTED_ITEM})*)(?=,?\s+of\s+(?:the\s+)?[A-Z])`,
  'g',
);
const LISTED_ITEM_PARTS = /(\d{1,4}(?:\.\d{1,2})?)(?![\d.])(?:,\s*(?:paras?\.?|paragraphs?|parts?|items?)\s*(\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,?\s*and\s+\d{1,3})?))?/g;

function findSemicolonLists(text: string): Reference[] {
  const out: Reference[] = [];
  SEMICOLON_LIST.lastIndex = 0;
  for (let m = SEMICOLON_LIST.exec(text); m; m = SEMICOLON_LIST.exec(text)) {
    const targets: Target[] = [];
    for (const item of m.groups!.list!.matchAll(LISTED_ITEM_PARTS)) {
      const parts = item[2]?.match(/\d{1,3}/g) ?? [];
      if (parts.length === 0) targets.push({ article: item[1]! });
      else for (const part of parts) targets.push({ article: item[1]!, part });
    }
    out.push({ family: 'en-code-articles', start: m.index, end: m.index + m[0].length, unit: 'article', targets });
  }
  return out;
}

export const EN_CODE_ARTICLES: CitationFamily = {
  id: 'en-code-articles',
  lang: 'en',
  find: (text) => ({ references: [...findEnglishArticleRefs(text), ...findSemicolonLists(text), ...findTheseArticles(text, 'en'), ...findRuleRefs(text, 'en')] }),
};
