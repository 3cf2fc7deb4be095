// Character-level cleaning of mapped text: runs of spaces, tabs and no-break spaces become one space.
import type { SourceLine } from '../model.js';
import { MappedTextBuilder, type OffsetRun } from './mapped-text.js';

/** Text with offset runs back to the original. */
export interface MappedText {
  text: string;
  map: OffsetRun[];
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/**
 * Collapses every whitespace run to a single space and trims both ends. A run that is exactly one
 * ordinary space keeps its original mapping; anything else (NBSP, double spaces, tabs) becomes a
 * synthetic space anchored at the run's first character.
 */
export function collapseWhitespace(text: string, map: readonly OffsetRun[]): MappedText {
  const out = new MappedTextBuilder();
  let spaceStart = -1;
  let spaceOrigin = 0;
  let spaceLength = 0;
  let spaceIsPlain = true;
  const flushSpace = (): void => {
    if (spaceStart < 0) return;
    if (out.size > 0) {
      if (spaceLength === 1 && spaceIsPlain) out.append(' ', spaceOrigin);
      else out.appendSynthetic(' ', spaceOrigin);
    }
    spaceStart = -1;
  };
  for (const run of map) {
    for (let k = 0; k < run.len; k++) {
      const ch = text[run.t + k]!;
      const origin = run.syn ? run.o : run.o + k;
      if (SPACE.test(ch)) {
        if (spaceStart < 0) {
          spaceStart = run.t + k;
          spaceOrigin = origin;
          spaceLength = 0;
          spaceIsPlain = true;
        }
        spaceLength++;
        if (ch !== ' ' || run.syn) spaceIsPlain = false;
        continue;
      }
      flushSpace();
      if (run.syn) out.appendSynthetic(ch, origin);
      else out.append(ch, origin);
    }
  }
  return out.build();
}

/** Whether a line has no visible text. */
export function isBlankLine(line: SourceLine): boolean {
  return line.text.replace(SPACE, '').trim().length === 0;
}
