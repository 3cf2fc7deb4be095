// Re-anchoring benchmark: annotations on the shipped corpus, new versions of each document, then how many re-anchor right.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorTarget } from '../shared/core/annotations/anchoring.js';
import { anchoringIndex } from '../shared/core/annotations/anchoring-index.js';
import { documentText, type DocumentText } from '../shared/core/annotations/document-text.js';
import { describeRange } from '../shared/core/annotations/selectors.js';
import type { AnchorMethod, AnchorResult, AnnotationTarget } from '../shared/core/annotations/types.js';
import { clauseId, type Lang } from '../shared/core/model.js';
import { segmentDocument } from '../shared/core/segment/index.js';
import { splitLines } from '../shared/core/text/lines.js';
import { loadManifest } from '../shared/node/corpus/manifest.js';
import { readHtmlLines } from '../shared/node/import/html-reader.js';
import { shippedCorpusDir } from '../shared/node/package-root.js';
import { seededRandom } from './bench-queries.js';
import { editDocument } from './reanchor-versions.js';
import { SimDocument, type SimClause, type TrackedRange } from './reanchor-edits.js';

export interface ReanchorFigures {
  annotations: number;
  documents: number;
  /** Annotations whose text is still in the new version (at most half of it replaced). */
  survived: number;
  /** Anchored exactly where the tracked text is now. */
  correct: number;
  /** Orphaned: `orphanedDeleted` of them because their text was deleted, `orphanedSurvived` although it survived. */
  orphaned: number;
  orphanedDeleted: number;
  orphanedSurvived: number;
  /** Anchored in the right clause over the right text, with edges a few characters off. */
  imprecise: number;
  /** Anchored where the annotated text is not. */
  misplaced: number;
  /** correct among survived / survived. */
  survivedCorrectRate: number;
  byMethod: Record<AnchorMethod, number>;
  /** Mean, 95th percentile and largest time of one anchorTarget call, and the one-off index builds (all documents). */
  msPerAnnotation: number;
  p95Ms: number;
  maxMs: number;
  indexBuildMs: number;
}

interface CorpusDocument {
  id: string;
  lang: Lang;
  statute: boolean;
  clauses: SimClause[];
}

/** Share of the annotations each language gets (the rest of each share spread evenly over its documents). */
const LANG_SHARE: Record<Lang, number> = { en: 0.4, ru: 0.6 };
/** A range survives when at most this share of its text was replaced. */
const SURVIVES_REPLACED = 0.5;

/** One annotation's outcome, for looking into failures (`onCase`). */
export interface ReanchorCase {
  docId: string;
  outcome: 'correct' | 'orphaned-deleted' | 'orphaned-survived' | 'imprecise' | 'misplaced';
  target: AnnotationTarget;
  result: AnchorResult;
  expected: { clauseId: string; start: number; end: number; text: string } | null;
  /** The new version the target was anchored in. */
  doc: DocumentText;
}

/** Runs the benchmark: `annotations` ranges (default 240) at places chosen by `seed` (default 1). */
export function runReanchorBench(options: { annotations?: number; seed?: number; onCase?: (c: ReanchorCase) => void } = {}): ReanchorFigures {
  const total = options.annotations ?? 240;
  const seed = options.seed ?? 1;
  const docs = loadCorpus();
  const counts = shareOut(docs, total);
  const figures: ReanchorFigures = {
    annotations: 0,
    documents: docs.length,
    survived: 0,
    correct: 0,
    orphaned: 0,
    orphanedDeleted: 0,
    orphanedSurvived: 0,
    imprecise: 0,
    misplaced: 0,
    survivedCorrectRate: 0,
    byMethod: { position: 0, exact: 0, fuzzy: 0 },
    msPerAnnotation: 0,
    p95Ms: 0,
    maxMs: 0,
    indexBuildMs: 0,
  };
  let survivedCorrect = 0;
  const times: number[] = [];
  docs.forEach((corpusDoc, d) => {
    const random = seededRandom(seed * 1_000_003 + d * 7919);
    const sim = new SimDocument(corpusDoc.clauses.map((c) => ({ ...c })), { statute: corpusDoc.statute });
    const before = textOf(corpusDoc.id, sim.clauses);
    const targets: { range: TrackedRange; target: AnnotationTarget }[] = [];
    for (let k = 0; k < counts[d]!; k++) {
      const range = pickRange(sim, random);
      targets.push({ range, target: describeRange(before, corpusDoc.id, 'v1', clauseId(corpusDoc.id, range.clause.path), range.start, range.end) });
    }
    editDocument(sim, corpusDoc.lang, random);
    const after = textOf(corpusDoc.id, sim.clauses);
    const built = performance.now();
    anchoringIndex(after).clausesWithWord('');
    figures.indexBuildMs += performance.now() - built;
    for (const { range, target } of targets) {
      const started = performance.now();
      const result = anchorTarget(target, after, 'v2');
      times.push(performance.now() - started);
      figures.annotations++;
      const alive = !range.removed && sim.clauses.includes(range.clause);
      const survived = alive && range.replaced <= SURVIVES_REPLACED * range.selected;
      if (survived) figures.survived++;
      const outcome = classify(result, alive, survived, clauseId(corpusDoc.id, range.clause.path), range);
      options.onCase?.({
        docId: corpusDoc.id,
        outcome,
        target,
        result,
        doc: after,
        expected: alive ? { clauseId: clauseId(corpusDoc.id, range.clause.path), start: range.start, end: range.end, text: range.clause.text.slice(range.start, range.end) } : null,
      });
      if (result.status === 'anchored') figures.byMethod[result.how]++;
      if (outcome === 'correct') {
        figures.correct++;
        if (survived) survivedCorrect++;
      } else if (outcome === 'imprecise') figures.imprecise++;
      else if (outcome === 'misplaced') figures.misplaced++;
      else {
        figures.orphaned++;
        if (outcome === 'orphaned-survived') figures.orphanedSurvived++;
        else figures.orphanedDeleted++;
      }
    }
  });
  figures.survivedCorrectRate = figures.survived === 0 ? 1 : survivedCorrect / figures.survived;
  times.sort((a, b) => a - b);
  figures.msPerAnnotation = times.length === 0 ? 0 : times.reduce((a, b) => a + b, 0) / times.length;
  figures.p95Ms = times[Math.floor(times.length * 0.95)] ?? 0;
  figures.maxMs = times[times.length - 1] ?? 0;
  return figures;
}

/** The figures as lines of text. */
export function formatReanchorFigures(f: ReanchorFigures): string {
  const pct = (n: number, of: number): string => `${of === 0 ? '-' : ((100 * n) / of).toFixed(1)} %`;
  const row = (label: string, n: number, of = f.annotations): string => `  ${label.padEnd(36)} ${String(n).padStart(5)}  ${pct(n, of).padStart(8)}`;
  return [
    `re-anchoring: ${f.annotations} annotations over ${f.documents} documents, each changed into a new version`,
    row('re-anchored correctly', f.correct),
    row('orphaned', f.orphaned),
    row('  of them: text deleted', f.orphanedDeleted),
    row('  of them: text survived', f.orphanedSurvived),
    row('right clause, edges off', f.imprecise),
    row('misplaced', f.misplaced),
    `  of ${f.survived} annotations whose text survived, ${pct(Math.round(f.survivedCorrectRate * f.survived), f.survived)} re-anchored correctly`,
    `  anchored by position ${f.byMethod.position}, exact quote ${f.byMethod.exact}, fuzzy quote ${f.byMethod.fuzzy}`,
    `  time per annotation: mean ${f.msPerAnnotation.toFixed(2)} ms, p95 ${f.p95Ms.toFixed(1)} ms, max ${f.maxMs.toFixed(1)} ms (plus ${f.indexBuildMs.toFixed(0)} ms once, building the documents' match indexes)`,
  ].join('\n');
}

function classify(result: AnchorResult, alive: boolean, survived: boolean, expectedId: string, range: TrackedRange): ReanchorCase['outcome'] {
  if (result.status === 'orphaned') return survived ? 'orphaned-survived' : 'orphaned-deleted';
  if (!alive || result.clauseId !== expectedId) return 'misplaced';
  if (result.start === range.start && result.end === range.end) return 'correct';
  return result.start < range.end && range.start < result.end ? 'imprecise' : 'misplaced';
}

function textOf(docId: string, clauses: readonly SimClause[]): DocumentText {
  return documentText(clauses.map((c) => ({ id: clauseId(docId, c.path), text: c.text })));
}

/** The shipped corpus (UTF-8 text and HTML files), read and segmented by the core pipeline. */
function loadCorpus(): CorpusDocument[] {
  return loadManifest(shippedCorpusDir()).map((entry) => {
    const original = readFileSync(entry.path, 'utf8');
    const lines = entry.path.endsWith('.html') ? readHtmlLines(original).lines : splitLines(original);
    const drafts = segmentDocument({
      docId: entry.id,
      kind: entry.kind,
      lang: entry.lang,
      format: entry.format,
      title: entry.title,
      shortTitle: entry.shortTitle,
      citeAs: entry.citeAs ?? entry.shortTitle,
      original,
      lines,
      ...(entry.instrument ? { instrument: entry.instrument } : {}),
    });
    return { id: entry.id, lang: entry.lang, statute: entry.kind === 'statute', clauses: drafts.map((c) => ({ path: c.path, parentPath: c.parentPath, kind: c.kind, text: c.text })) };
  });
}

/** How many annotations each document gets: each language's share, spread evenly over its documents. */
function shareOut(docs: readonly CorpusDocument[], total: number): number[] {
  const perLang = (lang: Lang): number => docs.filter((d) => d.lang === lang).length;
  const exact = docs.map((d) => (total * LANG_SHARE[d.lang]) / perLang(d.lang));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length, left--) counts[i]!++;
  return counts;
}

/** A range of whole words in a clause (longer clauses likelier), tracked from now on. */
function pickRange(sim: SimDocument, random: () => number): TrackedRange {
  const candidates = sim.clauses.filter((c) => /\S+\s+\S+/.test(c.text));
  const weights = candidates.map((c) => Math.min(c.text.length, 1500));
  let at = random() * weights.reduce((a, b) => a + b, 0);
  let clause = candidates[candidates.length - 1]!;
  for (let i = 0; i < candidates.length; i++) {
    at -= weights[i]!;
    if (at <= 0) {
      clause = candidates[i]!;
      break;
    }
  }
  const words = Array.from(clause.text.matchAll(/\S+/g), (m) => ({ start: m.index, end: m.index + m[0].length }));
  const roll = random();
  const length = roll < 0.1 ? words.length : roll < 0.3 ? 1 + Math.floor(random() * 3) : roll < 0.75 ? 4 + Math.floor(random() * 7) : 11 + Math.floor(random() * 20);
  const n = Math.min(length, words.length);
  const first = Math.floor(random() * (words.length - n + 1));
  const start = words[first]!.start;
  const end = words[first + n - 1]!.end;
  const range: TrackedRange = { clause, start, end, selected: end - start, replaced: 0, removed: false };
  sim.ranges.push(range);
  return range;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = (name: string): number | undefined => {
    const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
    return value === undefined ? undefined : Number(value);
  };
  const annotations = arg('annotations');
  const seed = arg('seed');
  const debug = process.argv.includes('--failures');
  const onCase = (c: ReanchorCase): void => {
    if (c.outcome === 'correct' || c.outcome === 'orphaned-deleted') return;
    process.stdout.write(`${JSON.stringify({ ...c, doc: undefined })}\n`);
  };
  const figures = runReanchorBench({ ...(annotations ? { annotations } : {}), ...(seed !== undefined ? { seed } : {}), ...(debug ? { onCase } : {}) });
  process.stdout.write(`${formatReanchorFigures(figures)}\n`);
}
