// Russian provision references: "пункт 5 статьи 1252", "ч. 2 ст. 146", "статьями 1252 и 1253", "примечание к статье 146".
import { fromRoman, NUM, normaliseNumber, ordinalValue, RU_ORDINAL, splitList } from './numbers.js';
import { WB_START } from './registry.js';
import { findRuleRefs } from './rules.js';
import { findSpacedDottedRefs } from './spaced-dotted.js';
import { findCodeFirstLists, findNumbersBeforeArticleWord, findNumbersBeforeCode } from './number-before-code.js';
import { findTheseArticles } from './these-articles.js';
import type { CitationFamily, Reference, Target } from './types.js';

// Written for (ГК РФ часть четвертая and УК РФ, pravo.gov.ru; superscript article numbers read "1253.1"):
//   "установленных настоящим Кодексом (статьи 1250, 1252 и 1253), вправе в соответствии с пунктом 3 статьи 1252"
//   "предусмотренных пунктом 3 статьи 1454, пунктом 2 статьи 1466 и пунктом 2 статьи 1518 настоящего Кодекса"
//   "(статья 1233)", "статьей 1253.1", "подпунктами 1 - 3 пункта 2 статьи 1270", "абзацем вторым пункта 1 статьи 1259"
//   "абзацем первым пункта 1 и пунктом 2 статьи 1252" (the first part borrows its article from the second)
//   "о договоре (статьи 1234 - 1238)", "Деяния, предусмотренные частью второй настоящей статьи, если они совершены"
//   "частями первой или второй настоящей статьи", "пунктами "а" - "в" части седьмой настоящей статьи"
//   "предусмотренное частью 2 статьи 7.27 Кодекса Российской Федерации об административных правонарушениях"
//   and "ч. 2 ст. 146 УК РФ", "п. 1 ст. 1229 ГК РФ", "пп. 2 п. 1 ст. 1270", "Статья 1253^1", "примечание к статье 146".
//   "ст.ст. 1229, 1270 ГК РФ", "п.п. 1, 2 ст. 1229" (items, as "ст.ст."), "статей 1229 и 1270", "п. 5 ст. 1252", "пп. 1 п. 2 ст. 1270", "ч.1 ст.7.12 КоАП РФ" (court decisions, no spaces)
//   "(п. 1 в ред. Федерального закона от 12.03.2014 N 35-ФЗ)" (an editorial note: item 1 of the statute's own article)
//   "Деяния, предусмотренные настоящей статьей" (the article itself), "частью 3 той же статьи", "указанной статьи"
// Never: "(Дополнение статьей - Федеральный закон от 12.03.2014 № 35-ФЗ)" — no number follows the word.

type Level = 'paragraph' | 'subitem' | 'item' | 'part' | 'article';
const RANK: Record<Level, number> = { paragraph: 0, subitem: 1, item: 2, part: 3, article: 4 };

/** OCR's "и." for "п.", only right before another level with its number: "и. 3 ст. 1228", "и. 1 ч. 1 ст. 262". */
const OCR_ITEM = String.raw`и\.(?=\s?\d{1,3}\s+(?:ст|ч)\.\s?\d)`;
/** OCR's Cyrillic "З" for 3, only between a part or item and the next level's number: "п. «г» ч. З ст. 146". */
const OCR_THREE = String.raw`З(?=\s+(?:ст|ч)\.\s?\d)`;

const LEVEL_WORD = String.raw`(?<paragraph>абзац(?:а|у|ем|е|ы|ев|ам|ами|ах)?(?![а-яё])|абз\.)` +
  String.raw`|(?<subitem>подпункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])|подп\.|пп\.|пп(?=\s?\d))` +
  String.raw`|(?<item>пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])|п\.\s?п\.|п\.|п(?=\s?\d)|${OCR_ITEM})` +
  String.raw`|(?<part>част(?:ь|и|ью|ей|ям|ями|ях)(?![а-яё])|чч\.|ч\.|ч(?=\s?\d))` +
  String.raw`|(?<article>(?:стать(?:я|и|е|ю|ей|ёй|ях|ям|ями)|статей)(?![а-яё])|ст\.(?:\s?ст\.)?|ст(?=\s?\d))`;
/** An abbreviation written without its full stop ("Ст 180 ч 3 ук рф"): only in a chain that reaches its article. */
const UNDOTTED = /^(?:ст|ч|п|пп)$/iu;
const NOTE_WORD = String.raw`примечани(?:е|я|ю|ем|и|й|ям|ями|ях)(?![а-яё])`;

/** A number, an ordinal word, a quoted letter ("пункт "а""), or a treaty's lettered sub-paragraph ("пункта 1(b)"). */
/** An article with its part in brackets: "статьи 7.12 (ч. 1) и 14.33 (ч. 2)", "ст. 146 (ч. 2)". */
// (and several: "19 (чч. 1 и 2)", "17 (ч. 1, 3)"; and in words, as the Constitutional Court writes them: «статьями 19
// (части 1 и 2) и 55 (часть 3) Конституции»)
const BRACKET_PART_WORD = String.raw`(?:(?:чч?|пп?)\.\s?|(?:част[ьи]|пункты?)\s)`;
const WITH_PART = String.raw`${NUM}\s?\(${BRACKET_PART_WORD}\d{1,3}(?:\s*(?:,|и)\s*\d{1,3})*\)`;
/** An article with a lettered item of its part in brackets, as the Constitutional Court writes its own powers: «статьей 125 (пункт "а" части 4) Конституции». */
// (no groups inside the lists, whose patterns count their groups; `value` reads the letter and the part again)
const ITEM_OF_PART = String.raw`\s?\((?:под)?пункт\s+["«“„]?[а-яё]["»”“]?\s+(?:част[иь]|пункта)\s+\d{1,3}\)`;
const WITH_ITEM_OF_PART = `${NUM}${ITEM_OF_PART}`;
const ITEM_OF_PART_VALUE = /^(\S+?)\s?\((?:под)?пункт\s+["«“„]?([а-яё])["»”“]?\s+(?:част[иь]|пункта)\s+(\d{1,3})\)$/iu;
/** An article in Roman figures ("ст. VII Всемирной конвенции"): kept only for an instrument numbered so (resolve.ts). */
const ROMAN_VAL = String.raw`[IVXL]{1,6}(?![\p{L}\d])`;
// (a treaty's quoted Latin sub-items: «п. “i” ст. 1 Женевского акта», "vii")
// (and a treaty's or code's part in bare brackets inside a list: «ст.11(3), 23, 40 РСТ», «ст. 1252(5), 1253 ГК РФ»)
// (never before a further bracket or a quoted letter, «статьей 29 (1) «b»», which the treaty forms read whole)
const NUM_BRACKET = String.raw`\d{1,4}(?:\.\d{1,3})?\s?\(\d{1,2}\)(?!\s?[(«"“„])`;
const VAL = String.raw`(?:\d{1,3}\s?\([a-zа-я]\)|${NUM_BRACKET}|${WITH_PART}|${WITH_ITEM_OF_PART}|${NUM}|${OCR_THREE}|${RU_ORDINAL}|["«“„](?:[а-яё]|[a-z]|[ivx]{2,5})["»”“]|${ROMAN_VAL})`;
// ("и (или)", the statutes' "and/or": «в статьях 15.1, 15.3 и (или) 15.3-1»)
// (a slash between two dotted numbers: «ст. 333.19/333.21 НК», never "ст. 12/3")
const SEP = String.raw`(?:\s*,\s*(?:и\s+|или\s+|либо\s+|и\s+\(или\)\s+)?|\s+(?:и|или|либо|и\s+\(или\))\s+|\s*[-–—]\s*|(?<=\d\.\d{1,3})\/(?=\d{1,4}\.\d))`;
const LIST = String.raw`${VAL}(?:${SEP}${VAL})*`;

// (a bare "данная норма" is left alone: readers label it rarely, and then as the sub-item cited last; a bare "этой
// статьей" is as often another article's, "соответствующей статьей ... чем предусмотрен этой статьей")
const THIS_ARTICLE = String.raw`(?:настоящ|данн|комментируем|рассматриваем)[а-яё]{0,3}\s+стать(?:и|е|ей|ёй|я|ю)(?![а-яё])`;
/** Words only a commentary uses of the article it comments ("комментируемая статья"). */
const COMMENTED = /^(?:комментируем|рассматриваем)/iu;
/** "по аналогичной статье КоАП": the article of that code cited just before. */
const PARALLEL_AT = /аналогичн[а-яё]{1,3}\s+стать(?:и|е|ей|ёй|я|ю)(?![а-яё])/iuy;
// (a plural "указанные статьи" is a list's: these-articles.ts)
const SAME_ARTICLE = String.raw`(?:(?:той|этой)\s+же|(?:указанн|названн)(?!(?:ые|ых|ым|ыми)\s)[а-яё]{1,3})\s+стать(?:и|е|ей|ёй|я|ю)(?![а-яё])`;

/** "под эту статью", "этой статьи" alone: in a text that is no statute, the article cited last in its paragraph. */
const THIS_ONE = String.raw`эт(?:ой|а|у|ою)\s+стать(?:и|е|ей|ёй|я|ю)(?![а-яё])(?!\s*\d)`;
const BARE_AT = new RegExp(String.raw`(?:(?<self>${THIS_ARTICLE})|(?<same>${SAME_ARTICLE})|(?<thisOne>${THIS_ONE}))`, 'iuy');
/** An ordinal before its level word ("третью часть статьи 146 УК", "во втором абзаце пункта 1 статьи 1259"): one level, singular. */
const ORDINAL_LEVEL = String.raw`(?<ord>${RU_ORDINAL})\s+(?<ordWord>част(?:ь|и|ью)|пункт(?:а|у|ом|е)?|подпункт(?:а|у|ом|е)?|абзац(?:а|у|ем|е)?)(?![а-яё])`;
const ORDINAL_LEVEL_AT = new RegExp(ORDINAL_LEVEL, 'iuy');
const START = new RegExp(String.raw`${WB_START}(?:${ORDINAL_LEVEL}|${LEVEL_WORD}|${NOTE_WORD}|${THIS_ARTICLE}|${SAME_ARTICLE}|${THIS_ONE}|аналогичн[а-яё]{1,3}\s+стать)`, 'giu');
const LEVEL_AT = new RegExp(String.raw`(?:${LEVEL_WORD})`, 'iuy');
const LIST_AT = new RegExp(String.raw`\s*(${LIST})`, 'iuy');
/** Letters listed after an item word, bare or in one pair of quotes, right before the next level's word. */
// (and one letter closed by a bracket, as a treaty's translation writes its sub-paragraphs: «подпунктом b) пункта 1 статьи 3»)
const LETTER_LIST_AT = /\s*(?:(?:["«“„]\s*)?([а-яё](?:\s*,\s*[а-яё])+|[а-яё](?=\s*["»”“]))(?:\s*["»”“])?|(?<![\p{L}])([a-zа-яё])\))(?=\s*(?:ч\.|п\.|част[ьиюей]|пункт))/uy;
const SPACE_AT = /\s+/uy;
/** The article word written twice ("статьи ст. 14.10"): the second one, read past. */
const DOUBLED_ARTICLE_AT = /\s*(?:ст\.|стать(?:я|и|е|ю|ей)(?![а-яё]))(?=\s?\d)/iuy;
/** A dash between a plural article word and its list ("три статьи — 146, 147 и 180"): read past when two numbers or more follow. */
const DASH_BEFORE_LIST_AT = /\s*[—–]\s*(?=\d)/uy;
/** A lower-case noun right after a dashed list: what its numbers count (pages, years), unless it names a code or law. */
const DASH_LIST_COUNTS = /^\s*(?!(?:настоящ|указанн|данн|кодекс|закон|федеральн|уголовн|гражданск|и|или|УК|ГК)(?![а-яё]))[а-яё]{2,}/u;
/** The plural article words a dash may follow. */
const PLURAL_ARTICLES = /^(?:статьи|статей|статьям|статьями|статьях)$/iu;
/** The rest of a number split by one space: three digits, then no further digit, list, decimal or act series ("ст. 6 152-ФЗ"). */
const SPLIT_REST_AT = /^[ \u00a0\u202f](\d{3})(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹]|[.,]\d|-?[А-ЯA-Z])/u;
/** A part after its article ("ст. 146 ч. 2", "ст. 1252 п. 5", "ст. 146 ч. 3 п. «в»"): digits or a quoted letter only, as
 * "статьи 1252 части четвертой ГК РФ" is a part of the code. */
const TRAIL_VAL = String.raw`(?:\d{1,3}(?:\.\d{1,2})?(?![\d.]\d)|["«“„][а-яё]["»”“])`;
const TRAIL_LIST_AT = new RegExp(String.raw`\s*(${TRAIL_VAL}(?:${SEP}${TRAIL_VAL})*)(?![\p{L}\d])`, 'iuy');
const THIS_ARTICLE_AT = new RegExp(THIS_ARTICLE, 'iuy');
const SAME_ARTICLE_AT = new RegExp(SAME_ARTICLE, 'iuy');
const THIS_UNIT_AT = /настоящ[а-яё]{0,3}\s+(?:пункт|подпункт|част|абзац)[а-яё]{0,3}(?![а-яё])/iuy;
const NOTE_AT = new RegExp(String.raw`${NOTE_WORD}(?:\s*(${LIST}))?\s+к\s+(?:(настоящ[а-яё]{0,3}\s+стать[а-яё]{1,3})|(?:стать(?:е|ям)|ст\.)\s*(${LIST}))`, 'iuy');

// the list read alone: the "З" that LIST_AT took before its level is its last value
const VAL_RE = new RegExp(VAL.replace(OCR_THREE, String.raw`З$`), 'giu');
function value(raw: string): string {
  const t = raw.trim();
  const withPart = new RegExp(String.raw`^(\S+?)\s?\(${BRACKET_PART_WORD}(\d{1,3}(?:\s*(?:,|и)\s*\d{1,3})*)\)$`, 'iu').exec(t);
  // (several parts become several values, joined here by "|" and split in `values`)
  if (withPart) return withPart[2]!.split(/\s*(?:,|и)\s*/u).map((p) => `${normaliseNumber(withPart[1]!)}/${p}`).join('|');
  const itemOfPart = ITEM_OF_PART_VALUE.exec(t);
  if (itemOfPart) return `${normaliseNumber(itemOfPart[1]!)}/${itemOfPart[3]}/${itemOfPart[2]!.toLowerCase()}`;
  const numBracket = /^(\d{1,4}(?:\.\d{1,3})?)\s?\((\d{1,2})\)$/u.exec(t);
  if (numBracket) return `${normaliseNumber(numBracket[1]!)}/${numBracket[2]}`;
  const lettered = /^(\d{1,3})\s?\(([a-zа-я])\)$/iu.exec(t);
  if (lettered) return `${lettered[1]}/${lettered[2]!.toLowerCase()}`;
  if (/^\d/.test(t)) return normaliseNumber(t);
  if (t === 'З' || t === 'з') return '3';
  const quoted = /^["«“„]([а-яё]|[a-z]|[ivx]{2,5})["»”“]$/iu.exec(t);
  if (quoted) return quoted[1]!.toLowerCase();
  return ordinalValue(t) ?? t;
}
const values = (list: string): string[] => splitList(list, VAL_RE, value).flatMap((v) => v.split('|'));

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function cross(levels: string[][]): string[] {
  return levels.reduce<string[]>((acc, vals) => (acc.length ? acc.flatMap((a) => vals.map((v) => `${a}/${v}`)) : vals), []);
}

/** Reads one chain of levels, inner to outer, starting at `start`; null when it names nothing citable. */
function readChain(text: string, start: number): Reference | null {
  const note = sticky(NOTE_AT, text, start);
  if (note) {
    const sub = note[1] ? values(note[1]).map((n) => `note/${n}`) : ['note'];
    const base = { family: 'ru-articles', start, end: start + note[0].length, unit: 'article' as const };
    if (note[2]) return { ...base, targets: sub.map((part) => ({ part })), selfArticle: true };
    return { ...base, targets: values(note[3]!).flatMap((article) => sub.map((part) => ({ article, part }))) };
  }
  const parallel = sticky(PARALLEL_AT, text, start);
  if (parallel) return { family: 'ru-articles', start, end: start + parallel[0].length, unit: 'article', targets: [{}], parallel: true };
  const bare = sticky(BARE_AT, text, start);
  if (bare) {
    // "настоящей статьей" (the statute's own article, or in a commentary the one it discusses), "той же статьи" (the
    // article cited just before)
    const base = { family: 'ru-articles', start, end: start + bare[0].length, unit: 'article' as const, targets: [{}] };
    if (bare.groups!.thisOne) return { ...base, selfArticle: true, discussed: 'weak', demonstrative: true };
    return bare.groups!.self ? { ...base, selfArticle: true, discussed: COMMENTED.test(bare[0]) ? 'strong' : 'weak' } : { ...base, sameArticle: true };
  }
  const levels: Array<{ level: Level; vals: string[] }> = [];
  let pos = start;
  // an ordinal before its level word: that level, then the chain goes on after it (it must reach its article)
  const ordinal = sticky(ORDINAL_LEVEL_AT, text, start);
  let ordinalFirst = false;
  if (ordinal) {
    const w = ordinal.groups!.ordWord!.toLowerCase();
    const level: Level = w.startsWith('част') ? 'part' : w.startsWith('подпункт') ? 'subitem' : w.startsWith('пункт') ? 'item' : 'paragraph';
    const value = ordinalValue(ordinal.groups!.ord!);
    const gap = value ? sticky(SPACE_AT, text, start + ordinal[0].length) : null;
    if (!value || !gap) return null;
    levels.push({ level, vals: [value] });
    pos = start + ordinal[0].length + gap[0].length;
    ordinalFirst = true;
  }
  let sameArticle = false;
  let end = start;
  let selfArticle = false;
  let noteArticles: string[] | undefined;
  let inNote = false;
  let loose = false;
  let splitArticle = false;
  let roman = false;
  for (;;) {
    // "пункте 1 примечаний к статье 285": the parts belong to the article's note.
    const note = levels.length ? sticky(NOTE_AT, text, pos) : null;
    if (note && !note[1]) {
      inNote = true;
      if (note[2]) selfArticle = true;
      else noteArticles = values(note[3]!);
      end = pos + note[0].length;
      break;
    }
    const word = sticky(LEVEL_AT, text, pos);
    if (!word) break;
    let level = (Object.keys(RANK) as Level[]).find((l) => word.groups?.[l] !== undefined)!;
    const last = levels[levels.length - 1];
    let listAt = pos + word[0].length;
    // "п.п. 26 п. 2 ст. 149": "п.п." before an item of its own is a sub-item (elsewhere it lists items: "п.п. 1, 2 ст. 1229")
    if (level === 'item' && /^п\.\s?п\.$/u.test(word[0]) && itemFollows(text, listAt)) level = 'subitem';
    // («пп. 1 - 3, 5, 6 абз. 3 п. 3 ст. 257 НК РФ»: the paragraph of the item the sub-items stand in, which keys do not
    // carry, is read past)
    // (and the levels after it rank above the last level that is no paragraph: «пп. 1 абз. 2 пп. 3» is no chain)
    const ranked = [...levels].reverse().find((l) => l.level !== 'paragraph');
    if (last && !(level === 'paragraph' && last.level === 'subitem') && (RANK[level] <= RANK[last.level] || (ranked && RANK[level] <= RANK[ranked.level]))) break;
    // "частью 2 статьи ст. 14.10", "пункта 3 статьи ст. 1252": a source's doubled article word is read past
    if (level === 'article') listAt += sticky(DOUBLED_ARTICLE_AT, text, listAt)?.[0].length ?? 0;
    const dash = level === 'article' && !levels.length && PLURAL_ARTICLES.test(word[0].trim()) ? sticky(DASH_BEFORE_LIST_AT, text, listAt) : null;
    if (dash) listAt += dash[0].length;
    // letters listed after an item word, bare or in one pair of quotes ("п.п. б, в ч. 3 ст. 146", "п.п.«а,б» ч.6"): only
    // right before the next level's word
    const letters = level === 'item' || level === 'subitem' ? sticky(LETTER_LIST_AT, text, listAt) : null;
    const list = letters ?? sticky(LIST_AT, text, listAt);
    if (!list) break;
    let vals = letters ? (letters[1] ?? letters[2])!.split(/\s*,\s*/u).map((l) => l.toLowerCase()) : values(list[1]!);
    if (!vals.length || (dash && vals.length < 2)) break;
    // (and never numbers a noun follows: «обе статьи — 10 и 12 страниц» are pages)
    if (dash && DASH_LIST_COUNTS.test(text.slice(listAt + list[0].length, listAt + list[0].length + 30))) break;
    // Roman articles: all of a list, upper case and well formed, else no list at all ("ст. vi", "статьи 1 и II")
    // (a quoted one is a treaty's sub-item: «п. “vi” ст. 1»)
    if (!/["«“„]/u.test(list[1]!) && vals.some((v) => /^[IVXLivxl]+$/u.test(v))) {
      if (level !== 'article' || levels.length || !vals.every((v) => /^[IVXL]+$/u.test(v) && fromRoman(v))) break;
      vals = vals.map((v) => String(fromRoman(v)));
      roman = true;
    }
    // (an item's bracketed number is an inserted item, «пунктами 25, 30(3), 33» → 30.3, as acts number their insertions;
    // an article's is its part, «ст.11(3)»)
    if (level !== 'article' && /\(\s?\d/u.test(list[1]!)) vals = vals.map((v) => v.replace(/^(\d{1,4})\/(\d{1,2})$/u, '$1.$2'));
    if (UNDOTTED.test(word[0])) loose = true;
    end = listAt + list[0].length;
    // "статьи 1 477 части четвертой": one digit and three, split by a space (a thousands group), are one number
    const split = level === 'article' && /^\d$/.test(list[1]!) ? SPLIT_REST_AT.exec(text.slice(end, end + 8)) : null;
    if (split) {
      vals[0] = `${vals[0]}${split[1]}`;
      end += split[0].length;
      splitArticle = true;
    }
    levels.push({ level, vals });
    if (level === 'article') {
      if (levels.length === 1) end = readTrailing(text, end, levels);
      if (levels.length === 1 && vals.length === 1) end = readBracketedParts(text, end, levels);
      break;
    }
    // a stray full stop before the article ("ч. 3. ст. 180 УК РФ")
    const stray = /^\.(?=\s*ст\.\s?\d)/u.test(text.slice(end, end + 12)) ? 1 : 0;
    const gap = sticky(SPACE_AT, text, end + stray);
    if (!gap) break;
    pos = end + stray + gap[0].length;
    const self = sticky(THIS_ARTICLE_AT, text, pos);
    if (self) {
      selfArticle = true;
      end = pos + self[0].length;
      break;
    }
    const same = sticky(SAME_ARTICLE_AT, text, pos);
    if (same) {
      sameArticle = true;
      end = pos + same[0].length;
      break;
    }
    if (sticky(THIS_UNIT_AT, text, pos)) return null; // "абзацем вторым настоящего пункта": the part is unknown here
  }
  if (!levels.length) return null;
  const article = levels.find((l) => l.level === 'article');
  if ((loose || ordinalFirst) && !article) return null;
  // (a year, never an article: «во второй части статьи 2019 года автор …», a paper's part and its year)
  if (article?.vals.length === 1 && /^(?:19|20)\d\d$/u.test(article.vals[0]!) && /^\s*(?:год[а-я]{0,2}|г\.)(?![а-яё])/iu.test(text.slice(end, end + 8))) return null;
  const inner = levels.filter((l) => l.level !== 'article' && l.level !== 'paragraph').reverse().map((l) => l.vals);
  const parts = inNote ? cross([['note'], ...inner]) : cross(inner);
  if (!article && !selfArticle && !sameArticle && !noteArticles && !parts.length) return null;
  const targets: Target[] = [];
  for (const value of noteArticles ?? (article ? article.vals : [undefined])) {
    // an article read with its bracketed part ("7.12/1"): the part it brackets, unless parts were written before it
    // (and its part's lettered item, "125/4/а")
    const bracketed = value ? /^([^/]+)\/(\d{1,3}(?:\/[а-яё])?)$/u.exec(value) : null;
    const a = bracketed ? bracketed[1]! : value;
    if (bracketed && !parts.length) {
      targets.push({ article: a!, part: bracketed[2]! });
      continue;
    }
    if (!parts.length) targets.push(a ? { article: a } : {});
    for (const part of parts) targets.push(a ? { article: a, part } : { part });
  }
  return {
    family: 'ru-articles', start, end, unit: 'article', targets,
    ...(selfArticle ? { selfArticle } : {}),
    ...(sameArticle ? { sameArticle } : {}),
    ...(splitArticle ? { splitArticle } : {}),
    ...(roman ? { roman } : {}),
    ...(!article && !selfArticle && !sameArticle && !noteArticles ? { needsArticle: true, ...outerOf(levels[levels.length - 1]!.level) } : {}),
    // "частью 2 настоящей статьи" in a text that is no statute: the parts of the article it is discussing
    ...(selfArticle && !article && !inNote ? outerOf(levels[levels.length - 1]!.level) : {}),
    ...(!inNote && levels.every((l) => l.level === 'item') ? { itemsOnly: true } : {}),
  };
}

/** Further parts, then an article word («п. «ж» ч. 2 ст. 105»): the parts are that article's. */
const PARTS_THEN_ARTICLE = /^\s*(?:(?:ч\.|чч\.|п\.|пп\.|подп\.|част[а-яё]*|пункт[а-яё]*|подпункт[а-яё]*)\s*(?:\d{1,3}(?:\.\d{1,2})?|[«"„][а-яё][»"“])[\s,]*)*(?:стать|ст\.?\s?\d)/iu;
/** A word after a part that names some other document than the article's code or law («постановления Пленума», «договора»). */
const OTHER_DOCUMENT_AFTER = /^\s+(?:постановлени|определени|решени|договор|соглашени|обзор|правил|положени|письм|приказ|Пленум|указ|распоряжени|инструкци|регламент|разъяснени|устав|методик|порядк)[а-яё]*(?![\p{L}])/iu;
/** Between an article and a part written after it: a space, or a comma ("Ст. 6, ч.1, п.1"). */
const TRAIL_GAP_AT = /\s*,\s*|\s+/uy;

/**
 * Parts written after their article, outer to inner ("ст. 146 ч. 3 п. «в»", "Ст. 6, ч.1, п.1"): put before it, inner first, as the chain
 * holds them; returns where the reference now ends.
 */
function readTrailing(text: string, end: number, levels: Array<{ level: Level; vals: string[] }>): number {
  const trailing: Array<{ level: Level; vals: string[] }> = [];
  let pos = end;
  for (;;) {
    const gap = sticky(TRAIL_GAP_AT, text, pos);
    if (!gap) break;
    const word = sticky(LEVEL_AT, text, pos + gap[0].length);
    if (!word) break;
    const level = (Object.keys(RANK) as Level[]).find((l) => word.groups?.[l] !== undefined)!;
    const prev = trailing[trailing.length - 1];
    if (level === 'article' || level === 'paragraph' || (prev && RANK[level] >= RANK[prev.level])) break;
    const list = sticky(TRAIL_LIST_AT, text, pos + gap[0].length + word[0].length);
    if (!list) break;
    // "ст. 1252 п. 5 ... ст. 1253": a part followed by an article of its own is that article's, also through further parts
    // («ст. 105, п. «ж» ч. 2 ст. 105»)
    const after = text.slice(pos + gap[0].length + word[0].length + list[0].length);
    if (PARTS_THEN_ARTICLE.test(after)) break;
    // after a comma, a part followed by another document's name is that document's («ст. 1064, п. 12 постановления
    // Пленума», «ст. 309, п. 1 договора»)
    if (gap[0].includes(',') && OTHER_DOCUMENT_AFTER.test(after)) break;
    trailing.push({ level, vals: values(list[1]!) });
    pos += gap[0].length + word[0].length + list[0].length;
  }
  levels.unshift(...trailing.reverse());
  return pos;
}

/** An item word ("п.", "пункта") comes right after the list at `at`. */
function itemFollows(text: string, at: number): boolean {
  const list = sticky(LIST_AT, text, at);
  if (!list) return false;
  const gap = sticky(SPACE_AT, text, at + list[0].length);
  const next = gap ? sticky(LEVEL_AT, text, at + list[0].length + gap[0].length) : null;
  return next?.groups?.item !== undefined;
}

/** A treaty's parts in brackets after its article ("статье 2 (1)", "статье 3 (3) (ii)", "статьей 29 (1) «b»"). */
const BRACKETED_PARTS_AT = /(?:\s?\(\s?(?:\d{1,3}|[a-z]|[ivx]{1,5})\s?\)|\s?["«“][a-z]["»”])+(?![\p{L}\d(])/uy;

/** Reads bracketed parts after a lone article into the chain (as one part path, "1/b"); returns where it now ends. */
function readBracketedParts(text: string, end: number, levels: Array<{ level: Level; vals: string[] }>): number {
  const m = sticky(BRACKETED_PARTS_AT, text, end);
  if (!m) return end;
  const path = [...m[0].matchAll(/[0-9a-z]+/gu)].map((v) => v[0]).join('/');
  levels.unshift({ level: 'part', vals: [path] });
  return end + m[0].length;
}

/** The outermost level of parts named without their article, when it is a code's first level (ч. or п.). */
function outerOf(level: Level): { outer?: 'part' | 'item' } {
  return level === 'part' ? { outer: 'part' } : level === 'item' ? { outer: 'item' } : {};
}

export function findRussianArticleRefs(text: string): Reference[] {
  const out: Reference[] = [];
  let covered = 0;
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    if (m.index < covered) continue;
    const ref = readChain(text, m.index);
    if (!ref) continue;
    out.push(ref);
    covered = ref.end;
    START.lastIndex = ref.end;
  }
  return out;
}

export const RU_ARTICLES: CitationFamily = { id: 'ru-articles', lang: 'ru', find: (text) => ({ references: [...findRussianArticleRefs(text), ...findSpacedDottedRefs(text), ...findTheseArticles(text, 'ru'), ...findNumbersBeforeCode(text), ...findCodeFirstLists(text), ...findNumbersBeforeArticleWord(text), ...findRuleRefs(text, 'ru')] }) };
