// A link's evidence as a lawyer reads it: one card per clause saying what that clause does (quotes the commitment,
// cites the provision, shares key terms, names the same concepts in the other language), the words that show it, the
// words that tie a quoting passage to the citing paragraph before it, and whether the clause is from the user's own
// document; plus one sentence for the route when a quotation and a citation lead there together.
import type { EvidenceDto, LinkKind } from '../../shared/core/api/dto.js';
import { quotingTie } from '../../shared/core/link/quoting-tie.js';
import type { MarkRange } from './highlight-segments.js';
import { findTermRanges } from './hit-excerpt.js';
import { commonLabelPrefix, shortLabel } from './label-prefix.js';

export type EvidenceRoleKind = 'quotes' | 'quoted' | 'shares-quote' | 'cites' | 'terms' | 'glossary';

export interface EvidenceRole {
  kind: EvidenceRoleKind;
  /** What the clause does, in words: "Quotes this commitment", "Cites Working Party Report para. 1339". */
  text: string;
  /** The words that show it: the quoted words, the cited words, the shared terms, glossary pairs ("ISP ↔ посредника"). */
  words: string[];
}

export interface EvidenceCardModel {
  clause: string;
  doc: string;
  label: string;
  text: string;
  fromUserDocument: boolean;
  roles: EvidenceRole[];
  /** The words by which this quoting clause takes up the citing clause before it ("these obligations"). */
  tie: { words: string; citing: string; citingLabel: string; citingShort: string } | null;
  /** Marks for the clause text: quote, cited, term, tie. */
  marks: MarkRange[];
}

export interface EvidenceView {
  cards: EvidenceCardModel[];
  /** How a quotation and a citation lead to the provision together, in one sentence; null when they do not. */
  route: string | null;
  /** Some evidence is from a document the user imported. */
  fromUserDocument: boolean;
}

/** A glossary pair as the engine writes it: "ISPs ~ посредника" (the passage's word, the statute's word). */
export function glossaryPair(term: string): [string, string] | null {
  const m = /^(.+?)\s+~\s+(.+)$/.exec(term);
  return m ? [m[1]!.trim(), m[2]!.trim()] : null;
}

/** Whether `words` stand inside quote marks in `text` (an opening mark before them not closed yet). */
function inQuoteMarks(text: string, words: string): boolean {
  const at = text.toLocaleLowerCase().indexOf(words.trim().toLocaleLowerCase());
  if (at < 0) return false;
  const before = text.slice(0, at);
  const last = (marks: string) => Math.max(...[...marks].map((m) => before.lastIndexOf(m)));
  if (last('“«„') > last('”»')) return true;
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Which way a quotation goes, from where its quote marks stand. */
function quoteRole(evidenceText: string, words: string[], commitmentText: string | undefined): EvidenceRole {
  const first = words[0] ?? '';
  if (commitmentText && !inQuoteMarks(evidenceText, first) && inQuoteMarks(commitmentText, first)) {
    return { kind: 'quoted', text: 'Quoted by this commitment', words };
  }
  if (inQuoteMarks(evidenceText, first) || !commitmentText) return { kind: 'quotes', text: 'Quotes this commitment', words };
  return { kind: 'shares-quote', text: 'Says word for word what this commitment says', words };
}

function roleOf(kind: LinkKind, terms: string[], text: string, provisionLabel: string, commitmentText: string | undefined): EvidenceRole[] {
  if (kind === 'quotes') return [quoteRole(text, terms, commitmentText)];
  if (kind === 'cites') return [{ kind: 'cites', text: `Cites ${provisionLabel}`, words: terms }];
  const pairs = terms.map(glossaryPair);
  const glossary = pairs.filter((p): p is [string, string] => p !== null).map(([a, b]) => `${a} ↔ ${b}`);
  const plain = terms.filter((_, i) => pairs[i] === null);
  return [
    ...(plain.length || !glossary.length ? [{ kind: 'terms' as const, text: 'Shares key terms with this commitment', words: plain }] : []),
    ...(glossary.length ? [{ kind: 'glossary' as const, text: 'Names the same concepts (glossary, English ↔ Russian)', words: glossary }] : []),
  ];
}

/** Marks for the words a role shows in the clause text. */
function roleMarks(text: string, role: EvidenceRole): MarkRange[] {
  const kind = role.kind === 'cites' ? 'cited' : role.kind === 'terms' || role.kind === 'glossary' ? 'term' : 'quote';
  const words = role.kind === 'glossary' ? role.words.flatMap((w) => w.split(' ↔ ')) : role.words;
  // Quoted passages the engine joins with " … " are found one by one.
  const parts = role.kind === 'quotes' || role.kind === 'quoted' || role.kind === 'shares-quote' ? words.flatMap((w) => w.split(/\s+…\s+/)) : words;
  return findTermRanges(text, parts).map(([start, end]) => ({ start, end, kind }));
}

const ROLE_ORDER: readonly EvidenceRoleKind[] = ['quotes', 'quoted', 'shares-quote', 'cites', 'terms', 'glossary'];

/**
 * The evidence of a link to `provisionLabel`, one card per clause in the order the engine gives (its roles merged),
 * `commitmentText` (the traced clause's text, when known) telling which way a quotation goes.
 */
export function evidenceView(evidence: readonly EvidenceDto[], provisionLabel: string, commitmentText?: string): EvidenceView {
  const byClause = new Map<string, EvidenceCardModel>();
  for (const e of evidence) {
    let card = byClause.get(e.clause);
    if (!card) {
      card = { clause: e.clause, doc: e.doc, label: e.label, text: e.text, fromUserDocument: false, roles: [], tie: null, marks: [] };
      byClause.set(e.clause, card);
    }
    card.fromUserDocument ||= e.fromUserDocument === true;
    for (const role of roleOf(e.kind, e.terms, e.text, provisionLabel, commitmentText)) {
      const same = card.roles.find((r) => r.kind === role.kind);
      if (same) same.words = [...new Set([...same.words, ...role.words])];
      else card.roles.push(role);
    }
  }
  const cards = [...byClause.values()];
  for (const card of cards) card.roles.sort((a, b) => ROLE_ORDER.indexOf(a.kind) - ROLE_ORDER.indexOf(b.kind));

  // A quoting clause that cites nothing itself, tied by its words to a citing clause of the same document.
  const citing = cards.filter((c) => c.roles.some((r) => r.kind === 'cites'));
  for (const card of cards) {
    if (!card.roles.some((r) => r.kind === 'quotes') || card.roles.some((r) => r.kind === 'cites')) continue;
    const other = citing.find((c) => c.doc === card.doc);
    const tie = other ? quotingTie(card.text) : null;
    if (other && tie) {
      const citingShort = shortLabel(other.label, labelPrefix([card.label, other.label]));
      card.tie = { words: tie.words, citing: other.clause, citingLabel: other.label, citingShort };
      card.marks.push({ start: tie.start, end: tie.end, kind: 'tie' });
    }
  }
  for (const card of cards) card.marks.unshift(...card.roles.flatMap((r) => roleMarks(card.text, r)));

  return { cards, route: routeSentence(cards, provisionLabel), fromUserDocument: cards.some((c) => c.fromUserDocument) };
}

/** The labels' shared words, without a trailing "¶", "§" or "item" that belongs to each number ("… States ¶ "). */
function labelPrefix(labels: readonly string[]): string {
  const prefix = commonLabelPrefix(labels);
  return prefix.replace(/(?:¶|§|item|para\.|paragraph|art\.|article)\s*$/i, '');
}

/** "In IIPA 2017 Report …: ¶ 4 quotes this commitment and, by “these obligations”, takes up ¶ 3, which cites …". */
function routeSentence(cards: readonly EvidenceCardModel[], provisionLabel: string): string | null {
  const quoting = cards.find((c) => c.roles.some((r) => r.kind === 'quotes'));
  if (!quoting) return null;
  if (quoting.roles.some((r) => r.kind === 'cites')) return `${quoting.label} quotes this commitment and cites ${provisionLabel}.`;
  const citing = cards.find((c) => c.clause === quoting.tie?.citing) ?? cards.find((c) => c.doc === quoting.doc && c.roles.some((r) => r.kind === 'cites'));
  if (!citing) return null;
  const prefix = labelPrefix([quoting.label, citing.label]);
  const q = shortLabel(quoting.label, prefix);
  const c = shortLabel(citing.label, prefix);
  const where = prefix ? `In ${prefix.replace(/[\s,—-]+$/, '')}: ` : '';
  const by = quoting.tie ? ` and, by “${quoting.tie.words}”, takes up ${c}, which cites ${provisionLabel}.` : `; ${c} cites ${provisionLabel}.`;
  return `${where}${q} quotes this commitment${by}`;
}

/** The card's roles as one line of plain text (for a tooltip or a screen reader). */
export function rolesText(card: Pick<EvidenceCardModel, 'roles'>): string {
  return card.roles.map((r) => (r.words.length ? `${r.text}: ${r.words.join(', ')}` : r.text)).join('; ');
}
