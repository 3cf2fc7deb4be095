// Finds footnote calls ("in 2017.1", "obligations.2") in clause text, cuts the marker digits out and records the call.
import type { ClauseDraft, FootnoteCall } from '../model.js';
import { MappedTextBuilder, sliceMap, toOriginal } from '../text/mapped-text.js';

/** A footnote call site in text: the marker and where it sits. */
export interface CallSite {
  marker: string;
  start: number;
  end: number;
}

/**
 * The first call of footnote `number` in `text` at or after `from`: the number glued after a word or its
 * closing punctuation ("Act.3", "levels”4"), or after "2017." when it ends the text. Never inside a longer number.
 */
export function findFootnoteCall(text: string, number: string, from = 0): CallSite | null {
  const re = new RegExp(`(?<=[A-Za-z)\\]”"’%][.,;:]?|\\d\\.)${number}(?![\\d.,]\\d)(?=\\s|$)`, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const afterDigitDot = /\d\.$/.test(text.slice(Math.max(0, m.index - 2), m.index));
    if (afterDigitDot && text.slice(m.index + number.length).trim().length > 0) continue;
    return { marker: number, start: m.index, end: m.index + number.length };
  }
  return null;
}

/** Removes [start, end) from mapped text. */
export function cutSpan(text: string, map: ClauseDraft['map'], start: number, end: number): { text: string; map: ClauseDraft['map'] } {
  const out = new MappedTextBuilder();
  out.appendMapped(text.slice(0, start), sliceMap(map, 0, start));
  out.appendMapped(text.slice(end), sliceMap(map, end, text.length));
  return out.build();
}

/**
 * Links footnotes to the clauses that call them, in number order and reading order: the call must come
 * before the footnote's own text in the original. The marker digits leave the clause text; the call keeps
 * a zero-width span (start === end) at the point where the marker stood.
 */
export function linkFootnoteCalls(
  clauses: ClauseDraft[],
  footnotes: ReadonlyArray<{ number: string; path: string; origin: number }>,
): Map<string, string> {
  const callers = new Map<string, string>();
  let clauseIndex = 0;
  let from = 0;
  for (const note of [...footnotes].sort((a, b) => Number(a.number) - Number(b.number))) {
    for (let i = clauseIndex; i < clauses.length; i++) {
      const clause = clauses[i]!;
      if (clause.map.length === 0 || toOriginal(clause.map, 0) > note.origin) break;
      const site = findFootnoteCall(clause.text, note.number, i === clauseIndex ? from : 0);
      if (!site || toOriginal(clause.map, site.start) > note.origin) continue;
      const cut = cutSpan(clause.text, clause.map, site.start, site.end);
      clause.text = cut.text;
      clause.map = cut.map;
      const call: FootnoteCall = { marker: site.marker, start: site.start, end: site.start, footnotePath: note.path };
      clause.footnotes = [...(clause.footnotes ?? []), call];
      callers.set(note.path, clause.path);
      clauseIndex = i;
      from = site.start;
      break;
    }
  }
  return callers;
}
