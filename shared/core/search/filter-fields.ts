// The search filters a query may carry (`doc:`, `kind:`, `lang:`, `cites:`), in a module free of lunr so the
// renderer can read them too.

export const FILTER_FIELDS = ['doc', 'kind', 'lang', 'cites'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
