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

/** Amending words: a sentence that names a code and speaks of amending it cites the code's amending law by number. */
const AMENDING_SENTENCE = /\bamend|(?<![\p{L}])(?:[Пп]оправк|[Вв]нес(?:[её]н|ла|ли|ено|ены|ти)?(?![\p{L}])|[Ии]зменени)/u;
/** A verb of the act's own making after it: "was adopted in August", «принят в 2020 году». */
const MADE_AFTER = /^[^.;!?]{0,120}?\b(?:adopted|passed|enacted|signed)\b|^[^.;!?]{0,120}?(?<![\p{L}])(?:принят|подписан)[а-яё]*/u;
/** The verb of its making right before it: «2 ноября 2004 г. принят Федеральный закон N 127-ФЗ», "Russia adopted Law No. 14-FZ". */
// (never an act by which something else was made: "which was adopted by Federal Law No. 149-FZ", «введен Законом»)
const MADE_RIGHT_BEFORE = /(?:\b(?:adopted|passed|enacted|signed)|(?<![\p{L}])(?:принят|подписан|принял|подписал)[а-яё]*)\s+(?!(?:by|with|in\s+accordance)\b)(?:(?:the|a|new)\s+)?[\p{L}\s]{0,24}$/u;
/** A lower-case or unquoted English title right after the number: "Federal Law No. 98-FZ on Fisheries". */
const EN_TITLE_AFTER = /^\s+(?:on|On)\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|and|the|in|for|\p{Lu}[\p{L}-]*)){0,6})/u;

/** The numbers of the laws that enacted a code or its parts (any year), read once from the registry. */
let enacting: Set<string> | undefined;
function enactingNumbers(): Set<string> {
  return (enacting ??= new Set(INSTRUMENTS.all.flatMap((d) => (d.enactedBy ?? []).map((x) => x.number))));
}

/**
 * A registered act that texts cite by number alone (the registry's `byNumberAlone`), cited so, is another act of that
 * number where its words say so: a title after it that is not the act's («№ 98-ФЗ «О рекламе»», "No. 98-FZ on
 * Fisheries"); a code named in its sentence that the number enacted or that the sentence amends ("Part Two of the
 * Civil Code (Federal Law No. 14-FZ)", «Поправки в Налоговый кодекс внес закон № 152-ФЗ»); the verb of its making in a
 * sentence whose years are not the act's ("On 7 July 2019, Law No. 99-FZ On Licensing was … adopted in August").
 */
export function numberAloneContradicted(id: string, text: string, at: { start: number; end: number }, starts: number[]): boolean {
  const def = INSTRUMENTS.get(id);
  const law = def?.law;
  if (!law) return false;
  const titles = subjectsOf(id);
  const after = text.slice(at.end, at.end + 260);
  const quoted = TITLE_AFTER.exec(after)?.[1] ?? EN_TITLE_AFTER.exec(after)?.[1];
  // (a title after it that amends a code the act's own title never names: «№ 127-ФЗ "О внесении изменений в части
  // первую и вторую Налогового кодекса…"» is 2004's, not 2002's Law on Insolvency)
  if (quoted && CODE_IN_SENTENCE.test(quoted) && !CODE_IN_SENTENCE.test(`${def.name.ru} ${def.name.en}`)) return true;
  if (quoted && titles.length) {
    const named = lawByWordedTitle(quoted);
    // (its subject words, if it has any beyond amending boilerplate: "On Amendments to the Federal Law …" says nothing)
    const words = new Set(titleStems(quoted).filter((st) => !NO_SUBJECT.has(st) && !CODE_WORDS.has(st) && !/^\d+$/.test(st)));
    if (words.size && named !== id && !titles.some((stems) => stems.some((st) => words.has(st)))) return true;
  }
  const [s, e] = sentenceAt(starts, at.start, text.length);
  const sentence = text.slice(s, e);
  // (the code and the amending words up to the act, or just after it)
  const upTo = text.slice(s, Math.min(e, at.end + 40));
  if (CODE_IN_SENTENCE.test(upTo)) {
    if (enactingNumbers().has(law.number) || AMENDING_SENTENCE.test(upTo)) return true;
  }
  const years = [...sentence.matchAll(YEARS)].map((m) => m[1]);
  const madeBefore = MADE_RIGHT_BEFORE.test(text.slice(Math.max(s, at.start - 30), at.start));
  return years.length > 0 && !years.includes(law.year) && (madeBefore || MADE_AFTER.test(text.slice(at.end, e)));
}
