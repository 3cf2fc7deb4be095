// A numbered act cited without its year ("Federal Law No. 264-FZ", "Decree No. 79") in a text written soon after the one registered act of that number: that act.
import { textDate } from './dated-names.js';
import { INSTRUMENTS, type LawSeries } from './registry.js';
import type { ExtractContext } from './types.js';

// Federal law numbers restart every year, so a number alone names nothing by itself (mentions.ts, settleActs). But a
// note, a news item or a court filing cites a new act by its number alone while it is news: "Federal Law No. 264-FZ
// introduced the right to be forgotten" in a 2016 note is the 2015 law. Only the registry's acts (the domain's), only
// when exactly one registered act has that series and number, and only for a text dated in the act's year or the
// RECENT_YEARS after it; an older or undated text, or a later one, gets nothing (as before).
const RECENT_YEARS = 2;

/** The one registered act of that series and number when the text is dated in its year or shortly after; else undefined. */
export function recentActByNumber(act: { series: LawSeries; number: string }, text: string, ctx: ExtractContext): string | undefined {
  const ids = INSTRUMENTS.lawIds(act.series, act.number);
  if (ids.length !== 1) return undefined;
  const year = Number(INSTRUMENTS.get(ids[0]!)?.law?.year);
  const written = Number(textDate(text, ctx)?.slice(0, 4));
  if (!year || !written) return undefined;
  return written >= year && written - year <= RECENT_YEARS ? ids[0] : undefined;
}
