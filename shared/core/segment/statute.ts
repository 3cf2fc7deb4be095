// Segments a Russian code into clauses: parts, sections, chapters, §, articles, numbered parts, sub-items and notes.
//
// Decisions:
// - An article clause holds its heading, any unnumbered paragraphs before part 1, and editorial notes that name the
//   article ("(Статья в редакции ...)", "(Дополнение статьей ...)", "(Наименование ...)") wherever they stand.
// - A part holds its paragraphs up to the next part, including unnumbered continuation paragraphs; its sub-items are
//   their own clauses. An unnumbered paragraph after a sub-item closes the list and goes back to the part (the
//   Criminal Code's "наказываются ..." sanction), unless the sub-item ends with ":" and opens a list of its own
//   (then the lines stay with the sub-item while they end with ";" or ":").
// - A heading's title continued on a second heading line is joined with a space.
// - Other editorial notes stay with the clause they follow; "(Пункт ...)"/"(Часть ...)" after a numeric sub-item
//   ("подпункт") refers to the enclosing part, after a lettered one ("пункт «а»") to the item itself.
// - Notes: "Примечание." starts art/note; numbered notes ("Примечания. 1. ...") are art/note/1, art/note/2.
//   Sub-item lines inside a note stay in the note's text. A second "Примечани..." line in one article continues the
//   same note (a repealed note followed by new numbered ones).
// - Lines before the first heading form a 'title' clause; the signature block ("Президент Российской Федерации"
//   and what follows) a 'signature' clause, so that no line of the official text is lost.
import type { ClauseDraft, SourceDocument, SourceLine } from '../model.js';
import { sliceMap, trimMapped } from '../text/mapped-text.js';
import { finishClause, headingPathAndLabel, PathRegistry, type OpenClause } from './statute-clauses.js';
import {
  classifyBody,
  classifyHeading,
  isTitleContinuationHint,
  RANK_ORDER,
  type HeadingLine,
  type HeadingRank,
  type StatuteLine,
} from './statute-lines.js';

export { parseArticleNumber } from './statute-lines.js';

interface Frame {
  rank: HeadingRank | 'article';
  clause: OpenClause;
}

/** Cuts a line at `at` into two trimmed mapped lines. */
function splitLine(line: SourceLine, at: number): [SourceLine, SourceLine] {
  const head = trimMapped(line.text.slice(0, at), sliceMap(line.map, 0, at));
  const tail = trimMapped(line.text.slice(at), sliceMap(line.map, at, line.text.length));
  return [
    { ...line, text: head.text, map: head.map },
    { ...line, text: tail.text, map: tail.map },
  ];
}

class StatuteSegmenter {
  private readonly clauses: OpenClause[] = [];
  private readonly paths = new PathRegistry();
  private readonly stack: Frame[] = [];
  private article: OpenClause | null = null;
  private part: OpenClause | null = null;
  private subitem: OpenClause | null = null;
  private note: OpenClause | null = null;
  private current: OpenClause | null = null;
  private headingJustRead: OpenClause | null = null;
  private signature: OpenClause | null = null;

  constructor(private readonly citeAs: string) {}

  read(line: SourceLine): void {
    if (this.signature) return void this.signature.lines.push(line);
    const inParagraph = this.stack.some((f) => f.rank === 'paragraph');
    const heading = classifyHeading(line.text, line.hint, inParagraph);
    if (heading) {
      this.headingJustRead = this.startHeading(heading, line);
      return;
    }
    if (this.headingJustRead && isTitleContinuationHint(line.hint) && !line.text.startsWith('(')) {
      const clause = this.headingJustRead;
      (clause.spaceJoined ??= new Set()).add(clause.lines.length);
      clause.lines.push(line);
      clause.title = clause.title ? `${clause.title} ${line.text}` : line.text;
      return;
    }
    this.headingJustRead = null;
    const body = classifyBody(line.text);
    if (body.type === 'signature') {
      this.signature = this.open({ path: 'signature', label: `${this.citeAs}, signature`, kind: 'paragraph' }, null, 0);
      this.signature.lines.push(line);
      return;
    }
    if (this.article) this.readArticleLine(body, line);
    else this.structuralTarget(line).lines.push(line);
  }

  finish(): ClauseDraft[] {
    return this.clauses.map(finishClause);
  }

  private open(
    base: Pick<OpenClause, 'path' | 'label' | 'kind'> & { number?: string; title?: string },
    parent: OpenClause | null,
    level: number,
  ): OpenClause {
    const clause: OpenClause = { ...base, path: this.paths.claim(base.path), parentPath: parent?.path ?? null, level, lines: [] };
    this.clauses.push(clause);
    return clause;
  }

  private structuralTarget(line: SourceLine): OpenClause {
    const top = this.stack[this.stack.length - 1];
    if (top) return top.clause;
    // Before the first heading: the title lines ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", the code's name) form the title; the
    // adoption dates and the list of amending laws that follow form a preamble paragraph.
    const preamble = this.clauses.find((c) => c.path === 'preamble');
    const title = this.clauses.find((c) => c.kind === 'title');
    if (preamble || (title && !isTitleLine(line))) {
      return preamble ?? this.open({ path: 'preamble', label: `${this.citeAs}, preamble`, kind: 'paragraph' }, null, 0);
    }
    return title ?? this.open({ path: 'title', label: `${this.citeAs}, title`, kind: 'title' }, null, 0);
  }

  private startHeading(heading: HeadingLine, line: SourceLine): OpenClause {
    const rank = heading.type === 'article' ? 'article' : heading.rank;
    while (this.stack.length > 0 && RANK_ORDER[this.stack[this.stack.length - 1]!.rank] >= RANK_ORDER[rank]) {
      this.stack.pop();
    }
    const parent = this.stack[this.stack.length - 1]?.clause ?? null;
    const level = this.stack.length;
    let clause: OpenClause;
    if (heading.type === 'article') {
      const base = { path: `art${heading.number}`, label: `${this.citeAs} art. ${heading.number}`, kind: 'article' as const };
      clause = this.open({ ...base, number: heading.number, title: heading.title }, parent, level);
      this.article = clause;
    } else {
      const enclosing = {
        chapter: this.enclosing('chapter'),
        paragraph: this.enclosing('paragraph'),
        section: this.enclosing('section'),
      };
      const { path, label } = headingPathAndLabel(heading.rank, heading.number, this.citeAs, enclosing);
      clause = this.open({ path, label, kind: 'heading', number: heading.number, title: heading.title }, parent, level);
      this.article = null;
    }
    this.stack.push({ rank, clause });
    this.part = this.subitem = this.note = null;
    this.current = clause;
    clause.lines.push(line);
    return clause;
  }

  private enclosing(rank: HeadingRank): OpenClause | undefined {
    return this.stack.find((f) => f.rank === rank)?.clause;
  }

  private readArticleLine(body: StatuteLine, line: SourceLine): void {
    const article = this.article!;
    switch (body.type) {
      case 'note': {
        // A second "Примечани..." in one article (a repealed note followed by new ones) continues the same note.
        this.part = this.subitem = null;
        this.note ??= this.open({ path: `${article.path}/note`, label: `${article.label} note`, kind: 'note' }, article, article.level + 1);
        this.current = this.note;
        if (body.numbered) {
          const [head, rest] = splitLine(line, body.restAt);
          this.note.lines.push(head);
          this.readArticleLine(classifyBody(rest.text), rest);
        } else {
          this.note.lines.push(line);
        }
        return;
      }
      case 'editorial':
        this.editorialTarget(body.scope, line.text).lines.push(line);
        return;
      case 'part':
        if (this.note) {
          const note = this.note;
          const base = { path: `${note.path}/${body.number}`, label: `${note.label} ${body.number}`, kind: 'note' as const };
          this.current = this.open({ ...base, number: body.number }, note, note.level + 1);
        } else {
          const base = { path: `${article.path}/${body.number}`, label: `${article.label}(${body.number})`, kind: 'part' as const };
          this.part = this.open({ ...base, number: body.number }, article, article.level + 1);
          this.subitem = null;
          this.current = this.part;
        }
        this.current.lines.push(line);
        return;
      case 'subitem': {
        if (this.note) return void this.current!.lines.push(line);
        const owner = this.part ?? article;
        const direct = owner === article;
        const path = direct ? `${owner.path}/sub${body.number}` : `${owner.path}/${body.number}`;
        const label = direct && !body.lettered ? `${owner.label}, subpara. ${body.number}` : `${owner.label}(${body.number})`;
        this.subitem = this.open({ path, label, kind: 'subitem', number: body.number }, owner, owner.level + 1);
        this.current = this.subitem;
        this.subitem.lines.push(line);
        return;
      }
      default: {
        const subitem = this.subitem;
        if (subitem && this.current === subitem && !this.continuesSubitem(subitem)) {
          this.subitem = null;
          this.current = this.part ?? article;
        }
        this.current!.lines.push(line);
      }
    }
  }

  /** A sub-item whose first line ends with ":" opens a list of its own, continued while its lines end with ";" or ":". */
  private continuesSubitem(subitem: OpenClause): boolean {
    if (!subitem.lines[0]!.text.endsWith(':')) return false;
    const last = subitem.lines[subitem.lines.length - 1]!.text;
    return last.endsWith(':') || last.endsWith(';');
  }

  private editorialTarget(scope: 'article' | 'part' | 'any', text: string): OpenClause {
    if (scope === 'article') return this.article!;
    const subitem = this.subitem;
    if (scope === 'part' && subitem && this.current === subitem && this.part) {
      const lettered = /^[а-яё]/.test(subitem.number ?? '');
      if (!lettered || /^\((?:Часть|Дополнение частью)/.test(text)) return this.part;
    }
    return this.current!;
  }
}

/** Segments a Russian statute (pravo.gov.ru HTML lines or plain text) into clause drafts in reading order. */
export function segmentStatute(doc: SourceDocument): ClauseDraft[] {
  const segmenter = new StatuteSegmenter(doc.citeAs);
  for (const line of doc.lines) if (line.text.trim().length > 0) segmenter.read(line);
  return segmenter.finish();
}

/** A line of a statute's title block: pravo's title class, or a short line with no sentence in it. */
function isTitleLine(line: SourceLine): boolean {
  if (line.hint === 'T') return true;
  return line.text.length <= 80 && !/\d/.test(line.text) && !line.text.startsWith('(');
}
