// Helpers for the review tests: the shipped corpus indexed in a temp store, the action plan's file and metadata.
import { join } from 'node:path';
import { expect } from 'vitest';
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

/**
 * A provision the engine can never infer for ISP (or SEIZE): the Criminal Code's murder article, for commitments on
 * copyright. The hand-made links go to it (the key) and to one of its clauses, so "not inferred" stays true however the
 * linking engine improves (it once went to Civil Code art. 1253.1, which the engine now rightly infers for ISP).
 */
export const UNRELATED = { key: 'ru-criminal-code:105', label: 'Criminal Code art. 105', clause: 'ru-criminal-code/art105/1' } as const;

/** The keys the engine infers for a clause, rejected ones included (hand-made links left out). */
export async function inferredKeys(service: ExplorerService, clause: string): Promise<string[]> {
  return (await service.trace({ clause, all: true })).provisions.filter((p) => p.inferred === true).map((p) => p.key);
}

/** The premise of a "not inferred" test: the clause's trace is not empty and does not hold `key`. */
export async function expectNotInferred(service: ExplorerService, clause: string, key: string): Promise<void> {
  const keys = await inferredKeys(service, clause);
  expect(keys.length, `${clause} has inferred links`).toBeGreaterThan(0);
  expect(keys, `the engine now infers ${key} for ${clause}: pick another unrelated provision`).not.toContain(key);
}
