// The search filters a query may carry (`doc:`, `kind:`, `lang:`, `date:`, `cites:`, `tag:`, `has:`), in a module free of
// lunr so the renderer can read them too.

export const FILTER_FIELDS = ['doc', 'kind', 'lang', 'date', 'cites', 'tag', 'has'] as const;

/** What `has:` can ask for: clauses with an annotation carrying a note, or with any annotation. */
export const HAS_VALUES = ['note', 'annotation'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
