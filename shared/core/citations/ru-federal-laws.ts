// Russian references to numbered legal acts: federal laws ("№ 187-ФЗ", "N 187-ФЗ"), laws of the RF, government resolutions.
import { CIS_STATE } from './another-state.js';
import { WB_END, WB_START } from './registry.js';
import { DAY_RU, orderNumber, yearOf } from './en-federal-laws.js';
import { sentenceAt, sentenceStarts } from './sentences.js';
import type { CitationFamily, RawMention } from './types.js';

// Written for (the registration number is a law's, never an article's):
//   "(В редакции Федерального закона от 12.03.2014 № 35-ФЗ)"                       (ГК РФ, passim)
//   "(Наименование в редакции федеральных законов от 12.03.2014 № 35-ФЗ, от 23.05.2018 № 116-ФЗ)"
//   "предусмотренной Федеральным законом от 21 декабря 2013 года № 353-ФЗ "О потребительском кредите (займе)""  (УК РФ)
//   "о Федеральном законе от 02.07.2013 N 187-ФЗ "О внесении изменений ..." (далее - Закон N 187-ФЗ)"  (ГАРАНТ: "N" for "№")
//   "Федеральный закон «О внесении изменений в отдельные законодательные акты ...» от 02.07.2013 N 187-ФЗ"  (title first)
//   "Закон РФ от 09.07.1993 № 5351-1 "Об авторском праве и смежных правах"", "Постановление Правительства РФ от 29.12.2007 № 992"
//   "Федеральный закон № 187-ФЗ от 02.07.2013" (the date after the number), "187-ФЗ от 02.07.2013" (no number sign), "ФЗ № 149-ФЗ", "Закон РФ от 9 июля 1993 г. N 5351-I"
//   "ФЗ-152" (the series before the number, as developers and compliance notes write it; never inside a path or a tag)
// Never: "Дело № А71-8958/2023", "N 01-06/24387" (letters and cases), "№ 50, ст. 4847" (a gazette position).

// (and a two-digit year, as acts of the 1990s were often written: "от 11.09.97 N 1008")
const DATE_RU = String.raw`(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}(?![\d.]))|${DAY_RU}\s+[а-я]+\s+\d{4})(?:\s*(?:г\.|года))?`;
const LAW_WORD = String.raw`(?:(?:[Фф]едеральн[а-яё]{0,4}\s*(?:[Кк]онституционн[а-яё]{0,4}\s*)?)?[Зз]акон[а-яё]{0,4}(?:\s+(?:Российской\s+Федерации|РФ))?|(?<![-\d])ФЗ)`;
const TITLE = String.raw`(?:\s+["«“„][^"«»“”„]{3,300}["»”“])`;

/**
 * The series as forums and chats write it, with a space or in lower case: «нарушение 152 ФЗ», «по 54-фз», «ФЗ 152 о
 * персональных данных». Never an article's number before the law's word («ст. 15 ФЗ «О рекламе»», «статьи 15 и 16 ФЗ»),
 * nor a year after it («ФЗ 2006 года»).
 */
const ARTICLE_BEFORE = String.raw`(?<!(?:[Сс]т(?:ать[а-яё]{1,3})?|[Чч](?:аст[а-яё]{1,3})?|[Пп]п?(?:ункт[а-яё]{0,3}|одпункт[а-яё]{0,3})?|[Аа]бз(?:ац[а-яё]{0,3})?)\.?\s*[\d.,\sи–-]{0,20})`;
const NOT_A_YEAR = String.raw`(?!(?:19|20)\d\d(?!\d))`;
// (the digit is looked for first: the look-behind, with its open run of spaces, is tried only where a number starts)
const SPACED_SERIES = String.raw`(?=\d)${ARTICLE_BEFORE}(?<![\d/.,-])${NOT_A_YEAR}(?<n5>\d{2,4})(?:\s|-(?=фз))(?:ФЗ|фз)(?![\p{L}\d-])|(?<![\p{L}\d\-/#_])(?:ФЗ|фз)\s${NOT_A_YEAR}(?<n6>\d{2,4})(?![\d\-/.,]\d|[\d\-/]|\s*(?:г\.|год))`;

const LAW_RU = new RegExp(
  String.raw`${WB_START}(?:(?<word>${LAW_WORD})${TITLE}?\s+)?(?:от\s+(?<d>${DATE_RU})\s*,?\s*|от\s+(?=№))?` +
    // («Федеральный закон от № 78 — ФЗ «О библиотечном деле»»: a date left out, a spaced dash)
    String.raw`(?:(?:№|No\.?|N)\s*(?:(?<n>\d{1,4})(?:-|\s[-–—]\s)ФЗ|(?<k>\d{1,2})-ФКЗ|(?<rf>\d{3,4}-[1I])(?![\d-])|(?<bare>\d{1,4})(?![\d\-/.,]\d|[\d\-/]))|(?<![\d/-])(?<n3>\d{1,4})-ФЗ|(?<![\d/-])(?<k3>\d{1,2})-ФКЗ|(?<![\p{L}\d\-/#_])ФЗ-(?<n4>\d{1,4})(?![\d\-/_]|\.[\p{L}\d])|${SPACED_SERIES}|(?<=[Зз]акон[а-яё]{0,4}\s)(?<rf2>\d{3,4}-[1I])(?![\d-]))${WB_END}(?:\s*(?:от\s+)(?<d2>${DATE_RU})|\s*\((?<y3>(?:19|20)\d{2})(?:\s*г\.)?\))?`,
  'gu',
);

/**
 * "Постановление Правительства РФ от 29.12.2007 № 992", "… № 992 от 29.12.2007", and without the date, as procurement
 * texts write it: "Постановление Правительства РФ № 1236", "ПП РФ № 1236", "Постановление правительства 1236 от 16
 * ноября" (a year-less date). Without a year the act is the one its sentence dates, else the registry's one act of that
 * number (mentions.ts); never a region's government ("Правительства Москвы № 123": the words after it are no number),
 * nor the Plenum's ("Пленум ВС РФ в ПП № 10 от 23.04.2019 разъяснил"), nor, year-less, another state's government's in a
 * sentence on it ("В Казахстане постановление правительства № 1236 от 16 ноября").
 */
const GOVERNMENT_RU = new RegExp(
  String.raw`${WB_START}(?:(?:[Пп]остановлени|[Рр]аспоряжени|ПОСТАНОВЛЕНИ|РАСПОРЯЖЕНИ)[а-яёА-ЯЁ]{0,3}\s+[Пп]равительства|ПП(?<!(?:Пленум|ВС|ВАС|Верховн|Конституционн|КС)(?![\p{L}])[^.!?\n]{0,200}ПП)(?=\s+(?:РФ\s+)?(?:№|N))(?![^.!?\n]{0,60}Пленум))(?:\s+(?:Российской\s+Федерации|РФ|России))?\s+(?:от\s+(?<d>${DATE_RU})\s*(?:№|No\.?|N)\s*(?<n>\d{1,5}(?:-р)?)${WB_END}|(?:№|No\.?|N)\s*(?<n2>\d{1,5}(?:-р)?)(?![\d/-])(?:\s+от\s+(?<d2>${DATE_RU}))?|(?<n3>\d{3,5}(?:-р)?)(?![\d/.,-])(?:\s+от\s+(?<d3>${DATE_RU})|(?=\s+от\s+\d{1,2}[\s.])))`,
  'gu',
);


/**
 * "Указ Президента РФ от 06.03.1997 N 188", "Указом Президента Российской Федерации № 188 от 6 марта 1997 г.", "Указом
 * Президента России от 12 мая 2008 года № 724", and
 * without its date ("Указе Президента № 490 (2019)", "Указ Президента РФ № 322"): its year then from a bracket after
 * it, else its sentence or the registry's one act of that number (mentions.ts).
 */
const PRESIDENT_RU = new RegExp(
  String.raw`${WB_START}(?:[Уу]каз|УКАЗ)[а-яёА-ЯЁ]{0,3}\s+[Пп]резидента(?:\s+(?:Российской\s+Федерации|РФ|России))?\s+(?:от\s+(?<d>${DATE_RU})\s*(?:№|No\.?|N)\s*(?<n>\d{1,5})${WB_END}|(?:№|No\.?|N)\s*(?<n2>\d{1,5})(?![\d/-])(?:\s+от\s+(?<d2>${DATE_RU})|\s*\((?<y3>(?:19|20)\d{2})\))?)`,
  'gu',
);

/** A head in the plural ("Постановлений Правительства", "Указами Президента"): more acts of its series may follow. */
const PLURAL_HEAD = /^(?:[Пп]остановлени|[Рр]аспоряжени|[Уу]каз)(?:й|ями|ях|ов|ами|ах)\s/u;
/** The next act of a list after a plural head: ", от 08.12.2008 N 917", " и от 04.03.2010 № 126". */
const NEXT_DATED_ACT = new RegExp(String.raw`^(?:\s*,\s*|\s+и\s+)от\s+(?<d>${DATE_RU})\s*(?:№|N)\s*(?<n>\d{1,5}(?:-р)?)${WB_END}`, 'u');

/**
 * The acts listed after one named in the plural with its date and number ("в ред. Постановлений Правительства РФ от
 * 17.09.2007 N 845, от 08.12.2008 N 917, от 04.03.2010 N 126"): each of the same series, by its own date and number.
 */
function listedAfter(text: string, m: RegExpExecArray, series: 'gov' | 'ukaz', out: RawMention[]): void {
  if (!PLURAL_HEAD.test(m[0]) || !m.groups!.d) return;
  let at = m.index + m[0].length;
  for (let next = NEXT_DATED_ACT.exec(text.slice(at)); next; next = NEXT_DATED_ACT.exec(text.slice(at))) {
    const start = at + next[0].indexOf('от');
    const year = yearOf(next.groups!.d);
    at += next[0].length;
    out.push({ start, end: at, act: { series, number: series === 'gov' ? orderNumber(next.groups!.n!) : next.groups!.n!, ...(year ? { year } : {}) } });
  }
}

export function findRussianActs(text: string): RawMention[] {
  const out: RawMention[] = [];
  LAW_RU.lastIndex = 0;
  for (let m = LAW_RU.exec(text); m; m = LAW_RU.exec(text)) {
    const g = m.groups!;
    // (its year in brackets after it: «Федеральному закону № 123-ФЗ (2020)»)
    const year = yearOf(g.d ?? g.d2) ?? g.y3;
    if (g.rf && !g.word) continue;
    // "N 1-ФКЗ", "3-ФКЗ": a federal constitutional law, by its own series
    if (g.k ?? g.k3) {
      out.push({ start: m.index, end: m.index + m[0].length, act: { series: 'fkz', number: (g.k ?? g.k3)!, ...(year ? { year } : {}) } });
      continue;
    }
    // "ФЗ № 187", "Федеральный закон № 187": a number without its "-ФЗ" only after a federal law's own word
    if (g.bare && !(g.word && /ФЗ|едеральн/u.test(g.word))) continue;
    // "N 5351-I" (a Roman one, as ГАРАНТ writes the laws of 1991-1993) is "5351-1"
    const rf = g.rf ?? g.rf2;
    const number = rf ? rf.replace(/I$/, '1') : (g.n ?? g.n3 ?? g.n4 ?? g.n5 ?? g.n6 ?? g.bare)!;
    out.push({ start: m.index, end: m.index + m[0].length, act: { series: rf ? 'rf' : 'fz', number, ...(year ? { year } : {}) } });
  }
  PRESIDENT_RU.lastIndex = 0;
  for (let m = PRESIDENT_RU.exec(text); m; m = PRESIDENT_RU.exec(text)) {
    const year = yearOf(m.groups!.d ?? m.groups!.d2) ?? m.groups!.y3;
    out.push({ start: m.index, end: m.index + m[0].length, act: { series: 'ukaz', number: (m.groups!.n ?? m.groups!.n2)!, ...(year ? { year } : {}) } });
    listedAfter(text, m, 'ukaz', out);
  }
  GOVERNMENT_RU.lastIndex = 0;
  let starts: number[] | undefined;
  for (let m = GOVERNMENT_RU.exec(text); m; m = GOVERNMENT_RU.exec(text)) {
    const year = yearOf(m.groups!.d ?? m.groups!.d2 ?? m.groups!.d3);
    if (!year) {
      // ("Постановление правительства 2019 от 16 ноября": a year, not a number)
      if (m.groups!.n3 && /^(?:19|20)\d\d$/.test(m.groups!.n3)) continue;
      const [s, e] = sentenceAt((starts ??= sentenceStarts(text)), m.index, text.length);
      if (CIS_STATE.test(text.slice(s, e))) continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, act: { series: 'gov', number: orderNumber((m.groups!.n ?? m.groups!.n2 ?? m.groups!.n3)!), ...(year ? { year } : {}) } });
    listedAfter(text, m, 'gov', out);
  }
  return out;
}

export const RU_FEDERAL_LAWS: CitationFamily = { id: 'ru-federal-laws', lang: 'ru', find: (text) => ({ mentions: findRussianActs(text) }) };
