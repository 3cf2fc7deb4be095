// Helpers for the review tests: the shipped corpus indexed in a temp store, the action plan's file and metadata.
import { join } from 'node:path';
import { shippedCorpusDir } from '../../../shared/node/package-root.js';
import type { ExplorerService } from '../../../shared/node/service/explorer-service.js';

export { openIndexedLibrary, userRecords } from '../annotations/annotation-library.js';

export const PLAN_FILE = join(shippedCorpusDir(), 'documents', 'us-russia-ipr-action-plan-2012.txt');
export const PLAN_META = {
  id: 'action-plan-2012',
  kind: 'action-plan',
  lang: 'en',
  title: 'United States-Russian Federation Intellectual Property Rights Action Plan',
  shortTitle: 'Action Plan',
  citeAs: 'Action Plan',
  format: 'pdf-text',
  date: '2012-12-21',
} as const;

export const SEIZE = 'action-plan-2012/I.A.2.c';
export const ISP = 'action-plan-2012/I.B.1';

/** The trace of a clause as key → status (every link, rejected ones included). */
export async function statuses(service: ExplorerService, clause: string, all = true): Promise<Record<string, string>> {
  const trace = await service.trace({ clause, all });
  return Object.fromEntries(trace.provisions.map((p) => [p.key, p.inferred === false ? `${p.status}, not inferred` : p.status!]));
}
