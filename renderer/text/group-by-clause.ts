// A document's citations grouped by the clause they sit in, for the reader's rows.
import type { CitationDto } from '../../shared/core/api/dto.js';

export function groupByClause(citations: CitationDto[]): Record<string, CitationDto[]> {
  const out: Record<string, CitationDto[]> = {};
  for (const c of citations) (out[c.clause] ??= []).push(c);
  return out;
}
