// Recognises a query that names a provision ("Article 1229", "art. 1252(5)", "ст. 146 УК", "Civil Code 1229").
import { extractCitations, parseProvisionKey } from '../citations/index.js';

/** A provision named by a query; without an instrument it means that article of every instrument in the corpus. */
export interface ProvisionQuery {
  instrument?: string;
  article: string;
  /** Part below the article, sub-items joined with '/': '5', '1/2'. */
  part?: string;
}

const CYRILLIC_RE = /[\u0400-\u04FF]/;
const NUMBER = String.raw`(\d{1,5}(?:\.\d{1,3})*)`;
const PARTS = String.raw`((?:\s*\(\s*[\p{L}\p{N}]{1,3}\s*\))*)`;
const EN_ARTICLE_FIRST = new RegExp(String.raw`^(?:articles?|arts?\.?)\s*${NUMBER}${PARTS}\s*(.*)$`, 'iu');
const RU_ARTICLE_FIRST = new RegExp(
  String.raw`^(?:(?:ч|п|часть|пункт)\.?\s*(\d{1,3})\s*,?\s+)?(?:ст|статья|статьи|статье|статьей|статью)\.?\s*${NUMBER}\s*(.*)$`,
  'iu',
);
const NAME_FIRST = new RegExp(String.raw`^(.*?[\p{L}.])\s*,?\s+(?:(?:article|art\.?|ст\.?|статья)\s*)?${NUMBER}${PARTS}\s*$`, 'iu');

/** Short names people type in a search box that citations in documents do not use. */
const SHORTHANDS: [RegExp, string][] = [
  [/\bWPR\b/g, 'Working Party Report'],
  [/\bWTO Working Party Report\b/gi, 'Working Party Report'],
];

/** The provision `text` names when the whole of it is a citation, else null. */
export function readProvisionQuery(text: string): ProvisionQuery | null {
  let query = text.trim();
  if (!query || query.length > 120 || !/\d/.test(query)) return null;
  for (const [pattern, name] of SHORTHANDS) query = query.replace(pattern, name);
  const lang = CYRILLIC_RE.test(query) ? 'ru' : 'en';
  const citations = extractCitations(query, { lang });
  const whole = citations.find((c) => c.article && c.start <= 1 && c.end >= query.length - 1);
  if (whole?.article) return { instrument: whole.instrument, article: whole.article, ...(whole.part ? { part: whole.part } : {}) };
  // "Working Party Report paragraph 1339": the instrument's name, then a citation the name resolves.
  const afterName = citations.find((c) => c.article && c.start > 1 && c.end >= query.length - 1 && instrumentNamed(query.slice(0, c.start).trim()) === c.instrument);
  if (afterName?.article) return { instrument: afterName.instrument, article: afterName.article, ...(afterName.part ? { part: afterName.part } : {}) };

  const en = EN_ARTICLE_FIRST.exec(query);
  if (en) return withInstrument({ article: en[1]!, ...partsOf(en[2]!) }, en[3]!);
  const ru = RU_ARTICLE_FIRST.exec(query);
  if (ru) return withInstrument({ article: ru[2]!, ...(ru[1] ? { part: ru[1] } : {}) }, ru[3]!);
  const named = NAME_FIRST.exec(query);
  if (named) {
    const instrument = instrumentNamed(named[1]!);
    return instrument ? { instrument, article: named[2]!, ...partsOf(named[3]!) } : null;
  }
  return null;
}

/** A citation filter value: a provision key ("ru-civil-code:1229") or a citation ("Article 1229 of the Civil Code"). */
export function readProvisionFilter(value: string): ProvisionQuery | null {
  const key = parseProvisionKey(value.trim());
  if (key?.article && value.includes(':')) return { instrument: key.instrument, article: key.article, ...(key.part ? { part: key.part } : {}) };
  return readProvisionQuery(value);
}

function withInstrument(found: ProvisionQuery, rest: string): ProvisionQuery | null {
  const name = rest.replace(/^(?:of\s+)?(?:the\s+)?/iu, '').trim();
  if (!name) return found;
  const instrument = instrumentNamed(name);
  return instrument ? { ...found, instrument } : null;
}

function partsOf(parens: string): { part?: string } {
  const parts = Array.from(parens.matchAll(/\(\s*([\p{L}\p{N}]+)\s*\)/gu), (m) => m[1]!);
  return parts.length > 0 ? { part: parts.join('/') } : {};
}

/** The instrument `name` names as a whole ("Civil Code", "УК РФ", "гк"), if any. */
function instrumentNamed(name: string): string | undefined {
  const lang = CYRILLIC_RE.test(name) ? 'ru' : 'en';
  for (const candidate of lang === 'ru' ? [name, name.toUpperCase()] : [name]) {
    const found = extractCitations(candidate, { lang }).find((c) => c.start <= 4 && c.end >= candidate.length - 1);
    if (found) return found.instrument;
  }
  return undefined;
}
