// A statute's table of contents from its clauses (Part, Section, Chapter, §, Article), nested by outline level, and
// "go to article": `1253.1`, `ст. 1253.1`, `статья 146`, `art. 1252(5)` or `п. 5 ст. 1252` to the clause holding it.
import type { ClauseSummary } from '../../shared/core/api/dto.js';

export interface OutlineEntry {
  /** Index of the clause in the document's clause list. */
  index: number;
  id: string;
  /** Depth in the contents (0: top). */
  depth: number;
  /** Index of the parent entry, or null. */
  parent: number | null;
  hasChildren: boolean;
  kind: 'heading' | 'article';
  /** The heading's first line: "Глава 69. Общие положения", "Статья 1253.1. Особенности…". */
  label: string;
}

const MAX_LABEL = 110;

function firstLine(text: string): string {
  const line = (text.split('\n', 1)[0] ?? '').trim();
  return line.length > MAX_LABEL ? `${line.slice(0, MAX_LABEL - 1)}…` : line;
}

/** The headings and articles of a statute in reading order, each with its parent by outline level. */
export function statuteOutline(clauses: readonly ClauseSummary[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const stack: { entry: number; level: number }[] = [];
  clauses.forEach((c, index) => {
    if (c.kind !== 'heading' && c.kind !== 'article') return;
    while (stack.length && stack[stack.length - 1]!.level >= c.level) stack.pop();
    const parent = stack.length ? stack[stack.length - 1]!.entry : null;
    if (parent !== null) entries[parent]!.hasChildren = true;
    entries.push({ index, id: c.id, depth: stack.length, parent, hasChildren: false, kind: c.kind, label: firstLine(c.text) || c.label });
    stack.push({ entry: entries.length - 1, level: c.level });
  });
  return entries;
}

/** The entry for a reading position: the last heading or article at or before clause `index` (-1: before any). */
export function entryAt(entries: readonly OutlineEntry[], index: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.index <= index) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** An entry and its ancestors (entry indexes). */
export function ancestry(entries: readonly OutlineEntry[], entry: number): Set<number> {
  const out = new Set<number>();
  for (let at: number | null = entry; at !== null && at >= 0; at = entries[at]!.parent) out.add(at);
  return out;
}

/** The entries to show: every top-level one, and the children of each expanded entry whose ancestors are expanded too. */
export function visibleEntries(entries: readonly OutlineEntry[], expanded: (entry: number) => boolean): number[] {
  const shown: number[] = [];
  const open: boolean[] = [];
  entries.forEach((e, i) => {
    const visible = e.parent === null || (open[e.parent] === true && expanded(e.parent));
    open[i] = visible;
    if (visible) shown.push(i);
  });
  return shown;
}

export interface ArticleRef {
  article: string;
  /** A part ("5" of "1252(5)" or "п. 5 ст. 1252"), or null. */
  part: string | null;
}

/** Reads what a lawyer types to go to an article; null when it names none. */
export function parseArticleRef(input: string): ArticleRef | null {
  let text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  let part: string | null = null;
  const leadingPart = /^(?:пункт|п\.|часть|ч\.|part|para\.?)\s*(\d+(?:\.\d+)?)\s*,?\s*(.*)$/.exec(text);
  if (leadingPart) {
    part = leadingPart[1]!;
    text = leadingPart[2]!;
  }
  text = text.replace(/^(?:статья|статьи|статье|ст\.?|article|art\.?|§)\s*/, '');
  const m = /^(\d+(?:\.\d+)*)(?:\s*(?:\((\d+(?:\.\d+)?)\)|\/(\d+(?:\.\d+)?)))?\s*(?:гк|ук|коап|рф|\s)*\.?$/.exec(text);
  if (!m) return null;
  return { article: m[1]!, part: part ?? m[2] ?? m[3] ?? null };
}

/** The clause to go to: the part when the statute holds it, else the article; -1 when the article is not there. */
export function findArticle(clauses: readonly ClauseSummary[], ref: ArticleRef): number {
  const article = clauses.findIndex((c) => c.path === `art${ref.article}`);
  if (article < 0 || !ref.part) return article;
  const part = clauses.findIndex((c) => c.path === `art${ref.article}/${ref.part}`);
  return part >= 0 ? part : article;
}
