// The article a commentary is discussing, for parts it cites without one ("указанный в ч. 1 (плагиат), но и ... ч. 2")
// and for the article itself ("комментируемая статья", "the Article under consideration", "данная статья").
import { INSTRUMENTS } from './registry.js';
import { sentenceStarts } from './sentences.js';
import { countNumbersBefore } from './sorted-search.js';
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
/**
 * A paper speaking of itself: "В данной статье рассматривается ...", "Данная статья посвящена ...", "In this Article, we
 * argue". A weak anaphora ("данная статья", "this Article") there is no provision.
 */
const PAPER_BEFORE = /(?:^|[^\p{L}])(?:[Вв]|[Ii]n|[Tt]hroughout)\s+$/u;
const PAPER_AFTER = /^\s*,?\s*(?:посвящ|рассматрива|анализир|исследу|написан|подготовлен|предлага|описыва|раскрыва|освеща|обосновыва|ставит|автор|(?:we|I)\b|the\s+authors?\s+(?:argue|examine|discuss|analy[sz]e|explore|propose|suggest|show|consider|conclude|describe)|argues|examines|discusses|analy[sz]es|explores|proceeds|is\s+organized|seeks|offers|proposes|surveys|provides\s+(?:an?\s+)?(?:overview|analysis|review|account|critique|assessment|summary|introduction|outline)|sets\s+out\s+(?:an?|our|the\s+author)\b)/iu;
/** A paper's own parts: "In Part 2 of this article we show", "Part 3 of this article discusses sentencing". */
const PAPER_PARTS_AFTER = /^\s*,?\s*(?:(?:we|I)\b|the\s+authors?\s+(?:argue|examine|discuss|analy[sz]e|explore|propose|suggest|show|consider|conclude|describe)|(?:argues|examines|discusses|analy[sz]es|explores|describes|considers|reviews|surveys|proposes|shows)\b)/iu;
/** A verb only a provision takes, right after a bare anaphora: "This article provides", «данная статья устанавливает». */
const PROVISION_AFTER = /^\s*(?:also\s+)?(?:provides|allows|permits|lists|sets\s+(?:out|forth)|establishes|stipulates|regulates|grants|requires|prohibits|defines|specifies|(?:не\s+)?(?:устанавливает|предусматривает|закрепляет|определяет|регулирует|допускает|запрещает|отражает|содержит\s+перечень|перечисляет))(?!\p{L})/iu;
/** A provision's own words before a bare anaphora: «положений данной статьи», "the provisions of this article", «под эту статью». */
const PROVISION_BEFORE = /(?:положени[яйеюм]{1,2}|норм[аыуе]?|(?<![\p{L}])под|provisions?\s+of|paragraphs?\s+of)\s+$/iu;
/**
 * Words that only put a provision to use, right before a bare anaphora: «по данной статье осуждено», «согласно этой
 * статье», «в соответствии с данной статьей», «санкция этой статьи», "under this article", "pursuant to this article".
 * (A paper is written "in" or "throughout" itself, never "under" or "pursuant to" it.)
 */
const APPLIED_BEFORE = /(?:(?<![\p{L}])(?:по|согласно|в\s+соответствии\s+с|в\s+силу|на\s+основании|санкци[яиюей]{1,2}|диспозици[яиюей]{1,2}|нарушени[ея])|\b(?:[Uu]nder|[Aa]ccording\s+to|[Pp]ursuant\s+to|[Ii]n\s+accordance\s+with|[Bb]y\s+virtue\s+of|[Vv]iolat(?:ing|ion\s+of)|[Bb]reach\s+of))\s+$/iu;
/**
 * The paper or post itself after such words: "According to this article published in Vedomosti", "under this article's
 * licence", «Вопросы по данной статье задавайте в комментариях», «Согласно этой статье в «Ведомостях»».
 */
const PAPER_APPLIED_BEFORE = /(?:вопрос|комментари|отзыв|обсуждени|замечани|консультаци|материал)[а-яё]*\s+(?:по|к)\s+$/iu;
const PAPER_APPLIED_AFTER = /^(?:['’]s\b|\s+(?:published|posted|written|appeared|by\s|in\s+(?:the\s+)?\p{Lu}|on\s+(?:the|our|this|a)\s+(?:website|blog|site))|\s*(?:в|на)\s+(?:["«“„]|сайте|блоге|канале|журнале|газете)|[^.!?\n]{0,40}(?:задавайте|пишите|оставляйте|в\s+комментари|на\s+канале|видеоразбор))/u;
/** A contract's clause or another act's section named between an article and "that provision". */
const OTHER_PROVISION_BETWEEN = /\b(?:clauses?|lease|contract|agreement|licen[cs]e|Section|§)\b|(?<![\p{L}])(?:договор|соглашени|пункт[а-яё]* договора)/iu;
/** A capitalised word right after the parts (an instrument's name the registry does not know: "п. 3 Правил"). */
const NAME_AFTER = /^\s*(?:[А-ЯЁA-Z]|["«“„])/u;

/** How far back a quotation opened for a bare anaphora is looked for (a quoted article's words). */
const QUOTE_REACH = 1500;
/** Whether `pos` lies inside quotation marks opened since `from` (« », “ ”, „ “, or straight double quotes). */
function insideQuote(text: string, from: number, pos: number): boolean {
  let guillemets = 0;
  let curly = false;
  let straight = false;
  for (let i = from; i < pos; i++) {
    const ch = text[i];
    if (ch === '«') guillemets++;
    else if (ch === '»') guillemets = Math.max(0, guillemets - 1);
    else if (ch === '“' || ch === '„') curly = !(ch === '“' && curly);
    else if (ch === '”') curly = false;
    else if (ch === '"') straight = !straight;
  }
  return guillemets > 0 || curly || straight;
}

/** A paragraph numbered as a contract's item: «2.1. …», «6.3. Оператор вправе …». */
const OWN_ITEM = /(?:^|\n)[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+\S/gu;
/** Whether the text numbers two or more of its paragraphs so (a contract, an offer, a policy). */
function numbersOwnItems(text: string): boolean {
  OWN_ITEM.lastIndex = 0;
  return OWN_ITEM.exec(text) !== null && OWN_ITEM.exec(text) !== null;
}

export class Discussion {
  private readonly cited: Array<{ start: number; instrument: string; article: string }> = [];
  private readonly paragraphs: number[];
  private readonly titleEnd: number;
  private sentenceStarts: number[] | undefined;
  /** Whether the text numbers its own paragraphs «6.3.» (a contract, an offer, a policy); read when first needed. */
  private ownNumbering: boolean | undefined;

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
  articleFor(ref: Reference, named?: string): { instrument: string; article: string } | undefined {
    // "ч. 1" without its article, or "частью 2 настоящей статьи" / "part 2 of this Article" in a text that is no statute;
    // or the article itself ("комментируемая статья", "данная статья", "the Article under consideration")
    const bare = ref.selfArticle === true && ref.discussed !== undefined && ref.targets.every((t) => !t.part && !t.article);
    if (!(ref.needsArticle || ref.selfArticle) || (!ref.outer && !bare)) return undefined;
    const after = this.text.slice(ref.end, ref.end + 40);
    if (ref.needsArticle && (NAME_AFTER.test(after) || OTHER_HOLDER.test(after))) return undefined;
    // a contract's or offer's own item: «нарушения п. 6.2» in a text whose paragraphs are numbered «6.3.» itself
    if (ref.needsArticle && ref.targets.every((t) => t.part && /^\d{1,2}\.\d{1,2}$/u.test(t.part)) && (this.ownNumbering ??= numbersOwnItems(this.text))) return undefined;
    const weak = ref.discussed === 'weak';
    // the paper speaking of itself: "In this article, we argue", "Part 2 of this article, we" (never "In accordance with
    // paragraph 2 of this article, the author of the work has ...")
    if (weak && bare && (PAPER_BEFORE.test(this.text.slice(Math.max(0, ref.start - 12), ref.start)) || PAPER_AFTER.test(after))) return undefined;
    if (weak && !bare && PAPER_PARTS_AFTER.test(after)) return undefined;
    // a bare "this article" / «настоящей статьи» in a text that is no statute is a provision only inside a quoted
    // article's words or where words only a provision takes say so ("This article provides", «положений данной
    // статьи»); elsewhere it is the paper or post speaking of itself ("readers of this article", «Целью настоящей статьи»)
    // («под эту статью» only: "под этой статьей … комментариев" is a post's; quoted speech is no statute's words for a
    // demonstrative: «Когда я готовил эту статью»)
    const before = PROVISION_BEFORE.exec(this.text.slice(Math.max(0, ref.start - 30), ref.start));
    const providesBefore = !!before && (!/под\s+$/iu.test(before[0]) || /стать[юя]$/iu.test(this.text.slice(ref.start, ref.end)));
    // (put to use, "under this article": only the article cited in its sentence or the one before)
    const appliedBefore = this.text.slice(Math.max(0, ref.start - 30), ref.start);
    if (bare && weak && !PROVISION_AFTER.test(after) && !providesBefore && APPLIED_BEFORE.test(appliedBefore)) {
      return PAPER_APPLIED_BEFORE.test(appliedBefore) || PAPER_APPLIED_AFTER.test(after) ? undefined : this.near(ref.start);
    }
    if (bare && weak && !PROVISION_AFTER.test(after) && !providesBefore
      && (ref.demonstrative || !insideQuote(this.text, Math.max(this.paragraphs[this.paragraphIndex(ref.start)]!, ref.start - QUOTE_REACH), ref.start))) return undefined;
    // "that provision", "this provision": the article cited last in this sentence or the one before, with no contract's
    // or other act's provision named between ("the lease's clause … that provision")
    // (with its code named, "this provision of the Civil Code": that code's article cited last in the paragraph)
    if (ref.discussed === 'near') return named ? this.lastOf(ref.start, named) ?? this.discussed(ref.start, false) : this.near(ref.start);
    // a bare "this article" names the article cited last in its paragraph ("Article 1229(1) ... Article 1359 ... this
    // article provides"); parts ("Paragraph 2 of this Article", "ч. 1") only the one article under discussion (a
    // paraphrase of Article 1484 may cite Article 1229 before its "Paragraph 2 of this Article")
    const found = (bare ? this.near(ref.start) : undefined) ?? this.discussed(ref.start, !(bare && weak));
    if (!found) return undefined;
    if (bare) return found;
    const label = INSTRUMENTS.get(found.instrument)?.partLabel;
    if ((label === 'ч.' && ref.outer !== 'part') || (label === 'п.' && ref.outer !== 'item') || !label) return undefined;
    return found;
  }

  /**
   * The one article cited in the paragraph up to `pos` and the one before (null when several), else, with `title`, the
   * one article the text's title cites.
   */
  private discussed(pos: number, title: boolean): { instrument: string; article: string } | undefined {
    const para = this.paragraphIndex(pos);
    const from = this.paragraphs[Math.max(0, para - 1)]!;
    const found = this.one(this.cited.filter((c) => c.start >= from && c.start < pos));
    if (found === null) return undefined;
    // nothing cited near: the text's subject, the one article its title cites
    if (!found && title && this.titleEnd > 0 && pos > this.titleEnd) return this.one(this.cited.filter((c) => c.start < this.titleEnd)) ?? undefined;
    return found;
  }

  /** The article (of `instrument`, if given) cited last in the paragraph up to `pos` (citations are recorded in text order). */
  private lastOf(pos: number, instrument?: string): { start: number; instrument: string; article: string } | undefined {
    const from = this.paragraphs[this.paragraphIndex(pos)]!;
    for (let i = this.cited.length - 1; i >= 0; i--) {
      const c = this.cited[i]!;
      if (c.start < from) break;
      if (c.start < pos && (instrument === undefined || c.instrument === instrument)) return c;
    }
    return undefined;
  }

  /**
   * The article cited last in the paragraph up to `pos`, when it was cited in the same sentence or the one before and no
   * contract's clause or other act's section is named between.
   */
  private near(pos: number): { instrument: string; article: string } | undefined {
    const last = this.lastOf(pos);
    if (!last) return undefined;
    const between = this.text.slice(last.start, pos);
    // (sentences as sentences.ts bounds them: "ст. 183 УК РФ. Согласно этой статье" has no sentence end in "ст.")
    const starts = (this.sentenceStarts ??= sentenceStarts(this.text));
    if (countNumbersBefore(starts, pos, true) - countNumbersBefore(starts, last.start, true) > 1 || OTHER_PROVISION_BETWEEN.test(between)) return undefined;
    return { instrument: last.instrument, article: last.article };
  }

  /** "аналогичной статье КоАП": the one article of `instrument` cited in the paragraph up to `pos` and the one before. */
  parallelOf(pos: number, instrument: string): string | undefined {
    const para = this.paragraphIndex(pos);
    const from = this.paragraphs[Math.max(0, para - 1)]!;
    return this.one(this.cited.filter((c) => c.start >= from && c.start < pos && c.instrument === instrument))?.article;
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
