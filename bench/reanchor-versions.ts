// Re-anchoring benchmark: turns a document into a plausible new version (rewording, new and deleted paragraphs, renumbering).
import type { Lang } from '../shared/core/model.js';
import type { SimClause, SimDocument, TrackedRange } from './reanchor-edits.js';

/** Clause kinds a new version inserts or deletes (headings, titles and articles stay). */
const PARAGRAPH_KINDS = new Set(['paragraph', 'item', 'subitem', 'part']);
const WORD = /[\p{L}\p{N}]{2,}/gu;

/** How often each edit hits one annotated range (independently). */
const PER_RANGE = {
  rewordInside: 0.25,
  rewordNear: 0.3,
  insertBefore: 0.15,
  spaceInside: 0.1,
  deleteText: 0.05,
  deleteClause: 0.05,
  paragraphBefore: 0.1,
  paragraphAfter: 0.08,
  deleteSiblingBefore: 0.05,
};

/** Applies a new version's changes to `sim`: edits aimed at the annotated ranges, then changes spread over the document. */
export function editDocument(sim: SimDocument, lang: Lang, random: () => number): void {
  const vocabulary = vocabularyOf(sim.clauses);
  const word = (): string => vocabulary[Math.floor(random() * vocabulary.length)]!;
  const paragraph = (): string => {
    const words = Array.from({ length: 12 + Math.floor(random() * 28) }, word).join(' ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  };
  const chance = (p: number): boolean => random() < p;

  for (const range of [...sim.ranges]) {
    const live = (): boolean => !range.removed && sim.clauses.includes(range.clause);
    if (live() && chance(PER_RANGE.rewordInside)) rewordInside(sim, range, word, random);
    if (live() && chance(PER_RANGE.rewordNear)) rewordNear(sim, range, word, random);
    if (live() && chance(PER_RANGE.insertBefore)) insertWordsBefore(sim, range, word, random);
    if (live() && chance(PER_RANGE.spaceInside)) spaceInside(sim, range, random);
    if (live() && chance(PER_RANGE.deleteText)) deleteText(sim, range);
    if (live() && PARAGRAPH_KINDS.has(range.clause.kind) && chance(PER_RANGE.deleteClause)) sim.remove(range.clause);
    if (live() && chance(PER_RANGE.paragraphBefore)) {
      const before = siblingBefore(sim, range.clause);
      if (before) sim.insertAfter(before, paragraph());
    }
    if (live() && PARAGRAPH_KINDS.has(range.clause.kind) && chance(PER_RANGE.paragraphAfter)) sim.insertAfter(range.clause, paragraph());
    if (live() && chance(PER_RANGE.deleteSiblingBefore)) {
      const before = siblingBefore(sim, range.clause);
      if (before) sim.remove(before);
    }
  }

  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const paragraphs = (): SimClause[] => sim.clauses.filter((c) => PARAGRAPH_KINDS.has(c.kind));
  for (let k = Math.max(2, Math.round(sim.clauses.length / 50)); k > 0; k--) {
    const after = pick(paragraphs());
    if (after) sim.insertAfter(after, paragraph());
  }
  for (let k = Math.max(1, Math.round(sim.clauses.length / 100)); k > 0; k--) {
    const gone = pick(paragraphs());
    if (gone) sim.remove(gone);
  }
  for (let k = Math.max(5, Math.round(sim.clauses.length / 20)); k > 0; k--) {
    const clause = pick(sim.clauses);
    const at = clause ? pick(Array.from(clause.text.matchAll(/ /g), (m) => m.index)) : undefined;
    if (clause && at !== undefined) sim.splice(clause, at, at + 1, random() < 0.5 ? '  ' : '\n');
  }
  if (chance(0.6)) changeQuoteMarks(sim, lang);
}

function vocabularyOf(clauses: readonly SimClause[]): string[] {
  const words = new Set<string>();
  for (const c of clauses) for (const m of c.text.matchAll(/[\p{L}]{4,12}/gu)) words.add(m[0].toLowerCase());
  return [...words].sort();
}

function wordsIn(text: string, from: number, to: number): { start: number; end: number }[] {
  return Array.from(text.slice(from, to).matchAll(WORD), (m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
}

/** Replaces one word inside a range of at least four words (an edge word now and then). */
function rewordInside(sim: SimDocument, range: TrackedRange, word: () => string, random: () => number): void {
  const words = wordsIn(range.clause.text, range.start, range.end);
  if (words.length < 4) return;
  const inner = random() < 0.3 ? words : words.slice(1, -1);
  const target = inner[Math.floor(random() * inner.length)]!;
  sim.splice(range.clause, target.start, target.end, word());
}

/** Replaces a word within 40 characters before or after the range, in the same clause. */
function rewordNear(sim: SimDocument, range: TrackedRange, word: () => string, random: () => number): void {
  const text = range.clause.text;
  const near = [
    ...wordsIn(text, Math.max(0, range.start - 40), range.start).filter((w) => w.end < range.start),
    ...wordsIn(text, range.end, Math.min(text.length, range.end + 40)).filter((w) => w.start > range.end),
  ];
  const target = near[Math.floor(random() * near.length)];
  if (target) sim.splice(range.clause, target.start, target.end, word());
}

/** Inserts two words at a word start before the range, in the same clause. */
function insertWordsBefore(sim: SimDocument, range: TrackedRange, word: () => string, random: () => number): void {
  const starts = [0, ...Array.from(range.clause.text.slice(0, range.start).matchAll(/\s(?=\S)/g), (m) => m.index + 1)];
  const at = starts[Math.floor(random() * starts.length)]!;
  sim.splice(range.clause, at, at, `${word()} ${word()} `);
}

/** Turns one space inside the range into two spaces or a line break. */
function spaceInside(sim: SimDocument, range: TrackedRange, random: () => number): void {
  const spaces = Array.from(range.clause.text.slice(range.start, range.end).matchAll(/ /g), (m) => range.start + m.index);
  const at = spaces[Math.floor(random() * spaces.length)];
  if (at !== undefined) sim.splice(range.clause, at, at + 1, random() < 0.5 ? '  ' : '\n');
}

/** Deletes the range's text with a word either side (the words were struck out; all of them: the clause goes). */
function deleteText(sim: SimDocument, range: TrackedRange): void {
  const text = range.clause.text;
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, range.start - 2)));
  const next = text.indexOf(' ', range.end + 1);
  const to = next < 0 ? text.length : next;
  if (from === 0 && to === text.length) sim.remove(range.clause);
  else sim.splice(range.clause, from, to, '');
  range.removed = true;
}

/** The paragraph-like clause before `clause` under the same parent, if any. */
function siblingBefore(sim: SimDocument, clause: SimClause): SimClause | undefined {
  const at = sim.clauses.indexOf(clause);
  for (let i = at - 1; i >= 0; i--) {
    const c = sim.clauses[i]!;
    if (c.parentPath === clause.parentPath) return PARAGRAPH_KINDS.has(c.kind) && c.kind === clause.kind ? c : undefined;
    if (c.path === clause.parentPath) return undefined;
  }
  return undefined;
}

/** The new version writes quotation marks the other way: curly for straight (English), straight for guillemets (Russian). */
function changeQuoteMarks(sim: SimDocument, lang: Lang): void {
  const swaps: Record<string, string> = lang === 'en' ? { '“': '"', '”': '"', '’': "'", '"': '“' } : { '«': '"', '»': '"', '"': '«' };
  for (const clause of sim.clauses) {
    for (const m of [...clause.text.matchAll(/[“”’"«»]/g)]) {
      const replacement = swaps[m[0]];
      if (replacement) sim.splice(clause, m.index, m.index + 1, replacement);
    }
  }
}
