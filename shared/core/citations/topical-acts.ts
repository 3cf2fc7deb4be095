// A numbered act cited without its year ("федеральный закон №398-ФЗ", "Law No. 139-FZ") in a text on its subject: the one registered act of that number whose title's words the text uses.
import { tokenize } from '../search/text-pipeline.js';
import { INSTRUMENTS, type LawSeries } from './registry.js';
import { titleStems } from './worded-titles.js';

// Federal law numbers restart every year, so a number alone names an act only where something else tells which
// (mentions.ts, settleActs): its date, the registry's `byNumberAlone`, a text written soon after it (recent-acts.ts). A
// text on the act's subject is such a sign: "федеральный закон №398-ФЗ" in a text on blocking sites that speaks of
// «информации», «защите» is 2013's law amending the Law on Information, and "№ 152-ФЗ" in a text on taxes is not
// 2006's Law on Personal Data (the text never says «персональных данных»). Only the registry's acts (the domain's),
// only where exactly one registered act has that series and number, and only where the text uses every content word
// of its title (any word form; amending boilerplate aside), at least two of them.

const AMENDING = new Set(['amend', 'introduct', 'introduc', 'внесен', 'изменен', 'дополнен', 'addit', 'addenda', 'certain', 'отдельн', 'законодательн', 'legisl', 'act', 'акт', 'piec']);

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
        const title = /["«“„](.{8,}?)["»”“](?:\s*\(|$)/u.exec(name)?.[1] ?? /\b\d{4},?\s+(?:on|amending)\s+(.*?)(?:\s*\(.*\))?$/u.exec(name)?.[1];
        const stems = title ? titleStems(title).filter((s) => !AMENDING.has(s)) : [];
        if (stems.length >= 2) list.push(stems);
      }
      subjects.set(d.id, list);
    }
  }
  return subjects.get(id) ?? [];
}

let lastText: string | undefined;
let lastStems: Set<string> | undefined;

/** The stems a text uses (the last text's kept: one text asks for each of its acts). */
function stemsOf(text: string): Set<string> {
  if (text !== lastText) {
    lastText = text;
    lastStems = new Set(tokenize(text).flatMap((t) => (t.stem ? [t.stem] : [])));
  }
  return lastStems!;
}

/** The one registered act of that series and number when the text uses every content word of one of its titles. */
export function topicalActByNumber(act: { series: LawSeries; number: string }, text: string): string | undefined {
  const ids = INSTRUMENTS.lawIds(act.series, act.number);
  if (ids.length !== 1) return undefined;
  const used = stemsOf(text);
  return subjectsOf(ids[0]!).some((stems) => stems.every((s) => used.has(s))) ? ids[0] : undefined;
}
