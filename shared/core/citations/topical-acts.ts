// A numbered act cited without its year ("федеральный закон №398-ФЗ", "Law No. 139-FZ") in a passage or text on its subject: the one registered act of that number whose title's words they use.
import { tokenize } from '../search/text-pipeline.js';
import { INSTRUMENTS, type LawSeries } from './registry.js';
import { sentenceAt } from './sentences.js';
import { AMENDING, lawByWordedTitle, QUOTED_TITLE, titleStems } from './worded-titles.js';

// Federal law numbers restart every year, so a number alone names an act only where something else tells which
// (mentions.ts, settleActs): its date, the registry's `byNumberAlone`, a text written soon after it (recent-acts.ts). A
// text on the act's subject is such a sign: "Federal Law No. 311-FZ “On customs regulations in the Russian Federation”"
// is 2010's Law on Customs Regulation, and "№ 152-ФЗ" in a text on taxes is not 2006's Law on Personal Data (it never
// says «персональных данных»). Only the registry's acts (the domain's), only where exactly one registered act has that
// series and number, and only where the act's paragraph (or the one before it) or the text's opening uses every subject
// word of its title (any word form), at least two of them (an issue thread names «152-ФЗ» in its title and says
// «персональных данных» in its first paragraph; a digest's other item far from it does not count). Subject words are a
// title's content words less amending boilerplate and the words of codes' names ("Part Four of the Civil Code" is any
// amending law's subject). A title quoted right after the number without the act's subject words, or a year in its
// sentence that is not the act's, says it is another act of that number («№ 61-ФЗ «Об обороне»», "in 2018 Federal Law
// No. 316-FZ").

/** Amending boilerplate and the words that place an amendment in an act ("Part Four", "Article"): no act's subject. */
const NO_SUBJECT = new Set([...AMENDING, 'part', 'часть', 'част', 'four', 'fourth', 'четверт', 'articl', 'стат']);

/** The words of the big codes' names ("Part Four of the Civil Code", «части первую и вторую Налогового кодекса»): no act's subject. */
const CODE_WORDS = new Set(titleStems('Civil Criminal Administrative Procedure Procedural Tax Offences Offenses Code Codes Гражданский Гражданского Уголовный Уголовного Налоговый Налогового Кодекс Кодекса кодексы процессуальный процессуального административных правонарушениях части первую вторую третью четвертую'));

/** The subject stems of each registered act's titles (both languages), by id. */
let subjects: Map<string, string[][]> | undefined;
function subjectsOf(id: string): string[][] {
  if (!subjects) {
    subjects = new Map();
    for (const d of INSTRUMENTS.all) {
      if (d.kind !== 'law' || !d.law) continue;
      const list: string[][] = [];
      for (const name of [d.name.ru, d.name.en]) {
        // the quoted title, or the English name's words after its date
        const title = QUOTED_TITLE.exec(name)?.[1] ?? /\b\d{4},?\s+(?:on|amending)\s+(.*?)(?:\s*\(.*\))?$/u.exec(name)?.[1];
        const stems = title ? titleStems(title).filter((s) => !NO_SUBJECT.has(s) && !CODE_WORDS.has(s) && !/^\d+$/.test(s)) : [];
        if (stems.length >= 2) list.push(stems);
      }
      subjects.set(d.id, list);
    }
  }
  return subjects.get(id) ?? [];
}

/** A quoted title right after an act's number (its date between at most). */
const TITLE_AFTER = /^\s*(?:,?\s*(?:of|dated|от)\s+[^"«“„\n]{4,30}?)?\s*["«“„]([^"«»“”„\n]{4,200})["»”“]/u;
/** A code named in a sentence (by word or abbreviation). */
export const CODE_IN_SENTENCE = /\bCode\b|(?<![\p{L}])(?:[Кк]одекс|ГК|УК|НК|КоАП|АПК|ГПК|ТК)(?![\p{L}])/u;
const YEARS = /(?<![\d./-])((?:19|20)\d{2})(?![\d./-])/gu;

/** How much of a text's start says what it is about (a title, an issue's first paragraph). */
const OPENING = 800;

/** The act's paragraph and the one before it. */
function passageAround(text: string, start: number): string {
  const before = text.lastIndexOf('\n\n', start);
  const from = before < 0 ? 0 : Math.max(0, text.lastIndexOf('\n\n', before - 1));
  const after = text.indexOf('\n\n', start);
  return text.slice(from < 0 ? 0 : from, after < 0 ? text.length : after);
}

/** The stems a passage uses. */
function stemsOf(passage: string): Set<string> {
  return new Set(tokenize(passage).flatMap((t) => (t.stem ? [t.stem] : [])));
}

/** The one registered act of that series and number when its passage or the text's opening is on its subject (see above). */
export function topicalActByNumber(act: { series: LawSeries; number: string }, text: string, at: { start: number; end: number }, starts: number[]): string | undefined {
  const ids = INSTRUMENTS.lawIds(act.series, act.number);
  if (ids.length !== 1) return undefined;
  const id = ids[0]!;
  const titles = subjectsOf(id);
  if (!titles.length) return undefined;
  // (a title quoted right after it: the act's own, in any words, or another's; a title two acts share names either)
  const quoted = TITLE_AFTER.exec(text.slice(at.end, at.end + 260))?.[1];
  if (quoted) {
    const named = lawByWordedTitle(quoted);
    const words = new Set(titleStems(quoted));
    if (named !== id && !titles.some((stems) => stems.every((st) => words.has(st)))) return undefined;
  }
  const [s, e] = sentenceAt(starts, at.start, text.length);
  const sentence = text.slice(s, e);
  // (a code named in its sentence: the number may be the code's enacting or amending law, "Part Two of the Civil Code
  // (Federal Law No. 14-FZ)")
  if (CODE_IN_SENTENCE.test(sentence)) return undefined;
  const years = [...sentence.matchAll(YEARS)].map((m) => m[1]);
  if (years.length && !years.includes(INSTRUMENTS.get(id)?.law?.year)) return undefined;
  const uses = (passage: string): boolean => {
    const used = stemsOf(passage);
    return titles.some((stems) => stems.every((st) => used.has(st)));
  };
  return uses(passageAround(text, at.start)) || uses(text.slice(0, OPENING)) ? id : undefined;
}
