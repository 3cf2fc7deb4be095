// Laws named by a title: a registered law's in other words, or an unknown instrument's, so no article near it falls to a code.
import { ANOTHER_STATE } from './another-state.js';
import { WB_START } from './registry.js';
import { sentenceAt, sentenceStarts } from './sentences.js';
import type { RawMention } from './types.js';
import { lawByWordedTitle, otherYearAfter, wordedTitleAt } from './worded-titles.js';

// Written for (uchebnikfree.com, on art. 1440 ГК; rugkrf.ru, on art. 1444):
//   "Федеральный закон "О семеноводстве", вынужденный оперировать всеми ... сортами, вводит ... фигуру "оригинатора"
//   сорта (ст. 6)" — before the registry knew the law, "ст. 6" went to the Civil Code named sentences before.
// A law word with its title right after it: a quoted title ("Федеральный закон «О животном мире»", 'Federal Law "On
// Banks"') or an unquoted one ("Закона о ветеринарии", "the Law on Banks and Banking"). Case matters: "закон о ..." in
// lower case is prose ("закон о защите" may be any law), unless "Федеральный" or a quoted title says it is one. A registry name or a
// numbered act over the same words wins (see withoutShadowedUnknown).

const QUOTED = String.raw`["«“„][^"«»“”„\n]{3,200}["»”“]`;
/** A quoted title after a lower-case law word starts with a capital or «о»/«об» («О связи», «об электроэнергетике»): «закона «вирусная» статья» quotes a word. */
const QUOTED_TITLE = String.raw`["«“„](?=\p{Lu}|об?\s)[^"«»“”„\n]{3,200}["»”“]`;
const UNKNOWN_RU = new RegExp(
  String.raw`${WB_START}(?:(?:[Фф]едеральн[а-яё]{0,4}\s+(?:конституционн[а-яё]{0,4}\s+)?закон[а-яё]{0,3}|Закон[а-яё]{0,3}(?:\s+(?:РФ|Российской\s+Федерации|РСФСР|СССР))?)\s+(?:${QUOTED}|об?\s+[а-яё]{3,}(?:\s+[а-яё]{3,}){0,3})|закон[а-яё]{0,3}\s+${QUOTED_TITLE})`,
  'gu',
);
/** A federal law with its quoted title, all in capitals. */
const UNKNOWN_RU_CAPS = new RegExp(String.raw`${WB_START}ФЕДЕРАЛЬН[А-ЯЁ]{0,4}\s+(?:КОНСТИТУЦИОНН[А-ЯЁ]{0,4}\s+)?ЗАКОН[А-ЯЁ]{0,3}\s+${QUOTED}`, 'gu');
const REGION_BEFORE = /(?:[Оо]бластн|[Кк]раев|[Рр]егиональн|[Рр]еспубликанск|[Гг]ородск|[Мм]униципальн|[Оо]кружн)[а-яё]*\s+$/u;
const REGION_AFTER = /^\s+(?:в|г\.)\s+(?!Российской|РФ)[А-ЯЁ]/u;
const PROSE_TITLE_RU = new RegExp(String.raw`${WB_START}закон[а-яё]{0,3}\s+об?\s+[а-яё]{3,}(?:\s+[а-яё]{3,}){0,3}`, 'gu');
const UNKNOWN_EN = new RegExp(
  String.raw`\b(?:(?:Federal\s+(?:Constitutional\s+)?Law|Law)(?:\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF|RSFSR))?\s+(?:${QUOTED}|["“]?(?:On|on)\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+(?:and\s+|of\s+)?[A-Z][\p{L}-]+){0,4})|(?:federal\s+)?law\s+${QUOTED})`,
  'gu',
);

// A code the registry does not know ("Article 14.10 of the Code on Administrative Penalties" before that name was
// known): "the <Name> Code", "the Code of/on <Name>" in capitals; never "the Code", "this Code", "the Russian Code" or
// "the Code of the Russian Federation". A registry name over the same words wins.
const UNKNOWN_CODE_EN = new RegExp(
  String.raw`\b(?:Code\s+(?:of|on)\s+(?!(?:the\s+)?(?:Russian|RF|Russia)\b)(?:the\s+)?[A-Z][\p{L}-]+(?:\s+(?:and\s+)?(?!(?:Articles?|Sections?|Parts?|Chapters?|Paragraphs?|Items?)\b)[A-Z][\p{L}-]+){0,3}|(?!(?:Russian|Federal|Federation|This|The|That|Same|RF|Russia['’]s|Said|Such|Each|Which)\s)[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2}\s+Code)\b`,
  'gu',
);

/** Titled laws in `text`, as mentions that name an instrument nobody knows. */
export function unknownLawMentions(text: string, lang: 'en' | 'ru'): RawMention[] {
  const re = lang === 'ru' ? UNKNOWN_RU : UNKNOWN_EN;
  const out: RawMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(knownByWords(text, m.index, m[0]) ?? { start: m.index, end: m.index + m[0].length, unknown: true });
  // (in lower case, a law word and a title only where the words are a registered law's whole title: "по закону об
  // оценочной деятельности"; prose's "закон о защите" names no law)
  if (lang === 'ru') {
    PROSE_TITLE_RU.lastIndex = 0;
    let starts: number[] | undefined;
    for (let m = PROSE_TITLE_RU.exec(text); m; m = PROSE_TITLE_RU.exec(text)) {
      const known = knownByWords(text, m.index, m[0]);
      if (!known) continue;
      // (never a region's law on the same subject: «Областной закон о библиотечном деле», «закон об архивном деле в
      // Московской области»)
      if (REGION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || REGION_AFTER.test(text.slice(known.end, known.end + 40))) continue;
      // (never in a sentence on another state's law: «В Германии закон о защите конкуренции (GWB) запрещает …»)
      const [s, e] = sentenceAt((starts ??= sentenceStarts(text)), m.index, text.length);
      if (!ANOTHER_STATE.ru.test(text.slice(s, e))) out.push(known);
    }
  }
  // (a title line in capitals, as a court's ruling heads itself: «ПУНКТОМ 4 СТАТЬИ 13 ФЕДЕРАЛЬНОГО ЗАКОНА "ОБ
  // АЛЬТЕРНАТИВНОЙ ГРАЖДАНСКОЙ СЛУЖБЕ"»: a law, so its articles fall to no code)
  if (lang === 'ru' && /ЗАКОН/u.test(text)) {
    UNKNOWN_RU_CAPS.lastIndex = 0;
    for (let m = UNKNOWN_RU_CAPS.exec(text); m; m = UNKNOWN_RU_CAPS.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, unknown: true });
  }
  if (lang === 'en' && text.includes('Code')) {
    UNKNOWN_CODE_EN.lastIndex = 0;
    for (let m = UNKNOWN_CODE_EN.exec(text); m; m = UNKNOWN_CODE_EN.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, unknown: true });
  }
  return out;
}

const NUMBER_IN_BRACKETS = /^\s*\([^()]{0,40}?\d+-(?:FZ|ФЗ|fz)\b/u;

/**
 * A titled law the registry knows under another wording of its title (worded-titles.ts): the quoted title as a whole, or
 * an unquoted one as far as its words make a registered title.
 */
function knownByWords(text: string, start: number, found: string): RawMention | undefined {
  // a title with its number in brackets after it ("the Law on Competition Protection (26 July 2006, 135-FZ)"): the number
  // cites it, once
  if (NUMBER_IN_BRACKETS.test(text.slice(start + found.length, start + found.length + 60))) return undefined;
  const quote = /["«“„]/u.exec(found);
  if (quote) {
    const id = lawByWordedTitle(found.slice(quote.index + 1, -1));
    return id && !otherYearAfter(text, start + found.length, id) ? { start, end: start + found.length, instrument: id } : undefined;
  }
  const title = /\s(?:On|on|об?)\s/u.exec(found);
  const worded = title ? wordedTitleAt(text, start + title.index + 1) : undefined;
  return worded && !otherYearAfter(text, worded.end, worded.id) ? { start, end: worded.end, instrument: worded.id } : undefined;
}

/** Drops the unknown-law mentions that a registry name, a numbered act or an anaphora overlaps (those say more). */
export function withoutShadowedUnknown(raw: RawMention[]): RawMention[] {
  const known = raw.filter((r) => !r.unknown);
  if (known.length === raw.length) return raw;
  return raw.filter((r) => !r.unknown || !known.some((k) => (k.instrument !== undefined || k.act || k.dated !== undefined) && k.start < r.end && r.start < k.end));
}
