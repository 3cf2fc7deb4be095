// A law named by the start of its quoted title cut with an ellipsis ("ст. 15.1 Закона «Об информации...»"): the one registered law whose title starts so.
import { INSTRUMENTS } from './registry.js';
import type { RawMention } from './types.js';

// Written for (a 2024 note on unblocking sites): "ст.15.1 Закона «Об информации...»". Writers cut a long title they
// expect the reader to know. The registry's full names carry each law's quoted title; a cut title names the law whose
// title starts so (eight letters or more, case and "ё" aside), and where a law succeeded another of that title («Об
// информации, информатизации…» of 1995, «Об информации, информационных технологиях…» of 2006: the same up to the first
// comma) the later one, as a writer who cuts the title means the law in force; laws that merely start alike («О защите
// прав...»: consumers' or businesses') give nothing. Never a code's or a treaty's name (they are not
// cut so), never an amending law's title («О внесении изменений...» starts hundreds).

const LAW_WORD = {
  ru: String.raw`(?<![\p{L}])(?:[Фф]едеральн[а-яё]{1,3}\s+)?[Зз]акон[а-яё]{0,3}(?:\s+(?:Российской\s+Федерации|РФ))?\s+`,
  en: String.raw`\b(?:Federal\s+)?Law\s+`,
};
/** The quoted start of a title and its ellipsis: «Об информации...», "On Information…". */
const CUT_TITLE = String.raw`["«“„](?<title>[^"«»“”„.…]{8,120}?)\s*(?:\.\.\.|…)\s*["»”“]`;
const CUT = { ru: new RegExp(LAW_WORD.ru + CUT_TITLE, 'gu'), en: new RegExp(LAW_WORD.en + CUT_TITLE, 'gu') };

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

let titles: Array<{ title: string; id: string; year: number }> | undefined;

/** Registered laws' quoted titles (both languages), folded, with the year their id ends with. */
function lawTitles(): Array<{ title: string; id: string; year: number }> {
  if (!titles) {
    titles = [];
    for (const d of INSTRUMENTS.all) {
      if (d.kind !== 'law') continue;
      for (const name of [d.name.ru, d.name.en]) {
        const quoted = /["«“„]([^"«»“”„]{8,})["»”“]/u.exec(name)?.[1];
        const year = Number(/-(\d{4})$/.exec(d.id)?.[1]);
        if (quoted && year && !/^(?:о|on)\s+(?:внесении|amend)/u.test(fold(quoted))) titles.push({ title: fold(quoted), id: d.id, year });
      }
    }
  }
  return titles;
}

/** Mentions of laws named by a cut title, each the one registered law whose title starts with the words given. */
export function truncatedTitleMentions(text: string, lang: 'en' | 'ru'): RawMention[] {
  const re = CUT[lang];
  re.lastIndex = 0;
  const out: RawMention[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = fold(m.groups!.title!);
    if (/^(?:о|on)\s+(?:внесении|amend)/u.test(start)) continue;
    const found = lawTitles().filter((t) => t.title.startsWith(start)).sort((a, b) => b.year - a.year);
    // several laws: one successor's title only (the same up to its first comma: «об информации, …»), never laws that
    // merely start alike («О защите прав...»: consumers' or businesses')
    const head = (t: string): string => t.split(',')[0]!;
    if (!found.length || new Set(found.map((t) => head(t.title))).size > 1) continue;
    out.push({ start: m.index, end: m.index + m[0].length, instrument: found[0]!.id });
  }
  return out;
}
