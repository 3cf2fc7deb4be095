// Shared types of the citation pipeline: public results, the intermediate mentions and references, and families.
import type { LawSeries } from './registry.js';

/** One provision (or instrument) cited in a text. */
export interface Citation {
  /** Canonical provision key, e.g. 'ru-civil-code:1252/5' (see keys.ts). */
  key: string;
  /** Registry id of the cited instrument, e.g. 'ru-civil-code'. */
  instrument: string;
  /** Article (or report paragraph) number: '1252', '1253.1', '7.12', '1339'; undefined for an instrument-level citation. */
  article?: string;
  /** Part below the article: '5', 'note'; sub-items are joined with '/': '1/2' (пункт 1, подпункт 2), '3/б', 'note/1'. */
  part?: string;
  /** The exact cited words, = text.slice(start, end). */
  text: string;
  start: number;
  end: number;
}

export interface ExtractContext {
  lang: 'en' | 'ru';
  /** The instrument the text belongs to when it is a statute citing itself ("настоящего Кодекса", "статьей 1233"). */
  selfInstrument?: string;
  /** The article the text belongs to, for "пункт 2 настоящей статьи" / "paragraph 2 of this Article" (optional). */
  selfArticle?: string;
  /**
   * The text's date ('YYYY-MM-DD' or a year; a document's date as stored), when known: a name that meant different acts
   * over time ("the Law on Customs Regulation") names the act of that date. Without it, a line of only a date among the
   * text's first lines is its date.
   */
  date?: string;
}

/** A place where an instrument is named (or referred to by "the Code", "настоящего Кодекса"). */
export interface Mention {
  /** Resolved instrument id; undefined when an anaphora cannot be resolved (then it blocks any guess). */
  instrument: string | undefined;
  /** Further instruments named by the same words ("the WIPO Internet Treaties": the WCT and the WPPT). */
  also?: string[];
  /** Instruments named inside this name ("Protocol … to the Eurasian Patent Convention"): citations of their own. */
  inside?: string[];
  start: number;
  end: number;
  /** 'named': the instrument's own name; 'anaphora': "the Code", "this Code", "настоящего Кодекса". */
  how: 'named' | 'anaphora';
  /** A numbered act named by its number ("Federal Law No. 187-FZ of 2 July 2013"). */
  act?: boolean;
  /** A law named by a title the registry does not know ("Федеральный закон «О животном мире»"): it blocks any guess. */
  unknown?: boolean;
}

/** A mention as a family finds it, before anaphora, numbered acts' years and defined short forms are resolved. */
export interface RawMention {
  start: number;
  end: number;
  instrument?: string;
  /** Further instruments named by the same words (an instrument group). */
  also?: string[];
  /** Instruments named inside this name, which it shadows (see mentions.ts, withNamesInside). */
  inside?: string[];
  /**
   * 'self': the text's own instrument ("настоящего Кодекса"); otherwise the common noun of an instrument named before
   * ("the Code" → 'Code', "Article 18 of the Convention" → 'Convention', "ст.1 “Закона”" → 'Закон'); `own`: said with
   * "this" ("this Resolution", "this Code"), the text's own instrument first when its noun fits.
   */
  anaphora?: 'self' | { noun: string; own?: boolean };
  /** A numbered legal act ("Federal Law No. 187-FZ of 2 July 2013", "Закон N 187-ФЗ"): its id is settled with the text. */
  /** `bare`: named by kind and number alone ("Decree No. 299"): dropped unless a year is found for it (bare-decrees.ts). */
  /** `unsigned`: a bare act without its number sign ("under Decree 299"): only where the text cited it with the sign before. */
  act?: { series: LawSeries; number: string; year?: string; bare?: boolean; unsigned?: boolean };
  /** A name that meant different acts over time: its index in DATED_NAMES, settled by a date (dated-names.ts). */
  dated?: number;
  /** An anaphora written as a name ("термины, упоминаемые в “Законе”"): once resolved, cited like a name. */
  quoted?: boolean;
  /** A law named by a title the registry does not know (unknown-laws.ts). */
  unknown?: boolean;
}

/** One provision a reference points to, before the instrument is known. */
export interface Target {
  /** Undefined when the article is "this article" (настоящей статьи) or must be taken from the next reference in a chain. */
  article?: string;
  part?: string;
  /**
   * Written "10-4", a tight hyphen to a smaller number: a treaty's article 10, paragraph 4 ("Article 10-1" of the ECHR),
   * a national act's inserted article 10.4 ("Articles 10-4 and 15-3 of the Federal Law … No. 149-FZ"); the instrument decides.
   */
  hyphen?: true;
}

/** A run of words naming provisions ("пунктом 3 статьи 1454", "Articles 1252 and 1253"), found by a family module. */
export interface Reference {
  family: string;
  start: number;
  end: number;
  /** What the numbers count: statute articles or report paragraphs. */
  unit: 'article' | 'paragraph';
  targets: Target[];
  /** "настоящей статьи" / "this Article": the article is ctx.selfArticle. */
  selfArticle?: boolean;
  /** Parts named without their article ("абзацем первым пункта 1 и пунктом 2 статьи 1252"): borrow it from the next reference. */
  needsArticle?: boolean;
  /** Only an instrument adjacent to the reference may resolve it (ambiguous keywords such as "p.", "Section", "ST"). */
  strict?: boolean;
  /** The family read the instrument itself ("пункт 1339 Доклада Рабочей группы", the report's name inside the span). */
  instrument?: string;
  /** "Part 3 of the same article", "the same article": the article (and instrument) of the reference before. */
  sameArticle?: boolean;
  /**
   * The article itself named by anaphora in a text that is no statute: 'strong' for words only a commentary uses
   * ("комментируемая статья", "the Article under consideration": the article under discussion, else the title's),
   * 'weak' for words a paper also uses of itself ("данная статья", "this Article": only an article cited just before).
   */
  discussed?: 'strong' | 'weak' | 'near';
  /** "эту статью": a demonstrative, never a statute's own article ("чем предусмотрен этой статьей" is another's). */
  demonstrative?: boolean;
  /** "аналогичной статье КоАП": the article of the named code cited just before (in a parallel). */
  parallel?: boolean;
  /** What the outermost number of parts without their article counts: 'part' ("ч. 2", "part 2") or 'item' ("п. 3", "paragraph one"). */
  outer?: 'part' | 'item';
  /** Only a code named right after it may resolve it ("clause 14.10. of the code of administrative offences", a translation's word for "статья"). */
  codeOnly?: boolean;
  /** The code's abbreviation written right before the number is the same citation («ГК РФ 1261»): its span starts there. */
  codeBefore?: boolean;
  /** Items of an annex keyed as its articles ("paragraph 16 of Appendix No. 26"): only an instrument numbering items so. */
  itemsAsArticles?: boolean;
  /** A rule of Regulations ("PCT Rule 51bis"): only an instrument numbering rules, or the named treaty's Regulations. */
  rulesOnly?: boolean;
  /** The article's number was split by a space ("статьи 1 477"): kept only when the instrument has so many articles. */
  splitArticle?: boolean;
  /** "These articles" / «указанные статьи»: the articles of the list cited just before (same or previous paragraph). */
  theseArticles?: boolean;
  /** A dotted number written with a space for the dot ("14 10 КоАП"): only a code numbering its articles by chapter takes it. */
  spacedDot?: boolean;
  /** Its articles were written in Roman figures ("Article XVI:4"): only an instrument numbering its articles so takes it. */
  roman?: boolean;
  /** Only items ("пункт 1339"): in a report that cites itself, its own paragraphs. */
  itemsOnly?: boolean;
}

/** What one citation family finds in a text: references to provisions (numbers) and names of instruments. */
export interface FamilyFinds {
  references?: Reference[];
  mentions?: RawMention[];
}

/**
 * A citation family, as eyecite's extractors: extraction iterates the families of the text's language. A new form of
 * citation is a new family (one module, one table test) added to FAMILIES in families.ts.
 */
export interface CitationFamily {
  id: string;
  lang: 'en' | 'ru';
  find(text: string): FamilyFinds;
}
