// Public API of clause search in the store: the index hook, searching, and rebuilding the index.
export { searchIndexHook, rebuildSearchIndex, indexClauses, removeDocumentPostings, clauseLang, type IndexableClause } from './search-index.js';
export {
  searchClauses,
  searchClausesDetailed,
  searchClauseIds,
  DEFAULT_LIMIT,
  MAX_LIMIT,
  MAX_OFFSET,
  RERANK_WINDOW,
  TOTAL_CAP,
  type DetailedHit,
  type DetailedResult,
  type SearchArgs,
} from './search-clauses.js';
