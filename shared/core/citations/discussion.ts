// The article a commentary is discussing, for parts it cites without one ("указанный в ч. 1 (плагиат), но и ... ч. 2").
import { INSTRUMENTS } from './registry.js';
import type { Reference } from './types.js';

// Written for (balss.ru, 2018, on art. 146 УК РФ):
//   "...предусмотренного ч. 2 ст. 146 УК РФ, материальным. ... «Материальным по конструкции в ст. 146 УК РФ является не
//   только состав преступления, указанный в ч. 1 (плагиат), но и предусмотренный ч. 2."
// Parts without their article belong to the article under discussion when that is unambiguous: the one article cited in
// this paragraph up to them and in the paragraph before, else (nothing cited there) the one article the text's title
// cites. Never when another article is cited in that window, when the parts are a code's other level ("п. 3" in a
// discussion of an УК article, whose first level is "ч."), or when words after them name something else ("п. 3
// договора", "ч. 2 Постановления").

/** A word after the parts that names what they belong to: a contract, a ruling, a chapter, another act. */
const OTHER_HOLDER = /^\s*(?:договор|соглашени|контракт|решени|определени|постановлени|приговор|приказ|распоряжени|указ|правил|положени|регламент|устав|протокол|письм|рекомендаци|инструкци|методик|приложени|таблиц|раздел|глав|списк|перечн|документ|акт|стандарт|программ|план|заявлени|жалоб|требовани|закон|кодекс|конвенци|доклад|agreement|contract|decision|ruling|resolution|order|regulation|rules|annex|table|section|chapter|schedule|plan|report|law|code|convention)/iu;
/** A capitalised word right after the parts (an instrument's name the registry does not know: "п. 3 Правил"). */
const NAME_AFTER = /^\s*(?:[А-ЯЁA-Z]|["«“„])/u;

export class Discussion {
  private readonly cited: Array<{ start: number; instrument: string; article: string }> = [];
  private readonly paragraphs: number[];
  private readonly titleEnd: number;

  constructor(private readonly text: string) {
    this.paragraphs = [0];
    const re = /\n[ \t]*\n\s*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) this.paragraphs.push(m.index + m[0].length);
    const nl = text.indexOf('\n');
    this.titleEnd = nl < 0 ? 0 : nl;
  }

  /** A reference resolved to an article. */
  record(start: number, instrument: string, article: string): void {
    this.cited.push({ start, instrument, article });
  }

  /** The article `ref`'s parts belong to, or undefined when it is not unambiguous. */
  articleFor(ref: Reference): { instrument: string; article: string } | undefined {
    // "ч. 1" without its article, or "частью 2 настоящей статьи" / "part 2 of this Article" in a text that is no statute
    if (!(ref.needsArticle || ref.selfArticle) || !ref.outer) return undefined;
    const after = this.text.slice(ref.end, ref.end + 40);
    if (ref.needsArticle && (NAME_AFTER.test(after) || OTHER_HOLDER.test(after))) return undefined;
    const para = this.paragraphIndex(ref.start);
    const from = this.paragraphs[Math.max(0, para - 1)]!;
    let found = this.one(this.cited.filter((c) => c.start >= from && c.start < ref.start));
    if (found === null) return undefined;
    // nothing cited near: the text's subject, the one article its title cites
    if (!found && this.titleEnd > 0 && ref.start > this.titleEnd) found = this.one(this.cited.filter((c) => c.start < this.titleEnd)) ?? undefined;
    if (!found) return undefined;
    const label = INSTRUMENTS.get(found.instrument)?.partLabel;
    if ((label === 'ч.' && ref.outer !== 'part') || (label === 'п.' && ref.outer !== 'item') || !label) return undefined;
    return found;
  }

  /** The one article among `cs` (undefined when none, null when several). */
  private one(cs: Array<{ instrument: string; article: string }>): { instrument: string; article: string } | undefined | null {
    const keys = new Set(cs.map((c) => `${c.instrument}\u0000${c.article}`));
    if (keys.size > 1) return null;
    return cs[0] ? { instrument: cs[0].instrument, article: cs[0].article } : undefined;
  }

  private paragraphIndex(pos: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.paragraphs[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
