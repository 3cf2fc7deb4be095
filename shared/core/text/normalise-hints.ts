// Hints normalisers put on SourceLine.hint so the block builder knows what a line stands for.

/** A line standing for a removed page boundary (page marker, footnote area): a soft paragraph break. */
export const PAGE_BREAK_HINT = 'page-break';
/** A line that is a heading by layout (the title of a dashed banner). */
export const HEADING_HINT = 'heading';
