// Shared types of the citation pipeline: public results and the intermediate mentions and references.

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
}

/** A place where an instrument is named (or referred to by "the Code", "настоящего Кодекса"). */
export interface Mention {
  /** Resolved instrument id; undefined when an anaphora cannot be resolved (then it blocks any guess). */
  instrument: string | undefined;
  start: number;
  end: number;
  /** 'named': the instrument's own name; 'anaphora': "the Code", "this Code", "настоящего Кодекса". */
  how: 'named' | 'anaphora';
}

/** One provision a reference points to, before the instrument is known. */
export interface Target {
  /** Undefined when the article is "this article" (настоящей статьи) or must be taken from the next reference in a chain. */
  article?: string;
  part?: string;
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
  /** Only an instrument adjacent to the reference may resolve it (ambiguous keywords such as "p."). */
  strict?: boolean;
}
