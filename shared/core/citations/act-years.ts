// A numbered act's year from the words right around it when its citation gives no date of its own.
import { DATE_EN, DAY_RU } from './en-federal-laws.js';

// Written for:
//   "Federal'nyy zakon ot 30 dekabrya 2001g. № 195-FZ" (a transliterated date: only its year is read, right before "№")
//   "Federal Law No. 193-FZ, signed on June 28, 2022, amends", "Федеральным законом № 193-ФЗ, подписанным 28 июня 2022 г."
//   "On 2 July 2013 Russia adopted FZ-187", "On 7 July 2025, Federal Law No. 214-FL «On Amendments ...» was published"
//   "The Russian President approved Law No. 107-FZ “On amendments to art. 1360 ...”(“Law”) on 30 April 2021" (Lidings)
//   "Federal Law No. 454-FZ “On the Seed Industry” of December 30, 2021" (the date after the quoted title)
// Never a date the sentence gives for something else: "Federal Law No. 149-FZ was amended on 24 November 2014" (only a
// verb of the act's own making ties a date to it).

const DATE_RU = String.raw`(?:\d{1,2}\.\d{1,2}\.\d{4}|${DAY_RU}\s+[а-яё]+\s+\d{4})`;
const DATE = String.raw`(?:${DATE_EN}|${DATE_RU})`;
const MADE_EN = String.raw`(?:signed|adopted|enacted|passed|approved)`;
const MADE_RU = String.raw`(?:подписан|принят|утвержд[её]н)[а-яё]*`;

/** A year (any spelling of "year" after it) that ends right before the act's number sign. */
// (or a whole date written with dots or slashes: a list of amending laws, "04/06/2011 N 65-FZ; 07/21/2011 N 252-FZ")
const YEAR_BEFORE = /(?:(?<![\d./])|(?<=(?<![\d./])\d{1,2}[./]\d{1,2}[./]))((?:19|20)\d{2})\s*(?:g\.|г\.|года|goda)?\s*,?\s*$/u;
// (or a year alone after the verb: "Law No. 14-FZ, adopted in 2020", «Закон № 14-ФЗ, принятый в 2020 году»)
const LINKED_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:(?:which|that)\s+(?:was\s+)?|was\s+)?(?:${MADE_EN}|${MADE_RU})\s+(?:(?:into\s+law\s+)?(?:on|by\s+the\s+President\s+on)\s+|(?:in|в)\s+(?=(?:19|20)\d{2}(?!\d)))?(${DATE}|(?:19|20)\d{2}(?=\s*(?:г\.|году|[,.;)]|$)))`,
  'iu',
);
const LINKED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:On|on|В|в)\s+(${DATE})(?:\s*(?:г\.|года))?,?\s+[^.;!?]{0,60}?(?:adopted|signed|enacted|passed|принял[а-яё]*|подписал[а-яё]*|утвердил[а-яё]*)\s+(?:(?:the|a)\s+)?$`, 'u');

/**
 * "On July 13, 2015 a new set of amendments … was approved by Federal Law No. 241-FZ", "In December 2011 the court was
 * introduced by Federal Constitutional Law no. 4-FKZ and the Federal Law no.422-FZ", «в декабре 2011 года суд был
 * создан Федеральным законом № 422-ФЗ»: the event the sentence dates was made by the act, so the date is the act's.
 */
const MONTH_YEAR = String.raw`(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}|(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[еяю]\s+(?:19|20)\d{2})`;
const MADE_BY = new RegExp(
  // (the date opens the sentence, and the act is the agent of its main verb, a passive with its auxiliary: never a
  // participle's act in a sentence about something else, "On May 1, 2015, the regime introduced by Federal Law No.
  // 364-FZ entered into force", «В мае 2015 года вступили в силу нормы, введенные Федеральным законом № 364-ФЗ», nor a
  // relative clause's, "…, which was adopted by Federal Law No. 149-FZ")
  String.raw`(?:^|[.!?]\s+|\n\s*)(?:On|In|В)\s+(${DATE}|${MONTH_YEAR})(?:\s*(?:г\.|года))?,?\s+(?:(?!\b(?:which|that|who|whose)\b|(?<![\p{L}])(?:который|которая|которое|которые|которым|которой)(?![\p{L}]))(?:[^.;!?]|(?<=\b[Nn]o)\.)){0,200}?(?:\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[\p{L}-]+\s+){0,2}?(?:approved|adopted|introduced|enacted|established|created|amended)(?:\s+[\p{L}-]+){0,6}?\s+by|(?<![\p{L}])(?:(?:был|была|было|были)\s+)?(?:принят|введ[её]н|утвержд[её]н|создан|учрежд[её]н|внес[её]н)(?:а|о|ы)?(?![\p{L}]))\s+(?:the\s+)?(?:(?:[^.;!?]|(?<=\b[Nn]o)\.){0,80}?\s+(?:and|и)\s+(?:the\s+)?)?$`,
  'u',
);

/** "On 7 July 2025, Federal Law No. 214-FL «On ...» was published": the date opens the clause whose subject is the act. */
const DATE_OPENS = new RegExp(String.raw`(?:^|[^\p{L}\d.])(?:On\s+|on\s+)?(${DATE})(?:\s*(?:г\.|года))?\s*,\s*$`, 'u');
const MADE_LATER = new RegExp(
  // (its title quoted, or unquoted in English up to the verb: "On July 26, 2019, Law No. 230-FZ On Amendments to Part
  // Four of the Civil Code … was published"; never a clause inside it: "Law No. 54-FZ On Assemblies, which was adopted in
  // 2004, became stricter")
  String.raw`^\s*(?:["«“„][^"«»“”„]{3,300}["»”“]\s*|On\s(?:(?!\b(?:which|that|who|when|where|after|before|as|was|were|is|has)\b)(?:[^.;!?]|(?<=\d)\.(?=\d))){3,400}?\s)?(?:(?:was|has\s+been)\s+(?:${MADE_EN}|published|signed\s+into\s+law)|(?:был\s+)?(?:${MADE_RU}|опубликован))(?![\p{L}])`,
  'iu',
);

/**
 * "The Russian President approved Law No. 107-FZ “On amendments to art. 1360 ...”(“Law”) on 30 April 2021": the verb of
 * its making right before the act, its date after its title and defined short form.
 */
const MADE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:signed|adopted|enacted|passed|approved|подписал[а-яё]*|утвердил[а-яё]*|принял[а-яё]*)\s+(?:(?:the|a)\s+)?$`, 'u');
const DATE_AFTER_TITLE = new RegExp(String.raw`^\s*(?:["«“„][^"«»“”„]{3,300}["»”“]\s*)?(?:\([^()]{1,60}\)\s*)?,?\s*(?:(?:(?:on|в)\s+)?(${DATE})|(?:in|в)\s+((?:19|20)\d{2})(?:\s+году)?(?![\d.]))`, 'u');

/**
 * The act's date in its own brackets or right after them: "(26 July 2006, 135-FZ)", "Customs Code (61-FZ) of May 28
 * 2003", "(No. 61-FZ, 28 May 2003)".
 */
const BRACKET_DATE = String.raw`(?:${DATE}|[A-Z][a-z]+\s+\d{1,2}\s+\d{4})`;
const BRACKET_DATE_BEFORE = new RegExp(String.raw`\(\s*(${BRACKET_DATE})(?:\s*(?:г\.|года))?\s*,\s*(?:No\.?\s*|№\s*|N\s*)?$`, 'u');
const BRACKET_DATE_AFTER = new RegExp(String.raw`^\s*(?:,\s*(${BRACKET_DATE})\s*\)|\)\s*(?:of|dated|от)\s+(${BRACKET_DATE}))`, 'u');
/** "Law No. 187-FZ (of 24 November 2014)": a date alone in brackets right after the act is its date. */
const DATE_IN_BRACKETS_AFTER = new RegExp(String.raw`^\s*\(\s*(?:(?:of|dated|от)\s+)?(${BRACKET_DATE})(?:\s*(?:г\.|года))?\s*\)`, 'u');

/** "Federal Law No. 454-FZ “On the Seed Industry” of December 30, 2021", «№ 149-ФЗ «Об информации…» от 27.07.2006»: the date after its quoted title. */
const TITLE_THEN_DATE = new RegExp(String.raw`^\s*["«“„][^"«»“”„]{3,300}["»”“]\s*,?\s*(?:of|dated|from|от)\s+(${DATE})`, 'u');

/**
 * Acts named in the plural with one date, the later numbers sharing it: «Федеральными законами от 02.07.2013 № 153-ФЗ
 * (в отношении …) и № 152-ФЗ», "Federal Laws of 2 July 2013 No. 153-FZ and No. 152-FZ".
 */
const PLURAL_DATED = new RegExp(
  String.raw`(?:[Зз]акон(?:ами|ы|ов|ам)|Laws)\s+(?:от|of|dated)\s+(${DATE})(?:\s*(?:г\.|года))?\s*,?\s*(?:(?:№|No\.?|N)\s*\d+(?:-\d+)?-\p{L}+\s*(?:\([^()]{0,200}\)\s*)?(?:,|и|and)\s*)+$`,
  'u',
);

const yearIn = (date: string): string | undefined => /(\d{4})\s*$/.exec(date)?.[1];

/** The year of the act cited at [start, end), from the words around it; undefined when none is tied to it. */
export function nearbyActYear(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  // only when the citation starts at its number sign: the date before it is then the act's ("ot 30 dekabrya 2001g. № 195-FZ")
  const signed = /^(?:№|No\.?|N)\s*\d/u.test(text.slice(start, end));
  const y = signed ? YEAR_BEFORE.exec(before) : null;
  if (y) return y[1];
  const shared = signed ? PLURAL_DATED.exec(text.slice(Math.max(0, start - 600), start)) : null;
  if (shared) return yearIn(shared[1]!);
  const bracketed = BRACKET_DATE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (bracketed) return yearIn(bracketed[1]!);
  const closing = /\(\s*(?:No\.?\s*|№\s*|N\s*)?$/u.test(text.slice(Math.max(0, start - 8), start)) ? BRACKET_DATE_AFTER.exec(text.slice(end, end + 40)) : null;
  if (closing) return yearIn((closing[1] ?? closing[2])!);
  const dated = DATE_IN_BRACKETS_AFTER.exec(text.slice(end, end + 40));
  if (dated) return yearIn(dated[1]!);
  const titled = TITLE_THEN_DATE.exec(text.slice(end, end + 360));
  if (titled) return yearIn(titled[1]!);
  const after = LINKED_AFTER.exec(text.slice(end, end + 80));
  if (after) return yearIn(after[1]!);
  const lead = LINKED_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  if (lead) return yearIn(lead[1]!);
  if (MADE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) {
    const later = DATE_AFTER_TITLE.exec(text.slice(end, end + 420));
    if (later) return later[2] ?? yearIn(later[1]!);
  }
  const madeBy = MADE_BY.exec(text.slice(Math.max(0, start - 320), start));
  if (madeBy) return /((?:19|20)\d{2})\s*$/.exec(madeBy[1]!)?.[1];
  const opens = DATE_OPENS.exec(text.slice(Math.max(0, start - 40), start));
  if (opens && MADE_LATER.test(text.slice(end, end + 360))) return yearIn(opens[1]!);
  return undefined;
}
