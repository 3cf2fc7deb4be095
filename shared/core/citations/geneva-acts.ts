// "the Geneva Act" named alone: the Hague Agreement's (1999) or the Lisbon Agreement's (2015), by what the text is about.
import type { RawMention } from './types.js';

// Written for (a patent firm's note on Russia joining the Hague system in 2017; a WIPO note on the Lisbon system):
//   "Russia acceded to the Geneva Act on 28 February 2017. The Geneva Act allows a single application …",
//   «Россия присоединилась к Женевскому акту … Женевским актом предусмотрено …».
// The registry names each Act with its agreement ("Geneva Act of the Hague Agreement"). Alone, "the Geneva Act" is the
// one of the two agreements the text is about: it names the Hague Agreement or industrial designs and not the Lisbon
// Agreement or appellations of origin, or the other way round. A text about both, or about neither (the Nice
// Agreement's Geneva Act of 1977, a Geneva Act of a convention), gets nothing.

const GENEVA_ACT = {
  // (never followed by its agreement's name, which the registry's names cover)
  en: /\bGeneva Act\b(?!\s+of\s+(?:the\s+)?(?:Hague|Lisbon|Nice|Madrid))/g,
  ru: /(?<![\p{L}])Женевск(?:ий|ого|ому|им|ом)\s+акт(?:а|у|ом|е)?(?![\p{L}])(?!\s+(?:Гаагск|Лиссабонск|Ниццк|Мадридск))/gu,
};
const HAGUE = /\bHague\b|industrial designs?|(?<![\p{L}])Гаагск|промышленн(?:ых|ого|ые|ый)\s+образц/iu;
const LISBON = /\bLisbon\b|appellations?\s+of\s+origin|geographical\s+indications?|(?<![\p{L}])Лиссабонск|наименовани[а-яё]{0,3}\s+мест[а-яё]{0,2}\s+происхождени|географическ[а-яё]{1,3}\s+указани/iu;
const OTHER = /\bNice\b|(?<![\p{L}])Ниццк/u;

/** Mentions of a Geneva Act named alone, each keyed to the agreement the text is about (none where that is unclear). */
export function genevaActMentions(text: string, lang: 'en' | 'ru'): RawMention[] {
  const re = GENEVA_ACT[lang];
  re.lastIndex = 0;
  const first = re.exec(text);
  if (!first) return [];
  const hague = HAGUE.test(text);
  const lisbon = LISBON.test(text);
  if (hague === lisbon || OTHER.test(text)) return [];
  const instrument = hague ? 'hague-agreement' : 'lisbon-agreement';
  const out: RawMention[] = [];
  for (let m: RegExpExecArray | null = first; m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, instrument });
  return out;
}
