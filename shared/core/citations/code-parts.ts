// A code's part or chapter named alone: "Part IV" after "Part IV of the Civil Code" or right after "the Civil Code",
// "Part 4 of the Code" after it, "Chapter 69" after "the Civil Code".
import { ANOTHER_STATE } from './another-state.js';
import { INSTRUMENTS } from './registry.js';
import { onRussianIpLaw } from './russian-ip-text.js';
import { sentenceAt, sentenceStarts } from './sentences.js';
import { countBefore } from './sorted-search.js';
import type { Mention } from './types.js';

// Written for (06MOSCOW12158): "concerns regarding draft Part IV of the Civil Code on IPR ... some 20 USG-proposed
// amendments to Part IV were among the 300 accepted". Only a Roman numeral or a number word ("Part Four"): "part 4" is
// an article's part. Only a part the text named with its code: "Part III" of the TRIPS Agreement is no code's.

const PART_NUMBER: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', one: '1', two: '2', three: '3', four: '4', '1': '1', '2': '2', '3': '3', '4': '4' };
const NAMED_PART = /\bPart\s+(I{1,3}|IV|One|Two|Three|Four|[1-4])(?![\w-])/iu;
// (never "Part IV to the Agreement", "Part II of ...", "Part I and II"; "to refine Part IV to take account" is one)
const BARE_PART = /\bPart\s+(I{1,3}|IV|One|Two|Three|Four)(?![\w-])(?!\s*(?:,\s*)?(?:of|and|or)\b|\s+to\s+(?:the|this|that|its|a|an)\b)/gu;
/** "Russia's Part IV", "the Russian Part IV": the Civil Code's fourth part, the one on intellectual property. */
const RUSSIAS_BEFORE = /(?:Russia['’]s|Russian)\s+$/u;

/**
 * "Part 4 of the Code", «части четвертой Кодекса»: a part of the code named last before it, when that code is in parts
 * (registry `codeParts`) and has that part (garant.ru's 2006 monitoring note on Part Four: "brought in compliance with
 * Part 4 of the Code"). A bare "the Code" is no citation; a part of it is, as "Part IV of the Civil Code" is.
 */
const PART_OF_THE_CODE = /\b(?:Part|part)\s+(I{1,3}|IV|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[1-4])\s+of\s+the\s+Code\b|(?<![\p{L}])[Чч]аст[иья]\s+(перв|втор|трет|четв[её]рт)[а-яё]{2,3}\s+(?:настоящего\s+)?[Кк]одекса(?![\p{L}])/gu;
const RU_PART: Record<string, string> = { перв: '1', втор: '2', трет: '3', четверт: '4', 'четвёрт': '4' };

function partsOfTheCode(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  PART_OF_THE_CODE.lastIndex = 0;
  for (let m = PART_OF_THE_CODE.exec(text); m; m = PART_OF_THE_CODE.exec(text)) {
    const part = Number(m[1] ? PART_NUMBER[m[1].toLowerCase()] : RU_PART[m[2]!.toLowerCase()]);
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((o) => o.how === 'named' && o.start < end && start < o.end)) continue;
    let last: Mention | undefined;
    for (const o of mentions) {
      if (o.end > start) break;
      if (o.how === 'named' && o.instrument && INSTRUMENTS.get(o.instrument)?.kind === 'code') last = o;
    }
    if (last && part <= (INSTRUMENTS.get(last.instrument!)?.codeParts ?? 0)) out.push({ instrument: last.instrument, start, end, how: 'named' });
  }
  return out;
}

/** Mentions of the code for each part named alone after the text named that part with its code. */
export function codePartMentions(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = partsOfTheCode(text, mentions);
  /** Where "Russia's Part IV" was first named, if it was. */
  let russias: number | undefined;
  BARE_PART.lastIndex = 0;
  for (let m = BARE_PART.exec(text); m; m = BARE_PART.exec(text)) {
    const part = PART_NUMBER[m[1]!.toLowerCase()];
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((o) => o.start < end && start < o.end)) continue;
    let named: Mention | undefined;
    let last: Mention | undefined;
    for (const o of mentions) {
      if (o.end > start) break;
      const p = NAMED_PART.exec(text.slice(o.start, o.end));
      if (o.how === 'named' && o.instrument && p && PART_NUMBER[p[1]!.toLowerCase()] === part) named = o;
      if (o.how === 'named' && o.instrument) last = o;
    }
    // "amending the Civil Code, including its Part IV": the code just named (a code in parts: the Civil Code)
    if (!named && last?.instrument === 'ru-civil-code' && start - last.end <= 40 && !/[.;\n]/u.test(text.slice(last.end, start))) named = last;
    if (named) out.push({ instrument: named.instrument, start, end, how: 'named' });
    // "Russia's Part IV Problems": the Civil Code's Part IV, and so is a later bare "Part IV" (no other instrument
    // named since)
    else if (part === '4' && (RUSSIAS_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || (russias !== undefined && (!last || last.end <= russias)))) {
      out.push({ instrument: 'ru-civil-code', start, end, how: 'named' });
      russias ??= start;
    }
  }
  return out;
}

// Written for: "the rules of Part 4, Chapter 76(2) … Chapter 69 sets out the general provisions" (a law firm's page after
// "the Civil Code"), "в порядке гл. 29 Арбитражного процессуального кодекса", "положения раздела VII ГК РФ", "Ch. 70",
// "главой 25.3" (an inserted chapter of the Tax Code), "раздел VIII НК РФ".
const BARE_CHAPTER = /(?<![\p{L}\d])(?:(?:[Cc]hapters?|Ch\.)\s*(\d{1,2}(?:\.\d)?)(?:\(\d{1,2}\))?|(?:[Гг]лав(?:а|ы|е|у|ой)|гл\.)\s?(\d{1,2}(?:\.\d)?)|(?:[Рр]аздел(?:а|е|у|ом)?|разд\.)\s+([IVX]{1,4}))(?![\p{L}\d]|\.\d)/gu;
const ROMAN_SECTION: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };
/** Words after a chapter that make it another text's ("Chapter 5 of this book", "главе 3 настоящей диссертации", "главы 20 регионов"). */
const NOT_A_CODES = /^\s*(?:of\s+(?:this|the|a|our)\b|(?:настоящ|данн|это[йгм]|наш)[а-яё]*|[а-яё]+(?:ов|ей|ий)(?![а-яё]))/u;
/** Between a chapter and its code's name: "of the", "of the new", its part ("of Part II of the"). */
const CHAPTER_TO_NAME = /^\s*(?:of\s+(?:the\s+)?(?:new\s+|current\s+)?(?:[Pp]art\s+(?:[1-4]|I{1,3}|IV|One|Two|Three|Four)\s+of\s+(?:the\s+)?)?)?$/u;
/** A customs tariff's chapters (HS, ТН ВЭД: 69–76 are ceramics, glass and metals). */
const TARIFF = /ТН\s?ВЭД|ТНВЭД|\bHS\b|\bCN\b|Harmoni[sz]ed|Combined\s+Nomenclature|[Tt]ariff|\bgoods\b|товар/u;
/** How far before a chapter the code it belongs to may be named. */
const CODE_REACH = 300;

/**
 * Mentions of a code for each chapter or section named without it ("Chapter 69", "главы 29", "раздела VII"): the code
 * named right after it, else the code named shortly before it, when that code has such a chapter or section (registry
 * `chapters`, `sections`); never a heading of the text's own, never another text's chapter ("Chapter 5 of this book").
 */
export function codeChapterMentions(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  /** Whether the text speaks of Russian IP law and of no other state's code (read once, when first needed). */
  let russianLaw: boolean | undefined;
  let starts: number[] | undefined;
  /** Chapters cited with their code's name so far ("chapter 54" → the Civil Code). */
  const cited = new Map<string, string>();
  BARE_CHAPTER.lastIndex = 0;
  for (let m = BARE_CHAPTER.exec(text); m; m = BARE_CHAPTER.exec(text)) {
    const section = m[3] ? ROMAN_SECTION[m[3]] : undefined;
    if (m[3] && !section) continue;
    const chapter = Math.floor(Number(m[1] ?? m[2] ?? 0));
    const start = m.index;
    const end = start + m[0].length;
    // mentions are sorted and disjoint: the one at or after the chapter, and the one before it, by binary search
    const at = countBefore(mentions, start, (o) => o.start);
    const next = mentions[at];
    if ((next && next.start < end) || (at > 0 && mentions[at - 1]!.end > start)) continue;
    // a line that starts with it and a title after a full stop is the text's own chapter heading ("Глава 3. Практика")
    if (/(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, start - 80), start)) && /^\s*(?:[.:]|$)/mu.test(text.slice(end, end + 3))) continue;
    let code: Mention | undefined;
    for (let i = at - 1; i >= 0 && !code; i--) if (mentions[i]!.how === 'named' && mentions[i]!.instrument) code = mentions[i];
    // the code named right after it is its own, and one citation with it ("раздела VII ГК РФ", "Chapter 69 of the Civil Code")
    // ("Chapter 54 of the new Russian Civil Code", "Chapter 54 of Part II of the Civil Code": its part between)
    // (or "the Code" after it, read as the code named last: "Chapter 17 of the Code"; only a capitalised chapter, in a
    // sentence naming no other state: "In the US, Chapter 11 of the Code" is another code's)
    const byAnaphora = next?.how === 'anaphora' && next.instrument !== undefined && INSTRUMENTS.get(next.instrument)?.kind === 'code' && /^(?:Chapter|Section)/u.test(m[0])
      && !ANOTHER_STATE.en.test(text.slice(...sentenceAt((starts ??= sentenceStarts(text)), start, text.length)));
    const withName = (next?.how === 'named' || byAnaphora) && next!.instrument && CHAPTER_TO_NAME.test(text.slice(end, next!.start));
    // ("chapter 4" in lower case is mostly a text's own chapter, "as discussed in chapter 4": only with its code's name
    // after it, or one of Part IV's chapters, "the publisher protected in chapter 70")
    if (!withName && /^chapter/u.test(m[0]) && !(chapter >= 69 && chapter <= 77)) continue;
    const chapterKey = m[0].replace(/\s+/gu, ' ').toLowerCase();
    const citedBefore = cited.get(chapterKey);
    if (withName) code = next;
    // a chapter cited with its code before: the same chapter again, bare ("Chapter 54 of the Civil Code … Chapter 54")
    else if (citedBefore) {
      out.push({ instrument: citedBefore, start, end, how: 'named' });
      continue;
    }
    // else only a code named shortly before, and never a chapter of some other text; or a chapter only Part IV of the
    // Civil Code numbers so (69–77), in a text about Russian law whose last code named, if any, is the Civil Code
    else if (NOT_A_CODES.test(text.slice(end, end + 40))) continue;
    else if (!code || start - code.end > CODE_REACH || /[.!?;]\s/u.test(text.slice(code.end, start))) {
      // (never a heading's "Chapter 70. Copyright.", a title line's part)
      // (never a customs tariff's chapter, "главы 72 ТН ВЭД", "HS Chapter 72 goods", and only in a text on IP)
      const [sStart, sEnd] = sentenceAt((starts ??= sentenceStarts(text)), start, text.length);
      const partFour = !section && chapter >= 69 && chapter <= 77 && !/^\.\s+\p{Lu}/u.test(text.slice(end, end + 4)) && (!code || code.instrument === 'ru-civil-code')
        && !TARIFF.test(text.slice(sStart, sEnd)) && (russianLaw ??= onRussianIpLaw(text, true));
      if (!partFour) continue;
      out.push({ instrument: 'ru-civil-code', start, end, how: 'named' });
      continue;
    }
    const def = code?.instrument ? INSTRUMENTS.get(code.instrument) : undefined;
    const fits = section ? section <= (def?.sections ?? 0) : chapter >= 1 && chapter <= (def?.chapters ?? 0);
    if (code && fits) {
      out.push({ instrument: code.instrument, start, end: withName ? next!.end : end, how: 'named' });
      if (withName) cited.set(chapterKey, code.instrument!);
    }
  }
  return out;
}
