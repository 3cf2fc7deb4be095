// Prints the engine's per-family precision/recall on the external gold set (tests/golden/external): dev, and the
// holdout only when asked. Run: npx jiti scripts/eval-external.ts [--failures] [--holdout]
// (--failures lists the dev misses and extra citations only: the holdout is for measuring, not for reading; it is
// printed with --holdout, which development runs leave off so the holdout's figures are seen only at the end.)
import { evaluate, formatFailures, formatTable, loadExternalGold } from '../tests/crossref/external-gold.js';

const docs = loadExternalGold();
const splits = process.argv.includes('--holdout') ? (['dev', 'holdout'] as const) : (['dev'] as const);
for (const split of splits) {
  const part = docs.filter((d) => d.split === split);
  const refs = part.reduce((n, d) => n + d.refs.length, 0);
  console.log(formatTable(`external gold, ${split} (${part.length} texts, ${refs} references)`, evaluate(part)));
  console.log('');
}
if (process.argv.includes('--failures')) {
  console.log('dev failures');
  console.log(formatFailures(evaluate(docs.filter((d) => d.split === 'dev'))));
}
