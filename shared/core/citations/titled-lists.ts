// Lists of laws named by their titles after one plural law word: each further quoted title is a law of its own.
import type { RawMention } from './types.js';

// Written for:
//   "федеральные законы «Об информации, информационных технологиях и о защите информации» и «О коммерческой тайне»"
//   "законы «О коммерческой тайне», «О защите конкуренции» и «Об информации, ...»", "the Federal Laws "On Commercial
//   Secrets" and "On Protection of Competition""
// A title is a law's only when the registry knows it under that title (a quoted "О рекламе" it does not know is nothing).

/** The plural law word at the start of a mention ("федеральные законы", "Federal Laws"). */
const PLURAL = /^(?:[Фф]едеральн[а-яё]*\s+)?[Зз]акон(?:ы|ов|ами|ам|ах)(?![а-яё])|^(?:(?:Russian\s+)?Federal\s+)?Laws\b/u;
/** The next title of the list: ", «...»", " и «...»", " and "..."". */
const NEXT_TITLE = /^(?:\s*,\s*(?:и\s+|and\s+)?|\s+(?:и|and)\s+)(["«“„][^"«»“”„]{3,300}["»”“])/u;

/**
 * Mentions for the further titles of a list that starts with a plural law word. `nameOf` finds a registry mention in
 * a law word followed by a title ("Закон «О коммерческой тайне»") and returns its instrument when it covers all of it.
 */
export function titledListMentions(text: string, found: readonly RawMention[], lang: 'en' | 'ru', nameOf: (phrase: string) => string | undefined): RawMention[] {
  const out: RawMention[] = [];
  for (const m of found) {
    if (!m.instrument || !PLURAL.test(text.slice(m.start, m.end))) continue;
    let pos = m.end;
    for (let next = NEXT_TITLE.exec(text.slice(pos)); next; next = NEXT_TITLE.exec(text.slice(pos))) {
      const title = next[1]!;
      const instrument = nameOf(`${lang === 'ru' ? 'Закон' : 'Law'} ${title}`);
      if (!instrument) break;
      const start = pos + next[0].length - title.length;
      out.push({ start, end: start + title.length, instrument });
      pos = start + title.length;
    }
  }
  return out;
}
