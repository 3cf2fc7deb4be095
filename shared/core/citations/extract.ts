// The extraction pipeline: run the language's families, resolve instruments, emit sorted, de-duplicated citations.
import { withCustomsCode } from './customs-abbreviation.js';
import { isAdjacentBefore } from './en-instrument-first.js';
import { codeChapterMentions, codePartMentions } from './code-parts.js';
import { textDate } from './dated-names.js';
import { dottedParagraph } from './dotted.js';
import { familiesOf } from './families.js';
import { provisionKey } from './keys.js';
import { INSTRUMENTS, instrumentKind } from './registry.js';
import { dropOverlaps, resolveMentions } from './mentions.js';
import { NUM } from './numbers.js';
import { ownActOf, reproducedActHeadings } from './own-act.js';
import { passagesIn } from './passages.js';
import { resolveReferences } from './resolve.js';
import { sentenceStarts } from './sentences.js';
import { SpanIndex } from './span-index.js';
import type { Citation, ExtractContext, Mention, RawMention, Reference } from './types.js';
import { countBefore, countNumbersBefore } from './sorted-search.js';

/**
 * A statute article's own heading at the start of a line is not a citation: "Статья 1253.1. Особенности ...",
 * "Article 146. Infringement ...", a quoted new text's '"Article 14.7. Deception of consumers', and a page heading
 * that puts the code's abbreviation first, "ГК РФ Статья 1301. Ответственность ..." (the abbreviation goes with it).
 */
const HEADING = new RegExp(
  String.raw`^[ \t]*(?:["“«][ \t]*)?(?<prefix>[A-ZА-ЯЁ]{2,6}(?:[ \t]+(?:РФ|RF))?[ \t]+)?(?:Статья|СТАТЬЯ|Article|ARTICLE)[ \t]+${NUM}\.(?:\s|$)`,
  'gmu',
);

/**
 * An amending act's own article heading without its full stop, the amendment's verb right after the number: "Статья 1
 * \n\nВнести в Гражданский кодекс ...", "Article 1 Amend the Criminal Code" (a translation that ran the heading into its
 * text). A bare "Article 10" on its own line elsewhere (an ECHR note's keywords) is a citation.
 */
const BARE_HEADING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:Статья|СТАТЬЯ|Article|ARTICLE)[ \t]+${NUM}\.?\s+(?=(?:Amend|Introduce|Make|Bring|Recogni[sz]e|Declare|Add|Внести|Признать|Дополнить|Изложить)(?![\p{L}]))`,
  'gu',
);

/**
 * The heading of a provision a text reproduces, its instrument named between number and title, on a line of its own
 * and with no full stop after the title: "Статья 1244 ГК РФ. Государственная аккредитация ...", "Article 1244 of the
 * Civil Code. State Accreditation of ...". The instrument's name goes with it; "Article 1244 of the Civil Code. It
 * provides that ... ." (a sentence) is a citation.
 */
const NAMED_HEADING = new RegExp(
  String.raw`^[ \t]*(?:Статья|СТАТЬЯ|Article|ARTICLE)[ \t]+${NUM}[ \t]+(?<name>(?:of[ \t]+)?[^.\n]{2,80}?)\.[ \t]+\p{Lu}[^\n]{0,200}?[^.!?;:,\n \t][ \t]*$`,
  'gmu',
);

/**
 * A statute's or treaty's article headings written alone on their lines, without a title ("Article 1", "Статья 2"): a
 * text reproducing the act numbers them in order, lines of text between, one following the other (1, 2): such runs
 * are headings. A bare "Article 10" on a line of its own elsewhere (an ECHR note's keywords) stays a citation.
 */
const ALONE_HEADING = new RegExp(String.raw`^[ \t]*(?:Статья|СТАТЬЯ|Article|ARTICLE)[ \t]+(?<n>\d{1,4})[ \t]*$`, 'gmu');

function aloneHeadings(text: string): Array<{ line: number; at: number }> {
  ALONE_HEADING.lastIndex = 0;
  const found = [...text.matchAll(ALONE_HEADING)].map((m) => ({ line: m.index, at: m.index + /\S/u.exec(m[0])!.index, n: Number(m.groups!.n), end: m.index + m[0].length }));
  // (only the lines of such a run: a keyword line elsewhere in the text stays a citation)
  const inRun = new Set<number>();
  found.forEach((h, i) => {
    if (i > 0 && h.n === found[i - 1]!.n + 1 && /\S/u.test(text.slice(found[i - 1]!.end, h.line))) inRun.add(i - 1).add(i);
  });
  return found.filter((_, i) => inRun.has(i)).map(({ line, at }) => ({ line, at }));
}

/** A line that is only "Часть 1." / "Part 2" / "ЧАСТЬ III": the text's own division, never a provision's part. */
const DIVISION_LINE = /^[ \t]*(?:Часть|ЧАСТЬ|Part|PART)[ \t]+(?:\d{1,2}|[IVX]{1,4})\.?[ \t]*$/gmu;

/** Where headings start (the article word) and the line they are on; `end`: where a named heading's instrument name ends. */
function headings(text: string): Array<{ line: number; at: number; end?: number }> {
  const out: Array<{ line: number; at: number; end?: number }> = [];
  NAMED_HEADING.lastIndex = 0;
  for (let m = NAMED_HEADING.exec(text); m; m = NAMED_HEADING.exec(text)) {
    const at = m.index + /(?:Статья|СТАТЬЯ|Article|ARTICLE)/u.exec(m[0])!.index;
    // the instrument's name ends at the full stop before the title
    const end = m.index + m[0].indexOf(m.groups!.name!) + m.groups!.name!.length;
    out.push({ line: m.index, at, end });
  }
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) {
    const word = /(?:Статья|СТАТЬЯ|Article|ARTICLE)/u.exec(m[0])!;
    out.push({ line: m.index, at: m.index + word.index });
  }
  BARE_HEADING.lastIndex = 0;
  for (let m = BARE_HEADING.exec(text); m; m = BARE_HEADING.exec(text)) {
    const at = m.index + /(?:Статья|СТАТЬЯ|Article|ARTICLE)/u.exec(m[0])!.index;
    // only the number is dropped: nothing before it on the line is a heading's prefix
    out.push({ line: at, at });
  }
  out.push(...aloneHeadings(text));
  // a line that is only a part's number is the text's own division ("Часть 1." of a series of articles), not a part
  DIVISION_LINE.lastIndex = 0;
  for (const m of text.matchAll(DIVISION_LINE)) out.push({ line: m.index, at: m.index + /\S/u.exec(m[0])!.index });
  return out.sort((a, b) => a.line - b.line);
}

/** A position in an official gazette, "2003, No. 50, Art. 4847", "N 22, ст. 2332", "1996. № 25. Ст. 2954": the number after it is no article. */
// (also with the gazette issue's part: "СЗ РФ, 2005, N 52 (часть I), ст. 5038", "2007, N 1 (ч. I), ст. 29")
// (and the next positions of the same issue after its year or the previous issue: «2013, N 30, ст. 4043, ст. 4082»,
// «…; N 50, ст. 6247, ст. 6249»; never after a
// Plenum's or a protocol's number, «Постановление Пленума ВС РФ № 25, ст. 10, ст. 168 ГК РФ»)
const GAZETTE_BEFORE = /(?:(?:(?:19|20)\d{2}\s*[,.]|;)\s*(?:No\.?|N|№)\s*\d{1,4}\s*(?:\((?:часть|ч\.|part)\s*[IVX\d]{1,4}\)\s*)?[,.]\s*(?:(?:ст\.|[Aa]rt\.)\s*\d{1,5}\s*,\s*){1,3}|(?:No\.?|N|№)\s*\d{1,4}\s*(?:\((?:часть|ч\.|part)\s*[IVX\d]{1,4}\)\s*)?[,.]\s*)$/u;

/** A part written after the code its article was cited with ("ст. 1252 ГК РФ ч. 4"), never the next citation's ("ч. 4 ст. 1515"). */
// (no comma: "ст. 333 ГК РФ, п. 71 постановления Пленума" and "ст. 15 ГК РФ, п. 2 ч. 1 ст. 148 АПК РФ" are other citations;
// nor a level or a holder after it)
const PART_AFTER_CODE = /^[ \t]+(?:ч\.|часть|п\.|пункт)\s*(\d{1,2})(?![\d.,]\d)(?!\s*(?:ст\.|стать|ч\.|п\.|пп\.|част|пункт|подпункт|[А-ЯЁ]|(?:постановлени|письм|обзор|приказ|решени|определени|информационн|договор|соглашени|закон|кодекс|правил|положени|регламент)))/u;

/** A chapter's number and an opening quote: the quoted name after it is the chapter's title ("Chapter 72 'Patent Law'"), not the act. */
// (a chapter word in the nominative only: «главы 3 «Закона о защите прав потребителей»» is that law's chapter)
const CHAPTER_BEFORE_TITLE = /(?:[Cc]hapters?|Ch\.|CHAPTER|[Гг]лава|ГЛАВА)\s*\d{1,2}(?:\.\d)?\.?\s*[,:–—-]?\s*['"“«‘„]\s*$/u;

/** A web address, to its first space or closing bracket. */
const URL_SPAN = /(?:https?:\/\/|www\.)[^\s<>"«»“”)\]]+/gu;

/**
 * A bill's words right before a law's name: «проект федерального закона о платформенной экономике», "the draft Federal
 * Law "On …"", "the bill "On …"": the bill is no reference, though the law it became has the name (the acts named inside
 * its title still are: «проекта федерального закона «О внесении изменений в Федеральный закон «Об информации …»»»).
 */
const BILL_BEFORE_LAW = /(?:(?<![\p{L}-])[Пп]роект[а-яё]{0,3}\s+(?:[Фф]едеральн[а-яё]{0,4}\s+)?|(?<![\p{L}-])(?:[Dd]raft|[Bb]ill)\s+(?:(?:of\s+)?(?:the|a)\s+)?(?:[Ff]ederal\s+)?)$/u;
/** Whether a law named by its words, not its number, was adopted after the year its text was written in. */
function beforeItsTime(m: Mention, year: number): boolean {
  if (m.how !== 'named' || m.act || !m.instrument) return false;
  const adopted = INSTRUMENTS.get(m.instrument)?.law?.year;
  return !!adopted && year < Number(adopted);
}

/** A Russian bill's law in the genitive («проект федерального закона о …»): «Проектом Федеральный закон … дополняется» is the law it amends. */
const LAW_GENITIVE_RU = /^(?:[Фф]едеральн(?:ого|ых)\s+)?(?:конституционн(?:ого|ых)\s+)?[Зз]акон(?:а|ов)(?![а-яё])/u;
const isBillName = (m: RawMention, text: string): boolean => {
  // (a law given by its number is never a bill: "Under the bill Federal Law No. 152-FZ would be amended")
  if (m.anaphora || m.act || !m.instrument || instrumentKind(m.instrument) !== 'law') return false;
  const before = BILL_BEFORE_LAW.exec(text.slice(Math.max(0, m.start - 24), m.start));
  if (!before) return false;
  return !/[Пп]роект/u.test(before[0]) || LAW_GENITIVE_RU.test(text.slice(m.start, m.end));
};
/** A name, a dash or colon, and the provision cited with the name's abbreviation (a title's "Name - ст. 39 ТРИПС"). */
const NAME_THEN_PROVISION = /^\s*[-–—:]\s*$/u;

/** The instrument's name places the reference: in its sentence, after it or right before it (one word between at most). */
function placesReference(text: string, starts: number[], via: { start: number; end: number }, ref: { start: number }): boolean {
  if (countNumbersBefore(starts, via.start, true) !== countNumbersBefore(starts, ref.start, true)) return false;
  if (via.start > ref.start) return true;
  // before it: with at most one word between ("the Civil Code, Article 1252", "the Civil Code (in Article 1252)",
  // «Уголовный кодекс РФ (Извлечение: статьи 146»); a verb or a phrase between names the code on its own ("The Criminal
  // Code punishes camcording under Art. 146(2)", «УК РФ содержит в чч.2-3 ст.146»), as the external gold's labellers
  // count it
  const between = text.slice(via.end, ref.start);
  return between.length <= 40 && (between.match(/\p{L}+/gu)?.length ?? 0) <= 1;
}

/** The last of the sorted, disjoint mentions that ends at or before `pos`. */
function lastMentionBefore(mentions: readonly Mention[], pos: number): Mention | undefined {
  const m = mentions[countBefore(mentions, pos, (x) => x.start) - 1];
  return m && m.end <= pos ? m : undefined;
}

/** A heading line of a statute's own article ("Article 1255. Copyright", "Статья 1253.1. …"): where its text starts. */
const OWN_ARTICLE_HEADING = /^[ \t]*(?:Article|Статья)\s+(\d{1,4}(?:\.\d{1,2})?)\.?(?=[ \t]|$)/gmu;

/**
 * A statute's text with several of its articles (a translation page, a chapter): each article's part is read with
 * that article as its own ("Paragraph 2 of the present Article" under "Article 1255."), as the app reads a clause
 * with its article; what comes before the first heading is read without one.
 */
function bySection(text: string, ctx: ExtractContext): Citation[] | undefined {
  OWN_ARTICLE_HEADING.lastIndex = 0;
  const heads = [...text.matchAll(OWN_ARTICLE_HEADING)].map((m) => ({ start: m.index, article: m[1]! }));
  if (!heads.length) return undefined;
  const parts = [{ start: 0, end: heads[0]!.start, article: undefined as string | undefined }, ...heads.map((h, i) => ({ start: h.start, end: heads[i + 1]?.start ?? text.length, article: h.article }))];
  // (headings alone on their lines are told apart in the whole text: each part holds one)
  const alone = new Set(aloneHeadings(text).map((h) => h.at));
  return parts.filter((p) => p.end > p.start).flatMap((p) =>
    extractPart(text.slice(p.start, p.end), { ...ctx, ...(p.article ? { selfArticle: p.article } : {}) }, true).map((c) => ({ ...c, start: c.start + p.start, end: c.end + p.start })),
  ).filter((c) => !alone.has(c.start));
}

/**
 * The lines of a statute's table of contents: a section's or chapter's heading with the range of its articles in
 * brackets ("Section II. Copyright (Articles 5 - 34)", "PART ONE (articles 1 - 453)", «Глава 1. Общие положения (статьи 1 - 4)»).
 */
const ARTICLES_RANGE = String.raw`\(\s*(?:Articles?|ARTICLES?|articles?|Arts?\.|arts?\.|[Сс]татьи|СТАТЬИ|[Сс]т\.)\s*[\d.]+\s*[-–—]\s*[\d.]+\s*\)`;
const PART_NUMBER = String.raw`(?:[\dIVXLC]+|ONE|TWO|THREE|FOUR|FIVE|SIX|One|Two|Three|Four|Five|Six|one|two|three|four|ПЕРВАЯ|ВТОРАЯ|ТРЕТЬЯ|ЧЕТВЕРТАЯ|[Пп]ервая|[Вв]торая|[Тт]ретья|[Чч]етвертая)`;
const CONTENTS_LINE = new RegExp(
  String.raw`^[ \t]*(?:SECTION|Section|CHAPTER|Chapter|PART|Part|Раздел|РАЗДЕЛ|Подраздел|Глава|ГЛАВА|ЧАСТЬ|Часть|§)\s*${PART_NUMBER}[.:]?[^\n]{0,200}?${ARTICLES_RANGE}[ \t]*$`,
  'gmu',
);
/** The extent of a part in a list of the Code's parts: "Civil Code of the Russian Federation (part one) (articles 1 - 453)". */
const PART_EXTENT = new RegExp(String.raw`\((?:part|Part|PART|часть|Часть|ЧАСТЬ)\s+${PART_NUMBER}\)\s*(${ARTICLES_RANGE})`, 'gu');
function contentsLines(text: string): Array<[number, number]> {
  CONTENTS_LINE.lastIndex = 0;
  PART_EXTENT.lastIndex = 0;
  return [
    ...[...text.matchAll(CONTENTS_LINE)].map((m): [number, number] => [m.index, m.index + m[0].length]),
    ...[...text.matchAll(PART_EXTENT)].map((m): [number, number] => [m.index + m[0].length - m[1]!.length, m.index + m[0].length]),
  ];
}

/**
 * Where a statute text's opening block ends: its first article heading ("Статья 1", "Article 1244.") or its first
 * paragraph of prose (a site's own words before a caption, "Гражданский кодекс РФ", over a reproduced article), else
 * the text's end.
 */
function openingBlockEnd(text: string): number {
  const heading = text.search(/^[ \t]*(?:Статья|СТАТЬЯ|Article|ARTICLE|Правило|Rule)[ \t]+\d/mu);
  const prose = text.search(/^[^\n]{20,}[.!?][ \t]*$/mu);
  return Math.min(heading < 0 ? text.length : heading, prose < 0 ? text.length : prose);
}

/** A label heading a title line: "Original Language Title:", "Title:", «Название:». */
const TITLE_LABEL = /^[ \t]*(?:[\p{L}]+[ \t]+){0,3}(?:[Tt]itle|[Нн]азвание|[Нн]аименование)[ \t]*:/u;

/** Whether a name fills the lines it is on (most of their letters are the name's): a title, not a sentence citing it. */
function namesItsLine(text: string, m: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const next = text.indexOf('\n', m.end);
  // (a label before it is no words of the line's: "Original Language Title: Патентный закон Российской Федерации")
  const line = text.slice(lineStart, next < 0 ? text.length : next).replace(TITLE_LABEL, '');
  // (a bracketed part or edition beside it is the title's too: "Гражданский кодекс РФ (часть четвертая)", "(ред. от
  // 16.04.2010)"; never a part's extent, "(part one) (articles 1 - 453)", a contents line listing the code's parts)
  const letters = (s: string): number => s.replace(/\((?:(?![^()\n]*\d)|ред\.|в\s+ред|as\s+amended)[^()\n]*\)/gu, '').match(/\p{L}/gu)?.length ?? 0;
  return letters(text.slice(m.start, m.end)) >= 0.85 * letters(line);
}

/** The end of a text's title line (its first line, when short and more follows, or the part before a statute text's first article), else -1. */
function titleLineEnd(text: string, beforeArticles = false): number {
  const nl = text.indexOf('\n');
  return nl > 0 && nl <= 200 && (beforeArticles || /\S/u.test(text.slice(nl))) ? nl : -1;
}

export function extractCitations(text: string, ctx: ExtractContext): Citation[] {
  // Marks that break words are read as absent: stress marks («Бе́рнская конве́нция», as dictionaries and encyclopaedias
  // print a term), soft hyphens, and a print's hyphen left inside a legal word («За-кона», «По-становлением»). The text
  // is read without them, and each citation's offsets are taken back to the text's own.
  const dropped = droppedMarks(text);
  if (dropped.length) return withoutMarks(text, dropped, ctx);
  // "ё" is read as "е" ("четвёртая часть ГК РФ", "статьёй 1286"), as Russian writes either: one letter for one, so every
  // offset holds and the cited words are the text's own
  const read = text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const out = (ctx.selfInstrument && !ctx.selfArticle ? bySection(read, ctx) : undefined) ?? extractPart(read, ctx, false);
  return read === text ? out : out.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}

/** A combining acute or grave accent (a stress mark over a vowel), or a soft hyphen. */
const WORD_MARK_CHAR = /[\u0300\u0301\u00ad]/u;
const WORD_MARK = new RegExp(WORD_MARK_CHAR.source, 'gu');
/**
 * A hyphen a print left inside a legal word when it joined its lines («За-кона», «смеж-ных», «По-становлением»): the
 * joined word is one of the words citations are made of, and the part before the hyphen is no compound's first word
 * (those are long and end in «о» or «е»: «авторско-правовой», «информационно-телекоммуникационных» stay as written).
 */
const PRINT_HYPHEN = /(?<![\p{L}-])(\p{L}{1,12})-(\p{Ll}{2,})/gu;
const LEGAL_WORD = /^(?:закон|постановлен|кодекс|стать|конвенц|соглашен|авторск|смежн|федеральн|правительств|президент|пункт|подпункт|част|правах|праве|положени|правил|указ|договор|интеллектуальн|исключительн|гражданск|уголовн|административн)/u;

/** Where the marks read as absent are: each position, ascending. */
function droppedMarks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(WORD_MARK)) out.push(m.index!);
  if (text.includes('-')) {
    for (const m of text.matchAll(PRINT_HYPHEN)) {
      const first = m[1]!;
      if (first.length > 3 && /[ое]$/u.test(first)) continue;
      if (LEGAL_WORD.test((first + m[2]!).toLowerCase().replace(/ё/gu, 'е'))) out.push(m.index! + first.length);
    }
  }
  return out.sort((a, b) => a - b);
}

/** The citations of a text read without the characters at `dropped`, at the text's own offsets (a mark after a cited word's last letter is the word's). */
function withoutMarks(text: string, dropped: number[], ctx: ExtractContext): Citation[] {
  const at: number[] = [];
  let bare = '';
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    if (i === dropped[next]) {
      next++;
      continue;
    }
    at.push(i);
    bare += text[i];
  }
  at.push(text.length);
  return extractCitations(bare, ctx).map((c) => {
    let end = c.end > 0 ? at[c.end - 1]! + 1 : 0;
    while (end < text.length && WORD_MARK_CHAR.test(text[end]!)) end++;
    const start = at[c.start]!;
    return { ...c, start, end, text: text.slice(start, end) };
  });
}

/** The citations of a text, or of one part of a statute text (`sectioned`: read article by article, see bySection). */
function extractPart(text: string, ctx: ExtractContext, sectioned: boolean): Citation[] {
  let rawMentions: RawMention[] = [];
  let refs: Reference[] = [];
  for (const family of familiesOf(ctx.lang)) {
    const found = family.find(text);
    if (found.mentions) rawMentions.push(...found.mentions);
    if (found.references) refs.push(...found.references);
  }
  // Lines in the other language (an English abstract, a Russian reference list) are read by that language's families.
  const otherLang = ctx.lang === 'en' ? 'ru' : 'en';
  const other = passagesIn(text, otherLang);
  if (other !== undefined) {
    for (const family of familiesOf(otherLang)) {
      const found = family.find(other);
      if (found.mentions) rawMentions.push(...found.mentions);
      if (found.references) refs.push(...found.references);
    }
  }
  // (nothing inside a web address cites: "…/ips/?docbody=&nd=102049359&intelsearch=125-FZ")
  if (/https?:\/\/|www\./u.test(text)) {
    const urls = [...text.matchAll(URL_SPAN)].map((u) => [u.index!, u.index! + u[0].length] as const);
    const outside = (x: { start: number }): boolean => !urls.some(([s, e]) => x.start >= s && x.start < e);
    rawMentions = rawMentions.filter(outside);
    refs = refs.filter(outside);
  }
  const heads = headings(text);
  // A heading's prefix runs from its line's start to its number; headings never overlap, so the last one starting at or
  // before a mention is the only one that can hold it (a binary search: long texts have thousands of both).
  const headStarts = heads.map((h) => h.line);
  const inHeadingPrefix = (m: RawMention): boolean => {
    const h = heads[countNumbersBefore(headStarts, m.start, true) - 1];
    return !!h && (m.end <= h.at || (h.end !== undefined && m.end <= h.end));
  };
  const headingNumbers = new Set(heads.map((h) => h.at));
  // A text whose heading is an act's date and number is that act: "this Resolution" is it, and its own name is no citation.
  const ownAct = ctx.selfInstrument ? undefined : ownActOf(text, rawMentions);
  const read = ctx.lang === 'ru' ? withCustomsCode(rawMentions, text) : rawMentions;
  const resolved = resolveMentions(read.filter((m) => !inHeadingPrefix(m) && !CHAPTER_BEFORE_TITLE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !isBillName(m, text)), ctx, text, ownAct);
  // (a law named by its title or nickname in a text written before the law was: the bill, or an earlier law of that
  // title, «закон о платформенной экономике» in 2023, never the law adopted later)
  const year = Number(textDate(text, ctx)?.slice(0, 4) ?? NaN);
  const timely = Number.isNaN(year) ? resolved : resolved.filter((m) => !beforeItsTime(m, year));
  const mentions = [...timely, ...codePartMentions(text, timely), ...codeChapterMentions(text, timely)].sort((a, b) => a.start - b.start);

  refs = dropOverlaps(refs).filter((r) => !headingNumbers.has(r.start) && !GAZETTE_BEFORE.test(text.slice(Math.max(0, r.start - 60), r.start)));
  // A reference never sits inside an instrument's name ("Federal Law No. 364" is not paragraph 364).
  const mentionIndex = new SpanIndex(mentions);
  refs = refs.filter((r) => !mentionIndex.holds(r.start));
  // An entry of a table of contents run into one line cites nothing ("TABLE OF CONTENTS 1 Article 1 : Establishment of
  // a Union Article 2 : Protected Works").
  refs = refs.filter((r) => !(CONTENTS_ENTRY_AFTER.test(text.slice(r.end, r.end + 6)) && CONTENTS_HEAD.test(text.slice(text.lastIndexOf('\n', r.start - 1) + 1, r.start))));

  const out: Citation[] = [];
  const used = new Set<object>();
  const starts = sentenceStarts(text);
  /** Where a part written after its code, taken into the citation before ("146 ук рф часть 3"), ends. */
  let absorbedUntil = -1;
  for (const r of resolveReferences(text, refs, mentions, ctx, starts)) {
    // (that part is no citation of its own)
    if (r.ref.start < absorbedUntil) continue;
    // A numbered act cited in full ("Федеральный закон от 27 июля 2006 г. № 149-ФЗ "Об информации..." (ст. 15.2)") is a
    // citation of its own unless the provision is written right against it ("Article 5 of Federal Law No. 149-FZ").
    // A code's or treaty's name right before the reference in its sentence places it ("the Civil Code, Article 1252"),
    // as does one after it; with words between ("The Criminal Code punishes camcording under Art. 146(2)", "the Berne
    // Convention according to which (Article 9)") or in an earlier sentence, it is a citation of its own.
    if (r.via && (r.attached || isAdjacentBefore(text, r.via, r.ref) || (!r.via.act && instrumentKind(r.via.instrument!) !== 'law' && placesReference(text, starts, r.via, r.ref)))) used.add(r.via);
    // the instrument's name right before a provision cited with its abbreviation ("Соглашение о торговых аспектах прав
    // интеллектуальной собственности - ст. 39 ТРИПС") is the same citation
    const before = lastMentionBefore(mentions, r.ref.start);
    if (before && before.instrument === r.instrument && before.how === 'named' && NAME_THEN_PROVISION.test(text.slice(before.end, r.ref.start))) used.add(before);
    // («ГК РФ 1261»: the code's abbreviation right before the number starts the citation)
    const codeFirst = r.ref.codeBefore && before && before.instrument === r.instrument && /^\s+$/u.test(text.slice(before.end, r.ref.start)) ? before : undefined;
    if (codeFirst) used.add(codeFirst);
    const start = codeFirst ? codeFirst.start : r.ref.start;
    let end = r.attached && r.via ? r.via.end : r.ref.end;
    // "ст. 1252 ГК РФ ч. 4", "146 ук рф часть 3": a Russian article's part written after its code
    let targets = r.ref.targets;
    const after = r.attached && r.via && ctx.lang === 'ru' && targets.length === 1 && !targets[0]!.part && targets[0]!.article ? PART_AFTER_CODE.exec(text.slice(end, end + 20)) : null;
    // (a heading's "Комментарий к статье 1414 ГК РФ ч.4", «Комментарии к статье 1238 ГК РФ часть 4:»: the Civil Code's
    // Part Four, its line ending there; "понятие дается в ст. 1252 ГК РФ ч. 4. …" in running text is the article's item)
    const parts = INSTRUMENTS.get(r.instrument)?.codeParts ?? 0;
    const codePart = after && Number(after[1]) <= parts && /^\s*(?:ч\.|часть)/u.test(after[0]) && /^[ \t]*:?[ \t]*(?:\n|$)/u.test(text.slice(end + after[0].length));
    if (after && !codePart) {
      targets = [{ ...targets[0]!, part: after[1]! }];
      end += after[0].length;
      absorbedUntil = end;
    }
    // (a family that read the part itself, "146 ук рф часть 3": the citation runs to it, and it is cited once)
    const read = r.attached && r.via && ctx.lang === 'ru' && targets.length === 1 && targets[0]!.part ? PART_AFTER_CODE.exec(text.slice(end, end + 20)) : null;
    if (read && read[1] === targets[0]!.part) {
      end += read[0].length;
      absorbedUntil = end;
    }
    for (const t of targets) {
      let cited = t.article ?? r.article;
      if (!cited) continue;
      // "Article 15-1" of a national act is its inserted article 15.1; of a treaty, article 15, paragraph 1
      let given = t.part;
      if (t.hyphen && !INSTRUMENTS.get(r.instrument)?.dottedParagraphs && instrumentKind(r.instrument) !== 'treaty') {
        cited = `${cited}.${t.part}`;
        given = undefined;
      }
      const { article, part } = dottedParagraph(r.instrument, cited, given);
      out.push({ key: provisionKey(r.instrument, article, part), instrument: r.instrument, article, ...(part ? { part } : {}), text: text.slice(start, end), start, end });
    }
  }
  const titleEnd = ctx.selfInstrument ? titleLineEnd(text, sectioned) : -1;
  let openingEnd: number | undefined;
  // Instruments named without a provision: "(Federal Law No. 364, in force May 2015)", "the IPR Side Letter".
  const reproduced = /\n/.test(text) ? reproducedActHeadings(text) : [];
  for (const m of mentions) {
    // a reproduced act's own date and number on the line heading it
    if (m.act && reproduced.some(([s, e]) => m.start >= s && m.end <= e)) continue;
    if (m.how !== 'named' || !m.instrument || used.has(m) || m.instrument === ownAct) continue;
    // a statute's own enacting number under its signature ("13 июня 1996 года № 63-ФЗ" in the Criminal Code)
    if (m.act && m.instrument === ctx.selfInstrument) continue;
    // a statute text's title line names itself ("Civil Code of Russian Federation. Part Four. Chapter 70. Copyright.")
    if (ctx.selfInstrument && m.instrument === ctx.selfInstrument && !ctx.selfArticle && m.end <= titleEnd) continue;
    // nor a title line of its own above its articles: the line is the statute's name and little else ("ФЕДЕРАЛЬНЫЙ
    // ЗАКОН\n\nО ПАТЕНТНЫХ ПОВЕРЕННЫХ", "EURASIAN PATENT CONVENTION", "Кодекс Российской Федерации об административных
    // правонарушениях : Статья 14.10")
    if (ctx.selfInstrument && m.instrument === ctx.selfInstrument && m.start < (openingEnd ??= openingBlockEnd(text)) && namesItsLine(text, m)) continue;
    if (out.some((c) => m.start >= c.start && m.end <= c.end)) continue;
    for (const instrument of [m.instrument, ...(m.also ?? [])]) {
      out.push({ key: instrument, instrument, text: text.slice(m.start, m.end), start: m.start, end: m.end });
    }
  }
  // a code or treaty named inside a law's title («О введении в действие части четвертой Гражданского кодекса») or inside
  // the name of a treaty's Regulations («Инструкция к договору о патентной кооперации»), cited or not
  for (const m of mentions) {
    if (m.how !== 'named' || !m.inside || !m.instrument || m.instrument === ownAct) continue;
    if (instrumentKind(m.instrument) !== 'law' && !INSTRUMENTS.get(m.instrument)?.rules) continue;
    if (m.instrument === ctx.selfInstrument && m.end <= titleEnd) continue;
    for (const instrument of m.inside) out.push({ key: instrument, instrument, text: text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  const seen = new Set<string>();
  // a statute's table of contents cites nothing ("Section II. Copyright (Articles 5 - 34)")
  const contents = ctx.selfInstrument ? contentsLines(text) : [];
  const sorted = out.sort((a, b) => a.start - b.start || a.end - b.end || a.key.localeCompare(b.key));
  return sorted.filter((c, i) => {
    const id = `${c.key}@${c.start}:${c.end}`;
    if (seen.has(id)) return false;
    if (c.instrument === ctx.selfInstrument && contents.some(([s, e]) => c.start >= s && c.end <= e)) return false;
    // an article whose own part follows it in brackets is cited by that part: «статьей 125 (пункт "а" части 4)
    // Конституции» is item "а" of its part 4
    if (c.article && !c.part && sorted.slice(i + 1, i + 4).some((d) => d.instrument === c.instrument && d.article === c.article && d.part && PART_IN_BRACKETS.test(text.slice(c.end, d.start)))) return false;
    // (and the instrument named after the bracket is that citation's, no other)
    if (!c.article && sorted.slice(Math.max(0, i - 4), i).some((d) => d.instrument === c.instrument && d.part && BRACKET_CLOSES.test(text.slice(d.end, c.start)) && BRACKET_OPENS.test(text.slice(Math.max(0, d.start - 3), d.start)))) return false;
    // an instrument's name given again in English in brackets is the same citation («Парижская конвенция … (англ. –
    // Paris Convention …)»)
    if (!c.article && sorted.slice(Math.max(0, i - 4), i).some((d) => d.key === c.key && TRANSLATION_OPENS.test(text.slice(d.end, c.start)))) return false;
    seen.add(id);
    return true;
  });
}

/** Between an instrument's name and its English name in brackets after it: " (англ. – ", " (англ. ", " (English: ". */
const TRANSLATION_OPENS = /^[^()\n]{0,120}\(\s*(?:англ(?:ийск\p{L}*)?\.?|English|Eng\.)\s*[:–—-]?\s*$/u;

/** A contents entry's title after its number ("Article 1 : Establishment"), and the head of the contents on its line. */
const CONTENTS_ENTRY_AFTER = /^[ \t]*[:.—–-][ \t]*\p{Lu}/u;
const CONTENTS_HEAD = /(?:TABLE OF CONTENTS|\bContents\b|ОГЛАВЛЕНИЕ|Оглавление|СОДЕРЖАНИЕ)/u;

/** Between an article and its part given in brackets right after it: «статьей 125 (», "Article 5 (". */
const PART_IN_BRACKETS = /^\s*\(\s*$/u;
/** A bracket opening right before a part («125 (пункт …»), and closing between it and its instrument («части 4) Конституции»). */
const BRACKET_OPENS = /\(\s*$/u;
const BRACKET_CLOSES = /^\s*\)\s*$/u;
