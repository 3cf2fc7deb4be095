// Review-placement benchmark: on every shipped document, a record made on a clause that a new version removes must be
// detached, and one made on a clause it rewords must follow it. Prints how often each goes right, and the time per record.
import { readFileSync } from 'node:fs';
import { placeClause, placementIndex, type PlacedClause } from '../shared/core/review/clause-placement.js';
import { clauseId } from '../shared/core/model.js';
import { segmentDocument } from '../shared/core/segment/index.js';
import { splitLines } from '../shared/core/text/lines.js';
import { loadManifest } from '../shared/node/corpus/manifest.js';
import { readHtmlLines } from '../shared/node/import/html-reader.js';
import { shippedCorpusDir } from '../shared/node/package-root.js';
import { seededRandom } from './bench-queries.js';

/** At most this many clauses of each document are tried (every clause of the short ones; a seeded sample of the statutes). */
const SAMPLE = Number(process.env.PLACEMENT_SAMPLE ?? 400);

interface Figures {
  doc: string;
  clauses: number;
  removed: number;
  removedMisplaced: number;
  edited: number;
  editedFollowed: number;
  editedDetached: number;
  editedMisplaced: number;
  msPerRecord: number;
}

function loadDocuments(): { id: string; texts: string[] }[] {
  return loadManifest(shippedCorpusDir()).map((entry) => {
    const original = readFileSync(entry.path, 'utf8');
    const lines = entry.path.endsWith('.html') ? readHtmlLines(original).lines : splitLines(original);
    const drafts = segmentDocument({
      docId: entry.id, kind: entry.kind, lang: entry.lang, format: entry.format, title: entry.title, shortTitle: entry.shortTitle,
      citeAs: entry.citeAs ?? entry.shortTitle, original, lines, ...(entry.instrument ? { instrument: entry.instrument } : {}),
    });
    return { id: entry.id, texts: drafts.map((d) => d.text) };
  });
}

/** Positional ids, as a user's document has them: p1, p2, … */
const positional = (texts: readonly string[]) => texts.map((text, i) => ({ id: clauseId('doc', `p${i + 1}`), text }));

/** One word of the text (not a number, at least four letters) replaced by another, as an editor rewords. */
function reword(text: string, random: () => number): string | null {
  const words = [...text.matchAll(/[\p{L}]{4,}/gu)];
  if (words.length < 8) return null;
  const w = words[Math.floor(random() * words.length)]!;
  return `${text.slice(0, w.index)}${w[0].split('').reverse().join('')}${text.slice(w.index! + w[0].length)}`;
}

function measure(doc: { id: string; texts: string[] }, random: () => number): Figures {
  const picks = doc.texts.map((_, i) => i).sort(() => random() - 0.5).slice(0, SAMPLE);
  const f: Figures = { doc: doc.id, clauses: doc.texts.length, removed: 0, removedMisplaced: 0, edited: 0, editedFollowed: 0, editedDetached: 0, editedMisplaced: 0, msPerRecord: 0 };
  let ms = 0;
  let records = 0;
  const time = (run: () => PlacedClause): PlacedClause => {
    const t = performance.now();
    const r = run();
    ms += performance.now() - t;
    records++;
    return r;
  };
  for (const i of picks) {
    const recorded = { clauseId: clauseId('doc', `p${i + 1}`), text: doc.texts[i]! };
    // The clause removed (the ones after it shift up): the record must be detached, or at worst land on its exact twin.
    const without = doc.texts.filter((_, k) => k !== i);
    const removed = time(() => placeClause(recorded, placementIndex(positional(without))));
    f.removed++;
    if (removed.clauseId !== null && without[Number(removed.clauseId.slice('doc/p'.length)) - 1] !== recorded.text) f.removedMisplaced++;
    // The clause reworded, and a paragraph inserted before everything: the record must follow it.
    const edited = reword(recorded.text, random);
    if (!edited) continue;
    const texts = ['A new opening paragraph.', ...doc.texts.slice(0, i), edited, ...doc.texts.slice(i + 1)];
    const placed = time(() => placeClause(recorded, placementIndex(positional(texts))));
    f.edited++;
    if (placed.clauseId === clauseId('doc', `p${i + 2}`)) f.editedFollowed++;
    else if (placed.clauseId === null) f.editedDetached++;
    else f.editedMisplaced++;
  }
  f.msPerRecord = records ? ms / records : 0;
  return f;
}

const random = seededRandom(7);
const rows = loadDocuments().map((d) => measure(d, random));
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
console.log('document                         clauses  removed  misplaced   reworded  followed  detached  misplaced   ms/record (index built each time)');
for (const r of rows) {
  console.log(
    `${r.doc.padEnd(32)} ${String(r.clauses).padStart(7)} ${String(r.removed).padStart(8)} ${pct(r.removedMisplaced, r.removed).padStart(10)} ${String(r.edited).padStart(10)} ${pct(r.editedFollowed, r.edited).padStart(9)} ${pct(r.editedDetached, r.edited).padStart(9)} ${pct(r.editedMisplaced, r.edited).padStart(10)} ${r.msPerRecord.toFixed(1).padStart(11)}`,
  );
}
const sum = (k: keyof Figures) => rows.reduce((n, r) => n + (r[k] as number), 0);
console.log(
  `all: a removed clause's record misplaced ${pct(sum('removedMisplaced'), sum('removed'))} (${sum('removedMisplaced')}/${sum('removed')}); a reworded clause's record followed ${pct(sum('editedFollowed'), sum('edited'))}, detached ${pct(sum('editedDetached'), sum('edited'))}, misplaced ${pct(sum('editedMisplaced'), sum('edited'))}`,
);
