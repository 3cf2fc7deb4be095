// Statute clause drafts under construction: collecting mapped lines, unique paths and lawyer-style labels.
import type { ClauseDraft, ClauseKind, SourceLine } from '../model.js';
import { MappedTextBuilder } from '../text/mapped-text.js';
import type { HeadingRank } from './statute-lines.js';
import { romanToNumber } from './statute-lines.js';

/** A clause being filled with lines; `lines` are joined with "\n" when it is finished. */
export interface OpenClause {
  path: string;
  parentPath: string | null;
  label: string;
  kind: ClauseKind;
  level: number;
  number?: string;
  title?: string;
  lines: SourceLine[];
  /** Indexes of lines joined to the previous one with a space (a heading's title continued on the next line). */
  spaceJoined?: Set<number>;
}

/** Hands out paths unique within one document: a repeated path gets "~2", "~3"... in reading order. */
export class PathRegistry {
  private used = new Set<string>();

  claim(path: string): string {
    let candidate = path;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${path}~${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

/** The path segment and label of a structural heading. */
export function headingPathAndLabel(
  rank: HeadingRank,
  number: string,
  citeAs: string,
  enclosing: { chapter?: OpenClause; paragraph?: OpenClause; section?: OpenClause },
): { path: string; label: string } {
  switch (rank) {
    case 'part':
      return /^\d+$/.test(number)
        ? { path: `part${number}`, label: `${citeAs} Part ${number}` }
        : { path: `part-${number}`, label: `${citeAs} ${number === 'general' ? 'General' : 'Special'} Part` };
    case 'section':
      return { path: `sec${romanToNumber(number)}`, label: `${citeAs} sec. ${number}` };
    case 'subsection': {
      const section = enclosing.section;
      return {
        path: `${section ? section.path : 'sec'}.sub${number}`,
        label: `${section ? section.label : citeAs} subsec. ${number}`,
      };
    }
    case 'chapter':
      return { path: `ch${number}`, label: `${citeAs} ch. ${number}` };
    case 'paragraph': {
      const chapter = enclosing.chapter;
      return {
        path: chapter ? `${chapter.path}.par${number}` : `par${number}`,
        label: `${chapter ? chapter.label : citeAs} § ${number}`,
      };
    }
    case 'subparagraph': {
      const paragraph = enclosing.paragraph;
      return {
        path: `${paragraph ? paragraph.path : 'par'}.sub${number}`,
        label: `${paragraph ? paragraph.label : citeAs} subpar. ${number}`,
      };
    }
  }
}

/** Joins a clause's lines with synthetic "\n" or " " (anchored at the next line's start) into a mapped draft. */
export function finishClause(clause: OpenClause): ClauseDraft {
  const builder = new MappedTextBuilder();
  clause.lines.forEach((line, i) => {
    if (i > 0) builder.appendSynthetic(clause.spaceJoined?.has(i) ? ' ' : '\n', line.map[0]?.o ?? 0);
    builder.appendMapped(line.text, line.map);
  });
  const { text, map } = builder.build();
  const draft: ClauseDraft = {
    path: clause.path,
    parentPath: clause.parentPath,
    label: clause.label,
    kind: clause.kind,
    level: clause.level,
    text,
    map,
  };
  const page = clause.lines.find((l) => l.page !== undefined)?.page;
  if (page !== undefined) draft.page = page;
  if (clause.number !== undefined) draft.number = clause.number;
  if (clause.title) draft.title = clause.title;
  return draft;
}
