// The registry of citation families that extraction iterates, as eyecite's extractor list: {id, lang, find}.
import { EN_CODE_ARTICLES } from './en-code-articles.js';
import { EN_EURASIAN_DECISIONS, RU_EURASIAN_DECISIONS } from './eurasian-decisions.js';
import { EN_FEDERAL_LAWS } from './en-federal-laws.js';
import { EN_INSTRUMENTS } from './en-instruments.js';
import { EN_REPORT_PARAGRAPHS } from './en-report-paragraphs.js';
import { RU_ARTICLES } from './ru-articles.js';
import { RU_FEDERAL_LAWS } from './ru-federal-laws.js';
import { RU_INSTRUMENTS } from './ru-instruments.js';
import { RU_REPORT_PARAGRAPHS } from './ru-report-paragraphs.js';
import type { CitationFamily } from './types.js';

/**
 * Every family, by language. A family finds references (numbers of articles, parts, report paragraphs) or mentions
 * (instrument names, numbered acts, anaphora); the pipeline resolves them together. A new form of citation is one
 * module here and one table test in tests/core/citations/ with a row for every form it claims.
 */
export const FAMILIES: readonly CitationFamily[] = [
  EN_CODE_ARTICLES,
  EN_REPORT_PARAGRAPHS,
  EN_INSTRUMENTS,
  EN_FEDERAL_LAWS,
  EN_EURASIAN_DECISIONS,
  RU_ARTICLES,
  RU_REPORT_PARAGRAPHS,
  RU_INSTRUMENTS,
  RU_FEDERAL_LAWS,
  RU_EURASIAN_DECISIONS,
];

export function familiesOf(lang: 'en' | 'ru'): CitationFamily[] {
  return FAMILIES.filter((f) => f.lang === lang);
}
