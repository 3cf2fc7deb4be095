// A temp library for the contract suite: real corpus files imported into a fresh database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../../shared/node/import/import-document.js';
import { shippedCorpusDir } from '../../shared/node/package-root.js';
import { openExplorer, type Explorer } from '../../shared/node/service/open-explorer.js';

export const PRESS_RELEASE_ID = 'ustr-press-2012-12-26';
export const ACTION_PLAN_ID = 'action-plan-2012';

export interface ContractLibrary {
  explorer: Explorer;
  cleanup(): void;
}

export async function openContractLibrary(): Promise<ContractLibrary> {
  const dir = mkdtempSync(join(tmpdir(), 'lextrace-contract-'));
  const explorer = openExplorer(join(dir, 'library.db'));
  const documents = join(shippedCorpusDir(), 'documents');
  await importFile(
    explorer.db,
    join(documents, 'ustr-press-release-ipr-action-plan-2012.txt'),
    {
      id: PRESS_RELEASE_ID,
      kind: 'press-release',
      lang: 'en',
      title: 'United States and Russia Agree on Intellectual Property Rights Action Plan',
      shortTitle: 'USTR press release',
      citeAs: 'USTR press release',
      format: 'web-text',
    },
    explorer.hooks,
  );
  await importFile(
    explorer.db,
    join(documents, 'us-russia-ipr-action-plan-2012.txt'),
    {
      id: ACTION_PLAN_ID,
      kind: 'action-plan',
      lang: 'en',
      title: 'United States-Russian Federation Intellectual Property Rights Action Plan',
      shortTitle: 'Action Plan',
      citeAs: 'Action Plan',
      format: 'pdf-text',
    },
    explorer.hooks,
  );
  return {
    explorer,
    cleanup: () => {
      explorer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
