// The cross-reference domain of the API: citations, traces, provisions, commitments, a clause's links.
import { z } from '../../zod-config.js';
import type { CitationDto, ClauseLink, ClauseSummary, ProvisionDetail, ProvisionSummary, TraceResult } from '../dto.js';
import { id, key } from './common.js';

export const CROSSREF_ARGS = {
  listCitations: z.object({ doc: id.optional() }).strict(),
  trace: z.object({ clause: id, all: z.boolean().optional() }).strict(),
  /** `all` adds the rejected links among the related commitments. */
  getProvision: z.object({ key, all: z.boolean().optional() }).strict(),
  listProvisions: z.object({}).strict(),
  listCommitments: z.object({}).strict(),
  clauseLinks: z.object({ id, all: z.boolean().optional() }).strict(),
} as const;

type Args<M extends keyof typeof CROSSREF_ARGS> = z.infer<(typeof CROSSREF_ARGS)[M]>;

export interface CrossRefApi {
  /** Explicit citations, of one document or of all. */
  listCitations(args: Args<'listCitations'>): Promise<CitationDto[]>;
  /** The provisions a clause concerns, cites or quotes its way to, best first. */
  trace(args: Args<'trace'>): Promise<TraceResult>;
  getProvision(args: Args<'getProvision'>): Promise<ProvisionDetail>;
  listProvisions(args: Args<'listProvisions'>): Promise<ProvisionSummary[]>;
  /** The commitments (Action Plan items) of every action-plan document. */
  listCommitments(args: Args<'listCommitments'>): Promise<ClauseSummary[]>;
  /** Links from and to a clause: quotations, citations, concerns. */
  clauseLinks(args: Args<'clauseLinks'>): Promise<ClauseLink[]>;
}
