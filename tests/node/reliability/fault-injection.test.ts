// kill -9 at random points of imports, link refreshes, annotations, review verdicts and hand-made links, alone and with
// a second writer at once (the built CLI; `npm run build:node` first): every store stays intact and opens, nothing
// committed is lost, and the killed command completes when run again. The bench runs 1,000 trials (bench/fault-injection.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFaultInjection, runFaultInjection } from '../../../bench/fault-injection.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const built = existsSync(join(ROOT, 'dist', 'shared', 'node', 'cli', 'main.js'));

describe.skipIf(!built)('kill -9 at random points (built CLI)', () => {
  it('leaves every store intact, opening, with nothing committed lost, and the killed commands complete when run again', async () => {
    const result = await runFaultInjection({ trials: 12, parallel: 2, seed: 11, concurrentShare: 0.34 });
    console.log(formatFaultInjection(result));
    expect(result.problems).toEqual([]);
    expect(result.trials).toBe(12);
    expect(result.concurrentTrials).toBe(4);
    expect(result.killed).toBeGreaterThan(5);
    expect(result).toMatchObject({ losses: 0, failedToOpen: 0, failedReruns: 0, writerErrors: 0 });
  }, 180_000);
});
