// Russian report paragraph references: "пункт 1339 Доклада Рабочей группы", "пунктами 1218–1220 Доклада Рабочей группы".
import { splitList } from './numbers.js';
import { aliasSource, INSTRUMENT_DEFS, WB_END, WB_START } from './registry.js';
import type { CitationFamily, Reference } from './types.js';

// Written for (Russian translations of the Working Party Report and commentary on Russia's WTO commitments):
//   "в соответствии с пунктом 1339 Доклада Рабочей группы", "пункт 1339 Доклада Рабочей группы по присоединению
//   Российской Федерации к ВТО", "п. 1218 Доклада Рабочей группы", "пунктами 1218 - 1220 Доклада Рабочей группы",
//   "пункт 1226 на с. 316 Доклада Рабочей группы".
// A statute's "пункт 3 статьи 1252" is ru-articles'; here the report is named right after the number, and the family
// gives its instrument itself (a report's paragraphs are not a code's items).

const VAL = String.raw`\d{1,4}(?![\d.,]\d)`;
const SEP = String.raw`(?:\s*,\s*(?:и\s+|или\s+)?|\s+(?:и|или)\s+|\s*[-–—]\s*)`;
// (and the section sign: "§ 1218 ДРГ Российской Федерации")
const KEYWORD = String.raw`(?:пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])|пп?\.|параграф(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])|§§?)`;

/** A page between the number and the report is read past ("пункт 1226 (с. 316) Доклада", "пункт 1226 на стр. 316 Доклада"); a page is never a paragraph. */
const PAGE = String.raw`(?:\s*,?\s*\(?(?:на\s+)?(?:с|стр)\.\s*\d{1,4}\)?)?`;

let compiled: Array<{ id: string; re: RegExp }> | undefined;

function patterns(): Array<{ id: string; re: RegExp }> {
  compiled ??= INSTRUMENT_DEFS.filter((d) => d.unit === 'paragraph').flatMap((d) =>
    [...d.aliases.ru, ...(d.names?.ru ?? []), ...(d.abbreviations ?? [])].map((alias) => ({
      id: d.id,
      re: new RegExp(String.raw`${WB_START}${KEYWORD}\s*(?<list>${VAL}(?:${SEP}${VAL})*)${PAGE}\s+${aliasSource(alias)}${WB_END}`, 'giu'),
    })),
  );
  return compiled;
}

export function findRussianParagraphRefs(text: string): Reference[] {
  const out: Reference[] = [];
  for (const { id, re } of patterns()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const numbers = splitList(m.groups!.list!, new RegExp(VAL, 'g'), (s) => s);
      out.push({ family: 'ru-report-paragraphs', start: m.index, end: m.index + m[0].length, unit: 'paragraph', instrument: id, targets: numbers.map((article) => ({ article })) });
    }
  }
  return out;
}

export const RU_REPORT_PARAGRAPHS: CitationFamily = {
  id: 'ru-report-paragraphs', lang: 'ru', find: (text) => ({ references: findRussianParagraphRefs(text) }),
};
