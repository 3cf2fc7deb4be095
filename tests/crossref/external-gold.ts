// The external gold set (tests/golden/external): loads and validates every file, runs the engine on the texts and
// scores it per citation family — a reference is found when a citation has the same key and an overlapping span.
import { readFileSync, readdirSync } from 'node:fs';
import { extractCitations, INSTRUMENTS, parseNumberedActId, parseProvisionKey, type Citation, type ExtractContext } from '../../shared/core/citations/index.js';

export const EXTERNAL_DIR = new URL('../golden/external/', import.meta.url);

export interface GoldRef {
  start: number;
  end: number;
  text: string;
  key: string;
  family: string;
}

export interface GoldText {
  id: string;
  source: string;
  title: string;
  date: string;
  lang: 'en' | 'ru';
  kind: string;
  /** The collection round: texts of the newest round are the holdout, older rounds are dev. */
  round: number;
  split: 'dev' | 'holdout';
  context?: { selfInstrument?: string; selfArticle?: string };
  paragraphs: number;
  refs: GoldRef[];
  /** Indexes of the paragraphs (separated by a blank line) that cite nothing. */
  negatives: number[];
  /** Numbers and headings that are not references (dates, case numbers, gazette positions, list markers). */
  negativeSpans: { start: number; end: number; text: string }[];
  text: string;
}

export const FAMILIES = ['civil-code', 'criminal-code', 'admin-code', 'other-codes', 'russian-laws', 'wto-report', 'treaties'] as const;

/** The family of a key; the same function as in tests/golden/external/build.js. */
export function familyOf(key: string): string {
  const inst = key.split(':')[0]!;
  if (inst === 'ru-civil-code') return 'civil-code';
  if (inst === 'ru-criminal-code') return 'criminal-code';
  if (inst === 'ru-admin-code') return 'admin-code';
  if (/^ru-.*code$/.test(inst) || inst === 'ru-constitution') return 'other-codes';
  if (/^ru-(fl|law|gov|ukaz)-/.test(inst)) return 'russian-laws';
  if (inst === 'wto-wpr-rus') return 'wto-report';
  return 'treaties';
}

/** Whether the registry (or its default for a numbered act found by number and year) can produce this instrument id today. */
export function registryKnows(instrument: string): boolean {
  return INSTRUMENTS.get(instrument) !== undefined || parseNumberedActId(instrument) !== undefined;
}

/** Validates one gold file; returns the problems found (none when well-formed). */
export function validate(d: GoldText): string[] {
  const errs: string[] = [];
  const at = (s: string): string => `${d.id}: ${s}`;
  for (const f of ['id', 'source', 'title', 'date', 'kind', 'text'] as const) if (typeof d[f] !== 'string' || !d[f]) errs.push(at(`missing ${f}`));
  if (d.lang !== 'en' && d.lang !== 'ru') errs.push(at(`bad lang ${String(d.lang)}`));
  if (d.split !== 'dev' && d.split !== 'holdout') errs.push(at(`bad split ${String(d.split)}`));
  if (!Number.isInteger(d.round) || d.round < 1) errs.push(at(`bad round ${String(d.round)}`));
  const paras = d.text.split('\n\n');
  if (paras.length !== d.paragraphs) errs.push(at(`paragraphs ${d.paragraphs} != ${paras.length}`));
  const paraStart: number[] = [];
  let pos = 0;
  for (const p of paras) {
    paraStart.push(pos);
    pos += p.length + 2;
  }
  const paraOf = (i: number): number => paraStart.filter((s) => s <= i).length - 1;
  let last = -1;
  for (const r of d.refs) {
    if (!(r.start >= 0 && r.start < r.end && r.end <= d.text.length)) errs.push(at(`span out of text: ${r.start}-${r.end}`));
    else if (d.text.slice(r.start, r.end) !== r.text) errs.push(at(`span text differs: ${JSON.stringify(r.text)}`));
    if (r.start < last) errs.push(at(`refs not in text order at ${r.start}`));
    last = r.start;
    if (!parseProvisionKey(r.key)) errs.push(at(`key does not parse: ${r.key}`));
    if (r.family !== familyOf(r.key)) errs.push(at(`family ${r.family} != ${familyOf(r.key)} for ${r.key}`));
    if (d.negatives.includes(paraOf(r.start))) errs.push(at(`reference in a negative paragraph: ${r.text}`));
  }
  for (const n of d.negatives) if (!Number.isInteger(n) || n < 0 || n >= paras.length) errs.push(at(`negative paragraph out of range: ${n}`));
  for (const s of d.negativeSpans) {
    if (d.text.slice(s.start, s.end) !== s.text) errs.push(at(`negative span text differs: ${s.text}`));
    if (d.refs.some((r) => r.start < s.end && s.start < r.end)) errs.push(at(`negative span overlaps a reference: ${s.text}`));
  }
  return errs;
}

/** The gold files of a folder, sorted by id; throws on a malformed one. */
function loadGoldFolder(folder: string, what: string): GoldText[] {
  const dir = new URL(folder, EXTERNAL_DIR);
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as GoldText);
  const errs = docs.flatMap(validate);
  if (errs.length) throw new Error(`malformed ${what}:\n${errs.join('\n')}`);
  return docs;
}

/** Every gold file, sorted by id; throws on the first malformed one. */
export function loadExternalGold(): GoldText[] {
  return loadGoldFolder('gold/', 'external gold');
}

/** The context the app gives a document: its language, its date when the source gives one (as the manifest or an import does), a statute's own instrument and article. */
export function contextOf(d: GoldText): ExtractContext {
  const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d.date) ? d.date : undefined;
  return { lang: d.lang, ...(date ? { date } : {}), ...(d.context ?? {}) };
}

export interface Miss {
  doc: string;
  ref: GoldRef;
  /** Engine citations overlapping the reference's span (with another key). */
  overlapping: Citation[];
}
export interface Invented {
  doc: string;
  cit: Citation;
  /** It overlaps a gold reference (so its key is wrong rather than the whole citation invented). */
  overlapsGold: boolean;
  /** It lies on a labelled negative (a date, a case number, a heading...). */
  onNegative: boolean;
}
export interface Tally {
  found: number;
  gold: number;
  cited: number;
  correct: number;
}
export interface Evaluation {
  byFamily: Map<string, Tally>;
  total: Tally;
  misses: Miss[];
  invented: Invented[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * Scores the engine on some texts. A reference is found when some citation has its key and an overlapping span; a
 * citation is correct when it has the key of a reference it overlaps (two citations inside one labelled reference,
 * such as a name and its defined short form, are both correct).
 */
export function evaluate(docs: GoldText[], extract: (text: string, ctx: ExtractContext) => Citation[] = extractCitations): Evaluation {
  const byFamily = new Map<string, Tally>();
  const tally = (f: string): Tally => {
    let t = byFamily.get(f);
    if (!t) byFamily.set(f, (t = { found: 0, gold: 0, cited: 0, correct: 0 }));
    return t;
  };
  const misses: Miss[] = [];
  const invented: Invented[] = [];
  for (const d of docs) {
    const cits = extract(d.text, contextOf(d));
    const same = (c: Citation, r: GoldRef): boolean => c.key === r.key && overlaps(c, r);
    for (const r of d.refs) {
      tally(r.family).gold++;
      if (cits.some((c) => same(c, r))) tally(r.family).found++;
      else misses.push({ doc: d.id, ref: r, overlapping: cits.filter((c) => overlaps(c, r)) });
    }
    for (const c of cits) {
      const t = tally(familyOf(c.key));
      t.cited++;
      if (d.refs.some((r) => same(c, r))) t.correct++;
      else invented.push({ doc: d.id, cit: c, overlapsGold: d.refs.some((r) => overlaps(c, r)), onNegative: d.negativeSpans.some((s) => overlaps(c, s)) });
    }
  }
  const total: Tally = { found: 0, gold: 0, cited: 0, correct: 0 };
  for (const t of byFamily.values()) {
    total.found += t.found;
    total.gold += t.gold;
    total.cited += t.cited;
    total.correct += t.correct;
  }
  return { byFamily, total, misses, invented };
}

const pct = (n: number, d: number): string => (d === 0 ? '    -' : `${((100 * n) / d).toFixed(1)}%`.padStart(6));

/** The per-family precision/recall table. */
export function formatTable(title: string, e: Evaluation): string {
  const row = (name: string, t: Tally): string =>
    `  ${name.padEnd(14)} ${pct(t.correct, t.cited)} ${`${t.correct}/${t.cited}`.padStart(8)}   ${pct(t.found, t.gold)} ${`${t.found}/${t.gold}`.padStart(8)}`;
  const fams = [...FAMILIES, ...[...e.byFamily.keys()].filter((f) => !(FAMILIES as readonly string[]).includes(f))];
  return [
    `${title}`,
    `  ${'family'.padEnd(14)} ${'precision'.padStart(6)}           ${'recall'.padStart(6)}`,
    ...fams.filter((f) => e.byFamily.has(f)).map((f) => row(f, e.byFamily.get(f)!)),
    row('all', e.total),
  ].join('\n');
}

/** Misses and invented citations, one a line, for reading the failure classes. */
export function formatFailures(e: Evaluation): string {
  const lines: string[] = [];
  for (const m of e.misses) {
    const why = m.overlapping.length ? `engine said ${m.overlapping.map((c) => c.key).join(', ')}` : 'no citation';
    lines.push(`  miss     ${m.doc}  ${m.ref.key}  "${m.ref.text.replace(/\s+/g, ' ').slice(0, 70)}"  (${why})`);
  }
  for (const i of e.invented) {
    const tag = i.overlapsGold ? 'wrong key' : i.onNegative ? 'on a negative' : 'invented';
    lines.push(`  extra    ${i.doc}  ${i.cit.key}  "${i.cit.text.replace(/\s+/g, ' ').slice(0, 70)}"  (${tag})`);
  }
  return lines.join('\n');
}

/** The second labeller's blind labels of some texts (the agreement study), sorted by id; throws on a malformed one. */
export function loadSecondLabeller(): GoldText[] {
  return loadGoldFolder('second-labeller/gold/', 'second labels');
}

export interface Agreement {
  /** The second labeller's references scored as if they were citations against the first labeller's (same rules as the engine). */
  refs: Evaluation;
  /** Paragraphs both call negative, and paragraphs either does. */
  negativeParagraphs: { both: number; either: number };
}

/**
 * How far two labellers agree on the same texts: labeller B's references scored against labeller A's exactly as the
 * engine is scored (a reference matches on its key and an overlapping span), and their negative paragraphs compared.
 */
export function labelAgreement(first: GoldText[], second: GoldText[]): Agreement {
  const byId = new Map(first.map((d) => [d.id, d]));
  const pairs = second.map((b) => {
    const a = byId.get(b.id);
    if (!a) throw new Error(`second labels for a text the gold set lacks: ${b.id}`);
    if (a.text !== b.text) throw new Error(`second labels on a different text: ${b.id}`);
    return [a, b] as const;
  });
  const secondById = new Map(second.map((d) => [d.text, d]));
  const refs = evaluate(
    pairs.map(([a]) => a),
    (text) => secondById.get(text)!.refs.map((r): Citation => ({ key: r.key, instrument: r.key.split(':')[0]!, start: r.start, end: r.end, text: r.text })),
  );
  let both = 0;
  let either = 0;
  for (const [a, b] of pairs) {
    const na = new Set(a.negatives);
    const nb = new Set(b.negatives);
    for (const n of new Set([...na, ...nb])) {
      either++;
      if (na.has(n) && nb.has(n)) both++;
    }
  }
  return { refs, negativeParagraphs: { both, either } };
}
