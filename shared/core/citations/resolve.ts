// Resolution: which instrument each reference cites, by adjacency, chains, the sentence, the text, or the statute itself.
import { Discussion } from './discussion.js';
import { findInstrumentBefore } from './en-instrument-first.js';
import { unflattenArticle } from './flattened.js';
import { onIpLawInRussian, onRussianIpLaw } from './russian-ip-text.js';
import { forumOf, instrumentKind, INSTRUMENTS, instrumentUnit, isEurasianDecisionSeries, parseNumberedActId } from './registry.js';
import { sentenceAt } from './sentences.js';
import { CODE_IN_SENTENCE } from './topical-acts.js';
import type { ExtractContext, Mention, Reference, Target } from './types.js';
import { countBefore } from './sorted-search.js';

/** A commentary on an article: "Комментарий к статье 1345", "комментируемой статьи", "Commentary to Article 1252". */
const COMMENTARY = /[Кк]омментари[а-яё]*\s+к\s+стать|комментируем[а-яё]*\s+стать|\bCommentary\s+(?:to|on)\s+Article\b/u;

export interface Resolved {
  ref: Reference;
  instrument: string;
  /** The mention that named the instrument; it then yields no instrument-level citation of its own. */
  via?: Mention;
  /** The mention directly follows the reference ("Article 1229 of the Civil Code") and joins its span. */
  attached: boolean;
  /** Article borrowed from the next reference of a chain (needsArticle) or from ctx.selfArticle. */
  article?: string;
}

/** "Article 1253\nof the Civil Code", "статьи 1252 настоящего Кодекса", "ст. 146 УК РФ". */
/** "статьи 1252 части четвертой ГК РФ": the part of the code between the article and the code's name. */
/** A page between them is transparent: "Point 1226 at p. 316 of the Report", "пункт 1226 (с. 316) Доклада". */
/** So are words of the instrument's era: "ст. 32 ранее действовавшего Закона о ...", "Article 32 of the former Law on ...". */
/** And a code's part in words: "art. 1360 of the 4th part of the Russian Civil Code", or its chapter: "Article 395 of Chapter 38 of the Customs Code". */
const FOLLOW_GAP = { en: /^(?:\s*,?\s*\(?(?:at\s+)?(?:pp?\.|pages?)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)?)?(?:\s*,?\s*(?:of|under|in|from)\s+(?:the\s+)?(?:(?:former|previous|old|then|new|current|applicable|repealed)\s+|(?:19|20)\d{2}\s+|Russia['’]s\s+|(?:\d(?:st|nd|rd|th)|first|second|third|fourth|I{1,3}|IV)\s+part\s+of\s+(?:the\s+)?|(?:Book|Part)\s+(?:I{1,3}|IV|[1-4]|One|Two|Three|Four)\s+of\s+(?:the\s+)?|Chapter\s+\d{1,2}(?:\.\d)?\s+of\s+(?:the\s+)?)?|[ \t]*)$/i, ru: /^\s*(?:част[а-яё]{0,3}\s+(?:перв|втор|трет|четв[её]рт)[а-яё]{0,4}\s+|(?:ранее\s+|ныне\s+)?(?:действ|прежн|стар|нов|утративш|отмен[её]нн)[а-яё]{0,8}(?:\s+силу)?\s+)?$/iu };
/**
 * Rules, a regulation or a procedure an act approved, between an item and the act: "п. 5 Правил, утв. Постановлением
 * Правительства № 1101", "пунктом 8 Правил создания … системы, утвержденных постановлением Правительства …", "paragraph
 * 5 of the Rules … approved by Government Resolution No. 1101". Their items are the act's (as readers key them), and the
 * act must be one whose items are its articles (a government resolution, a decree).
 */
// (or the annex it is, in brackets: «пункта 43 Положения о Евразийской экономической комиссии (приложение № 1 к
// Договору о Евразийском экономическом союзе)», "Item 43 of the Regulation on the Eurasian Economic Commission (Annex
// No. 1 to the Treaty …)")
const APPROVED_RULES_GAP = {
  en: /^\s*of\s+the\s+(?:Rules|Regulations?|Procedure|Requirements|List|Statute|Provisions?|Protocol)(?![\p{L}])(?:[^.;:\n]{0,400}?,?\s*\(?\s*(?:approved|adopted|endorsed)\s+by\s+(?:the\s+)?|[^.;:\n()]{0,250}?\s*\(\s*)$/iu,
  ru: /^\s*(?:Правил|Положени[яе]|Порядк[аеу]|Требований|Регламент[ае]|Перечн[яе]|Методик[иеу]|Протокол[ае]?|Статут[ае]?)(?![\p{L}])(?:[^.;:\n]{0,400}?,?\s*\(?\s*утв(?:ержд[её]нн?[а-яё]*|\.)|[^.;:\n()]{0,250}?\s*\()\s*$/iu,
};
/** "Its Article 29": the article of the instrument named just before. */
const ITS_BEFORE = /(?<![\p{L}])[Ii]ts\s+$/u;
/** "in Article 14.10:" — an amending law's list of changes to one article follows; its bare parts are that article's. */
const SCOPE_AFTER = /^\s*:/;
/** "(п. 1 в ред. Федерального закона ...)", "(пп. 2 введен ...)", "(para. 3 as amended by ...)": an editorial note on a part of the article it sits in. */
/** Garant's and Consultant's notes: "Пункт 1 изменен с 1 января 2022 г. - ...", "Положения части 1 (в редакции ...)". */
const EDITORIAL_AFTER = /^\s*\(?\s*(?:в\s+ред(?:\.|акции)|введ[её]н[а-яё]*|введ[а-яё]*\s+(?:в\s+действие|Федеральным)|утратил[а-яё]*|исключ[её]н[а-яё]*|изложен[а-яё]*|изменен[а-яё]*|дополнен[а-яё]*|признан[а-яё]*\s+утративш|приостановлен[а-яё]*|вступа[а-яё]*\s+в\s+силу|as\s+amended|introduced|repealed|deleted)(?![\p{L}])/iu;
/** A paragraph that is an editorial note about the article: "Информация об изменениях: ...", "Федеральным законом от ... в часть 1 внесены изменения". */
const EDITORIAL_NOTE = /(?:^|\n)[ \t]*(?:Информация\s+об\s+изменениях\s*:|ГАРАНТ\s*:|Федеральн[а-яё]+\s+закон[а-яё]*\s+от\s[^\n]{0,120}?(?:внесены\s+изменения|изложен|дополнен|признан|утратил)|См\.\s+(?:предыдущую|текст))[^\n]*$/u;
/** "пунктом 3 статьи 1454, пунктом 2 статьи 1466 и пунктом 2 статьи 1518 настоящего Кодекса": all share the last instrument. */
const CHAIN_GAP = { en: /^\s*(?:,\s*)?(?:(?:and|or|as well as)\s+)?$/i, ru: /^\s*(?:,\s*)?(?:(?:и|или|либо|а\s+также)\s+)?$/i };

/** Whether the line holding `pos` is an editorial note (its start, up to `pos`). */
function inEditorialNote(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return pos - lineStart <= 400 && EDITORIAL_NOTE.test(text.slice(lineStart, pos));
}

/** Every article the reference names (its own, or the one it borrows) is numbered at most `max` ("14.10" counts as 14). */
function articlesUpTo(ref: Reference, article: string | undefined, max: number): boolean {
  return ref.targets.every((t) => Number((t.article ?? article ?? '').split('.')[0]) <= max && (t.article ?? article));
}

/** Editorial or amending words just before a law's name ("в ред. Федерального закона", "as amended by Federal Law"). */
const AMENDED_BY_BEFORE = /(?:ред\.|редакции|изменени[а-яё]*|внесен[а-яё]*|дополнен[а-яё]*|amended\s+by|amendments?\s+(?:by|under)|amending|introduced\s+by)[^.;:()]{0,40}$/iu;
/** A code named in a sentence (its bare articles may be that code's, the law only amending or beside it). */
const CODE_NAMED = new RegExp(String.raw`${CODE_IN_SENTENCE.source}|Constitution|(?<![\p{L}])(?:Конституци|УПК|ЖК|СК|БК)(?![\p{L}])`, 'u');

/**
 * A federal law a text discusses (its bare articles are its own): a registered law that amends nothing, named in a
 * sentence that names no code, not as the act that amended something ("(в ред. Федерального закона … № 420-ФЗ)").
 */
function lawUnderDiscussion(text: string, m: Mention, starts: number[]): boolean {
  const def = INSTRUMENTS.get(m.instrument!);
  if (!def || /О внесении изменени|\bamend/iu.test(`${def.name.ru} ${def.name.en}`)) return false;
  const [s, e] = sentenceAt(starts, m.start, text.length);
  if (CODE_NAMED.test(text.slice(s, e))) return false;
  return !AMENDED_BY_BEFORE.test(text.slice(Math.max(s, m.start - 60), m.start));
}

/** A reference worded with the article word («статей 1252», «пункта 5 статьи 1286», "Article 1252"), not an item's. */
const ARTICLE_WORDED = /(?<![\p{L}])(?:стат|ст\.|art(?:icle|\.))/iu;
/** Whether an instrument is divided into items rather than articles (a government resolution, a presidential decree, a Eurasian body's decision). */
function itemsAreArticles(id: string): boolean {
  const series = parseNumberedActId(id)?.series;
  return series === 'gov' || series === 'ukaz' || isEurasianDecisionSeries(series) || INSTRUMENTS.get(id)?.itemsAreArticles === true;
}

/** An article's whole number ("1253.1" → 1253; NaN without an article). */
const wholeArticle = (t: Target): number => Number(t.article?.split('.')[0]);

/** The resolved reference with only the targets `keep` accepts; undefined when it accepts none. */
function keepTargets(r: Resolved, keep: (t: Target) => boolean): Resolved | undefined {
  const within = r.ref.targets.filter(keep);
  if (!within.length) return undefined;
  return within.length < r.ref.targets.length ? { ...r, ref: { ...r.ref, targets: within } } : r;
}

/** "1/2" (item 1, sub-item 2) → article '1', part '2'. */
function asItem(part: string): Target {
  const [article, ...rest] = part.split('/');
  return rest.length ? { article: article!, part: rest.join('/') } : { article: article! };
}

function compatible(ref: Reference) {
  return (m: Mention): boolean => m.instrument !== undefined && instrumentUnit(m.instrument) === ref.unit;
}

/** "of (the) " and up to six capitalised words ("of Protocol No. ", "of the Russian Federation's Civil Code"). */
const OF_NAME_EN = /^\s*,?\s*of\s+(?:the\s+)?((?:[A-Z][\p{L}'’.-]*\s*){1,6})/u;
/**
 * A capitalised word in the genitive right after the number ("статьи 1 Протокола"), or an instrument's common noun in
 * lower case ("статьи 3 соглашения между ...", "п. 3 договора аренды", "статьи 4 закона о ...").
 */
const NAME_RU = /^\s+([А-ЯЁ][а-яё]+|(?:договор|соглашени|протокол|приложени|положени|правил|устав|конвенци|указ|постановлени|приказ|регламент|инструкци|закон|директив|решени)[а-яё]{0,3}(?![а-яё]))/u;

/** Whether the words right after `ref` name an instrument that no mention covers. */
function namesUnknownInstrument(text: string, ref: Reference, next: Mention | undefined, lang: 'en' | 'ru'): boolean {
  const after = text.slice(ref.end, ref.end + 120);
  const m = (lang === 'en' ? OF_NAME_EN : NAME_RU).exec(after);
  if (!m) return false;
  const nameStart = ref.end + m.index + m[0].length - m[1]!.length;
  const nameEnd = ref.end + m.index + m[0].length;
  // a mention starting within the capitalised words names the instrument ("of the Russian Federation's Civil Code")
  return !(next && next.start < nameEnd + 1 && next.end > nameStart);
}

/** The code of a reference in the text's first paragraph that precedes every mention: the one code the text names, if named first. */
/** (`firstBreak`: where the text's first paragraph ends, searched once a text by the caller, not once a reference) */
function headingCode(text: string, ref: Reference, mentions: Mention[], next: number, firstBreak: () => number): string | undefined {
  if (next > 0) return undefined;
  const breakAt = firstBreak();
  if (breakAt >= 0 && ref.start > breakAt) return undefined;
  // a heading: the articles in brackets, or a line that is no sentence ("Статьи 5 и 6 регулируют это." is one)
  // (its last sign read back from the line's end, never the whole line again: a text of one long line has many references)
  const lineEnd = text.indexOf('\n', ref.end);
  let last = (lineEnd < 0 ? text.length : lineEnd) - 1;
  while (last > ref.end && /\s/u.test(text[last]!)) last--;
  const bracketed = /\(\s*$/.test(text.slice(Math.max(0, ref.start - 3), ref.start)) && /^\s*\)/.test(text.slice(ref.end, ref.end + 3));
  if (!bracketed && /[.!?]/u.test(text[last] ?? '')) return undefined;
  const first = mentions[next];
  if (!first?.instrument || instrumentKind(first.instrument) !== 'code') return undefined;
  const codes = new Set(mentions.filter((m) => m.instrument && instrumentKind(m.instrument) === 'code').map((m) => m.instrument));
  return codes.size === 1 && !mentions.some((m) => m.unknown) ? first.instrument : undefined;
}

/** The language a reference is written in: its family's (a Russian text may hold an English abstract). */
const langOf = (ref: Reference, fallback: 'en' | 'ru'): 'en' | 'ru' => (ref.family.startsWith('en-') ? 'en' : ref.family.startsWith('ru-') ? 'ru' : fallback);

/** Every article of `ref` lies in the Civil Code's Part IV (Articles 1225–1551: no other act numbers articles so). */
function partFourArticles(ref: Reference, borrowed: string | undefined): boolean {
  return ref.targets.every((t) => {
    const n = Number((t.article ?? borrowed ?? '').split('.')[0]);
    return n >= 1225 && n <= 1551;
  });
}

/** The word of an unresolved "the Code" / «Кодекса» (its last word). */
const CODE_NOUN = /(?:^|\s)(?:[Кк]одекс[а-яё]*|Code)$/u;
/**
 * "ст. 1261 Кодекса", "Article 1337 of the Code" where no code was named to be "the Code": only the Civil Code numbers
 * articles so (Part IV, 1225–1551), in a text on IP about Russia (or written in Russian) that names no other state's code.
 */
function partFourOfTheCode(text: string, ref: Reference, m: Mention, lang: 'en' | 'ru'): boolean {
  return m.how === 'anaphora' && CODE_NOUN.test(text.slice(m.start, m.end)) && partFourArticles(ref, undefined) && (onRussianIpLaw(text) || (lang === 'ru' && onIpLawInRussian(text)));
}

export function resolveReferences(text: string, refs: Reference[], mentions: Mention[], ctx: ExtractContext, starts: number[]): Resolved[] {
  const sorted = [...refs].sort((a, b) => a.start - b.start);
  /** Index of the first mention starting at or after `pos` (mentions are sorted and disjoint). */
  const firstFrom = (pos: number): number => countBefore(mentions, pos, (m) => m.start);
  /** Where the text's first paragraph ends (headingCode), searched once. */
  let firstBreak: number | undefined;
  // 1. Attached instrument directly after the reference (an unresolvable "the Code" attached blocks any guess: null).
  const attached = sorted.map((ref) => {
    const m = mentions[firstFrom(ref.end)];
    if (ref.needsArticle || ref.itemsAsArticles) {
      // (past the title's own noun read as anaphora: «пунктом 4 Протокола о мерах … (приложение N 7 к Договору …)»)
      // (a long title of Rules runs to some 300 characters: «Правил размещения и актуализации на официальных сайтах органов …»)
      for (let i = firstFrom(ref.end); i < mentions.length && mentions[i]!.start - ref.end <= 450; i++) {
        const next = mentions[i]!;
        if (next.how === 'anaphora') continue;
        if (next.instrument && itemsAreArticles(next.instrument) && APPROVED_RULES_GAP[langOf(ref, ctx.lang)].test(text.slice(ref.end, next.start))) return next;
        break;
      }
    }
    // (a dot may close the number first, "Article 15.1. of the Federal Law", never a sentence's end: "Article 6. Of the …")
    const gap = /^\.[ \t]+(?:of|under|in)\s/u.test(text.slice(ref.end, ref.end + 12)) ? text.slice(ref.end + 1, m?.start) : text.slice(ref.end, m?.start);
    if (!m || m.start - ref.end > 40 || !FOLLOW_GAP[langOf(ref, ctx.lang)].test(gap)) return undefined;
    // a section of a chapter is a part of it, no article ("Section 6 of Chapter 71 of the Civil Code")
    if (/^Sec/iu.test(text.slice(ref.start, ref.end)) && /Chapter/iu.test(text.slice(ref.end, m.end))) return undefined;
    if (m.instrument === undefined) return partFourOfTheCode(text, ref, m, langOf(ref, ctx.lang)) ? { ...m, instrument: 'ru-civil-code' } : null;
    return instrumentUnit(m.instrument) === ref.unit ? m : undefined;
  });
  // 2. Chains: a reference followed by ", " / " и " and another reference shares that one's instrument (and article).
  const chained: Array<Mention | null | undefined> = [...attached];
  const borrowed: Array<string | undefined> = sorted.map(() => undefined);
  for (let i = sorted.length - 2; i >= 0; i--) {
    const ref = sorted[i]!;
    const next = sorted[i + 1]!;
    if (!CHAIN_GAP[langOf(ref, ctx.lang)].test(text.slice(ref.end, next.start)) || next.unit !== ref.unit) continue;
    if (chained[i] === undefined) chained[i] = chained[i + 1];
    if (ref.needsArticle) {
      const articles = new Set(next.targets.map((t) => t.article ?? borrowed[i + 1]));
      const [only] = [...articles];
      if (articles.size === 1 && only) borrowed[i] = only;
      else if (next.selfArticle) borrowed[i] = ctx.selfArticle;
    }
  }
  const out: Resolved[] = [];
  /** The article cited last ("the same article"), and the article an amending law is changing ("in Article 14.10:"). */
  let last: { instrument: string; article: string } | undefined;
  let scope: { instrument: string; article: string } | undefined;
  /** The last list of two or more articles cited, for "these articles". */
  let lastList: { instrument: string; articles: string[]; start: number; end: number; prev: number } | undefined;
  /** Whether the text is a commentary on an article (read once, when a statute text's bare part first asks). */
  let commentary: boolean | undefined;
  /** Where the article reference before the current one started (-1: none). */
  let prevStart = -1;
  const discussion = new Discussion(text);
  /** Whether the text names Russia and no other state's civil code (read once, when first needed). */
  let russiaOnly: boolean | undefined;
  const forum = ctx.selfInstrument ? undefined : forumOf(text);
  const push = (r: Resolved): void => {
    if (r.ref.itemsAsArticles && !itemsAreArticles(r.instrument)) return;
    // a rule belongs to Regulations: the instrument's own, or the Regulations of the treaty named ("PCT Rule 51bis")
    if (r.ref.rulesOnly) {
      const regulations = INSTRUMENTS.get(r.instrument)?.rules ? r.instrument : INSTRUMENTS.get(r.instrument)?.regulations;
      if (!regulations) return;
      r = { ...r, instrument: regulations };
    }
    // "Article 12521": a flattened superscript only where the instrument has that inserted article, else nothing
    if (r.ref.targets.some((t) => t.article && /^\d{5}/.test(t.article))) {
      const targets = r.ref.targets.map((t) => (t.article ? { ...t, article: unflattenArticle(r.instrument, t.article) } : t));
      if (targets.some((t) => t.article === undefined && r.ref.targets[targets.indexOf(t)]!.article)) return;
      r = { ...r, ref: { ...r.ref, targets: targets as Target[] } };
    }
    // four figures only within a code's or treaty's articles (the Civil Code's reach 1551; no other code's or treaty's
    // reach 1000): "No. 29, Art. 4342" of a gazette, "ст. 2323" of a garbled copy are none (an amending law's articles may
    // be the code's it amends: "Federal Law No. 107-FZ introduced art. 1360.1")
    // (in a list only those: «статьями 110, 167-170, 1229 и 1515 АПК РФ» keeps 110 and 167–170)
    // (a law only where the registry gives its reach: the Constitution's 137 articles, never "Article 1253.1")
    if (r.ref.unit === 'article' && (instrumentKind(r.instrument) !== 'law' || INSTRUMENTS.get(r.instrument)?.maxArticle !== undefined)) {
      const max = INSTRUMENTS.get(r.instrument)?.maxArticle ?? 999;
      // (a law with a reach of its own, the Constitution's 137, at any size: "Article 200 of the Constitution" is none)
      const floor = instrumentKind(r.instrument) === 'law' ? 0 : 1000;
      const kept = keepTargets(r, (t) => !(wholeArticle(t) >= floor && wholeArticle(t) > max));
      if (!kept) return;
      r = kept;
    }
    // a code's articles are no government act's, decree's or Eurasian decision's items: «статей 1252, 1254 … Гражданского
    // кодекса Р» (the code's name cut) after «Постановлении Правительства … № 506» are none of its items (only numbers past
    // 300 written with the article word: "пункты 390, 391 Правил …, утвержденных постановлением" are its items)
    if (r.ref.unit === 'article' && itemsAreArticles(r.instrument) && !INSTRUMENTS.get(r.instrument)?.itemsAreArticles && ARTICLE_WORDED.test(text.slice(r.ref.start, r.ref.end))) {
      const kept = keepTargets(r, (t) => !(wholeArticle(t) > 300));
      if (!kept) return;
      r = kept;
    }
    // a law that lists every inserted article it has (the Constitution's 67.1, 75.1, 79.1, 92.1): no other dotted one
    // («ст. 19.3 КРФ» is the administrative code's)
    const inserted = INSTRUMENTS.get(r.instrument);
    if (r.ref.unit === 'article' && inserted?.insertedArticles && inserted.insertedArticlesFrom === undefined) {
      const kept = keepTargets(r, (t) => !(t.article?.includes('.') && !inserted.insertedArticles!.includes(t.article)));
      if (!kept) return;
      r = kept;
    }
    // a number split by a space is one only within the instrument's articles (else the reference says nothing)
    if (r.ref.splitArticle && !r.ref.targets.every((t) => Number(t.article) <= (INSTRUMENTS.get(r.instrument)?.maxArticle ?? 0))) return;
    // Roman figures only where the instrument numbers its articles so ("Article X of the GATT 1994", not a code's)
    if (r.ref.roman && !INSTRUMENTS.get(r.instrument)?.romanArticles) return;
    // "14 10 КоАП": a chapter the code has, and an article number a chapter could hold
    if (r.ref.spacedDot && !r.ref.targets.every((t) => Number(t.article?.split('.')[0]) <= (INSTRUMENTS.get(r.instrument)?.chapterArticles ?? 0) && Number(t.article?.split('.')[1]) >= 1)) return;
    out.push(r);
    const articles = new Set(r.ref.targets.map((t) => t.article ?? r.article).filter((a): a is string => !!a));
    if (r.ref.unit === 'article') for (const a of articles) discussion.record(r.ref.start, r.instrument, a);
    if (articles.size >= 2 && !r.ref.theseArticles) lastList = { instrument: r.instrument, articles: [...articles], start: r.ref.start, end: r.ref.end, prev: prevStart };
    if (r.ref.unit === 'article') prevStart = r.ref.start;
    const lastArticle = [...articles].pop();
    if (lastArticle) last = { instrument: r.instrument, article: lastArticle };
    const end = r.attached && r.via ? r.via.end : r.ref.end;
    if (articles.size === 1 && lastArticle && SCOPE_AFTER.test(text.slice(end, end + 3))) scope = { instrument: r.instrument, article: lastArticle };
  };
  sorted.forEach((ref, i) => {
    // 0. The family read the instrument itself ("пункт 1339 Доклада Рабочей группы").
    if (ref.instrument) {
      push({ ref, instrument: ref.instrument, attached: false });
      return;
    }
    // "по аналогичной статье КоАП": the article of that code cited just before (one only), joined to the code's name.
    if (ref.parallel) {
      const code = attached[i];
      const article = code?.instrument ? discussion.parallelOf(ref.start, code.instrument) : undefined;
      if (code && article) push({ ref, instrument: code.instrument!, via: code, attached: true, article });
      return;
    }
    // "эту статью" in a statute is another article's than its own ("соответствующей статьей ... этой статьей")
    if (ref.demonstrative && ctx.selfInstrument) return;
    // "These articles": each article of the list cited just before, in this paragraph or the previous one.
    if (ref.theseArticles) {
      const breaks = lastList ? text.slice(lastList.end, ref.start).match(/\n[ \t]*\n/g)?.length ?? 0 : 0;
      // one list only: another article cited in its sentence before it makes "these" ambiguous (a statute's two lists)
      const alone = lastList && lastList.prev < sentenceAt(starts, lastList.start, text.length)[0];
      if (lastList && alone && breaks <= 1) push({ ref: { ...ref, targets: lastList.articles.map((article) => ({ article })) }, instrument: lastList.instrument, attached: false });
      return;
    }
    // "Part 3 of the same article": the article cited just before, in its instrument.
    if (ref.sameArticle) {
      if (last) push({ ref, instrument: last.instrument, attached: false, article: last.article });
      return;
    }
    // Parts without their article: in an editorial note, the statute's own ("(п. 1 в ред. ...)"); in an amending law,
    // the article it is changing ("in Article 14.10: ... b) add with part 2"); never when an instrument is named right
    // after them ("часть 4 ГК РФ": a part of a code), nor where a list of parts merely broke off ("частями первой и
    // первой1 статьи 171.1" read without its superscript).
    if ((ref.needsArticle && !borrowed[i]) || (ref.selfArticle && !ctx.selfArticle)) {
      // A government resolution has items, no articles: "пункт 1 настоящего Постановления", "подпункт 2 пункта 4
      // Постановления Правительства РФ от ... № 992" cite its item as the act's article.
      const held = attached[i] ?? chained[i];
      if (ref.needsArticle && held && itemsAreArticles(held.instrument!)) {
        const asItems: Reference = { ...ref, targets: ref.targets.map((t) => asItem(t.part!)) };
        push({ ref: asItems, instrument: held.instrument!, via: held, attached: attached[i] === held });
        return;
      }
      if (attached[i] !== undefined) {
        // "this provision of the Civil Code": the article of that code under discussion
        const named = attached[i];
        const held = named && ref.selfArticle && !ctx.selfInstrument ? discussion.articleFor(ref, named.instrument) : undefined;
        if (named && held && held.instrument === named.instrument) push({ ref, instrument: named.instrument, via: named, attached: true, article: held.article });
        return;
      }
      // A report citing its own paragraphs: "пункте 1339" in the Working Party Report itself.
      if (ref.itemsOnly && ctx.selfInstrument && instrumentUnit(ctx.selfInstrument) === 'paragraph') {
        const own: Reference = { ...ref, unit: 'paragraph', targets: ref.targets.map((t) => ({ article: t.part! })) };
        push({ ref: own, instrument: ctx.selfInstrument, attached: false });
        return;
      }
      const editorial = ref.needsArticle && (EDITORIAL_AFTER.test(text.slice(ref.end, ref.end + 40)) || (ctx.selfArticle !== undefined && inEditorialNote(text, ref.start)));
      if (editorial && ctx.selfArticle && ctx.selfInstrument) push({ ref, instrument: ctx.selfInstrument, attached: false, article: ctx.selfArticle });
      else if (scope) push({ ref, instrument: scope.instrument, attached: false, article: scope.article });
      // (in a statute's own text only where it is a commentary on an article: "Комментарий к статье 1345 … 2. Пункт 2
      // устанавливает")
      else if ((!ctx.selfInstrument || (ctx.selfArticle && ref.needsArticle && (commentary ??= COMMENTARY.test(text)))) && (ref.needsArticle || ref.selfArticle)) {
        // A commentary's "ч. 1" of the article it is discussing; "частью 2 настоящей статьи" in a text quoting it.
        const held = discussion.articleFor(ref);
        if (held && !namesUnknownInstrument(text, ref, mentions[firstFrom(ref.end)], langOf(ref, ctx.lang))) push({ ref, instrument: held.instrument, attached: false, article: held.article });
      }
      return;
    }
    if (ref.codeOnly && !(attached[i] && instrumentKind(attached[i]!.instrument!) === 'code')) return;
    const article = ref.selfArticle ? ctx.selfArticle : borrowed[i];
    const via = chained[i];
    if (via === null) return;
    const base = article ? { article } : {};
    if (via) {
      push({ ref, instrument: via.instrument!, via, attached: attached[i] === via, ...base });
      return;
    }
    if (ref.selfArticle && ctx.selfInstrument) {
      push({ ref, instrument: ctx.selfInstrument, attached: false, ...base });
      return;
    }
    // Named right after the number, but not an instrument the registry knows ("Article 1 of Protocol No. 1",
    // "статьи 1 Протокола № 1"): the article is that instrument's, and nothing here may guess another.
    if (namesUnknownInstrument(text, ref, mentions[firstFrom(ref.end)], langOf(ref, ctx.lang))) return;
    const [sStart, sEnd] = sentenceAt(starts, ref.start, text.length);
    const ok = compatible(ref);
    // 3. A statute's bare "статьей 1233" is its own article; a report's bare "paragraph 1339" its own paragraph.
    if (ctx.selfInstrument && instrumentUnit(ctx.selfInstrument) === ref.unit) {
      push({ ref, instrument: ctx.selfInstrument, attached: false, ...base });
      return;
    }
    // A law the registry does not know, named nearest before in the sentence ("Федеральный закон «О ...», ... (ст. 6)"):
    // the article is likely its, and nothing here may guess another.
    const nearest = mentions[firstFrom(ref.start) - 1];
    if (nearest && nearest.unknown && nearest.end <= ref.start && nearest.start >= sStart) return;
    // 4. Named earlier in the same sentence ("Amend the Civil Code in Article 1229").
    const before = findInstrumentBefore(text, ref, mentions.slice(firstFrom(sStart), firstFrom(ref.start)), sStart, ok);
    if (before) {
      push({ ref, instrument: before.instrument!, via: before, attached: false, ...base });
      return;
    }
    if (ref.strict) return;
    // 5. Named later in the same sentence.
    let after: Mention | undefined;
    for (let k = firstFrom(ref.end); k < mentions.length && mentions[k]!.start < sEnd && !after; k++) {
      if (mentions[k]!.unknown) return;
      if (ok(mentions[k]!)) after = mentions[k];
    }
    if (after) {
      push({ ref, instrument: after.instrument!, via: after, attached: false, ...base });
      return;
    }
    // 6. The last code named earlier in the text ("the Code" logic); paragraphs never travel across sentences.
    if (ref.unit !== 'article') return;
    // "The 1993 Constitution ... Its Article 29 protects": the instrument named last, in this sentence or the one before
    if (ITS_BEFORE.test(text.slice(Math.max(0, ref.start - 6), ref.start))) {
      const named = mentions[firstFrom(ref.start) - 1];
      const [prevStart] = sentenceAt(starts, Math.max(0, sStart - 1), text.length);
      if (named?.instrument && named.start >= prevStart && instrumentUnit(named.instrument) === 'article') push({ ref, instrument: named.instrument, attached: false, ...base });
      return;
    }
    // In a court's own document (an ECHR note), a bare "Article 10" is the article of the instrument the court applies.
    if (forum && articlesUpTo(ref, article, forum.maxArticle)) {
      push({ ref, instrument: forum.id, attached: false, ...base });
      return;
    }
    // A federal law by its number, the last instrument named, in an earlier sentence: the law under discussion ("общие
    // нормы 152-ФЗ. … (п. 5 ч. 1 ст. 6)"), over a code named before it; only articles a law has (up to 100: "ст. 149"
    // after a law amending the Tax Code is the Code's), never a resolution's or decree's (they number items).
    if (nearest?.act && nearest.instrument && !nearest.unknown && nearest.end <= sStart && parseNumberedActId(nearest.instrument)?.series === 'fz'
      && articlesUpTo(ref, article, 100) && ok(nearest) && lawUnderDiscussion(text, nearest, starts)) {
      push({ ref, instrument: nearest.instrument, attached: false, ...base });
      return;
    }
    for (let k = firstFrom(ref.start) - 1; k >= 0; k--) {
      const m = mentions[k]!;
      // an unknown law named since the code: the article may be its (say nothing)
      if (m.unknown) return;
      // a Russian law named by its title since the code, in an earlier sentence: the article may be its (say nothing)
      if (m.how === 'named' && !m.act && m.end <= sStart && m.instrument && instrumentKind(m.instrument) === 'law' && m.instrument.startsWith('ru-')) return;
      if (m.end <= ref.start && ok(m) && instrumentKind(m.instrument!) === 'code') {
        push({ ref, instrument: m.instrument!, attached: false, ...base });
        return;
      }
    }
    // 7. A heading's articles before any instrument is named ("… (статьи 1440 - 1442)" above text citing "ст. 1441 ГК"):
    // the code the text discusses, when it is the first instrument named after them and the only code in play.
    const code = headingCode(text, ref, mentions, firstFrom(ref.start), () => (firstBreak ??= text.search(/\n[ \t]*\n/)));
    if (code) {
      push({ ref, instrument: code, attached: false, ...base });
      return;
    }
    // 8. An article only Part IV of the Civil Code numbers so (1225–1551), in a text about Russia that names no code
    // before it and no other state's civil code ("Article 1337(1) ... Article 1340" in a WTO question on Russia's law).
    if (!ref.strict && partFourArticles(ref, article) && (russiaOnly ??= onRussianIpLaw(text))) push({ ref, instrument: 'ru-civil-code', attached: false, ...base });
  });
  return out;
}
