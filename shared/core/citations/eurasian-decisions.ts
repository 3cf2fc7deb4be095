// Decisions of the Eurasian bodies by number and date: the Eurasian Economic Commission's Board and Council, the Customs Union Commission, the Supreme Eurasian Economic Council.
import { DATE_EN, DATE_RU, NO, yearOf } from './en-federal-laws.js';
import type { CitationFamily, RawMention } from './types.js';
import type { EurasianDecisionSeries as EurasianSeries } from './registry.js';

// Written for:
//   «Решение Коллегии Евразийской экономической комиссии от 06 марта 2018 года № 35»      (Әділет)
//   «решением Коллегии ЕЭК от 30.10.2018 № 174», «Решение Совета ЕЭК № 12 от 20.03.2015»
//   «Решение Комиссии Таможенного союза от 18 июня 2010 г. № 290», «Решением КТС № 257 от 20.05.2010»
//   «Решение Высшего Евразийского экономического совета от 23 декабря 2014 г. № 101»
//   "Decision of Board of the Eurasian economic commission of March 6, 2018 No. 35"        (EA Legislation)
//   "EEC Board Decision No. 35 of 6 March 2018", "Decision No. 148 of the Board of the Eurasian Economic Commission
//   dated 2 September 2019", "Customs Union Commission Decision No. 257 of 20 May 2010"
// Like a government's resolution, a decision is keyed by its body, number and year ('eec-board-decision-35-2018'),
// and only with its year: the bodies number their decisions anew each year. Never a decision without its body
// ("decision No. 148 of 2 September 2019"), nor a court's decision ("Решение Суда ЕАЭС").

const EEC_RU = String.raw`(?:Евразийской\s+экономической\s+комиссии|ЕЭК)`;
const BODY_RU: ReadonlyArray<[EurasianSeries, string]> = [
  ['eec-board', String.raw`Коллегии\s+${EEC_RU}`],
  ['eec-council', String.raw`Совета\s+${EEC_RU}`],
  ['cu-commission', String.raw`(?:Комиссии\s+[Тт]аможенного\s+союза|КТС)`],
  ['seec', String.raw`(?:Высшего\s+[Ее]вразийского\s+экономического\s+совета|ВЕЭС)`],
];
const NO_RU = String.raw`(?:№|N|No\.?)\s*`;
const DECISION_RU = String.raw`(?<![\p{L}])(?:[Рр]ешени|РЕШЕНИ)[а-яёА-ЯЁ]{0,3}\s+`;

// ("Euroasian", as a translation misspells it)
const EEC_EN = String.raw`(?:(?:the\s+)?Euro?asian\s+[Ee]conomic\s+[Cc]ommission|(?:the\s+)?EEC)`;
const BODY_EN: ReadonlyArray<[EurasianSeries, string, string]> = [
  // [series, the body after "Decision of", the body before "Decision"]
  ['eec-board', String.raw`(?:the\s+)?Board\s+of\s+${EEC_EN}|${EEC_EN}\s+Board`, String.raw`${EEC_EN}\s+Board`],
  ['eec-council', String.raw`(?:the\s+)?Council\s+of\s+${EEC_EN}|${EEC_EN}\s+Council`, String.raw`${EEC_EN}\s+Council`],
  ['cu-commission', String.raw`(?:the\s+)?(?:Customs\s+Union\s+Commission|Commission\s+of\s+the\s+Customs\s+Union)`, String.raw`(?:Customs\s+Union|CU)\s+Commission`],
  ['seec', String.raw`(?:the\s+)?Supreme\s+Eurasian\s+Economic\s+Council`, String.raw`Supreme\s+Eurasian\s+Economic\s+Council`],
];

function russianPatterns(): Array<[EurasianSeries, RegExp]> {
  return BODY_RU.map(([series, body]) => [
    series,
    new RegExp(
      String.raw`${DECISION_RU}${body}\s+(?:от\s+(?<d>${DATE_RU})\s*${NO_RU}(?<n>\d{1,4})|${NO_RU}(?<n2>\d{1,4})(?:\s+от\s+(?<d2>${DATE_RU}))?)(?![\d/-])`,
      'gu',
    ),
  ]);
}

/** "Decision", or the "Decree" a translation makes of «Решение» ("Decree of the Eurasian Economic Commission Council No. 13"). */
const DECISION_EN = String.raw`(?:[Dd]ecision|[Dd]ecree)`;

function englishPatterns(): Array<[EurasianSeries, RegExp]> {
  const dated = (g: string): string => String.raw`(?:,?\s+(?:of|dated|from)\s+(?<${g}>${DATE_EN}))`;
  return BODY_EN.flatMap(([series, after, before]) => [
    // "Decision of the Board of the EEC of 6 March 2018 No. 35", "Decision of the EEC Board No. 35 of 6 March 2018"
    [series, new RegExp(String.raw`\b${DECISION_EN}\s+of\s+(?:${after})${dated('d')}?,?\s+${NO}(?<n>\d{1,4})(?![\d/-])${dated('d2')}?`, 'g')],
    // "Decision No. 35 of the EEC Board of 6 March 2018", "Decision No. 148 of the Board of the EEC dated 2 September 2019"
    [series, new RegExp(String.raw`\b${DECISION_EN}\s+${NO}(?<n>\d{1,4})(?![\d/-])${dated('d')}?\s+of\s+(?:${after})${dated('d2')}?`, 'g')],
    // "EEC Board Decision No. 35 of 6 March 2018"
    [series, new RegExp(String.raw`\b(?:the\s+)?(?:${before})\s+${DECISION_EN}\s+${NO}(?<n>\d{1,4})(?![\d/-])${dated('d')}?`, 'g')],
  ]);
}

function find(text: string, patterns: Array<[EurasianSeries, RegExp]>): RawMention[] {
  const out: RawMention[] = [];
  for (const [series, re] of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups!;
      const year = yearOf(g.d ?? g.d2);
      const start = m.index, end = m.index + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, act: { series, number: (g.n ?? g.n2)!, ...(year ? { year } : {}) } });
    }
  }
  return out;
}

let ru: Array<[EurasianSeries, RegExp]> | undefined;
let en: Array<[EurasianSeries, RegExp]> | undefined;
export const RU_EURASIAN_DECISIONS: CitationFamily = { id: 'ru-eurasian-decisions', lang: 'ru', find: (text) => ({ mentions: find(text, (ru ??= russianPatterns())) }) };
export const EN_EURASIAN_DECISIONS: CitationFamily = { id: 'en-eurasian-decisions', lang: 'en', find: (text) => ({ mentions: find(text, (en ??= englishPatterns())) }) };
