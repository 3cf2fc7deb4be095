// Public API of the search core: text pipeline, query language, provision queries, match expressions, highlights.
export { normaliseWord, stemWord, stemsOf, tokenize, wordsOf, type TextToken } from './text-pipeline.js';
export { FILTER_FIELDS, parseQuery, plainWordsQuery, type FilterField, type ParsedQuery, type Presence, type QueryFilter, type QueryTerm, type TermKind } from './query-parser.js';
export { readProvisionFilter, readProvisionQuery, type ProvisionQuery } from './provision-query.js';
export { buildMatchExpression, filterTag, textExpression, TAG_COLUMN, TEXT_COLUMN, type ExpandedTerm, type TagFilters } from './match-expression.js';
export { headingCoverage, proximityTier, type ProximityTier } from './proximity.js';
export { dateInRange, describeDateRange, readDateRange, type DateRange } from './date-filter.js';
export { highlightSpans, makeSnippet, markSnippet, type HighlightTerms, type Snippet, type Span } from './highlight.js';
