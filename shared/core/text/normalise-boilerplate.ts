// Removes web-page boilerplate from page text: site banners, archive navigation and help text, photo captions, datelines.
import type { SourceLine } from '../model.js';
import { isBlankLine } from './normalise-whitespace.js';
import { countRemoved, type RemovedLines } from './removed-lines.js';

/** Single lines that are site chrome, never document text. */
const BOILERPLATE_LINE: readonly RegExp[] = [
  /^an official website of the united states government\.?$/i,
  /^here['’]s how you know\.?$/i,
  /^(?:skip to (?:main )?content|share this page|print this page|back to top|menu|search)$/i,
  /\bwikileaks logo$/i,
  /^keep us strong\b/i,
  /^currently released so far\b/i,
  /^browse (?:latest releases|by [a-z ]+)$/i,
  /^(?:articles|community resources|courage is contagious)$/i,
  /^viewing cable \w+,/i,
  /^if you are new to these pages\b/i,
  /^(?:[A-Z] ){4,}[A-Z]$/, // alphabet navigation rows "A B C D ..."
];

/** Help sections of a page ("Understanding cables", "Discussing cables"): a heading line and the lines under it. */
const HELP_SECTION = /^(?:understanding|discussing) cables$/i;
/** Where a help section stops even without a blank line: the archive's reference table or the cable itself. */
const HELP_SECTION_END = /^(?:reference id\b|VZCZC)/i;

/** True for a line of site chrome. */
export function isBoilerplateLine(text: string): boolean {
  const trimmed = text.trim();
  return BOILERPLATE_LINE.some((re) => re.test(trimmed));
}

/** Drops site chrome and help sections (counted in `removed`); blank lines stay so paragraph breaks survive. */
export function stripWebBoilerplate(lines: readonly SourceLine[], removed?: RemovedLines): SourceLine[] {
  const out: SourceLine[] = [];
  let inHelp = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (inHelp && (isBlankLine(line) || HELP_SECTION_END.test(trimmed))) inHelp = false;
    if (HELP_SECTION.test(trimmed)) inHelp = true;
    if (inHelp) {
      if (trimmed.length > 0) countRemoved(removed, 'website navigation');
      continue;
    }
    if (isBoilerplateLine(trimmed)) {
      countRemoved(removed, 'website navigation');
      out.push(blankLike(line));
    }
    else out.push(line);
  }
  return out;
}

/** A caption credit at the end of a line: "(AP images)", "(Photo: Reuters)", "(State Department photo)". */
const CAPTION_CREDIT = /\((?:AP|AFP|Reuters|Getty|EPA)(?: ?(?:images?|photos?))?\)$|\((?:[\w.' ]+ )?photo(?:[:,][^)]*)?\)$/i;

/**
 * Drops photo captions: a line ending in a photo credit, and the short alt-text line just above it
 * ("A man listens to a speaker in a meeting").
 */
export function stripPhotoCaptions(lines: readonly SourceLine[], removed?: RemovedLines): SourceLine[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    if (!CAPTION_CREDIT.test(out[i]!.text.trim())) continue;
    out[i] = blankLike(out[i]!);
    countRemoved(removed, 'photo captions');
    const above = out[i - 1];
    if (above && looksLikeAltText(above.text)) {
      out[i - 1] = blankLike(above);
      countRemoved(removed, 'photo captions');
    }
  }
  return out;
}

function looksLikeAltText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 100 && !/[.:;!?”"]$/.test(trimmed);
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_LINE = new RegExp(`^(?:${MONTH} \\d{1,2}, \\d{4}|\\d{1,2} ${MONTH} \\d{4}|\\d{4}-\\d{2}-\\d{2})\\.?$`);
/** A place line of a dateline: one to three capitalised words, e.g. "Washington D.C.", "Moscow". */
const PLACE_LINE = /^(?:[A-Z][\w.’'-]*)(?: [A-Z][\w.’'-]*){0,2}$/;

/** True for a line that is only a date: "December 27, 2012", "21 December 2012". */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim());
}

/** True for a dateline line: a date ("December 27, 2012") or a bare place name ("Washington D.C."). */
export function isDatelineLine(text: string): boolean {
  const trimmed = text.trim();
  return DATE_LINE.test(trimmed) || (PLACE_LINE.test(trimmed) && trimmed.length <= 30);
}

function blankLike(line: SourceLine): SourceLine {
  return { text: '', map: [], ...(line.page !== undefined ? { page: line.page } : {}) };
}
