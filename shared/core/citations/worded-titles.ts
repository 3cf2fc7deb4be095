// A law named by its title in other words (word forms, order, small words): the registered law whose title has the same stems.
import { tokenize } from '../search/text-pipeline.js';
import { INSTRUMENTS } from './registry.js';

// Written for laws cited by a title a writer or translator worded otherwise than the registry's name:
//   «закона «Об информации, информационных технологиях и защите информации»» (the official title has «и о защите»),
//   'the law “About information, informational technologies and protection of information”',
//   'Federal Law On Information, Information Technologies and Information Protection'.
// A title is compared by the set of its words' stems (lunr's English and Russian stemmers, stop words dropped), so word
// forms, word order and small words ("on"/"about", «о»/«об») do not matter, but every content word does: the 1995 law
// «Об информации, информатизации и защите информации» keeps «информатизации» apart from 2006's «информационных
// технологиях». "Russian Federation" and "law" are no content words (titles add and drop them). A title that amends
// another («О внесении изменений в Федеральный закон «Об обращении лекарственных средств»») never names the law it
// amends: its amending words are content words the amended law's title lacks. Titles whose content is only amending
// boilerplate («О внесении изменений в отдельные законодательные акты Российской Федерации», hundreds of laws' title)
// name no law, and stems shared by two registered laws' titles name neither.

const NOT_CONTENT = new Set(['russian', 'russia', 'feder', 'rf', 'рф', 'российск', 'федерац', 'law', 'закон', 'федеральн']);
/** The stems of amending boilerplate («О внесении изменений в отдельные законодательные акты …», "On Amendments to Certain Legislative Acts"). */
export const AMENDING = new Set(['amend', 'introduct', 'introduc', 'внесен', 'изменен', 'дополнен', 'addit', 'addenda', 'certain', 'отдельн', 'legisl', 'законодательн', 'act', 'акт', 'piec']);

/** British spellings read as the registry's American ones: "Organisations", "Licencing", "Defence", "Labour", "Programme". */
function britishToAmerican(title: string): string {
  return title.replace(/isation/gu, 'ization').replace(/([Ll])icenc/gu, '$1icens').replace(/([Dd])efence/gu, '$1efense').replace(/([Ll])abour/gu, '$1abor').replace(/([Pp])rogramme/gu, '$1rogram');
}

/** The content stems of a title, as a sorted key ("защ информац информацион технолог"). */
export function titleStems(title: string): string[] {
  const stems = new Set<string>();
  // (numbers count: «О внесении изменений в статью 16 …» is not the amendment of article 4)
  for (const t of tokenize(britishToAmerican(title))) if (t.stem && !NOT_CONTENT.has(t.stem)) stems.add(t.stem);
  return [...stems].sort();
}

/** The quoted title of a registered law's name («Федеральный закон от … № 149-ФЗ "Об информации, …"»), nested quotes kept. */
export const QUOTED_TITLE = /["«“„](.{8,}?)["»”“](?:\s*\(|$)/u;

let byStems: Map<string, string | null> | undefined;

/** Registered laws' titles (the quoted title of each name, or the English name's words after "on"), by their stems. */
function lawTitlesByStems(): Map<string, string | null> {
  if (byStems) return byStems;
  byStems = new Map();
  for (const d of INSTRUMENTS.all) {
    if (d.kind !== 'law' || !d.law) continue;
    const titles = new Set<string>();
    for (const name of [d.name.ru, d.name.en]) {
      const quoted = QUOTED_TITLE.exec(name)?.[1];
      // the English name's title: its words after "on" right after the law's date ("… of 27 July 2006 on Information, …")
      const onWords = /\b\d{4},?\s+on\s+(?:the\s+)?([A-Z].*?)(?:\s*\(.*\))?$/u.exec(name)?.[1];
      const title = quoted ?? (name === d.name.en ? onWords : undefined);
      if (title) titles.add(title);
    }
    for (const title of titles) {
      const stems = titleStems(title);
      if (stems.filter((s) => !AMENDING.has(s)).length < 2) continue;
      const key = stems.join(' ');
      const before = byStems.get(key);
      byStems.set(key, before === undefined || before === d.id ? d.id : null);
    }
  }
  return byStems;
}

let byAltStems: Map<string, string | null> | undefined;

/**
 * The one registered law one of whose other wordings (`titles`: "On Preventing Corruption") has exactly the stems of
 * `title`: only for a title right after a law's number, which other states' laws do not share.
 */
export function lawByAltTitle(title: string): string | undefined {
  if (!byAltStems) {
    byAltStems = new Map();
    for (const d of INSTRUMENTS.all) {
      for (const alt of d.titles ?? []) {
        const key = titleStems(alt).join(' ');
        const before = byAltStems.get(key);
        byAltStems.set(key, before === undefined || before === d.id ? d.id : null);
      }
    }
  }
  return byAltStems.get(titleStems(title).join(' ')) ?? undefined;
}

/** The one registered law whose title has exactly the stems of `title`, if any. */
export function lawByWordedTitle(title: string): string | undefined {
  return lawByStems(titleStems(title));
}

/** The one registered law whose title has exactly these (sorted, distinct) content stems, if any. */
function lawByStems(stems: readonly string[]): string | undefined {
  if (stems.length < 2) return undefined;
  return lawTitlesByStems().get(stems.join(' ')) ?? undefined;
}

/**
 * The longest run of words from `from` (up to the sentence's or the bracket's end, commas allowed) that is a registered
 * law's title in other words: its end and the law. For unquoted titles ("Federal Law On Information, Information
 * Technologies and Information Protection, which …"), where only the words say where the title ends.
 */
export function wordedTitleAt(text: string, from: number): { end: number; id: string } | undefined {
  const stop = /[.;:!?()[\]«»"“”„\n]/u.exec(text.slice(from, from + 240));
  const span = text.slice(from, from + (stop ? stop.index : 240));
  let best: { end: number; id: string } | undefined;
  const words = tokenize(span);
  // (the title's stems so far, word by word: each prefix is tried as a title)
  const stems = new Set<string>();
  const content = (stem: string | null): stem is string => !!stem && !NOT_CONTENT.has(stem);
  if (content(words[0]?.stem ?? null)) stems.add(words[0]!.stem!);
  for (let i = 1; i < words.length && i <= 24; i++) {
    const stem = words[i]!.stem;
    if (stem === 'law' || stem === 'закон') break; // another law's name begins
    if (!content(stem)) continue;
    stems.add(stem);
    const id = lawByStems([...stems].sort());
    if (id) best = { end: from + words[i]!.end, id };
  }
  return best;
}

const LAW_AFTER_TITLE = /\b(?:Law|law|Act)\b/g;
/** The words before a law word, after "the" or "Russia's" (a heading's "Agricultural Selection Achievement Law" names a field, not a statute). */
const TITLE_WORDS_BEFORE = /(?<=\b(?:the|The|Russia['’]s|its)[ \t]+(?:(?:Russian|Federal|RF)[ \t]+)?)(?:[\p{L}][\p{L}'’-]*[ \t]+){1,8}$/u;
/** Another state's law: an abbreviation in capitals ("the US Export Control Act", "the PRC …") or a nationality. */
const FOREIGN_WORD = /^(?:\p{Lu}{2,5}|American|Chinese|Vietnamese|Kazakh\p{L}*|Belarus\p{L}*|Ukrainian|Uzbek\p{L}*|Tajik\p{L}*|Kyrgyz\p{L}*|Armenian|Azerbaijani|Georgian|German|French|British|English|Japanese|Korean|Indian|European|Estonian|Latvian|Lithuanian|Moldovan|Polish|Finnish|Swiss|Canadian|Australian)$/u;
const NO_TITLE_WORD = /^(?:the|The|a|an|this|of|Law|law|Act|Russian|Federal|RF)$/u;

/**
 * English laws named by their title's words before the law word ("the Competition protection law", "the Copyright and
 * Related Rights Law"): the longest run of words right before it whose stems are a registered law's title.
 */
export function wordedTitlesBeforeLaw(text: string): Array<{ start: number; end: number; instrument: string }> {
  const out: Array<{ start: number; end: number; instrument: string }> = [];
  LAW_AFTER_TITLE.lastIndex = 0;
  for (let m = LAW_AFTER_TITLE.exec(text); m; m = LAW_AFTER_TITLE.exec(text)) {
    const from0 = Math.max(0, m.index - 120);
    const before = TITLE_WORDS_BEFORE.exec(text.slice(from0, m.index));
    if (!before) continue;
    const words = [...before[0].matchAll(/[\p{L}][\p{L}'’-]*/gu)];
    // the run is title words only: it starts after the last article, law word or "Russian"
    let first = 0;
    words.forEach((w, i) => { if (NO_TITLE_WORD.test(w[0])) first = i + 1; });
    // (a lower-case word before the title may be dropped, "the new Competition Protection Law"; a capitalised one is
    // the title's or names another state's law: "the PRC Electronic Signature Law", "the US Export Control Act")
    if (first < words.length && FOREIGN_WORD.test(words[first]![0])) continue;
    for (let i = first; i < words.length - 1; i++) {
      const from = from0 + before.index + words[i]!.index;
      const id = lawByWordedTitle(text.slice(from, m.index));
      if (id) {
        if (!otherYearAfter(text, m.index + m[0].length, id)) out.push({ start: from, end: m.index + m[0].length, instrument: id });
        break;
      }
      if (/^\p{Lu}/u.test(words[i]![0])) break;
    }
  }
  return out;
}

/** A year right after a law's name that is not the registered law's ("The Export Control Act of 1949"): another law. */
export function otherYearAfter(text: string, end: number, id: string): boolean {
  const year = /^\s*,?\s*(?:of\s+|from\s+|\()?((?:18|19|20)\d{2})\b/u.exec(text.slice(end, end + 12))?.[1];
  return !!year && year !== INSTRUMENTS.get(id)?.law?.year;
}
