// Finds where the engine's time goes on the shipped corpus: the slowest bench queries, each timed by stage.
// `npm run build:node && node dist/bench/profile-tail.js [DB]` (indexes the shipped corpus into a temp store without DB).
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../shared/node/store/open-database.js';
import { indexHooks } from '../shared/node/service/open-explorer.js';
import { indexCorpus } from '../shared/node/import/index-corpus.js';
import { searchClauses } from '../shared/node/search/index.js';
import { setSearchProfiler } from '../shared/node/search/search-profile.js';
import { benchQueries, corpusVocabulary } from './bench-queries.js';
import { shippedCorpusDir } from '../shared/node/package-root.js';

const given = process.argv[2];
const dbPath = given ?? join(tmpdir(), `lextrace-profile-${process.pid}.db`);
const db = openDatabase(dbPath);
if (!given || !existsSync(given)) await indexCorpus(db, shippedCorpusDir(), indexHooks());
const queries = benchQueries(corpusVocabulary(shippedCorpusDir())).map((q) => q.query);
for (const q of queries) searchClauses(db, { query: q, limit: 20 }); // warm up (vocabulary automaton, statements)

const stages = new Map<string, number>();
let current: Record<string, number> = {};
setSearchProfiler((stage, ms) => {
  current[stage] = (current[stage] ?? 0) + ms;
});
/** Per query, its fastest of 5 runs (what the code costs) and its slowest (what a pause such as a GC adds). */
const rows: { query: string; ms: number; worst: number; stages: Record<string, number> }[] = queries.map((query) => ({ query, ms: Infinity, worst: 0, stages: {} }));
const all: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const row of rows) {
    current = {};
    const t = performance.now();
    searchClauses(db, { query: row.query, limit: 20 });
    const ms = performance.now() - t;
    all.push(ms);
    if (ms < row.ms) Object.assign(row, { ms, stages: current });
    row.worst = Math.max(row.worst, ms);
    for (const [k, v] of Object.entries(current)) stages.set(k, (stages.get(k) ?? 0) + v);
  }
}
rows.sort((a, b) => b.ms - a.ms);
all.sort((a, b) => a - b);
const p95 = all[Math.floor(all.length * 0.95)]!;
const bestP95 = [...rows].map((r) => r.ms).sort((a, b) => a - b)[Math.floor(rows.length * 0.95)]!;
console.log(`p95 of every run ${p95.toFixed(2)} ms; p95 of each query's fastest run ${bestP95.toFixed(2)} ms; slowest queries (fastest run / slowest run):`);
for (const r of rows.slice(0, 15)) {
  const parts = Object.entries(r.stages).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(2)}`);
  console.log(`${r.ms.toFixed(2).padStart(7)} / ${r.worst.toFixed(2).padStart(6)} ms  ${r.query.padEnd(40)} ${parts.slice(0, 4).join(', ')}`);
}
console.log('total by stage (5 rounds):', Object.fromEntries([...stages].map(([k, v]) => [k, Math.round(v)])));
db.close();
if (!given) for (const s of ['', '-wal', '-shm']) rmSync(`${dbPath}${s}`, { force: true });
