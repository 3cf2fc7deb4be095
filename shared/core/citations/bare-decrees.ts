// A government's or president's act cited by kind and number alone ("Decree No. 299", "постановление № 299", "the President adopted Decree No. 322"): its year from the text.
import { textDate } from './dated-names.js';
import { orderNumber } from './en-federal-laws.js';
import { ACT_DATE_EN, ACT_DATE_RU, aliasSource } from './registry.js';
import { sentenceAt, sentenceStarts } from './sentences.js';
import type { ExtractContext, RawMention } from './types.js';

// Written for (a law-firm note on Government Decree No. 299 of 6 March 2022, topipfirm 2022):
//   "the Government adopted Decree No. 299 on March 6, 2022, amending the Methods ...",
//   "On October 18, 2021, the Government approved the Methods for Determining Remuneration (Decree No. 1767)"
// Only Russia's government's act: the sentence says "Government" / "the Russian government" / "Правительство", or the
// text cited the act in full before (same number); a president's act where the sentence names the President and not
// the Government. Never where the sentence names another state, a region or a company's board or president, never a
// court's ruling ("Resolution No. 8-P", "Resolution No. 10 of the Plenum"), never a council's or board's resolution.
// Its year: one tied to it by the words around it or the full citation (mentions.ts, settleActs), else the registry's
// one act of that number, else the one year of its sentence, else the text's own date.

/** A date between the act's kind and its number ("Decree dated November 16th 2020, No. 1848", "постановление от 16.11.2020 № 1848"). */
const DATED = {
  en: String.raw`(?:\s+(?:dated|of)\s+${aliasSource(ACT_DATE_EN)},?)?`,
  ru: String.raw`(?:\s+от\s+${aliasSource(ACT_DATE_RU)}(?:\s*(?:года|г\.?))?,?)?`,
};
/** A bare act's number sign ("order no. 3718-р", "Decree No. 299", "постановление № 299"). */
const NUMBER_SIGN = String.raw`(?:[Nn]o\.?|N|№)`;
const BARE = {
  // an order only with its "-р" ("the Russian Government issued order no. 3718-р"): a bare "Order No. 5" is anyone's
  en: new RegExp(String.raw`(?<![\w-])(?<!(?:Presidential|President['’]s|Plenum|Court['’]s|Council|Board|board|Assembly|Committee|Security\s+Council)\s)(?:(?:Decree|Resolution)${DATED.en}\s+(?:No\.?|N|№)\s*(\d{1,5})|(?:[Oo]rder|Decree)${DATED.en}\s+${NUMBER_SIGN}\s*(\d{1,5}(?:\s?-?\s?[rр]|-?p(?=[\s,;:)]|$))(?![\p{L}\d]))|(?<order>[Oo]rder)${DATED.en}\s+${NUMBER_SIGN}\s*(?<orderNo>\d{1,5})|(?:Decree|Resolution)\s+(?<unsigned>\d{2,4})(?![.,/]\d))(?![\d-])(?:,?\s+(?:dated|of)\s+(?<after>${aliasSource(ACT_DATE_EN)}))?(?!\s+of\s+(?:the\s+)?(?:Plenum|President|Supreme|Constitutional|Court|Federal\s+Antimonopoly|Ministry))`, 'gu'),
  // an order (распоряжение) only with its "-р": "распоряжение № 3718-р"
  // (and "Постановление 1236 от 16.11.": a resolution's number without its sign, before a date)
  ru: new RegExp(String.raw`(?<![\p{L}\d-])(?<!(?:Пленума|Президента)\s)(?:[Пп]остановлени[а-яё]{0,3}${DATED.ru}\s+(?:№|No\.?|N)\s*(\d{1,5})|[Рр]аспоряжени[а-яё]{0,3}${DATED.ru}\s+(?:№|No\.?|N)\s*(\d{1,5}-р)|[Пп]остановлени[а-яё]{0,3}\s+(?<noSign>\d{3,5})(?=\s+от\s+\d))(?![\d-])(?!\s+(?:Пленума|Президиума|Конституционного|Верховного|Высшего|суда))`, 'gu'),
};
/** Russia's government: "Government", "the Russian government", "Правительство" (never "неправительственной"; "the President of the Russian Federation adopted" is the President). */
const GOVERNMENT = { en: /\b(?:Government|(?:Russian|Russia['’]s|RF)\s+government|(?<!President\s+of\s+(?:the\s+)?)(?:Russian\s+Federation|Russia|Kremlin)\s+(?:has\s+)?(?:issued|adopted|approved|enacted|implemented|introduced|passed|signed))\b/u, ru: /(?<![\p{L}])[Пп]равительств/u };
/** Russia's Government as the issuer right before an order ("the Russian Government issued Order No.", "Government Order No."). */
const GOVERNMENT_ISSUED = /(?:\b(?:Government|(?:Russian|Russia['’]s|RF)\s+government)(?:\s+of\s+(?:the\s+)?(?:Russian\s+Federation|Russia|RF))?\s+(?:(?:has\s+)?(?:issued|adopted|approved|passed|signed|enacted)\s+)?(?:(?:an?|the|its|new)\s+)*)$/u;
/** Russia named as the issuer right before an act ("the Russian government issued", "Russia released", "RF Government"). */
const RUSSIA_ISSUED = /(?:\b(?:Russian|Russia['’]s|RF)\s+[Gg]overnment|\bRussia(?:n\s+Federation)?)(?:\s+(?:has\s+)?(?:issued|adopted|approved|passed|signed|enacted|released))?\s+(?:(?:an?|the|its|new)\s+)*$/u;
/** An order's other issuers: a ministry, a service, an agency, a bank, a court (their orders are no government's). */
const MINISTRY = /\b(?:Ministry|Minister|Service|Agency|Rospatent|FAS|FCS|Committee|Department|Bank|[Cc]ourt|Prosecutor|Roskomnadzor|[Tt]ribunal|[Jj]udge|[Ii]nvestigator|[Cc]ommander|[Gg]overnor|[Mm]ayor|[Pp]olice)\b|(?<![\p{L}])(?:[Мм]инистерств|[Мм]инистр|[Сс]лужб|[Аа]гентств|Роспатент|ФАС|ФТС|[Кк]омитет|[Дд]епартамент|[Бб]анк|[Сс]уд[а-я]{0,3}(?![\p{L}])|Роскомнадзор)/u;
/** A president's act: its sentence names the President and not the Government ("the Russian President adopted Decree No. 322"). */
const PRESIDENT = { en: /\bPresident(?:ial)?\b/u, ru: /(?<![\p{L}])Президент/u };
/** A sentence about another state, a region or a company: its government's or president's acts are not Russia's. */
const ELSEWHERE = new RegExp(
  String.raw`\b(?:Ukrain\w*|Belarus\w*|Kazakh\w*|Kyrgyz\w*|Armenia\w*|Uzbek\w*|Georgia\w*|Moldov\w*|Lukashenko|Zelensk\w*|U\.S\.|US|USA|United\s+States|American|Biden|Trump|UN|United\s+Nations|EU|European|(?:[Rr]egional|[Ll]ocal|[Mm]unicipal|[Cc]ity(?:['’]s)?|[Pp]rovincial|[Ss]tate|Moscow|[Rr]epublic['’]s)\s+(?:[Gg]overnment|[Aa]uthorit\w*|[Aa]dministration|[Cc]ouncil|[Pp]arliament|[Ll]egislat\w*)|Government\s+of\s+(?:Moscow|St\.?\s+Petersburg|Tatarstan|the\s+Republic|[A-Z][a-z]+\s+(?:Region|Oblast|Krai))|[Gg]overnor|non-government\w*|board|company['’]s|(?:the|its|a)\s+company\s+(?:adopted|issued|approved|passed))\b` +
    // a region's government ("Правительства Московской области", "губернатор края"), never "в области интеллектуальной
    // собственности" (in the field of) nor "regional exhaustion"
    String.raw`|(?<![\p{L}])(?:Украин|Беларус|Белорус|Казахстан|Киргиз|Кыргыз|Армени|Узбекистан|Молдов|Лукашенк|Зеленск|США|[А-ЯЁа-яё]+ск(?:ой|ая|ую|ого|ом|ий)\s+(?:област|кра[яйюе](?![\p{L}]))|[Гг]убернатор|[Пп]равительств[а-яё]{0,3}\s+(?:[А-ЯЁа-яё]+ск(?:ой|ого)\s+)?(?:област|кра[яю](?![\p{L}])|округа|республики)|муниципальн|(?:региональн|городск)[а-яё]{0,3}\s+(?:власт|администрац|органов|орган|правительств|дум|собрани)|Москвы|Санкт-Петербурга|республики|[Сс]овет[а-яё]{0,3}\s+директоров|[Пп]резидент[а-яё]{0,3}\s+(?:компании|общества|банка|корпорации|фонда|ассоциации)|[Пп]равлени[а-яё]{1,3}\s+(?:компании|общества|банка)|собрани[а-яё]{1,3}\s+(?:акционеров|участников)|неправительств)`,
  'u',
);
const BARE_UKAZ = {
  en: new RegExp(String.raw`(?<![\w-])(?<!(?:Plenum|Court['’]s|Council|Board|board)\s)Decree${DATED.en}\s+(?:No\.?|N|№)\s*(\d{1,4})(?![\d-])`, 'gu'),
  ru: new RegExp(String.raw`(?<![\p{L}\d-])[Уу]каз[а-яё]{0,3}${DATED.ru}\s+(?:№|No\.?|N)\s*(\d{1,4})(?![\d-])`, 'gu'),
};
// (a year may end its sentence: "signed Decree No. 322 in 2022.")
const YEAR = /(?<![\d./-]|(?:No\.?|N|№)\s?)((?:19|20)\d{2})(?!\d|[./-]\d|-?(?:FZ|ФЗ|[rр](?![\p{L}])))/gu;

/** Bare government acts of the text (part of the instruments families of each language). */
export function findBareDecrees(text: string, lang: 'en' | 'ru'): RawMention[] {
  const out: RawMention[] = [];
  let starts: number[] | undefined;
  const presidents = (at: number): boolean => presidentsSentence(text, (starts ??= sentenceStarts(text)), at);
  // (the Government as its issuer right before it, "the Government issued Order no. 1767", and no ministry, court or
  // other issuer in its sentence: "The Government produced the investigator's order No. 12", "the arbitral tribunal's
  // Procedural Order No. 3" are none)
  const governmentsSentence = (at: number): boolean => {
    const [s, e] = sentenceAt((starts ??= sentenceStarts(text)), at, text.length);
    return GOVERNMENT_ISSUED.test(text.slice(Math.max(s, at - 60), at)) && !MINISTRY.test(text.slice(s, e));
  };
  // (a sentence naming another state is no other state's act where Russia is named as its issuer right before it: "in
  // response to the invasion of Ukraine, … the Russian government issued Decree No. 299")
  const elsewhere = (at: number): boolean => {
    const [s, e] = sentenceAt((starts ??= sentenceStarts(text)), at, text.length);
    return ELSEWHERE.test(text.slice(s, e)) && !RUSSIA_ISSUED.test(text.slice(Math.max(s, at - 60), at));
  };
  if (GOVERNMENT[lang].test(text)) {
    const re = BARE[lang];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (presidents(m.index) || elsewhere(m.index)) continue;
      // a bare "Order No. 1767" is the Government's only where its sentence names it ("the Government issued Order no. 1767")
      if (m.groups?.order && !governmentsSentence(m.index)) continue;
      const unsigned = m.groups?.unsigned;
      const number = unsigned ?? m[1] ?? (m[2] ? orderNumber(m[2]) : m.groups!.orderNo ?? m.groups!.noSign!);
      // (its date after its number: "Order no. 947 dated 25 May 2022")
      const after = m.groups?.after ? /(\d{4})$/.exec(m.groups.after)?.[1] : undefined;
      out.push({ start: m.index, end: m.index + m[0].length, act: { series: 'gov', number, bare: true, ...(unsigned ? { unsigned: true } : {}), ...(after ? { year: after } : datedYear(m[0])) } });
    }
  }
  const issuerInSentence = (at: number): boolean => sentenceNamesAnIssuer(text, (starts ??= sentenceStarts(text)), at);
  if (PRESIDENT[lang].test(text)) {
    const re = BARE_UKAZ[lang];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // (also where its sentence names no issuer at all, "the issuance of Decree No. 79 in itself …": then only a full
      // citation of that decree in the text, or the registry's one decree of that number, gives it a year)
      if ((presidents(m.index) || !issuerInSentence(m.index)) && !elsewhere(m.index)) out.push({ start: m.index, end: m.index + m[0].length, act: { series: 'ukaz', number: m[1]!, bare: true, ...datedYear(m[0]) } });
    }
  }
  return out;
}

/** The number sign and number that end a bare act's match. */
const NUMBER_AT_END = new RegExp(String.raw`${NUMBER_SIGN}\s*\d[^]*$`, 'u');

/** The year of the date written between the act's kind and its number, if any ("Decree dated November 16th 2020, No. 1848"). */
function datedYear(match: string): { year: string } | Record<string, never> {
  // only the words before the number sign: the number itself ("order No. 1951-r") is never a year
  const beforeNumber = match.slice(0, match.search(NUMBER_AT_END));
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/u.exec(beforeNumber)?.[1];
  return year ? { year } : {};
}

/** The sentence at `at` names the President and not the Government. */
function presidentsSentence(text: string, starts: number[], at: number): boolean {
  const [s, e] = sentenceAt(starts, at, text.length);
  const sentence = text.slice(s, e);
  return (PRESIDENT.en.test(sentence) || PRESIDENT.ru.test(sentence)) && !GOVERNMENT.en.test(sentence) && !GOVERNMENT.ru.test(sentence);
}

/**
 * The year of a bare act that nothing tied to it (`starts`: the text's sentence starts): the one year its sentence
 * gives, else (`withTextDate`) the text's
 * date — only where the sentence names the act's issuer (the Government, or the President for a decree); undefined
 * otherwise (the act then names nothing).
 */
export function bareDecreeYear(text: string, starts: number[], r: RawMention, ctx: ExtractContext | undefined, withTextDate = true): string | undefined {
  const [s, e] = sentenceAt(starts, r.start, text.length);
  const sentence = text.slice(s, e);
  const names = r.act?.series === 'ukaz' ? [PRESIDENT.en, PRESIDENT.ru] : [GOVERNMENT.en, GOVERNMENT.ru];
  if (!names.some((re) => re.test(sentence))) return undefined;
  const years = new Set([...sentence.matchAll(YEAR)].map((y) => y[1]!));
  if (years.size === 1) return [...years][0];
  if (years.size > 1 || !ctx || !withTextDate) return undefined;
  return textDate(text, ctx)?.slice(0, 4);
}

/**
 * Issuers of decrees and orders other than the Government and the President: ministries, services, agencies, a
 * court's plenum, a legislature, a region's head, a commission (a court cites acts; only its plenum issues them).
 */
const OTHER_ISSUER = /\b(?:[Mm]inist(?:ry|er)|[Ss]ervice|[Aa]gency|Rospatent|Rospotrebnadzor|Rosstandart|FAS|FCS|[Cc]ommittee|[Cc]ommission|[Cc]ouncil|[Dd]epartment|[Bb]ank|[Gg]overnor|[Mm]ayor|Roskomnadzor|Plenum|Presidium|Duma|[Aa]ssembly|[Pp]arliament|Head\s+of|[Rr]ector|[Dd]octor|[Dd]irector)\b|(?<![\p{L}])(?:[Мм]инистерств|[Мм]инистр|[Сс]лужб|[Аа]гентств|Роспатент|Роспотребнадзор|Росстандарт|ФАС|ФТС|[Кк]омитет|[Кк]омисси|[Сс]овет|[Дд]епартамент|[Бб]анк|[Гг]убернатор|Роскомнадзор|Пленум|Президиум|Дум[аы]|[Сс]обрани|Глав[аыеу]\s|[Рр]ектор|[Вв]рач|[Дд]иректор)/u;
/** Another issuer right after the number ("Decree No. 95 of the Plenum", «Указом № 81 Главы Республики») or before it ("Rosstandart's Decree"). */
const ISSUER_AFTER = /^\s*(?:of\s+(?:the\s+)?(?!(?:Russian|RF|Russia|President|Government)\b)\p{Lu}|\p{Lu}\p{Ll}+[аыо](?![\p{L}]))/u;
const ISSUER_BEFORE = /(?<!\b(?:Russia|Government|government|President|Kremlin|Federation))['’]s\s+(?:\p{L}+\s+)?$/u;
const YEARS = /(?<![\d./-])((?:19|20)\d{2})(?![\d/-]|\.\d)/gu;

/** The sentence at `at` names an issuer of acts: the President, the Government, a ministry, a service, an agency… */
export function sentenceNamesAnIssuer(text: string, starts: number[], at: number): boolean {
  const [s, e] = sentenceAt(starts, at, text.length);
  const sentence = text.slice(s, e);
  return [PRESIDENT.en, PRESIDENT.ru, GOVERNMENT.en, GOVERNMENT.ru, OTHER_ISSUER].some((re) => re.test(sentence));
}

/**
 * A bare act that is no act of the one registered of its number (`year`: that act's): another issuer in its sentence,
 * right after its number or before it, or a year in its sentence that is not the act's ("Decree No. 322 of 2020").
 */
export function issuedElsewhere(text: string, starts: number[], r: { start: number; end: number }, year: string): boolean {
  const [s, e] = sentenceAt(starts, r.start, text.length);
  const sentence = text.slice(s, e);
  if (OTHER_ISSUER.test(sentence) || ISSUER_AFTER.test(text.slice(r.end, r.end + 40)) || ISSUER_BEFORE.test(text.slice(Math.max(s, r.start - 30), r.start))) return true;
  const years = [...sentence.matchAll(YEARS)].map((m) => m[1]);
  return years.length > 0 && !years.includes(year);
}
