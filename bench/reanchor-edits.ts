// Re-anchoring benchmark: a document's clause list changed the way new versions change, tracking annotated ranges exactly.

/** A clause of the simulated document; identity is the object, the path (and so the id) may change. */
export interface SimClause {
  path: string;
  parentPath: string | null;
  kind: string;
  text: string;
}

/** An annotated range followed through the edits: where its text is now, and how much of it was replaced. */
export interface TrackedRange {
  clause: SimClause;
  start: number;
  end: number;
  /** Length of the range when it was selected. */
  selected: number;
  /** Characters of the range replaced or deleted by edits so far. */
  replaced: number;
  /** The range's text (or its clause) was deleted. */
  removed: boolean;
}

/**
 * The clause list of one document and the ranges annotated in it; every change goes through splice or the list ops.
 * Statutes change as Russian codes do: a new part gets a dotted number after its neighbour ("2.1"), a repealed part
 * keeps its number with the text "Утратила силу" and loses its sub-items; nothing is renumbered. Other documents
 * renumber the items that follow an inserted or deleted one ("I.A.3" becomes "I.A.4", "p12" becomes "p11").
 */
export class SimDocument {
  readonly clauses: SimClause[];
  readonly ranges: TrackedRange[] = [];
  readonly statute: boolean;

  constructor(clauses: SimClause[], options: { statute?: boolean } = {}) {
    this.clauses = clauses;
    this.statute = options.statute ?? false;
  }

  /** Replaces [from, to) of a clause's text, moving the ranges it touches (ranges are never split by callers). */
  splice(clause: SimClause, from: number, to: number, insert: string): void {
    const delta = insert.length - (to - from);
    for (const r of this.ranges) {
      if (r.clause !== clause || r.removed) continue;
      if (to <= r.start && !(from === to && from === r.start && r.start === r.end)) {
        r.start += delta;
        r.end += delta;
      } else if (from >= r.end) {
        continue;
      } else if (from >= r.start && to <= r.end) {
        r.end += delta;
        r.replaced += to - from;
      } else {
        r.removed = true;
      }
    }
    clause.text = clause.text.slice(0, from) + insert + clause.text.slice(to);
  }

  /** Inserts a new clause after `after` (and its sub-clauses), renumbering numbered siblings that follow it. */
  insertAfter(after: SimClause, text: string): SimClause {
    const at = this.clauses.indexOf(after) + 1 + this.descendants(after).length;
    const numbered = numberedPath(after.path);
    let path: string;
    if (this.statute) {
      path = this.freshPath(`${after.path}.`, 1);
      const lead = numbered ? leadingNumber(after.text, numbered.n) : 0;
      if (lead) text = `${after.text.slice(0, lead)}${path.slice(after.path.length)}. ${text}`;
    } else if (numbered && after.kind !== 'article') {
      this.renumber(numbered.stem, numbered.n + 1, +1);
      path = `${numbered.stem}${numbered.n + 1}`;
      text = `${leadingNumber(after.text, numbered.n) ? `${numbered.n + 1}. ` : ''}${text}`;
    } else {
      path = this.freshPath(`${after.path}-new`);
    }
    const clause: SimClause = { path, parentPath: after.parentPath, kind: after.kind, text };
    this.clauses.splice(at, 0, clause);
    this.checkUnique();
    return clause;
  }

  /** Deletes (statutes: repeals, once) a clause and its sub-clauses (their ranges are removed), renumbering those that follow. */
  remove(clause: SimClause): void {
    if (this.statute) {
      if (/утратил/i.test(clause.text)) return;
      const numbered = numberedPath(clause.path);
      const lead = numbered ? leadingNumber(clause.text, numbered.n) : 0;
      const subItems = this.descendants(clause);
      for (const r of this.ranges) if (r.clause === clause || subItems.includes(r.clause)) r.removed = true;
      this.clauses.splice(this.clauses.indexOf(clause) + 1, subItems.length);
      this.splice(clause, lead ? lead + 2 : 0, clause.text.length, 'Утратила силу. - Федеральный закон от 01.01.2025 № 1-ФЗ.');
      return;
    }
    const gone = [clause, ...this.descendants(clause)];
    for (const r of this.ranges) if (gone.includes(r.clause)) r.removed = true;
    this.clauses.splice(this.clauses.indexOf(clause), gone.length);
    const numbered = numberedPath(clause.path);
    if (numbered && clause.kind !== 'article') this.renumber(numbered.stem, numbered.n + 1, -1);
    this.checkUnique();
  }

  /** Sub-clauses of a clause (they follow it in reading order). */
  descendants(clause: SimClause): SimClause[] {
    const out: SimClause[] = [];
    for (let i = this.clauses.indexOf(clause) + 1; i < this.clauses.length; i++) {
      const c = this.clauses[i]!;
      if (!isUnder(c.path, clause.path)) break;
      out.push(c);
    }
    return out;
  }

  /** Shifts the numbers of clauses `stem`N with N >= from by `by` (and their sub-clauses' paths, and a leading "N." in the text). */
  private renumber(stem: string, from: number, by: 1 | -1): void {
    const members = this.clauses
      .map((c) => ({ c, numbered: numberedPath(c.path) }))
      .filter((m) => m.numbered?.stem === stem && m.numbered.n >= from)
      .sort((a, b) => (b.numbered!.n - a.numbered!.n) * by);
    for (const { c, numbered } of members) {
      const n = numbered!.n;
      const oldPath = c.path;
      const newPath = `${stem}${n + by}`;
      for (const d of this.descendants(c)) {
        d.path = newPath + d.path.slice(oldPath.length);
        if (d.parentPath !== null && isUnder(d.parentPath, oldPath, true)) d.parentPath = newPath + d.parentPath.slice(oldPath.length);
      }
      c.path = newPath;
      const lead = leadingNumber(c.text, n);
      if (lead) this.splice(c, 0, lead, String(n + by));
    }
  }

  /** `base`, or `base` with the first number from `from` that makes it unused. */
  private freshPath(base: string, from?: number): string {
    let path = from === undefined ? base : `${base}${from}`;
    for (let k = (from ?? 1) + 1; this.clauses.some((c) => c.path === path); k++) path = `${base}${k}`;
    return path;
  }

  private checkUnique(): void {
    const seen = new Set<string>();
    for (const c of this.clauses) {
      if (seen.has(c.path)) throw new Error(`reanchor bench: duplicate path ${c.path} after an edit`);
      seen.add(c.path);
    }
  }
}

/** "I.A.3" → stem "I.A.", 3; "art105/2" → "art105/", 2; "p12" → "p", 12. */
function numberedPath(path: string): { stem: string; n: number } | null {
  const m = /^(.*?)(\d+)$/.exec(path);
  return m ? { stem: m[1]!, n: Number(m[2]) } : null;
}

function isUnder(path: string, ancestor: string, orSelf = false): boolean {
  return (orSelf && path === ancestor) || ((path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}/`)) && path.length > ancestor.length + 1);
}

/** Length of a leading "N." / "N)" that numbers the clause in its text, or 0. */
function leadingNumber(text: string, n: number): number {
  const digits = String(n);
  return text.startsWith(digits) && /^[.)]\s/.test(text.slice(digits.length, digits.length + 2)) ? digits.length : 0;
}
