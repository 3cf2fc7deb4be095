// Names that meant different acts over time ("the Law on Customs Regulation"): the act of the era a year or the text's date gives.
import { DATE_EN } from './en-federal-laws.js';
import { DATED_NAMES, parseNumberedActId } from './registry.js';
import { sentenceAt, sentenceStarts } from './sentences.js';
import type { ExtractContext, RawMention } from './types.js';

// Written for:
//   "the Law on Customs Regulation; and the Competition Law" (a 2016 law-firm note dated "27 April 2016" under its title)
//   "In 2012 the Law on Customs Regulation was amended", "Федеральный закон «О таможенном регулировании»" (2019)
// Never a guess: with no year in its sentence and no date of the text, a name of two eras names nothing.

const MONTHS_RU = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A line that is only a date ("27 April 2016", "IP Watch | 24 November 2006", "27 апреля 2016 г.", "27.04.2016"). */
const DATELINE = new RegExp(
  String.raw`^[ \t]*(?:[^\n|]{1,40}\|[ \t]*)?(?<date>${DATE_EN}|\d{1,2}\s+(?:${MONTHS_RU})\s+\d{4}(?:\s*(?:г\.|года))?|\d{1,2}\.\d{1,2}\.\d{4})[ \t]*$`,
  'mu',
);
const YEAR = /(?<![\d./-])((?:19|20)\d{2})(?![\d./-]|-?(?:FZ|ФЗ))/gu;

/** 'YYYY-MM-DD' (or 'YYYY') of a date as written; undefined when unreadable. */
function isoOf(date: string): string | undefined {
  const iso = /^(\d{4})(?:-(\d{2})-(\d{2}))?/.exec(date);
  if (iso) return iso[2] ? iso[0] : iso[1];
  const year = /(\d{4})/.exec(date)?.[1];
  if (!year) return undefined;
  const dotted = /^(\d{1,2})[./](\d{1,2})[./]\d{4}/.exec(date);
  if (dotted) return `${year}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  const words = date.toLowerCase();
  const month = MONTHS_EN.findIndex((m) => words.includes(m)) + 1 || MONTHS_RU.split('|').findIndex((m) => words.includes(m)) + 1;
  const day = /(?:^|\s)(\d{1,2})(?:\s|,)/.exec(` ${date}`)?.[1];
  return month && day ? `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` : year;
}

/** The text's own date: the context's, else a line of only a date among its first lines. */
export function textDate(text: string, ctx: ExtractContext): string | undefined {
  if (ctx.date) return isoOf(ctx.date);
  const head = DATELINE.exec(text.slice(0, 600));
  return head ? isoOf(head.groups!.date!) : undefined;
}

/** A law's number right after a name: "(311-FZ)", ", No. 311-FZ", "(№ 289-ФЗ)". */
const NUMBER_AFTER = /^\s*[(,]?\s*(?:No\.?\s*|N\s*|№\s*)?(\d{1,4})\s?-\s?(?:FZ|ФЗ)(?![\p{L}\d])/u;

/** The era a date ('YYYY-MM-DD', or a year: every era it overlaps) falls in: an id, '' for none, '?' for several. */
function eraOf(eras: ReadonlyArray<{ id: string; from: string; until?: string }>, date: string): string {
  const lo = date.length === 4 ? `${date}-01-01` : date;
  const hi = date.length === 4 ? `${date}-12-31` : date;
  const hits = eras.filter((e) => e.from <= hi && (!e.until || lo < e.until));
  return hits.length === 1 ? hits[0]!.id : hits.length ? '?' : '';
}

/**
 * Gives each dated name (`dated`: its index in DATED_NAMES) the act of its era: by the years of its sentence when they
 * all give one ("In 2004 the Competition Law ...": none), else by the text's date, else its `undated` act; otherwise it
 * stays without one (and blocks any guess).
 */
export function settleDatedNames(raw: RawMention[], text: string, ctx: ExtractContext): RawMention[] {
  if (!raw.some((r) => r.dated !== undefined)) return raw;
  const starts = sentenceStarts(text);
  let own: string | undefined | null = null;
  return raw.map((r) => {
    if (r.dated === undefined) return r;
    const def = DATED_NAMES[r.dated]!;
    // its number written right after it names the era's act ("Federal Law “On Customs Regulation” (311-FZ)")
    const numbered = NUMBER_AFTER.exec(text.slice(r.end, r.end + 40))?.[1];
    const byNumber = numbered ? def.eras.find((era) => parseNumberedActId(era.id)?.number === numbered) : undefined;
    if (byNumber) {
      const { dated: _dated, ...rest } = r;
      return { ...rest, instrument: byNumber.id };
    }
    const [s, e] = sentenceAt(starts, r.start, text.length);
    const fromYears = new Set([...text.slice(s, e).matchAll(YEAR)].map((y) => eraOf(def.eras, y[1]!)));
    let id: string | undefined;
    if (fromYears.size === 1) id = [...fromYears][0];
    else if (fromYears.size === 0) {
      if (own === null) own = textDate(text, ctx);
      id = own ? eraOf(def.eras, own) : def.undated;
    }
    if (id === '' || id === '?') id = undefined;
    const { dated: _dated, ...rest } = r;
    return id ? { ...rest, instrument: id } : rest;
  });
}
