// Public API of clause search in the store: the index hook, searching, and rebuilding the index.
export { searchIndexHook, rebuildSearchIndex, indexClauses, removeDocumentPostings, clauseLang, type IndexableClause } from './search-index.js';
export { searchClauses, searchClausesDetailed, searchClauseIds, DEFAULT_LIMIT, MAX_LIMIT, type DetailedHit, type DetailedResult } from './search-clauses.js';
