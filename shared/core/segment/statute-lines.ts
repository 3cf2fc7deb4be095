// Recognises the line types of a Russian code: structural headings, articles, parts, sub-items, notes, editorial notes.

/** A structural heading above articles, outermost first. */
export type HeadingRank = 'part' | 'section' | 'subsection' | 'chapter' | 'paragraph' | 'subparagraph';

export const RANK_ORDER: Record<HeadingRank | 'article', number> = {
  part: 0,
  section: 1,
  subsection: 2,
  chapter: 3,
  paragraph: 4,
  subparagraph: 5,
  article: 6,
};

export type StatuteLine =
  | { type: 'heading'; rank: HeadingRank; number: string; title: string }
  | { type: 'article'; number: string; title: string }
  | { type: 'part'; number: string }
  | { type: 'subitem'; number: string; lettered: boolean }
  | { type: 'note'; numbered: boolean; restAt: number }
  | { type: 'editorial'; scope: 'article' | 'part' | 'any' }
  | { type: 'signature' }
  | { type: 'text' };

/** A heading line: an article or a structural heading. */
export type HeadingLine = Extract<StatuteLine, { type: 'heading' | 'article' }>;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const ORDINAL_PARTS: Record<string, string> = { ПЕРВАЯ: '1', ВТОРАЯ: '2', ТРЕТЬЯ: '3', ЧЕТВЕРТАЯ: '4' };

const ARTICLE = /^Статья\s+(\d+(?:\.\d+)*)\s*\.?\s*(.*)$/;
const CODE_PART = /^ЧАСТЬ\s+(ПЕРВАЯ|ВТОРАЯ|ТРЕТЬЯ|ЧЕТВЕРТАЯ)$/i;
const NAMED_PART = /^(ОБЩАЯ|ОСОБЕННАЯ)\s+ЧАСТЬ$/i;
const SECTION = /^РАЗДЕЛ\s+([IVXLC]+)(?![A-Z])\.?\s*(.*)$/i;
const SUBSECTION = /^ПОДРАЗДЕЛ\s+(\d+|[IVXLC]+)(?![A-Z0-9])\.?\s*(.*)$/i;
const CHAPTER = /^ГЛАВА\s+(\d+(?:\.\d+)*)\s*\.?\s*(.*)$/i;
const PARAGRAPH = /^§\s*(\d+(?:\.\d+)*)\s*\.?\s*(.*)$/;
const SUBPARAGRAPH = /^(\d+)\.\s+(.+)$/;
const NUMBERED_PART = /^(\d+(?:\.\d+)*)\.\s+\S/;
const SUBITEM = /^(\d+(?:\.\d+)*|[а-яё]\d*)\)\s*/;
const NOTE = /^Примечани[ея]\s*\.?\s*/;
const EDITORIAL = /^\((?:[^()]|\([^()]*\))*(?:редакци|Дополнен|дополнен|утратил|Утратил|Исключ|закон|Закон|Постановлени|постановлени)/;
const ARTICLE_EDITORIAL = /^\((?:Статья|Дополнение статьей|Наименование)/;
const PART_EDITORIAL = /^\((?:Часть|Пункт|Дополнение частью|Дополнение пунктом)/;
const SIGNATURE = /^Президент Российской Федерации(?=\s|$)/;

/** "1253.1", "1253^1", "1253¹" → "1253.1"; anything else → null. */
export function parseArticleNumber(s: string): string | null {
  const m = /^(\d+)(?:[.^](\d+)|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/.exec(s.trim());
  if (!m) return null;
  if (m[2]) return `${m[1]}.${m[2]}`;
  if (m[3]) return `${m[1]}.${[...m[3]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('')}`;
  return m[1]!;
}

/** Whether a line's format hint allows it to be a heading (pravo "H"/"T", HTML h1-h6, or no hint for plain text). */
export function isHeadingHint(hint: string | undefined): boolean {
  return hint === undefined || hint === 'H' || hint === 'T' || /^h[1-6]$/.test(hint);
}

/** Heading-like lines that carry no number of their own: a title continued on the next line. */
export function isTitleContinuationHint(hint: string | undefined): boolean {
  return hint === 'H' || hint === 'T' || (hint !== undefined && /^h[1-6]$/.test(hint));
}

/** Classifies a heading line; null when it is not a heading. `inParagraph`: a § is open (subparagraphs live there). */
export function classifyHeading(text: string, hint: string | undefined, inParagraph: boolean): HeadingLine | null {
  if (!isHeadingHint(hint)) return null;
  let m = ARTICLE.exec(text);
  if (m) return { type: 'article', number: m[1]!, title: m[2]!.trim() };
  m = CODE_PART.exec(text);
  if (m) return { type: 'heading', rank: 'part', number: ORDINAL_PARTS[m[1]!.toUpperCase()]!, title: '' };
  m = NAMED_PART.exec(text);
  if (m) return { type: 'heading', rank: 'part', number: m[1]!.toUpperCase() === 'ОБЩАЯ' ? 'general' : 'special', title: '' };
  m = SECTION.exec(text);
  if (m) return { type: 'heading', rank: 'section', number: m[1]!.toUpperCase(), title: m[2]!.trim() };
  m = SUBSECTION.exec(text);
  if (m) return { type: 'heading', rank: 'subsection', number: m[1]!, title: m[2]!.trim() };
  m = CHAPTER.exec(text);
  if (m) return { type: 'heading', rank: 'chapter', number: m[1]!, title: m[2]!.trim() };
  m = PARAGRAPH.exec(text);
  if (m) return { type: 'heading', rank: 'paragraph', number: m[1]!, title: m[2]!.trim() };
  m = hint === 'T' && inParagraph ? SUBPARAGRAPH.exec(text) : null;
  if (m) return { type: 'heading', rank: 'subparagraph', number: m[1]!, title: m[2]!.trim() };
  return null;
}

/** Classifies a line of article body text. */
export function classifyBody(text: string): StatuteLine {
  if (SIGNATURE.test(text)) return { type: 'signature' };
  const note = NOTE.exec(text);
  if (note) return { type: 'note', numbered: NUMBERED_PART.test(text.slice(note[0].length)), restAt: note[0].length };
  if (EDITORIAL.test(text) && text.endsWith(')')) {
    const scope = ARTICLE_EDITORIAL.test(text) ? 'article' : PART_EDITORIAL.test(text) ? 'part' : 'any';
    return { type: 'editorial', scope };
  }
  let m = NUMBERED_PART.exec(text);
  if (m) return { type: 'part', number: m[1]! };
  m = SUBITEM.exec(text);
  if (m) {
    const lettered = /^[а-яё]/.test(m[1]!);
    const number = lettered && m[1]!.length > 1 ? `${m[1]![0]}.${m[1]!.slice(1)}` : m[1]!;
    return { type: 'subitem', number, lettered };
  }
  return { type: 'text' };
}

/** "VII" → 7, for paths. */
export function romanToNumber(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]!] ?? 0;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
