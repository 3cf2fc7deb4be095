// Prints the engine's per-family precision/recall on the external gold set (tests/golden/external), dev and holdout.
// Run: npx jiti scripts/eval-external.ts [--failures]   (--failures lists the dev misses and extra citations only:
// the holdout is for measuring, not for reading).
import { evaluate, formatFailures, formatTable, loadExternalGold } from '../tests/crossref/external-gold.js';

const docs = loadExternalGold();
for (const split of ['dev', 'holdout'] as const) {
  const part = docs.filter((d) => d.split === split);
  const refs = part.reduce((n, d) => n + d.refs.length, 0);
  console.log(formatTable(`external gold, ${split} (${part.length} texts, ${refs} references)`, evaluate(part)));
  console.log('');
}
if (process.argv.includes('--failures')) {
  console.log('dev failures');
  console.log(formatFailures(evaluate(docs.filter((d) => d.split === 'dev'))));
}
