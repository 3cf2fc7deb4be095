// English report paragraph references: "Working Party Report (paragraph 1339)", "paras. 1218-1220 of the Working Party Report".
import { splitList } from './numbers.js';
import type { CitationFamily, Reference } from './types.js';

// Written for (IIPA 2017 Special 301 report on Russia):
//   "As part of its WTO accession, in the Working Party Report (paragraph \n1339), the Government of Russia pledged"
//   "During WTO accession (in the \nWorking Party Report, paragraph 1218), Russia assured its trading partners"
//   and "paras. 1218-1220 of the Working Party Report", "Par. 1339", "pt. 1339", "¶ 1339",
//   "WT/ACC/RUS/70, para. 1339", "paragraph 1339 of the Working Party Report", "Point 1226 at p. 316 of the Report of
//   the Working Party" (the page between the paragraph and the report: see resolve.ts), "item 1226 of the Report".
// The numbers only become citations when a report (an instrument whose unit is 'paragraph') is named next to them
// or in the same sentence; "paragraph 5 of Article 1252" belongs to en-code-articles. "pt.", "point" and "item" need
// the report right next to them. Pages ("p. 316", "pp. 12-14", "page 316") are never paragraphs.

const VAL = String.raw`\d{1,4}(?![\d.,]\d)`;
const SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[-–—]\s*|\s+(?:to|through)\s+)`;
const EN_PARAGRAPH = new RegExp(
  String.raw`(?<![\w.])(?<kw>paragraphs?|paras?\.?|pars?\.|pts?\.|points?|items?|¶{1,2})\s*(?<list>${VAL}(?:${SEP}${VAL})*)(?!\s*,?\s+of\s+(?:this\s+)?Art)`,
  'gi',
);

export function findEnglishParagraphRefs(text: string): Reference[] {
  const out: Reference[] = [];
  EN_PARAGRAPH.lastIndex = 0;
  for (let m = EN_PARAGRAPH.exec(text); m; m = EN_PARAGRAPH.exec(text)) {
    const numbers = splitList(m.groups!.list!, new RegExp(VAL, 'g'), (s) => s);
    const strict = /^(?:pts?\.|points?|items?)$/i.test(m.groups!.kw!);
    out.push({
      family: 'en-report-paragraphs', start: m.index, end: m.index + m[0].length, unit: 'paragraph',
      targets: numbers.map((article) => ({ article })), ...(strict ? { strict } : {}),
    });
  }
  return out;
}

export const EN_REPORT_PARAGRAPHS: CitationFamily = {
  id: 'en-report-paragraphs', lang: 'en', find: (text) => ({ references: findEnglishParagraphRefs(text) }),
};
