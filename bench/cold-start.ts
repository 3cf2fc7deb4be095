// Cold start probe, run as a fresh process: open the store and run one search; prints ms since process start.
import { searchClauses } from '../shared/node/search/index.js';
import { openDatabase } from '../shared/node/store/open-database.js';

const [dbPath, query] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const result = searchClauses(db, { query: query!, limit: 20 });
const ms = performance.now();
db.close();
process.stdout.write(`${result.hits.length}\n${ms.toFixed(1)}\n`);
