// A text's own act, read from its heading ("of July 23, 2013 No. 194-FZ", "Постановление Правительства РФ от ... N 992").
import { DATE_EN, DATE_RU } from './en-federal-laws.js';
import { INSTRUMENTS, isEurasianDecisionSeries, type LawSeries } from './registry.js';
import type { RawMention } from './types.js';

// Written for (translations on cis-legislation.com / ealegislation.com; Garant and Consultant headings):
//   "of July 23, 2013 No. 194-FZ\n\nAbout introduction of amendments to ...\n\nAccepted by the State Duma on July 2, 2013"
//   "of December 29, 2007 No. 992\n\nAbout approval of the Regulations ... the Government of the Russian Federation decides:"
//   "Федеральный закон от 2 июля 2013 г. N 187-ФЗ\n"О внесении изменений ...""
//   "ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ\nПОСТАНОВЛЕНИЕ\nот 29 декабря 2007 г. N 992"
// The heading must give the act's date and number (a note titled "Federal Law No. 187-FZ" is about the law, not the
// law), and the text must read as the act itself ("this Resolution", "Accepted by the State Duma", "постановляет:").

const NO = String.raw`(?:No\.?|N|№)\s*`;
const TYPE_EN = String.raw`(?:RUSSIAN\s+FEDERATION\s+)?(?:(?:FEDERAL\s+)?LAW|(?:Federal\s+)?Law|RESOLUTION|Resolution|DECREE|Decree|ORDER|Order)(?:\s+\((?:Resolution|Decree|RESOLUTION|DECREE)\))?(?:\s+of\s+the\s+(?:Government|GOVERNMENT)\s+of\s+the\s+(?:Russian\s+Federation|RF|RUSSIAN\s+FEDERATION))?`;
const TYPE_RU = String.raw`(?:Федеральный\s+закон|ФЕДЕРАЛЬНЫЙ\s+ЗАКОН|Закон\s+(?:Российской\s+Федерации|РФ)|Постановление|ПОСТАНОВЛЕНИЕ)(?:\s+Правительства\s+(?:Российской\s+Федерации|РФ))?`;
const NUMBER = String.raw`(?<n>\d{1,5}(?:-[1I])?)(?<fz>\s?-\s?(?:FZ|ФЗ))?`;
/** After the number on a heading line, its edition and its quoted title: « (ред. от 04.03.2010) "О ПЕРЕЧНЕ …"». */
const EDITION_AND_TITLE = String.raw`(?:\s*\((?:ред\.|в\s+ред|as\s+amended)[^()\n]{0,80}\))?(?:\s*["«“„][^\n]*)?`;
const DATED_LINE = new RegExp(
  String.raw`^(?:(?<type>${TYPE_EN}|${TYPE_RU})\s+)?(?:(?:of|dated|from|от)\s+(?<d1>${DATE_EN}|${DATE_RU})\s*,?\s*${NO}${NUMBER}|${NO}${NUMBER.replace('<n>', '<n2>').replace('<fz>', '<fz2>')}\s*,?\s+(?:of|dated|от)\s+(?<d2>${DATE_EN}|${DATE_RU}))\.?${EDITION_AND_TITLE}$`,
  'u',
);
/** Lines that may stand above the dated line: the issuing body and the act's type, in capitals. */
const ABOVE = /^(?:RUSSIAN FEDERATION|GOVERNMENT OF THE RUSSIAN FEDERATION|FEDERAL LAW|RESOLUTION|DECREE|ORDER|РОССИЙСКАЯ ФЕДЕРАЦИЯ|ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ|ФЕДЕРАЛЬНЫЙ ЗАКОН|ПОСТАНОВЛЕНИЕ)$/u;
/** The text is the act itself. */
const ACT_MARKER = new RegExp(
  [
    String.raw`\b(?:[Tt]his|the\s+present)\s+(?:Federal\s+)?(?:Law|Resolution|Decree|Order|Decision)\b`,
    String.raw`\b(?:Accepted|Adopted|Approved|Passed)\s+by\s+the\s+(?:State\s+Duma|Federation\s+Council)`,
    String.raw`\b(?:decides|resolves|decrees|orders)\s*:`,
    String.raw`настоящ[а-яё]{0,4}\s+(?:Федеральн[а-яё]{0,4}\s+закон|Закон|Постановлени)`,
    String.raw`Принят\s+Государственной\s+Думой|Одобрен\s+Советом\s+Федерации`,
    // (an article's own heading line: the text reproduces the act's articles, "Статья 23", "Article 5. Scope")
    String.raw`(?:^|\n)[ \t]*(?:Статья|СТАТЬЯ|Article|ARTICLE)[ \t]+\d{1,4}(?:\.\d{1,2})?\.?(?:[ \t]+\p{Lu}[^\n]{0,150})?[ \t]*(?:\r?\n|$)`,
    String.raw`(?:постановляет|ПОСТАНОВЛЯЕТ|п\s?о\s?с\s?т\s?а\s?н\s?о\s?в\s?л\s?я\s?е\s?т)\s*:`,
  ].join('|'),
  'u',
);

/** The text is a Eurasian body's decision itself: "Коллегия Евразийской экономической комиссии решила:", "this Decision", its operative items ("1. Утвердить прилагаемый Регламент"), its type on a line of its own («РЕШЕНИЕ»). */
const DECISION_MARKER = /(?:(?:^|\n)[ \t]*(?:РЕШЕНИЕ|DECISION)[ \t]*\r?\n|(?:^|\n)[ \t]*\d{1,2}\.[ \t]+(?:Утвердить|Признать[ \t]+утратившим|To[ \t]+approve|Approve|To[ \t]+recognize[ \t]+invalid)(?![\p{L}])|\b(?:this|the\s+present)\s+Decision\b|\b(?:decided|decides)\s*:|[Нн]астоящ[а-яё]{0,4}\s+[Рр]ешени|(?<![\p{L}])решил[аи]?\s*:|РЕШИЛ[АИ]?\s*:)/u;
/** The approval stamp above an annex: "Утверждены\n\nРешением Коллегии …", "APPROVED by Decision of …". */
const STAMP_BEFORE = /(?:^|\n)[ \t]*(?:[Уу]твержден[аоы]?|УТВЕРЖДЕН[АОЫ]?|[Aa]pproved|APPROVED)(?:[ \t]+by)?[ \t]*(?:\r?\n[ \t]*)*$/u;

/**
 * The Eurasian body's decision a text is: its heading line within the first four ("Решение Коллегии Евразийской
 * экономической комиссии от 06 марта 2018 года № 35" under its title), or the approval stamp set over lines above its
 * annex, in a text that reads as the decision ("Коллегия … решила:", "Настоящее Решение вступает в силу").
 */
function ownDecisionOf(text: string, mentions: readonly RawMention[]): string | undefined {
  if (!DECISION_MARKER.test(text)) return undefined;
  const firstLines = text.split(/\r?\n/u).filter((l) => l.trim()).slice(0, 4).map((l) => l.trim());
  for (const m of mentions) {
    if (!m.act || !isEurasianDecisionSeries(m.act.series) || !m.act.year) continue;
    const own = text.slice(m.start, m.end);
    // (its line may go on with its quoted title: «Решение Коллегии … от 12.05.2020 N 64 "О внесении изменений …"»)
    const heading = firstLines.some((l) => l.startsWith(own) && /^\.?\s*(?:["«“„].*)?$/u.test(l.slice(own.length)));
    const stamp = /\n/u.test(own) && STAMP_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
    if (heading || stamp) return INSTRUMENTS.lawId(m.act.series, m.act.number, m.act.year);
  }
  return undefined;
}

/** The registry id of the act the text is, or undefined when its heading is no act's date and number. */
export function ownActOf(text: string, mentions: readonly RawMention[]): string | undefined {
  return ownDatedActOf(text, mentions) ?? ownDecisionOf(text, mentions) ?? ownStampedActOf(text, mentions);
}

/**
 * The act whose approval stamp a text carries above what it approved ("Утверждено\n\nпостановлением Правительства\n\n
 * Российской Федерации\n\nот 21 марта 2012 г. N 218\n\nI. Общие положения"): the stamp is a block of its own lines,
 * and the text reads as the act ("постановляет:", "1. Утвердить прилагаемые").
 */
function ownStampedActOf(text: string, mentions: readonly RawMention[]): string | undefined {
  if (!ACT_MARKER.test(text) && !DECISION_MARKER.test(text)) return undefined;
  for (const m of mentions) {
    if (!m.act?.year || !(m.act.series === 'gov' || m.act.series === 'ukaz')) continue;
    if (STAMP_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && /^[ \t]*(?:\r?\n|$)/u.test(text.slice(m.end))) return INSTRUMENTS.lawId(m.act.series, m.act.number, m.act.year);
  }
  return undefined;
}

function ownDatedActOf(text: string, mentions: readonly RawMention[]): string | undefined {
  const lines = text.slice(0, 600).split(/\r?\n/u).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 4);
  const above: string[] = [];
  for (const line of lines) {
    const m = DATED_LINE.exec(line);
    if (!m) {
      if (!ABOVE.test(line)) return undefined;
      above.push(line);
      continue;
    }
    if (!ACT_MARKER.test(text)) return undefined;
    const g = m.groups!;
    const number = (g.n ?? g.n2)!.replace(/I$/, '1');
    const year = /(\d{4})/u.exec((g.d1 ?? g.d2)!)?.[1];
    const type = [...above, g.type ?? ''].join(' ');
    let series: LawSeries | undefined;
    if (g.fz ?? g.fz2) series = 'fz';
    else if (/-1$/.test(number)) series = 'rf';
    else if (/Government|GOVERNMENT|Правительств|ПРАВИТЕЛЬСТВО|Resolution|RESOLUTION|Постановлени|ПОСТАНОВЛЕНИЕ/u.test(type)) series = 'gov';
    // Date and number alone: the type is the one a mention of the same number and year gives ("Approved by the Order of
    // the Government of the Russian Federation of December 29, 2007 No. 992").
    else series = mentions.find((r) => r.act && r.act.number === number && r.act.year === year)?.act?.series;
    return series && year ? INSTRUMENTS.lawId(series, number, year) : undefined;
  }
  return undefined;
}

/**
 * The date-and-number lines that head an act a text reproduces ("8 апреля 2003 года N 45-ФЗ" on its own line, then
 * "ФЕДЕРАЛЬНЫЙ ЗАКОН" and its title): the act's own heading, no citation (its name in running text, "Федерального
 * закона от 8 апреля 2003 года N 45-ФЗ", is one). Spans [start, end) of such lines.
 */
/** A line of a date and a number only: "8 апреля 2003 года N 45-ФЗ", "of July 23, 2013 No. 194-FZ", "от 29.12.2007 № 992". */
const BARE_DATED_LINE = new RegExp(String.raw`^(?:(?:of|dated|from|от)\s+)?(?:${DATE_EN}|${DATE_RU})\s*,?\s*${NO}\d{1,5}(?:-[1I])?(?:\s?-\s?(?:FZ|ФЗ))?\.?$`, 'u');

export function reproducedActHeadings(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lines: Array<{ start: number; text: string }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) lines.push({ start: m.index, text: m[0] });
  lines.forEach((line, i) => {
    const t = line.text.trim();
    if (t.length > 80 || !/\d/.test(t)) return;
    if (!BARE_DATED_LINE.test(t)) return;
    const near = [lines[i - 1], lines[i + 1], lines[i + 2]].filter((l): l is { start: number; text: string } => !!l).map((l) => l.text.trim());
    if (near.some((l) => ABOVE.test(l))) out.push([line.start, line.start + line.text.length]);
  });
  return out;
}
