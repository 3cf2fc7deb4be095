// The search domain of the API: ranked clause search with Lextrace's query language.
import { z } from '../../zod-config.js';
import type { SearchResult } from '../dto.js';

export const SEARCH_ARGS = {
  search: z
    .object({
      query: z.string().max(1000),
      limit: z.number().int().min(1).max(200).optional(),
      /** Skip this many hits of the ranking (for "Show more"). */
      offset: z.number().int().min(0).max(10_000).optional(),
    })
    .strict(),
} as const;

type Args<M extends keyof typeof SEARCH_ARGS> = z.infer<(typeof SEARCH_ARGS)[M]>;

export interface SearchApi {
  search(args: Args<'search'>): Promise<SearchResult>;
}
