// Makes footnote bodies into 'footnote' clauses placed right after the clause that calls them.
import type { ClauseDraft, SourceDocument } from '../model.js';
import { toOriginal } from '../text/mapped-text.js';
import type { FootnoteBody } from '../text/normalise-pdf-text.js';
import { joinLines } from '../text/paragraphs.js';
import { linkFootnoteCalls } from './footnote-calls.js';

/** Adds footnote clauses (path "fnN", label "<citeAs>, fn. N") and links them to their calls. */
export function attachFootnotes(doc: SourceDocument, clauses: ClauseDraft[], bodies: readonly FootnoteBody[], vocabulary: ReadonlySet<string>): ClauseDraft[] {
  if (bodies.length === 0) return clauses;
  const notes = bodies
    .map((body) => ({ number: body.number, path: `fn${body.number}`, ...joinLines(body.lines, vocabulary) }))
    .filter((n) => n.text.length > 0);
  const callers = linkFootnoteCalls(
    clauses,
    notes.map((n) => ({ number: n.number, path: n.path, origin: toOriginal(n.map, 0) })),
  );
  const out: ClauseDraft[] = [];
  const byCaller = new Map<string, ClauseDraft[]>();
  const uncalled: ClauseDraft[] = [];
  const byPath = new Map(clauses.map((c) => [c.path, c]));
  for (const note of notes) {
    const callerPath = callers.get(note.path);
    const caller = callerPath ? byPath.get(callerPath) : undefined;
    const clause: ClauseDraft = {
      path: note.path,
      parentPath: caller?.path ?? null,
      label: `${doc.citeAs}, fn. ${note.number}`,
      kind: 'footnote',
      level: caller ? caller.level + 1 : 0,
      text: note.text,
      map: note.map,
      number: note.number,
      ...(caller ? { calledFrom: caller.path } : {}),
    };
    if (caller) byCaller.set(caller.path, [...(byCaller.get(caller.path) ?? []), clause]);
    else uncalled.push(clause);
  }
  for (const clause of clauses) {
    out.push(clause);
    out.push(...(byCaller.get(clause.path) ?? []));
  }
  return [...out, ...uncalled];
}
