// Public API of the linking engine: cites, quotes and concerns links between clauses and provisions, and clause traces.
export type { ComputedLink, LinkClause, LinkEvidence, LinkKind, LinkOptions, TraceEntry } from './types.js';
export { computeLinks } from './compute-links.js';
export { COMMITMENT_CLAUSE_KINDS, COMMITMENT_DOC_KIND, isCommitment } from './commitments.js';
export { traceClause } from './trace.js';
export { findQuotations, sharedRuns, type Quotation, type QuotePassage, type WordRun } from './quotations.js';
export { CONFIDENCE_EXPLANATION, CONFIDENT_SCORE, combineScores, isConfident, linkScore } from './confidence.js';
export { GLOSSARY, type GlossaryEntry } from './glossary.js';
