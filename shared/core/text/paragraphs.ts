// Joins wrapped lines into one paragraph of mapped text, mending line-end hyphenation and split URLs.
import type { SourceLine } from '../model.js';
import { MappedTextBuilder, sliceMap, toOriginal } from './mapped-text.js';
import { isBrokenWord } from './normalise-hyphenation.js';
import { collapseWhitespace, type MappedText } from './normalise-whitespace.js';

/** How two consecutive lines meet: with a synthetic space, directly, or with the hyphen dropped. */
export type LineJunction = 'space' | 'direct' | 'drop-hyphen';

const URL_TAIL = /(?:https?:\/\/|www\.)\S*$/;

/** Chooses how `previous` (ending a line) joins `next` (starting the following line). */
export function lineJunction(previous: string, next: string, vocabulary: ReadonlySet<string>): LineJunction {
  if (URL_TAIL.test(previous) && /[-/_.=?&]$/.test(previous) && /^[\w%/.-]/.test(next)) return 'direct';
  if (/[A-Za-z]-$/.test(previous) && /^[A-Za-z0-9]/.test(next)) {
    return isBrokenWord(previous.slice(0, -1), next, vocabulary) ? 'drop-hyphen' : 'direct';
  }
  return 'space';
}

/** Joins lines (already cleaned or not) into one paragraph; empty lines are skipped. */
export function joinLines(lines: readonly SourceLine[], vocabulary: ReadonlySet<string> = new Set()): MappedText {
  const pieces = lines.map((l) => collapseWhitespace(l.text, l.map)).filter((p) => p.text.length > 0);
  const out = new MappedTextBuilder();
  pieces.forEach((piece, i) => {
    const next = pieces[i + 1];
    const junction = next ? lineJunction(piece.text, next.text, vocabulary) : 'direct';
    if (junction === 'drop-hyphen') {
      const end = piece.text.length - 1;
      out.appendMapped(piece.text.slice(0, end), sliceMap(piece.map, 0, end));
    } else {
      out.appendMapped(piece.text, piece.map);
    }
    if (next && junction === 'space') out.appendSynthetic(' ', toOriginal(piece.map, piece.text.length - 1) + 1);
  });
  return out.build();
}
