import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../shared/node/import/index-corpus.js';
import { openExplorer, type Explorer } from '../../../shared/node/service/open-explorer.js';
import { CORPUS_DIR, cleanupTemp, tempDbPath } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

describe('provision counts on the shipped corpus', () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = openExplorer(tempDbPath());
    await indexCorpus(explorer.db, CORPUS_DIR, explorer.hooks);
  });
  afterAll(() => explorer.close());

  it('gives the same "cited by" count in the provisions index as on the provision page, parts included', async () => {
    const index = await explorer.service.listProvisions({});
    for (const key of ['ru-civil-code:1229', 'ru-criminal-code:146', 'ru-civil-code:1252', 'ru-admin-code:7.12']) {
      const listed = index.find((p) => p.key === key);
      const page = await explorer.service.getProvision({ key });
      expect(listed?.citedBy, key).toBe(page.citedBy.length);
    }
    // Art. 1229 is cited as a whole and by its parts ("пункт 3 статьи 1229"): the count holds both.
    const direct = explorer.db.prepare("SELECT COUNT(DISTINCT clause_id) FROM citations WHERE key = 'ru-civil-code:1229'").pluck().get() as number;
    expect(index.find((p) => p.key === 'ru-civil-code:1229')!.citedBy).toBeGreaterThan(direct);
  });
});
