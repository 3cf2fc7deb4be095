// Cable clean-up: drops routing headers, archive metadata, page markers and the signature; turns dashed banners into headings.
import type { SourceLine } from '../model.js';
import { HEADING_HINT, PAGE_BREAK_HINT } from './normalise-hints.js';
import { isBlankLine } from './normalise-whitespace.js';

/** First line of a cable's routing header: the VZCZC channel line or the classification/section line. */
const ROUTING_START =
  /^(?:VZCZC\w*|(?:UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\/\/\w+)?\b.*\bSECTION \d+ OF \d+.*|(?:UNCLAS|CONFIDENTIAL|SECRET) [A-Z ]+ \d{5,}\s*)$/;
/** Lines typical of a routing header anywhere: channel, precedence/DTG, FM/TO/INFO, tags, handling marks. */
const ROUTING_LINE =
  /^(?:VZCZC\w*|(?:RR|PP|OO|ZZ|RUEH\w*|RUCN\w*|RHMF\w*) .*|DE RUEH\w* .*|ZNR \w+(?: \w+)?|ZNY \w+(?: \w+)?|[ROPZ] \d{6}Z [A-Z]{3} \d{2}|FM .+|TO .+|INFO .+|BT|SIPDIS|SENSITIVE|NOFORN|E\.O\. .*|TAGS: .*|SUBJECT: .*|REF: .*|R[A-Z]{3,6}\/.+)$/;
/** Archive metadata table: "Reference ID Created Released Classification Origin" and its value row. */
const ARCHIVE_TABLE_HEAD = /^reference id\s+created\s+released\s+classification\s+origin$/i;
const ARCHIVE_TABLE_ROW = /^(\d{2}[A-Z]+\d+)\s+\d{4}-\d{2}-\d{2}\b/;
/** Page marker of a multi-page cable: "MOSCOW 00000521  002 OF 004". */
const PAGE_MARKER = /^[A-Z][A-Z .'-]* \d{6,9}\s+\d{3} OF \d{3}$/;
/** First line of the cable body: a dashed banner or a numbered paragraph. */
const BODY_START = /^(?:-{3,}|\d{1,3}\.\s+\S)/;
const DASHES = /^-{3,}$/;
/** A signature: the ambassador's surname alone on the last line ("BEYRLE"). */
const SIGNATURE = /^[A-Z][A-Z'-]{2,}$/;

export interface CableParts {
  /** Body lines: header gone, banners as heading-hinted lines, page markers as page-break lines. */
  lines: SourceLine[];
  /** The SUBJECT line's text after "SUBJECT:", with its map. */
  subject?: SourceLine;
  /** The reference id from the archive table, e.g. "09MOSCOW521". */
  referenceId?: string;
}

/** True when the lines contain a cable routing header. */
export function looksLikeCable(lines: readonly SourceLine[]): boolean {
  let score = 0;
  for (const line of lines) {
    const t = line.text.trim();
    if (/^VZCZC/.test(t) || /^DE RUEH/.test(t) || /^[ROPZ] \d{6}Z [A-Z]{3} \d{2}$/.test(t)) score++;
    if (/^(?:UNCLAS|CONFIDENTIAL|SECRET)\b.*\bSECTION \d+ OF \d+/.test(t) || /^TAGS: /.test(t)) score++;
  }
  return score >= 2;
}

/** Splits a cable's page text into body lines, subject and reference id. */
export function stripCableHeader(lines: readonly SourceLine[]): CableParts {
  const out: SourceLine[] = [];
  let subject: SourceLine | undefined;
  let referenceId: string | undefined;
  let inHeader = false;
  let seenBody = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (ARCHIVE_TABLE_HEAD.test(t)) continue;
    const row = ARCHIVE_TABLE_ROW.exec(t);
    if (row && !seenBody) {
      referenceId = row[1];
      continue;
    }
    if (!seenBody && (ROUTING_START.test(t) || /^VZCZC/.test(t))) inHeader = true;
    if (inHeader && BODY_START.test(t)) {
      inHeader = false;
      seenBody = true;
    }
    if (inHeader || (!seenBody && ROUTING_LINE.test(t))) {
      const subj = /^SUBJECT:\s*/.exec(t);
      if (subj) subject = subjectLine(line, subj[0].length);
      continue;
    }
    if (PAGE_MARKER.test(t)) {
      out.push({ text: '', map: [], hint: PAGE_BREAK_HINT });
      continue;
    }
    out.push(line);
  }
  return { lines: markBanners(dropSignature(out)), ...(subject ? { subject } : {}), ...(referenceId ? { referenceId } : {}) };
}

function subjectLine(line: SourceLine, prefix: number): SourceLine {
  const lead = line.text.length - line.text.trimStart().length;
  const start = lead + prefix;
  const text = line.text.slice(start).trimEnd();
  const origin = (line.map[0]?.o ?? 0) + start;
  return { text, map: text.length ? [{ t: 0, o: origin, len: text.length }] : [] };
}

function dropSignature(lines: SourceLine[]): SourceLine[] {
  let last = lines.length - 1;
  while (last >= 0 && isBlankLine(lines[last]!)) last--;
  if (last >= 0 && SIGNATURE.test(lines[last]!.text.trim())) return lines.slice(0, last);
  return lines;
}

/** "-----\nTitle\n-----" becomes one heading-hinted line; the dash lines go. */
function markBanners(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    const title = lines[i + 1];
    const closing = lines[i + 2];
    if (DASHES.test(t) && title && !isBlankLine(title) && closing && DASHES.test(closing.text.trim())) {
      out.push({ text: '', map: [] }, { ...title, hint: HEADING_HINT }, { text: '', map: [] });
      i += 2;
      continue;
    }
    if (DASHES.test(t)) continue;
    out.push(lines[i]!);
  }
  return out;
}
