// Turns text blocks into clause drafts: headings nest, paragraphs and items are numbered within their heading, labels cite.
import type { ClauseDraft, ClauseKind, SourceDocument, SourceLine } from '../model.js';
import { isDateLine, isDatelineLine } from '../text/normalise-boilerplate.js';
import type { MappedText } from '../text/normalise-whitespace.js';
import { joinLines } from '../text/paragraphs.js';
import { letterFor, PathRegistry, slug, titleCase } from './clause-names.js';
import type { OutlineBlock } from './outline-blocks.js';

export interface OutlineOptions {
  /** How numbered paragraphs are cited: "¶ 15" (cables) or "para. 1339" (reports). */
  paragraphSign: '¶' | 'para.';
  /** Words of the document, to tell broken words from compounds at line-end hyphens. */
  vocabulary: ReadonlySet<string>;
  /** A title known from elsewhere (a cable's SUBJECT line); otherwise the first short block may be the title. */
  title?: SourceLine;
}

interface Scope {
  clause: ClauseDraft;
  depth: number;
  numbered: boolean;
  paragraphs: number;
  items: number;
}

/** Builds clause drafts from blocks in reading order. */
export function buildOutline(doc: SourceDocument, blocks: readonly OutlineBlock[], options: OutlineOptions): ClauseDraft[] {
  const clauses: ClauseDraft[] = [];
  const paths = new PathRegistry();
  const join = (lines: readonly SourceLine[]): MappedText => joinLines(lines, options.vocabulary);
  const hasNumberedHeadings = blocks.some((b) => b.kind === 'heading' && b.number !== undefined);
  const stack: Scope[] = [];
  const top = { paragraphs: 0, items: 0 };
  let subheading: ClauseDraft | null = null;
  let lastItem: { clause: ClauseDraft; subitems: number } | null = null;
  let lastParagraph: ClauseDraft | null = null;

  const push = (draft: Omit<ClauseDraft, 'level' | 'parentPath'>, parent: ClauseDraft | null): ClauseDraft => {
    const clause: ClauseDraft = { ...draft, path: paths.claim(draft.path), parentPath: parent?.path ?? null, level: parent ? parent.level + 1 : 0 };
    clauses.push(clause);
    return clause;
  };
  const scope = (): Scope | undefined => stack[stack.length - 1];
  const parentForBody = (): ClauseDraft | null => subheading ?? scope()?.clause ?? null;

  let rest = [...blocks];
  const title = options.title ? join([options.title]) : takeTitle(rest, join);
  if (title) {
    push({ path: 'title', label: `${doc.citeAs}, title`, kind: 'title', ...title }, null);
    if (!options.title) rest = rest.slice(titleBlockCount(rest));
    rest = rest.slice(datelineBlockCount(rest));
  }

  for (const block of rest) {
    const body = join(block.lines);
    if (body.text.length === 0) continue;
    switch (block.kind) {
      case 'heading': {
        const depth = block.depth ?? 0;
        while (stack.length > 0 && scope()!.depth >= depth) stack.pop();
        const parent = scope();
        const numbered = block.number !== undefined;
        const number = numbered ? (parent?.numbered ? `${parent.clause.number}.${block.number}` : block.number!) : undefined;
        const headingTitle = numbered ? body.text.replace(/^\S+\s+/, '') : titleCase(body.text);
        const clause = push(
          {
            path: number ?? slug(body.text),
            label: number ? `${doc.citeAs} § ${number}` : `${doc.citeAs}, ${headingTitle}`,
            kind: 'heading',
            ...body,
            ...(number ? { number } : {}),
            title: headingTitle,
          },
          parent?.clause ?? null,
        );
        stack.push({ clause, depth, numbered, paragraphs: 0, items: 0 });
        subheading = null;
        lastItem = null;
        lastParagraph = null;
        break;
      }
      case 'subheading': {
        const parent = scope()?.clause ?? null;
        const name = titleCase(body.text);
        subheading = push(
          { path: parent ? `${parent.path}/${slug(body.text)}` : slug(body.text), label: `${parent?.label ?? doc.citeAs}, ${name}`, kind: 'heading', ...body, title: name },
          parent,
        );
        lastItem = null;
        break;
      }
      case 'numbered': {
        const sign = options.paragraphSign;
        lastParagraph = push({ path: `p${block.number}`, label: `${doc.citeAs} ${sign} ${block.number}`, kind: 'paragraph', ...body, number: block.number! }, parentForBody());
        lastItem = null;
        break;
      }
      case 'paragraph': {
        const s = scope();
        const counter = s ?? top;
        const k = ++counter.paragraphs;
        let path: string;
        let label: string;
        if (s) {
          path = `${s.clause.path}/p${k}`;
          label = `${s.clause.label} ¶ ${k}`;
        } else if (hasNumberedHeadings) {
          path = k === 1 ? 'preamble' : `preamble/p${k}`;
          label = k === 1 ? `${doc.citeAs}, preamble` : `${doc.citeAs}, preamble ¶ ${k}`;
        } else {
          path = `p${k}`;
          label = `${doc.citeAs} ¶ ${k}`;
        }
        const runIn = runInHeading(body.text);
        lastParagraph = push({ path, label, kind: 'paragraph', ...body, ...(runIn ? { title: runIn } : {}) }, parentForBody());
        lastItem = null;
        break;
      }
      case 'bullet': {
        lastItem = { clause: pushItem(body, 'item'), subitems: 0 };
        break;
      }
      case 'subbullet':
      case 'lettered': {
        const parent = lastItem?.clause ?? lastParagraph;
        if (!parent) {
          lastItem = { clause: pushItem(body, 'item'), subitems: 0 };
          break;
        }
        const letter = block.kind === 'lettered' ? block.number! : letterFor(lastItem?.subitems ?? 0);
        if (lastItem) lastItem.subitems++;
        push({ path: `${parent.path}.${letter}`, label: `${parent.label}(${letter})`, kind: 'subitem', ...body, number: letter }, parent);
        break;
      }
    }
  }
  return clauses;

  function pushItem(body: MappedText, kind: ClauseKind): ClauseDraft {
    const s = scope();
    const k = ++(s ?? top).items;
    const path = s ? (s.numbered ? `${s.clause.path}.${k}` : `${s.clause.path}/i${k}`) : `i${k}`;
    const label = `${s?.clause.label ?? doc.citeAs}, item ${k}`;
    const runIn = runInHeading(body.text);
    return push({ path, label, kind, ...body, number: String(k), ...(runIn ? { title: runIn } : {}) }, parentForBody());
  }
}

/** Longest single line taken as a document title. */
const TITLE_MAX = 200;

/** The title block(s) at the start: one short unnumbered line, plus following all-caps heading lines. */
function takeTitle(blocks: readonly OutlineBlock[], join: (lines: readonly SourceLine[]) => MappedText): MappedText | null {
  const count = titleBlockCount(blocks);
  if (count === 0) return null;
  const lines = blocks.slice(0, count).flatMap((b) => b.lines);
  return join(lines);
}

function titleBlockCount(blocks: readonly OutlineBlock[]): number {
  const first = blocks[0];
  if (!first || !isTitleCandidate(first)) return 0;
  let count = 1;
  if (first.kind === 'heading') {
    while (blocks[count] && blocks[count]!.kind === 'heading' && blocks[count]!.number === undefined && isTitleCandidate(blocks[count]!)) count++;
  }
  return count;
}

function isTitleCandidate(block: OutlineBlock): boolean {
  if (block.kind !== 'paragraph' && !(block.kind === 'heading' && block.number === undefined)) return false;
  const text = block.lines.map((l) => l.text.trim()).join(' ');
  return block.lines.length <= 2 && text.length <= TITLE_MAX && !/[.;,]$/.test(text);
}

/** Dateline blocks right after the title: dates, and place lines ("Washington D.C.") that a date follows. */
function datelineBlockCount(blocks: readonly OutlineBlock[]): number {
  const isDate = (b: OutlineBlock | undefined): boolean => !!b && b.lines.every((l) => isDateLine(l.text));
  const isPlaceThenDate = (b: OutlineBlock | undefined, next: OutlineBlock | undefined): boolean =>
    !!b && b.lines.every((l) => isDatelineLine(l.text)) && b.lines.some((l) => isDateLine(l.text) || isDate(next));
  let count = 0;
  while (isDate(blocks[count]) || isPlaceThenDate(blocks[count], blocks[count + 1])) count++;
  return count;
}

/** A run-in heading opening a paragraph, "Internet Piracy: Effective copyright ...": a few capitalised words and a colon. */
export function runInHeading(text: string): string | undefined {
  const m = /^((?:[A-Z0-9][\w’'-]*)(?: (?:[A-Z0-9][\w’'-]*|of|in|and|the|for|on|to|against)){0,5}):\s/.exec(text);
  return m?.[1];
}
