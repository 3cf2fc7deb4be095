// English references to numbered Russian legal acts: federal laws by number and year, laws of the RF, government resolutions.
import { INSTRUMENTS } from './registry.js';
import type { CitationFamily, RawMention } from './types.js';

// Written for:
//   "the 2014 amendments (Federal Law No. 364, in force May 2015)"                                   (IIPA 2017)
//   "Federal Law No. 187-FZ of 2 July 2013", "Federal Law No. 149-FZ of July 27, 2006 “On Information, ...”"
//   "Law No. 364-FZ", "Federal Law 149-FZ", "Law No. 35-FZ"                                           (WILMap, law-firm notes)
//   "(In the federal laws dated 01/03/2012 N 18-FZ; dated 28.07.2012; N 141-FZ; of 30.12.2012 N 307-FZ"  (a machine translation)
//   "Federal Law of July 23, 2013 No. 194-FZ", "Law of the Russian Federation No. 5351-1 of 9 July 1993"
//   "Resolution of the Government of the Russian Federation of 29 December 2007 No. 992", "Government Resolution No. 992"
// Federal law numbers restart every year: the year joins the key ('ru-fl-187-fz-2013') when the text gives it, here or
// at another mention of the same number; see mentions.ts. Never: "2003, No. 50, Art. 4847" (a gazette position, no law
// word and no "FZ"), "bill No. 532911-8".

// ordinal days as translations write them: "July 31th, 2020", "16th November 2020"
// (a month in capitals too, as a heading writes it: "FEBRUARY 7, 2003")
// (and a month abbreviated: "Mar. 18, 2019")
// ("July 5,2022": a comma without its space, as a page's typesetting lost it)
export const DATE_EN = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z](?:[a-z]+|[A-Z]+)\.?,?\s+\d{4}|[A-Z](?:[a-z]+|[A-Z]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})`;
// "Federal law # 265": a lower-case "law" only after "Federal"; "Federal Act" only before a federal law's number
// ("the Federal Act of the Russian Federation No. 149-ФЗ"), never another state's federal acts
// ("Russian Federation Act of 23 September 1992 No. 3520-I": a translator's "Act", only with a Russian number; the
// word is matched before the look-behind, whose open run of spaces would otherwise be read back from every position)
// (and "the law of the Russian Federation of 07.02.1992 N 2300-1", in lower case where its state and number follow)
const LAW_WORDS = String.raw`(?:(?:Russian\s+)?(?:[Ff]ederal\s+(?:[Cc]onstitutional\s+)?(?:[Ll]aws?|Acts?(?=\s+(?:of\s+(?:the\s+)?(?:Russian\s+Federation|RF)\s+)?(?:No\.?|N|№)\s*\d{1,4}\s?[-–—]\s?(?:FZ|ФЗ)))|Law|laws|Laws|law(?=\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF)\b)|Act(?<=Russian\s+Federation\s+Act))(?:\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF))?|FEDERAL\s+(?:CONSTITUTIONAL\s+)?LAWS?(?:\s+OF\s+(?:THE\s+)?(?:RUSSIAN\s+FEDERATION|RF))?)`;
/** A Russian date with its four-digit year, dotted or in words: «06.03.2018», «6 марта 2018 года». */
/** A Russian date's day, bare or in quotes as official forms write it («от «29» марта 2022 г.»). */
export const DAY_RU = String.raw`(?:\d{1,2}|«\d{1,2}»|"\d{1,2}"|“\d{1,2}”|„\d{1,2}“)`;
export const DATE_RU = String.raw`(?:\d{1,2}\.\d{1,2}\.\d{4}|${DAY_RU}\s+[а-я]+\s+\d{4})(?:\s*(?:г\.|года))?`;
// ("¹" is "№" read in the wrong code page: "Federal Law ¹ 35-FZ"; "no." in lower case: "Federal Law no.422-FZ")
export const NO = String.raw`(?:No\.?|no\.|[Nn]umber|N|№|#|¹)\s*`;

const DASH = '[-–—]';
/** No letter of either alphabet next ("\b" is blind to Cyrillic). */
const NO_LETTER = '(?![A-Za-zА-Яа-яЁё])';
const LAW_EN = new RegExp(
  // (a translation's "from 18.12.2006 y.", "on 07.02.2003")
  String.raw`(?<![\w-])(?:(?<word>${LAW_WORDS})\s+)?(?:(?:of|dated|from|on|ot|OF|DATED)\s+(?<d1>${DATE_EN})(?:\s?y\.)?[;,]?\s+)?` +
    // "No. 187-FZ", "No. 214-FL" (a typo), "187-FZ", "FZ-187" (the number after its series)
    // (a dash of any width, a Russian "ФЗ" in an English text, "156 FZ" with a space: "N 195-ФЗ", "Number 260–FZ")
    String.raw`(?:${NO}(?:(?<k>\d{1,2})\s?${DASH}\s?(?:FKZ|ФКЗ)${NO_LETTER}|(?<rf>\d{3,4}-[1I])(?![\d-])|(?<n>\d{1,4})(?<fz>\s?${DASH}\s?(?:F[ZL]|ФЗ)${NO_LETTER}|\s?(?:FZ|ФЗ)${NO_LETTER})?(?![\d-]))|(?<n2>\d{1,4})(?:${DASH}|\s)(?:F[ZL]|ФЗ)${NO_LETTER}|(?<k2>\d{1,2})${DASH}(?:FKZ|ФКЗ)${NO_LETTER}|(?<![\w-])FZ-(?<n4>\d{1,4})(?![\d-]))` +
    // its date after it, "of 2 July 2013", "dated 2013", or a dotted date alone ("162-FZ 27.06.2011")
    // or in a bracket right after it ("Federal Law No. 28-FZ (Mar. 18, 2019)", its bracket left open by a wiki)
    // ("as of" or "from" a date: its adoption only for a number the registry does not know alone; "149-FZ as of 1 March
    // 2023" is the 2006 law's version of that date, "364-FZ from 1 May 2015" its entry into force; "No. 23-FZ from
    // 28.02.2025" a translation's «от»)
    String.raw`(?:,?\s+(?:of|dated)\s+(?<d2>${DATE_EN}|\d{4}(?![\d.,]\d))|,?\s+(?:as\s+of|from)\s+(?<d5>${DATE_EN})|,?\s+(?<d3>\d{1,2}\.\d{1,2}\.\d{4})(?!\d|\.\d)|\s*\(\s*(?<d4>${DATE_EN}))?`,
  'g',
);

/**
 * "Resolution of the Government of the Russian Federation of 29.03.2022 No. 506", "RF Government Resolution No. 992
 * dated 29 December 2007", "Regulation of the Russian Government (No 506 as of March 29, 2022)", "Decree of the
 * Government of the Russian Federation No. 506 dated March 29, 2022", "Government Resolution No. 506 (29 March 2022)".
 */
// "the resolution of the Government of the Russian Federation dated 10.18.2021 No1767" (lower case in running text)
const GOV_KIND = String.raw`(?:[Rr]esolution|[Dd]ecree|[Oo]rder|[Rr]egulation|[Oo]rdinance|[Rr]uling)`;
const GOVERNMENT_EN = new RegExp(
  String.raw`\b(?:${GOV_KIND}s?(?:\s+\((?:Resolution|Decree)\))?\s+of\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF|Russia)|(?:Russian|RF)\s+Government|(?:Russian\s+Federation|RF|Russia)['’]s\s+Government)|(?<!(?:City|Moscow|Regional|Region|Oblast|Municipal|Provincial|Kazakh|Ukrainian|Belarusian|Armenian|Kyrgyz|Uzbek|US|U\.S\.|American|Chinese|regional|local|city|municipal)\s)(?:(?:Russian|RF|Russian\s+Federation)\s+)?Government(?:['’]s)?\s+${GOV_KIND}|(?<!(?:Kazakh|Ukrainian|Belarusian|Armenian|Kyrgyz|Uzbek|US|U\.S\.|American|Chinese|regional|local|city|municipal)\s)(?:[Gg]overnmental|(?<=\b(?:Russian|RF)\s)government)\s+(?:resolution|decree|order|regulation|ordinance))` +
    // (a date right after the number: "governmental decree #829 14.10.2010"; «от» translated "on" before it: "resolution
    // of the Government of the Russian Federation on October 26, 2012 No. 1101")
    String.raw`\s+(?:(?:of|dated|on)\s+(?<d1>${DATE_EN}),?\s+)?\(?\s*${NO}(?<n>\d{1,5}(?:\s?-?\s?[rр](?![A-Za-zА-Яа-яЁё\d]))?)(?:\/(?<y>(?:19|20)\d{2}))?(?![\dA-Za-z/])(?:,?\s+(?:(?:as\s+)?of|dated|from)\s+(?<d2>${DATE_EN})|\s*\((?<d3>${DATE_EN})|\s+(?<d4>\d{1,2}\.\d{1,2}\.\d{4})(?![\d.]))?`,
  'g',
);

/** The number before the issuer: "Decree 299 of the Government of the Russian Federation", "Resolution No. 1767 of the Russian Government of 18 October 2021". */
const GOVERNMENT_NUMBER_FIRST_EN = new RegExp(
  String.raw`\b${GOV_KIND}\s+(?:${NO})?(?<n>\d{1,5}(?:\s?-?\s?[rр](?![A-Za-zА-Яа-яЁё\d]))?)\s+of\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF|Russia)|(?:Russian|RF)\s+Government)\b(?:,?\s+(?:(?:as\s+)?of|dated|from)\s+(?<d>${DATE_EN}))?`,
  'g',
);

/**
 * A government order by its number alone, which its "-r" (распоряжение) marks as the Government's: "Order No. 3718-r
 * (the "Order")", "Order No. 3718-r of 31 December 2020", "order no. 430-r". (A President's order ends "-rp".)
 */
// (never a ministry's, an agency's, a region's or another state's: "Rosstat Order No. 123-r", "The Moscow City
// Government's Order No. 3718-r", "Resolution No. 3718-r of the Moscow City Government", "… of the Government of Kazakhstan")
const ORDER_R_EN = new RegExp(
  String.raw`\b(?<!(?:U\.S\.|US|USA|American|Ukraine['’]s|Ukrainian|Belarusian|Kazakh)\s)(?<!\b(?:Ministry|Minister|Governor|Mayor|Rosstat|Roskomnadzor|Rospatent|Rosreestr|Agency|Service|Bank|Moscow|City|Regional|Region|Oblast|Municipal|Kazakhstan|Belarus|Uzbekistan|Kyrgyzstan|Armenia)(?:\s+Government)?(?:['’]s?)?\s)(?![^;\n]{0,40}?\d\s?[-–]?\s?[rр](?![A-Za-zА-Яа-яЁё\d-]),?\s+of\s+(?:the\s+)?(?!Government\s+of\s+(?:the\s+)?(?:Russian|RF\b)|Russian\s+Government)[A-Z])(?:[Oo]rder|[Dd]irective|[Dd]isposition|[Rr]esolution|[Dd]ecree)\s+(?:(?:of|dated)\s+(?<d1>${DATE_EN})\s+)?\(?\s*${NO}(?<n>\d{1,5}\s?[-–]?\s?[rр])(?![A-Za-zА-Яа-яЁё\d-])(?:,?\s+(?:(?:as\s+)?of|dated|from)\s+(?<d2>${DATE_EN})|\s*\((?<d3>${DATE_EN}))?`,
  'g',
);

/**
 * "Decree of the President of the Russian Federation No. 188 of 6 March 1997" (a translation's "Decree of President"),
 * "Presidential Decree No. 188 of 6 March 1997", "Presidential executive order No. 79 of February 28, 2022" (the
 * Kremlin's English), "Decree No. 378 dated 29.06.2018 of the President of the Russian Federation", "Decree of the Russian
 * President No. 592 dated 22 October 2018".
 */
const PRESIDENT_EN = new RegExp(
  // (never another state's: "U.S. presidential Executive Order No. 14024", "Ukraine's presidential decree No. 64"; a
  // Russian decree's number has at most four digits)
  String.raw`\b(?<!(?:U\.S\.|US|USA|American|Ukraine['’]s|Ukrainian|Belarusian|Kazakh|French|Brazilian)\s)(?:(?:Decree|Edict|Ukaz)\s+of\s+(?:the\s+)?President\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF|Russia)|(?:Decree|Edict|Ukaz)\s+of\s+the\s+(?:Russian|RF)\s+President|(?:(?:Russian|RF)\s+)?[Pp]residential\s+(?:[Dd]ecrees?|[Ee]dicts?|[Ee]xecutive\s+[Oo]rders?)(?:\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF))?|Executive\s+Order\s+of\s+the\s+President\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF|Russia)|(?<=\b(?:Russian|RF)\s+)President(?:['’]s)?\s+(?:[Dd]ecree|[Ee]dict)|(?<![\w.]\s?)President(?:['’]s)?\s+(?:Decree|Edict)(?=\s*(?:No\.?|N|№|#)\s*\d+\s*["“«]?\s*On\s))` +
    String.raw`\s+(?:(?:of|dated)\s+(?<d1>${DATE_EN})\s+)?${NO}(?<n>\d{1,4})\b(?:,?\s+(?:of|dated)\s+(?<d2>${DATE_EN}))?` +
    // ("Decree No. 378 dated 29.06.2018 of the President of the Russian Federation": its issuer after its number and date)
    String.raw`|\bDecree\s+${NO}(?<n3>\d{1,4})\s+(?:of|dated)\s+(?<d3>${DATE_EN})\s+of\s+the\s+President\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF|Russia)\b`,
  'g',
);

/** The government's act named again by kind and issuer, without its number ("The Regulation of Russian Government does not"). */
const GOVERNMENT_AGAIN_EN = new RegExp(
  String.raw`\b(?:${GOV_KIND}\s+of\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?(?:Russian\s+Federation|RF|Russia)|(?:Russian|RF)\s+Government)|(?:Russian|RF)\s+Government\s+${GOV_KIND})\b(?!\s*\(?\s*(?:of|dated)?\s*(?:No\.?|N|№|\d))`,
  'g',
);

/** The four-digit year of a date as written ("2 July 2013", "01/03/2012", "2013"). */
// (and a two-digit one read in its century, as acts of the 1990s were often dated: "11.09.97" → 1997, "01.02.03" → 2003)
export function yearOf(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const bare = date.replace(/\s*(?:г\.|года)\s*$/, '');
  const two = /^\s*\d{1,2}\.\d{1,2}\.(\d{2})$/.exec(bare);
  return two ? `${Number(two[1]) >= 30 ? '19' : '20'}${two[1]}` : /(\d{4})\s*$/.exec(bare)?.[1];
}

/**
 * Further acts of the same kind listed after one ("presidential decrees … of February 28, 2022 No. 79 "…" of March 1,
 * 2022 No. 81 "…" and of March 5, 2022 No. 95"): each by its date and number, past the quoted title before it.
 */
const LISTED_ACT = new RegExp(
  String.raw`(?:\s*["“«][^"”»]{1,400}["”»])?\s*[,;]?\s*(?:and\s+)?(?:of|dated)\s+(?<d>${DATE_EN})\s*,?\s+${NO}(?<n>\d{1,5})\b(?![-\d])`,
  'y',
);
/** Where an act's number sign starts in a match. */
const NUMBER_AT = new RegExp(String.raw`${NO}\d`, 'u');
/** The Kremlin's order, number first and its title's date after it: "… No. 79, On … of February 28, 2022, No. 81, On … of March 1, 2022, and No. 95, On … of March 5, 2022". */
const TITLED_DATE = String.raw`,?\s+On\s[^.;\d]{1,250}?\s+of\s+(?:${DATE_EN})`;
const LISTED_NUMBER_FIRST = new RegExp(
  String.raw`(?:${TITLED_DATE})?\s*,\s*(?:and\s+)?${NO}(?<n>\d{1,5})\b(?![-\d])(?<title>,?\s+On\s[^.;\d]{1,250}?\s+of\s+(?<d>${DATE_EN}))`,
  'y',
);
function listedActs(text: string, from: number, series: 'gov' | 'ukaz'): RawMention[] {
  const out: RawMention[] = [];
  let pos = from;
  for (;;) {
    LISTED_NUMBER_FIRST.lastIndex = pos;
    const f = LISTED_NUMBER_FIRST.exec(text);
    if (f) {
      const start = f.index + f[0].search(NUMBER_AT);
      const year = yearOf(f.groups!.d);
      out.push({ start, end: f.index + f[0].length - f.groups!.title!.length, act: { series, number: f.groups!.n!, ...(year ? { year } : {}) } });
      pos = f.index + f[0].length - f.groups!.title!.length;
      continue;
    }
    LISTED_ACT.lastIndex = pos;
    const m = LISTED_ACT.exec(text);
    if (!m) return out;
    // the act's own words start at the "of"/"dated" before its date (not in the title before it)
    const before = m[0].slice(0, m[0].lastIndexOf(m.groups!.d!));
    const start = m.index + before.search(/(?:of|dated)\s+$/u);
    const year = yearOf(m.groups!.d);
    out.push({ start, end: m.index + m[0].length, act: { series, number: m.groups!.n!, ...(year ? { year } : {}) } });
    pos = m.index + m[0].length;
  }
}

/** A government order's number keeps its "-r" (распоряжение "3718-р", "430r"): '3718-r'; a resolution's is digits. */
export function orderNumber(raw: string): string {
  const digits = /^\d+/.exec(raw)![0];
  return /[rрp]$/u.test(raw) ? `${digits}-r` : digits;
}

/** A number sign right after a list item's date: the date opens the next item. */
const NEXT_NUMBER = new RegExp(String.raw`^\s*(?:y\.\s*)?[;,]?\s*${NO}\d`, 'u');

export function findEnglishActs(text: string): RawMention[] {
  const out: RawMention[] = [];
  LAW_EN.lastIndex = 0;
  for (let m = LAW_EN.exec(text); m; m = LAW_EN.exec(text)) {
    const g = m.groups!;
    // a date before the number and one after it, a number sign next: the second is the next item's, in a list written
    // date first ("of 06.04.2011 N 65-FZ, of 21.07.2011 N 252-FZ")
    let matched = m[0];
    let after = g.d2;
    if (g.d1 && g.d2 && NEXT_NUMBER.test(text.slice(m.index + matched.length, m.index + matched.length + 12))) {
      matched = matched.slice(0, /,?\s+(?:of|dated)\s+$/u.exec(matched.slice(0, matched.lastIndexOf(g.d2)))!.index);
      LAW_EN.lastIndex = m.index + matched.length;
      after = undefined;
    }
    const year = yearOf(g.d1 ?? after ?? g.d3 ?? g.d4);
    // "No. 1-FKZ", "3-FKZ": a federal constitutional law
    if (g.k ?? g.k2) {
      out.push({ start: m.index, end: m.index + matched.length, act: { series: 'fkz', number: (g.k ?? g.k2)!, ...(year ? { year } : {}) } });
      continue;
    }
    if (g.rf) {
      if (!g.word) continue; // "No. 5351-1" alone could number anything
      out.push({ start: m.index, end: m.index + matched.length, act: { series: 'rf', number: g.rf.replace(/I$/, '1'), ...(year ? { year } : {}) } });
      continue;
    }
    // A law word or the "FZ" suffix makes it a law: "No. 50, Art. 4847" is neither.
    if (!g.word && !g.fz && !g.n2 && !g.n4) continue;
    const number = (g.n ?? g.n2 ?? g.n4)!;
    const asOf = !year && g.d5 && !INSTRUMENTS.lawId('fz', number) ? yearOf(g.d5) : undefined;
    out.push({ start: m.index, end: m.index + matched.length, act: { series: 'fz', number, ...((year ?? asOf) ? { year: (year ?? asOf)! } : {}) } });
  }
  GOVERNMENT_EN.lastIndex = 0;
  for (let m = GOVERNMENT_EN.exec(text); m; m = GOVERNMENT_EN.exec(text)) {
    const year = m.groups!.y ?? yearOf(m.groups!.d1 ?? m.groups!.d2 ?? m.groups!.d3 ?? m.groups!.d4);
    out.push({ start: m.index, end: m.index + m[0].length, act: { series: 'gov', number: orderNumber(m.groups!.n!), ...(year ? { year } : {}) } });
    out.push(...listedActs(text, m.index + m[0].length, 'gov'));
  }
  GOVERNMENT_NUMBER_FIRST_EN.lastIndex = 0;
  for (let m = GOVERNMENT_NUMBER_FIRST_EN.exec(text); m; m = GOVERNMENT_NUMBER_FIRST_EN.exec(text)) {
    const year = yearOf(m.groups!.d);
    out.push({ start: m.index, end: m.index + m[0].length, act: { series: 'gov', number: orderNumber(m.groups!.n!), ...(year ? { year } : {}) } });
  }
  ORDER_R_EN.lastIndex = 0;
  for (let m = ORDER_R_EN.exec(text); m; m = ORDER_R_EN.exec(text)) {
    // (inside a longer citation of the same act, "Order of the Government … No. 3718-r", that one stands)
    if (out.some((o) => o.act && o.start <= m!.index && o.end >= m!.index + m![0].length)) continue;
    const year = yearOf(m.groups!.d1 ?? m.groups!.d2 ?? m.groups!.d3);
    out.push({ start: m.index, end: m.index + m[0].length, act: { series: 'gov', number: orderNumber(m.groups!.n!), ...(year ? { year } : {}) } });
  }
  PRESIDENT_EN.lastIndex = 0;
  for (let m = PRESIDENT_EN.exec(text); m; m = PRESIDENT_EN.exec(text)) {
    const year = yearOf(m.groups!.d1 ?? m.groups!.d2 ?? m.groups!.d3);
    out.push({ start: m.index, end: m.index + m[0].length, act: { series: 'ukaz', number: (m.groups!.n ?? m.groups!.n3)!, ...(year ? { year } : {}) } });
    out.push(...listedActs(text, m.index + m[0].length, 'ukaz'));
  }
  GOVERNMENT_AGAIN_EN.lastIndex = 0;
  for (let m = GOVERNMENT_AGAIN_EN.exec(text); m; m = GOVERNMENT_AGAIN_EN.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, anaphora: { noun: 'Resolution' }, quoted: true });
  }
  return out;
}

export const EN_FEDERAL_LAWS: CitationFamily = { id: 'en-federal-laws', lang: 'en', find: (text) => ({ mentions: findEnglishActs(text) }) };
