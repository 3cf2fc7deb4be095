// Finding instrument names from the registry, and settling overlaps, numbered acts' years, defined short forms and anaphora.
import { ANOTHER_STATE, CIS_STATE, RUSSIA_NAMED } from './another-state.js';
import { nearbyActYear } from './act-years.js';
import { recentActByNumber } from './recent-acts.js';
import { numberAloneContradicted, topicalActByNumber } from './topical-acts.js';
import { bareDecreeYear, issuedElsewhere, sentenceNamesAnIssuer } from './bare-decrees.js';
import { settleDatedNames, textDate } from './dated-names.js';
import { spaceGluedWords } from './glued.js';
import { sentenceAt, sentenceStarts } from './sentences.js';
import { countBefore } from './sorted-search.js';
import { SpanIndex } from './span-index.js';
import { titledListMentions } from './titled-lists.js';
import { withoutShadowedUnknown } from './unknown-laws.js';
import { lawByAltTitle, lawByWordedTitle } from './worded-titles.js';
import { aliasSource, DATED_NAMES, forumOf, INSTRUMENT_DEFS, INSTRUMENT_GROUPS, instrumentKind, instrumentNoun, INSTRUMENTS, isEurasianDecisionSeries, parseNumberedActId, titleWithoutPlace, WB_END, WB_START } from './registry.js';
import type { ExtractContext, Mention, RawMention } from './types.js';

export type { RawMention } from './types.js';

interface AliasRegex {
  id: string;
  /** A dated name's index in DATED_NAMES (its act is settled by a date). */
  dated?: number;
  /** Letters every match holds (lower case; as written for a case-sensitive name): a text without them is not searched. */
  needle?: string;
  /** Further words every match holds (a long title's), looked for only once the needle is found. */
  more?: string[];
  /** The needle is matched as written (abbreviations and names are case-sensitive: "ТК РФ", "DSU"). */
  exact?: boolean;
  /** A law's nickname ("Trade Secret Law", "the Copyright Law"): never in a sentence about another state's law. */
  nickname?: true;
  also?: string[];
  re: RegExp;
}

/** A name ends at a word boundary, or where a footnote mark is glued to it ("Гражданского кодекса Российской Федерации1 (далее — ГК РФ)", "«Об арбитражных судах в Российской Федерации»3"). */
const NAME_END = String.raw`(?:(?<=[\p{Ll}»"”])(?=\d{1,2}(?![\p{L}\p{N}]|[.,]\d))|${WB_END})`;

const compiled = new Map<string, AliasRegex[]>();
const phrases = new Map<string, RegExp>();
/** ' о связи' → /о\s*связи/ (a phrase needle's words, any whitespace or none between them: "Закон орекламе" is glued). */
function phraseRegex(needle: string): RegExp {
  let re = phrases.get(needle);
  if (!re) phrases.set(needle, (re = new RegExp(needle.slice(1).split(' ').join(String.raw`\s*`))));
  return re;
}
/** The instrument a whole phrase names (titledListMentions' lookups), by language and phrase. */
const titleNames = new Map<string, string | undefined>();

/**
 * The longest run of four or more letters an alias always holds (outside groups, classes and escapes; none when it has
 * a top-level alternative), lower case: "Гражданск~ кодекс~" → 'гражданск'. A cheap test that skips most regexes on a
 * statute's short clauses.
 */
function requiredLetters(alias: string, min = 4, keepCase = false): string | undefined {
  return requiredRuns(alias, min, keepCase)[0];
}

/**
 * Every such run, longest first: a long title ("О временном порядке исполнения обязательств …") is searched only in a
 * text holding all its words, as its longest word alone is common in a statute.
 */
function requiredRuns(alias: string, min = 4, keepCase = false, phrases = false): string[] {
  let depth = 0;
  let inClass = false;
  let run = '';
  const runs: string[] = [];
  const flush = (): void => {
    // a phrase ("о связи") is trimmed of the spaces at its ends, and kept only with words of its own
    if (phrases) run = run.trim();
    if (run.length >= min && (!phrases || run.includes(' '))) runs.push(keepCase ? run : run.toLowerCase());
    run = '';
  };
  for (let i = 0; i < alias.length; i++) {
    const c = alias[i]!;
    if (c === '\\') {
      flush();
      i++;
      if (alias[i] === 'p' || alias[i] === 'P') i = alias.indexOf('}', i);
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') { flush(); inClass = true; continue; }
    if (c === '(') { flush(); depth++; continue; }
    if (c === ')') { flush(); depth--; continue; }
    if (c === '|' && depth === 0) return [];
    if (depth === 0 && phrases && c === ' ' && run) { run += c; continue; }
    if (depth === 0 && /[\p{L}]/u.test(c)) {
      // a letter made optional ("s?") or repeated is not required as written
      if (/[?*{]/.test(alias[i + 1] ?? '')) { flush(); continue; }
      run += c;
    } else flush();
  }
  flush();
  return [...new Set(runs)].sort((a, b) => b.length - a.length);
}

/** Up to three other words (or commas) between two key words of a loosely rendered name; never a sentence's end. */
const KEYWORD_GAP = String.raw`(?:[\s,]+[\p{L}\p{N}'’-]+){0,3}[\s,]+`;

/** A name's key words in order, with small gaps (registry `keywords`), as an alias: "Bern … convention … protection". */
function keywordAlias(words: readonly string[]): string {
  // the alias syntax's space is any whitespace: the gap is written with escapes so it survives aliasSource
  return words.map((w) => `(?:${w})`).join(KEYWORD_GAP);
}

/** A Russian title as news and notes shorten it: "РФ" for "Российской Федерации", "США" for "Соединенных Штатов Америки". */
function withShortStateNames(alias: string): string {
  return alias.replace(/Российской Федерации/gu, '(?:Российской Федерации|РФ)').replace(/Соединенных Штатов Америки/gu, '(?:Соединенных Штатов Америки|США)');
}

/** An English title's «О» as translations word it besides "On": "Federal Law “Concerning Personal Data”", "Regarding …". */
function withTitleWordVariants(alias: string): string {
  return alias.replace(/(?<![\w\\])On (?=[A-Z(]|the )/g, '(?:On|Concerning|Regarding) ');
}

function aliasRegexes(lang: 'en' | 'ru'): AliasRegex[] {
  let list = compiled.get(lang);
  if (!list) {
    list = [];
    const add = (id: string, given: string, flags: string, also?: string[], dated?: number, nickname?: true): void => {
      const alias = lang === 'ru' ? withShortStateNames(given) : withTitleWordVariants(given);
      // a case-sensitive name needs its letters as written, so two will do ("ТК", "DSU"): rare in a statute's text
      const exact = !flags.includes('i');
      let needle = exact ? requiredLetters(alias, 2, true) : requiredLetters(alias);
      // a needle led by "Р" (U+0420, whose low byte is a space's) is searched slowly in a text of spaces: drop that letter
      while (needle && needle.length > 2 && (needle.charCodeAt(0) & 0xff) === 0x20) needle = needle.slice(1);
      // a case-insensitive title's other words of five letters or more ("Р"-led ones, slow to search, left out)
      // and its phrases of words ("о связи", "об акционерных обществах", any whitespace between them)
      const more = exact ? [] : [
        ...requiredRuns(alias, 5).slice(1).filter((w) => (w.charCodeAt(0) & 0xff) !== 0x20 && !needle?.includes(w)),
        ...requiredRuns(alias, 7, false, true).filter((w) => /^[\p{L} ]+$/u.test(w)).map((w) => ` ${w}`),
      ];
      list!.push({
        id, ...(also ? { also } : {}), ...(dated !== undefined ? { dated } : {}), ...(nickname ? { nickname } : {}), ...(needle ? { needle, ...(exact ? { exact } : {}) } : {}),
        ...(needle && more.length ? { more } : {}),
        re: new RegExp(`${WB_START}${aliasSource(alias, lang === 'ru')}${NAME_END}`, flags),
      });
    };
    for (const def of INSTRUMENT_DEFS) {
      for (const alias of def.aliases[lang]) add(def.id, alias, 'giu');
      for (const words of def.keywords?.[lang] ?? []) add(def.id, keywordAlias(words), 'giu');
      const title = titleWithoutPlace(def, lang);
      if (title) add(def.id, title, 'giu');
      // (a Russian law's nickname only: "Special 301" is the United States' own, whatever its sentence says)
      for (const name of def.names?.[lang] ?? []) add(def.id, name, 'gu', undefined, undefined, def.kind === 'law' && def.id.startsWith('ru-') ? true : undefined);
      // (never a document symbol's first part: "PCT/RO/101", "WT/ACC/RUS/70")
      for (const abbr of def.abbreviations ?? []) add(def.id, `${abbr}(?!/(?:[A-Z]{1,5}/|\\d))`, 'gu');
    }
    for (const group of INSTRUMENT_GROUPS) {
      for (const alias of group.aliases[lang]) add(group.members[0]!, alias, 'gu', group.members.slice(1));
    }
    DATED_NAMES.forEach((d, i) => {
      for (const alias of d.aliases[lang]) add('', alias, 'giu', undefined, i);
      for (const name of d.names?.[lang] ?? []) add('', name, 'gu', undefined, i, true);
    });
    compiled.set(lang, list);
  }
  return list;
}

/** Another state's adjective right before a Russian act's name ("the French Civil Code", "Ukraine's Civil Code"). */
const FOREIGN_BEFORE = /(?:French|German|Italian|Spanish|Dutch|Swiss|Austrian|Polish|Czech|Japanese|Chinese|Korean|Brazilian|Argentine|Quebec|Louisiana|Ukrainian|Belarusian|Kazakh(?:stan)?|Armenian|Georgian|Moldovan|Kyrgyz|Uzbek|Estonian|Latvian|Lithuanian|Belgian|Swedish|Norwegian|Finnish|Danish|British|Irish|Portuguese|Greek|Bulgarian|Romanian|Serbian|Hungarian|Croatian|Slovenian|Slovak|Canadian|Australian|Indian|Turkish|Israeli|Vietnamese|Mongolian|Tajik|Azerbaijani|Turkmen|(?:France|Germany|Italy|Spain|Ukraine|Belarus|Kazakhstan|Armenia|Georgia|Moldova|China|Japan)['’]s)\s+$/u;
/** Another state's name right after a Russian code's name ("Гражданский кодекс Украины", "ГК Республики Беларусь"). */
const FOREIGN_AFTER_RU = /^\s+(?:Украины|Республики\s+(?:Беларусь|Казахстан|Армения|Молдова|Узбекистан|Таджикистан|Азербайджан|Кыргызстан)|Беларуси|Казахстана|Франции|Германии|Италии|Испании|Армении|Молдовы|Грузии|Кыргызской\s+Республики|Узбекистана|Латвии|Литвы|Эстонии|Китая|КНР|Японии|Бельгии|Австрии|Швейцарии|Нидерландов|Голландии|Польши|Чехии|Словакии|Швеции|Норвегии|Финляндии|Дании|Великобритании|Англии|Ирландии|Португалии|Греции|Болгарии|Румынии|Сербии|Венгрии|Хорватии|Словении|ФРГ|США|Канады|Австралии|Индии|Бразилии|Турции|Израиля|Кореи|Республики\s+Корея|Вьетнама|Таджикистана|Туркменистана|Азербайджана|Монголии|Аргентины|Мексики|Швейцарской\s+Конфедерации|Французской\s+Республики|Итальянской\s+Республики|Королевства\s+[А-ЯЁ][а-яё]+)(?![а-яё])/u;
/** Another state's name after a name and its bracketed short form: "the Civil Code (CC) of Ukraine". */
const FOREIGN_OF_EN = /^\s*of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?:Ukraine|Belarus|Kazakhstan|Armenia|Kyrgyzstan|Kyrgyz\s+Republic|Uzbekistan|Tajikistan|Azerbaijan|Georgia|Moldova|Latvia|Lithuania|Estonia|France|Germany|Italy|Spain|China|PRC|Japan|Poland|Quebec|Belgium|Austria|Switzerland|(?:the\s+)?Netherlands|Sweden|Norway|Finland|Denmark|(?:the\s+)?United\s+Kingdom|Ireland|Portugal|Greece|Bulgaria|Romania|Serbia|Hungary|Croatia|Slovenia|Slovakia|(?:the\s+)?Czech\s+Republic|Canada|Australia|India|Brazil|Turkey|Israel|Korea|Vietnam|Mongolia|Turkmenistan)\b/u;
/** "the new Criminal Code", «новый Уголовный кодекс»: the code that replaced the old one. */
const NEW_BEFORE = /(?:\b[Nn]ew|(?<![\p{L}])[Нн]ов[а-яё]{1,3})\s+$/u;
/** A Russian act's name that is in fact another state's act. */
function foreignsName(text: string, r: RawMention): boolean {
  if (!r.instrument?.startsWith('ru-')) return false;
  return FOREIGN_BEFORE.test(text.slice(Math.max(0, r.start - 30), r.start)) || FOREIGN_AFTER_RU.test(text.slice(r.end, r.end + 40))
    // (its state after its short form: "the Civil Code (CC) of Ukraine")
    || FOREIGN_OF_EN.test(text.slice(r.end, r.end + 80).replace(/^\s*\([^()]{1,30}\)/u, ''));
}

/** Every registry name of the language (abbreviations of both languages are tried: "ГК РФ" in English is rare but harmless). */
/** Russian names are also found where text extraction glued their words ("КонституцииРоссийской Федерации"); spans stay on `text`. */
export function findAliasMentions(text: string, lang: 'en' | 'ru', depth = 0): RawMention[] {
  const out: RawMention[] = [];
  const spaced = lang === 'ru' ? spaceGluedWords(text) : { text, original: (pos: number) => pos };
  const lower = spaced.text.toLowerCase();
  // many names share their needle ("code", "convention"): each is looked for once
  const holds = new Map<string, boolean>();
  let words: string | undefined;
  const has = (needle: string, exact: boolean | undefined): boolean => {
    const k = exact ? `=${needle}` : needle;
    let v = holds.get(k);
    if (v === undefined) {
      // a phrase (led by a space): its words with any whitespace between
      if (needle.startsWith(' ')) v = phraseRegex(needle).test(lower);
      else if (exact) v = spaced.text.includes(needle);
      // a needle is letters only: in a long text it is looked for among the text's distinct words, a much shorter string
      else if (lower.length > 20000 && /^[a-zа-яё]+$/.test(needle)) v = (words ??= [...new Set(lower.split(/[^a-zа-яё]+/))].join(' ')).includes(needle);
      else v = lower.includes(needle);
      holds.set(k, v);
    }
    return v;
  };
  let starts: number[] | undefined;
  for (const { id, also, dated, needle, more, exact, nickname, re } of aliasRegexes(lang)) {
    if (needle && !has(needle, exact)) continue;
    if (more && !more.every((w) => has(w, false))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(spaced.text); m; m = re.exec(spaced.text)) {
      if (nickname) {
        const [s, e] = sentenceAt((starts ??= sentenceStarts(text)), spaced.original(m.index), text.length);
        if (ANOTHER_STATE[lang].test(text.slice(s, e))) continue;
      } else if (RUSSIAN_LAW_ID.test(id) && !/\d/u.test(m[0])) {
        // a Russian law by its title alone, in a sentence on another state's laws and not on Russia's: that state's law of
        // the same title (CIS states copied Russia's: "the Civil Code of Kyrgyz Republic, … the Law “On Trademarks, Service
        // Marks and Appellations of Origin”")
        const [s, e] = sentenceAt((starts ??= sentenceStarts(text)), spaced.original(m.index), text.length);
        const sentence = text.slice(s, e);
        if (CIS_STATE.test(sentence) && !RUSSIA_NAMED.test(sentence)) continue;
      }
      const start = spaced.original(m.index);
      const end = spaced.original(m.index + m[0].length);
      out.push(dated !== undefined ? { start, end, dated } : { start, end, instrument: id, ...(also ? { also } : {}) });
    }
  }
  if (depth > 0) return out;
  // "федеральные законы «...» и «О коммерческой тайне»": each further title the registry knows is its own law
  // a statute repeats its titles: each phrase is looked up once (a memo, cleared when large)
  const nameOf = (phrase: string): string | undefined => {
    const k = `${lang}:${phrase}`;
    if (titleNames.has(k)) return titleNames.get(k);
    if (titleNames.size > 5000) titleNames.clear();
    const id = findAliasMentions(phrase, lang, depth + 1).find((m) => m.start === 0 && m.end === phrase.length)?.instrument;
    titleNames.set(k, id);
    return id;
  };
  return [...out, ...titledListMentions(text, out, lang, nameOf)];
}

/** A Russian law's id: a federal law, a law of the RF (their titles other CIS states' laws share). */
const RUSSIAN_LAW_ID = /^ru-(?:fl|law)-/u;
/** Russia as an act's issuer in a sentence: as RUSSIA_NAMED, and also by its adjective ("the Russian Government") or the Kremlin. */
const RUSSIA_ISSUER = new RegExp(String.raw`${RUSSIA_NAMED.source}|\b(?:Russian|Kremlin)\b`, 'u');

/** Keeps the longest of overlapping items (earliest first on ties). */
export function dropOverlaps<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && it.start < last.end) {
      if (it.end - it.start > last.end - last.start) out[out.length - 1] = it;
      continue;
    }
    out.push(it);
  }
  return out;
}

/** A quoted or "On …" title right after a numbered act ("No. 61-FZ “On the Turnover of Medicines”", "№ 98-ФЗ «О коммерческой тайне»"). */
// ("Federal Law 135-FZ on Competition Protection": "on" in lower case before a capitalised title)
const TITLE_AFTER = { en: /^[\s,]{0,3}(["«“„][^"«»“”„]{4,200}["»”“]|On\s[^.;()]{4,120}|on\s(?:the\s)?[A-Z][^.;()]{4,120})/u, ru: /^[\s,]{0,3}(["«“„][^"«»“”„]{4,200}["»”“])/u };
const LAW_WORD = { en: 'Federal Law', ru: 'Федеральный закон' };

/**
 * The registered act a numbered act without its year is, by the title written right after it: the act of that series
 * and number whose title the words name. Undefined when no registered title of that number follows.
 */
function actByTitle(text: string, r: RawMention, lang: 'en' | 'ru'): string | undefined {
  const title = TITLE_AFTER[lang].exec(text.slice(r.end, r.end + 240))?.[1];
  if (!title || !r.act) return undefined;
  const probe = `${LAW_WORD[lang]} ${title}`;
  // (a registry name, else a registered title in its words: «О государственной поддержке кинематографии …», else a
  // translation's other wording of it: "On Preventing Corruption")
  const bare = title.replace(/^["«“„]|["»”“]$/gu, '');
  const named = findAliasMentions(probe, lang, 1).find((m) => m.start === 0 && m.instrument)?.instrument ?? lawByWordedTitle(bare) ?? lawByAltTitle(bare);
  const law = named ? INSTRUMENTS.get(named)?.law : undefined;
  return law && law.series === r.act.series && law.number === r.act.number ? named : undefined;
}

/** The federal-law numbers a text cites without a year whose registered act-by-number-alone its words contradict somewhere. */
function numbersContradicted(mentions: Array<{ r: RawMention; year?: string }>, text: string, starts: number[]): Set<string> {
  const out = new Set<string>();
  for (const { r, year } of mentions) {
    if (!r.act || year || r.act.series !== 'fz') continue;
    const id = INSTRUMENTS.lawId('fz', r.act.number);
    if (id && numberAloneContradicted(id, text, r, starts)) out.add(r.act.number);
  }
  return out;
}

/** The registered laws a text names by their words (title, alias), by series and number; null where two share one. */
function lawsNamedByWords(raw: readonly RawMention[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const m of raw) {
    if (m.act || m.anaphora || !m.instrument) continue;
    const law = INSTRUMENTS.get(m.instrument)?.law;
    if (!law) continue;
    const key = `${law.series}:${law.number}`;
    const before = out.get(key);
    out.set(key, before === undefined || before === m.instrument ? m.instrument : null);
  }
  return out;
}

/**
 * A numbered act's year: its own date, else a date tied to it by the words around it (see act-years.ts), else the one
 * year the text gives another mention of the same number ("Закон N 187-ФЗ" after "Федеральном законе от 02.07.2013 N
 * 187-ФЗ"); then its id from the registry, which names an act without a year only when one act of that number is
 * registered. An act left without an id names nothing and blocks any guess ("Article 5 of Federal Law No. 420-FZ").
 */
function settleActs(raw: RawMention[], text: string, ctx?: ExtractContext): RawMention[] {
  let starts: number[] | undefined;
  let namedByWords: Map<string, string | null> | undefined;
  const withYear = raw.map((r) => (r.act && !r.act.year && text ? { r, year: nearbyActYear(text, r.start, r.end) } : { r, year: r.act?.year }));
  // A government's or president's act named in full without its year: the one year of its sentence ("On March, 06
  // 2022 … signed the Decree of the Government of the Russian Federation No. 299", "6 March 2022 saw Decree 299 of the
  // Government of the Russian Federation"), never the text's date ("Presidential Decree No. 188" in a 2023 note is
  // 1997's). Settled first, so the bare citations of the same act anywhere in the text take it too.
  for (const w of withYear) {
    const act = w.r.act;
    if (act && !w.year && !act.bare && (act.series === 'gov' || act.series === 'ukaz') && !INSTRUMENTS.lawId(act.series, act.number)) {
      w.year = bareDecreeYear(text, (starts ??= sentenceStarts(text)), w.r, ctx, false);
    }
  }
  const years = new Map<string, Set<string>>();
  for (const { r, year } of withYear) {
    if (!r.act || !year) continue;
    const k = `${r.act.series}:${r.act.number}`;
    years.set(k, (years.get(k) ?? new Set()).add(year));
  }
  // a bare act cited again ("Decree No. 506 came into force …" after "The government adopted Decree No. 506 …") keeps
  // the year its first citation got
  const bareYears = new Map<string, string>();
  // the acts the text cites with their number sign ("Decree No. 299") anywhere, for the ones without it ("under Decree
  // 299", before or after: "This article considers Decree 299 … Decree 299 of the Government of the Russian Federation")
  const signed = new Set(withYear.flatMap(({ r }) => (r.act && !r.act.unsigned ? [`${r.act.series}:${r.act.number}`] : [])));
  let contradicted: Set<string> | undefined;
  const settled = [...withYear].sort((a, b) => a.r.start - b.r.start).map(({ r, year: own }) => {
    if (!r.act) return r;
    const known = years.get(`${r.act.series}:${r.act.number}`);
    let year = own ?? (known?.size === 1 ? [...known][0] : undefined);
    // A bare act ("Decree No. 299"): its citation's year elsewhere in the text, else the text's date or its first
    // citation's year, else no citation at all.
    if (r.act.bare) {
      // (cited in the text with its year, before or after it: "This article considers Decree No. 299. … the Government
      // issued Decree No. 299 of 6 March 2022", one year for that number in the whole text)
      const cited = known?.size === 1 && withYear.some((w) => w.r !== r && w.r.act && w.year !== undefined && w.r.act.series === r.act!.series && w.r.act.number === r.act!.number);
      const act = `${r.act.series}:${r.act.number}`;
      // (without its number sign, "under Decree 299", only an act the text cites with its sign, or the one the registry
      // knows by its number alone where its own sentence names Russia: "Russia implemented Decree 299 in 2022" is 2022's
      // resolution on compensation; "the Government of Italy adopted Legislative Decree 299 in 2003" is none)
      if (r.act.unsigned && !signed.has(act)) {
        const registered = INSTRUMENTS.lawId(r.act.series, r.act.number);
        const [sStart, sEnd] = sentenceAt((starts ??= sentenceStarts(text)), r.start, text.length);
        // (or where its own date is that act's: "Decree 1767 dated October 18, 2021")
        const dated = own !== undefined && own === INSTRUMENTS.get(registered ?? '')?.law?.year;
        if (!registered || !(dated || RUSSIA_ISSUER.test(text.slice(sStart, sEnd))) || issuedElsewhere(text, starts, r, INSTRUMENTS.get(registered)?.law?.year ?? '')) return undefined;
        const { instrument: _unsettled, ...rest } = r;
        return { ...rest, instrument: registered };
      }
      // (the text's own date only for a number the registry does not know alone: "the Government's Order No. 3718-r" in
      // a 2021 note is 2020's order)
      year = own ?? (cited ? year : undefined) ?? bareDecreeYear(text, (starts ??= sentenceStarts(text)), r, ctx, !INSTRUMENTS.lawId(r.act.series, r.act.number)) ?? bareYears.get(act);
      // else the one act of that number the registry lists ("Order No. 3718-r" in a sentence giving 2020 and 2022), or
      // the one registered act of that number in a text written soon after it ("the issuance of Decree No. 79 in
      // itself …" in a 2022 note; recent-acts.ts) where its sentence names no issuer ("The ministry relied on Decree No. 299")
      if (!year) {
        const candidate = INSTRUMENTS.lawId(r.act.series, r.act.number) ?? (ctx && !sentenceNamesAnIssuer(text, (starts ??= sentenceStarts(text)), r.start) ? recentActByNumber(r.act, text, ctx) : undefined);
        // (never another issuer's act of that number, nor one its sentence dates otherwise: "Decree No. 322 of 2020")
        const only = candidate && !issuedElsewhere(text, (starts ??= sentenceStarts(text)), r, INSTRUMENTS.get(candidate)?.law?.year ?? '') ? candidate : undefined;
        const { instrument: _unsettled, ...rest } = r;
        return only ? { ...rest, instrument: only } : undefined;
      }
      if (!bareYears.has(act)) bareYears.set(act, year);
    }
    const registered = INSTRUMENTS.lawId(r.act.series, r.act.number, year);
    // (an act texts cite by number alone, unless its words, here or at another of its citations in the text, say it is
    // another of that number: topical-acts.ts)
    const alone = registered && !year && r.act.series === 'fz' && (contradicted ??= numbersContradicted(withYear, text, (starts ??= sentenceStarts(text)))).has(r.act.number) ? undefined : registered;
    // (a registered title right after it names its act over the one cited by number alone: "126-ФЗ «О государственной
    // поддержке кинематографии …»" is 1996's law on cinema, not 2003's on communications)
    const titled = year || !ctx ? undefined : actByTitle(text, r, ctx.lang);
    // (a law the text names by its words that has this number: "Federal Law “On Measures (Countermeasures) …” (Federal
    // Law 127-ФЗ, …)" is 2018's law, not 2002's cited by number alone)
    const named = year ? undefined : (namedByWords ??= lawsNamedByWords(raw)).get(`${r.act.series}:${r.act.number}`);
    const instrument = titled ?? (named || undefined) ?? alone ?? (year || !ctx ? undefined : recentActByNumber(r.act, text, ctx) ?? topicalActByNumber(r.act, text, r, (starts ??= sentenceStarts(text))));
    const { instrument: _unsettled, ...rest } = r;
    return instrument ? { ...rest, instrument } : rest;
  });
  return settled.filter((r): r is RawMention => r !== undefined);
}

// Defined short forms, written for:
//   "the Paris Convention for the Protection of Industrial Property (Stockholm Act of 14 July 1967) (the "Paris Convention")"
//   "the International Convention for the Protection of Performers, ... Organizations (the "Rome Convention)"  (sic)
//   "ст. 1225 Гражданского кодекса РФ [2] (далее — ГК РФ)", "Арбитражный процессуальный кодекс (далее – АПК РФ)"
//   "Федеральном законе от 02.07.2013 N 187-ФЗ "О внесении ..." (далее - Закон N 187-ФЗ)"
//   "Федеральный закон «...» от 02.07.2013 N 187-ФЗ, который ... получил название «антипиратский закон»"
// The definition belongs to the name it follows (no citation of its own); later uses of the short form name it.
/** Between a name and its definition: a footnote mark ("[2]", "1", "*"), one parenthesis ("(Stockholm Act)"), a quoted title, a gazette's
 * positions of any length before or after it («(Собрание законодательства …, 1996, N 17, ст. 1918; …)»). A definition may
 * hold a quoted title («(далее - Федеральный закон "О рынке ценных бумаг")»). */
/** Also the instrument's year or date ("Парижской конвенции ... 1883 г. (далее по тексту - Парижская конвенция)"). */
/** The quoted title may hold the amended act's quoted title ("Federal Law No. 156-FZ "On … the Federal Law "On Information …"" (the Law)"). */
/** A gazette's name opening its positions, or an act's editions («(в ред. Федеральных законов от …)»), in either language. */
const GAZETTE_NAME = String.raw`(?:Собрание законодательства|СЗ РФ|Ведомости СНД|Ведомости Съезда|в ред\.|Collection of Legislation|SZ RF|Sobranie [Zz]akonodatel'?stva)`;
const BEFORE_DEFINITION = String.raw`^\s*(?:\[\d{1,3}\]\s*|\d{1,2}(?=\s)|\*{1,3}\s*)?\s*(?:(?:of\s+|от\s+)?(?:\d{1,2}[.\s][\p{L}\d]{2,9}[.\s]\s?)?\d{4}\s*(?:г\.|года|year)?\s*,?\s*)?(?:\((?:[^()]{1,80}|${GAZETTE_NAME}[^()]{1,3000})\)\s*)?(?:["«“„][^"«»“”„]{3,300}(?:["«“„][^"«»“”„]{3,200})?["»”“]{1,2}\s*)?(?:\(${GAZETTE_NAME}[^()]{1,3000}\)\s*)?`;
/** A code's abbreviation in brackets right after its name: "Criminal Code of the Russian Federation (CC RF)", "(УК РФ)". */
const BRACKETED_ABBREVIATION = /^\s*\(\s*([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{1,4}\s(?:RF|РФ))\s*\)/u;
/** A code's own abbreviation in brackets, capitals alone: "the Russian Civil Code (CC)", "Code of Administrative Offences (CAO)" (codes only). */
const CODE_ABBREVIATION = /^\s*\(\s*([A-Z]{2,5})\s*\)/u;
const DESCRIBED_DEFINITION = /^\s*,?\s*(?:signed|adopted|concluded|done|made|entered\s+into|ratified)\b[^()."“”;:\n]{0,140}?\(\s*(?:hereinafter\s*(?:[-–—:,]\s*)?(?:referred\s+to\s+as\s+)?)?(?:the\s+)?["“]([^"”“()]{2,60}?)["”“]?\s*\)/u;
const DEFINITION = {
  en: [
    BRACKETED_ABBREVIATION,
    CODE_ABBREVIATION,
    new RegExp(String.raw`${BEFORE_DEFINITION}\(\s*(?:hereinafter\s*(?:[-–—:,]\s*)?(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?["“]([^"”“()]{2,60}?)["”“]?\s*\)`, 'u'),
    // unquoted after "hereinafter": "(hereinafter – the RF CC)", "(hereinafter referred to as the CoAO RF, the Code)"
    new RegExp(String.raw`${BEFORE_DEFINITION}\(\s*hereinafter\s*(?:[-–—:,]\s*)?(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?([^"”“(),]{2,40}?)\s*(?:,[^()]{0,40})?\)`, 'u'),
    // unquoted with "the", a capital and a kind of act last: "order no. 3718-р of 31 December 2020 (the Order)", "(the
    // Decree)", "(the Information Law)"; never "(the Moscow City Court)", "(the Author)"
    new RegExp(String.raw`${BEFORE_DEFINITION}\(\s*the\s+((?:\p{Lu}[\p{L}-]+\s+){0,3}(?:Law|Act|Code|Decree|Order|Resolution|Regulation|Convention|Agreement|Treaty|Protocol|Rules))\s*\)`, 'u'),
    // the kind of act alone, without "the": "Order no. 947 dated 25 May 2022 (Order)"
    new RegExp(String.raw`${BEFORE_DEFINITION}\(\s*(Law|Act|Code|Decree|Order|Resolution|Regulation|Convention|Agreement|Treaty|Protocol|Rules)\s*\)`, 'u'),
    // "which later became known in the mass media as the "anti-piracy law""
    /^[^.;()]{0,100}?\b(?:known|referred\s+to|dubbed)(?:\s+(?:in|by|among)\s+[^.;()"“]{1,40}?)?\s+as\s+(?:the\s+)?["“]([^"”]{2,60})["”]/u,
    // a quoted definition after the act's signing or adoption: "The Treaty on the Eurasian Economic Union signed in Astana
    // in May 2014 by the Presidents of Belarus, Kazakhstan and Russia (the “Treaty”)" (no other name between: see below)
    DESCRIBED_DEFINITION,
  ],
  ru: [
    BRACKETED_ABBREVIATION,
    // (also after a semicolon inside the brackets the name stands in: «(п. 8 ч. 1 ст. 31 Федерального закона … № 44-ФЗ
    // “…”; далее – Закон № 44-ФЗ)»)
    new RegExp(String.raw`${BEFORE_DEFINITION}(?:\(|;)\s*далее(?:\s+по\s+тексту)?\s*(?:[-–—:]\s*)?["«“]?([^()"«»“”;]{2,60}?|(?:[Фф]едеральн\S*\s+)?[Зз]акон\S*(?:\s*№\s*\d+-ФЗ)?\s*["«“][^()"«»“”;]{2,150}["»”])["»”]?\s*\)`, 'u'),
    /^[^.;()]{0,150}?получил[а-яё]{0,2}\s+(?:название|наименование)\s+["«“]([^"«»“”]{2,60})["»”]/u,
  ],
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether capitals abbreviate a name as written, letter by letter its capitalised words' initials: "Information
 * Technology Agreement (ITA)", "Government Procurement Agreement (GPA)" define short forms as a code's "(CC)" does
 * (three letters at least: a later "PC" or "ST" is too often something else).
 */
function abbreviates(letters: string, name: string): boolean {
  const initials = name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.length >= 3 && initials === letters;
}

/** The short form as a pattern: exact for English, Russian words of five letters or more in any case ending. */
function shortFormSource(short: string, lang: 'en' | 'ru'): string {
  const words = short.trim().split(/\s+/u).map((w) => {
    const exact = escapeRegExp(w);
    return lang === 'ru' && /^[а-яё]{5,}$/iu.test(w) ? `${escapeRegExp(w.slice(0, -2))}[а-яё]{0,4}` : exact;
  });
  return `${WB_START}${words.join(String.raw`\s+`)}${WB_END}`;
}

/**
 * Finds each named instrument's definition of a short form: drops the mentions inside the definition (they are the
 * name again) and adds a mention for every later use of the short form that no other mention covers.
 */
function applyDefinitions(text: string, named: RawMention[], lang: 'en' | 'ru'): RawMention[] {
  const dropped = new Set<RawMention>();
  const added: RawMention[] = [];
  // (a definition is the first name's before it: an amending law's, not the amended law's named inside its title)
  const claimed = new Set<number>();
  for (const m of named) {
    // (never another state's code: "Kazakhstan's Civil Code (KCC)", "the Civil Code (CC) of Ukraine")
    if (!m.instrument || dropped.has(m) || foreignsName(text, m)) continue;
    // (far enough for a gazette's positions between: see BEFORE_DEFINITION; every pattern is anchored at the name's end)
    const after = text.slice(m.end, m.end + 3600);
    for (const re of DEFINITION[lang]) {
      const d = re.exec(after);
      if (!d) continue;
      if (re === CODE_ABBREVIATION && INSTRUMENTS.get(m.instrument)?.kind !== 'code' && !abbreviates(d[1]!, text.slice(m.start, m.end))) continue;
      const defEnd = m.end + d.index + d[0].length;
      // (a described act's definition is its own only when no other name stands between)
      // and its short form is a word of the name ("the Treaty" of "Treaty on the Eurasian Economic Union", never "(the
      // “Decree”)" after a code's name and the decree approving it)
      if (re === DESCRIBED_DEFINITION) {
        const word = d[1]!.trim().split(/\s+/u).pop()!.toLowerCase();
        if (named.some((o) => o !== m && o.start >= m.end && o.start < defEnd - d[0].length + d[0].lastIndexOf('('))) continue;
        if (!text.slice(m.start, m.end).toLowerCase().split(/[^\p{L}]+/u).includes(word)) continue;
      }
      if (FOREIGN_AFTER_RU.test(text.slice(defEnd, defEnd + 40)) || FOREIGN_OF_EN.test(text.slice(defEnd, defEnd + 60))) break;
      // The short form itself is this instrument's, whatever a registry name inside it says ("Federal Law No. 364-FZ
      // (the "Anti-Piracy Law")": not 2013's law by its press name).
      const shortStart = m.end + d.index + d[0].indexOf(d[1]!);
      const shortEnd = shortStart + d[1]!.length;
      if (claimed.has(shortStart)) break;
      claimed.add(shortStart);
      for (const o of named) {
        if (o === m || o.start < m.end || o.end > defEnd) continue;
        if (o.instrument === m.instrument || o.instrument === undefined || (o.start >= shortStart && o.end <= shortEnd)) dropped.add(o);
      }
      const short = d[1]!.trim();
      // A code's short form names a code («ГК РФ», "the Code", "CC"): «ст. 435 и 437 ГК РФ (далее — «Оферта»)» defines the
      // offer that cites them, not the code.
      if (INSTRUMENTS.get(m.instrument)?.kind === 'code' && !/[Кк]одекс|[Cc]ode|\p{Lu}\.?\p{Lu}/u.test(short)) break;
      // A lower-case English short form is a name only when it is more than one word ("the "anti-piracy law"", not "the "law"").
      if (!/^\p{Lu}|^[а-яё]|^[a-z][\w-]*\s+\S/u.test(short) || short.length < 2) break;
      // A short form defined in lower case ("«антипиратский закон»") is also found capitalised at a sentence's start.
      const use = new RegExp(shortFormSource(short, lang), /^\p{Ll}/u.test(short) ? 'giu' : 'gu');
      use.lastIndex = defEnd;
      for (let u = use.exec(text); u; u = use.exec(text)) added.push({ start: u.index, end: u.index + u[0].length, instrument: m.instrument, ...(m.also ? { also: m.also } : {}) });
      break;
    }
  }
  // A later use of a defined short form is the defined instrument's, over a registry name it contains.
  const addedIndex = new SpanIndex(added);
  // An anaphora over it ("the Decree" where "Decree" was defined) is that use too, whatever noun it carries.
  for (const o of named) if (!o.act && (addedIndex.covers(o.start, o.end) || (o.anaphora && addedIndex.overlaps(o.start, o.end)))) dropped.add(o);
  const kept = named.filter((m) => !dropped.has(m));
  const keptIndex = new SpanIndex(kept);
  const fresh = added.filter((a) => !keptIndex.overlaps(a.start, a.end));
  return [...kept, ...fresh].sort((a, b) => a.start - b.start);
}

/** Between a code's name and its enacting law: its part ("(часть четвертая)"), a closing quote, a colon or a bracket. */
/** Also a transliterated part and the law's date before its number ("(chast' chetvertaja) ot 18.12.2006 N 230-FZ"). */
const ENACTED_GAP = /^\s*(?:\((?:част|part|chast)[^()]{0,30}\))?\s*["»”]?\s*[:(,]?\s*(?:(?:Federal'?n[a-z]*\s+zakon|Федеральн[а-яё]*\s+закон[а-яё]*)\s*)?(?:(?:от|ot)\s+\d{1,2}[.\s][\p{L}\d]{2,9}[.\s]\s?\d{4}\s*(?:g\.|г\.|goda|года)?\s*)?$/iu;

/**
 * Resolves what every mention names: numbered acts get their ids; defined short forms are applied; anaphora take the
 * last instrument named before with their noun ("the Convention"), "the Code" else the text's own code, and
 * "настоящего Кодекса" the text's own instrument. An anaphora that finds nothing stays unresolved (and blocks any guess).
 */
/**
 * The codes and treaties named inside a longer name, which it shadows (the law «О введении в действие части четвертой
 * Гражданского кодекса», "Protocol on the Protection of Industrial Designs to the Eurasian Patent Convention"). Inside
 * a law's title readers count each as a reference of its own (extract.ts); inside a treaty's name they do not always
 * ("Protocol to the Madrid Agreement"), but a later "the Convention" is the one named there. Never a name the longer
 * one only qualifies at its start ("Civil Code of the RSFSR").
 */
function withNamesInside(raw: RawMention[]): RawMention[] {
  // (by start, so each name looks only at the names that start inside it: a long text has thousands of mentions)
  const named = raw.filter((r) => r.instrument && !r.unknown && !r.anaphora && !r.act && instrumentKind(r.instrument) !== 'law').sort((a, b) => a.start - b.start);
  return raw.map((r) => {
    if (!r.instrument || r.anaphora) return r;
    const inside = new Set<string>();
    for (let i = countBefore(named, r.start + 1, (o) => o.start); i < named.length && named[i]!.start < r.end; i++) {
      const o = named[i]!;
      if (o.end <= r.end && o.instrument !== r.instrument && !(r.also ?? []).includes(o.instrument!)) inside.add(o.instrument!);
    }
    return inside.size ? { ...r, inside: [...inside] } : r;
  });
}

/** Between a name and its short form defined right after it: a bracket, a quote, "the", «далее —». */
const DEFINITION_GAP = /^[ \t]*(?:\([ \t]*(?:(?:the|hereinafter(?:\s+referred\s+to\s+as)?|далее(?:\s+по\s+тексту)?)[ \t]*[-–—]?[ \t]*)?)?[«"“'‘]?[ \t]*$/u;
/** An act's quoted title right after its number, before the bracket that defines its short form. */
const TITLE_BEFORE_DEFINITION = /^[ \t]*["«“„][^"«»“”„\n]{3,300}["»”“](?=[ \t]*\()/u;

export function resolveMentions(raw: RawMention[], ctx: ExtractContext, text = '', ownAct?: string): Mention[] {
  const settled = applyDefinitions(text, dropOverlaps(settleActs(settleDatedNames(withNamesInside(withoutShadowedUnknown(raw)), text, ctx), text, ctx)), ctx.lang);
  const out: Mention[] = [];
  const lastByNoun = new Map<string, string>();
  /** Where the law read as "the Act" was named. */
  let actNamedAt = 0;
  /** The text's own date ('' when it gives none), read when a code with a predecessor is named. */
  let writtenOn: string | undefined;
  let prev: RawMention | undefined;
  /** The instrument whose court's document the text is (null: not looked for yet). */
  let forum: string | undefined | null = null;
  for (const r of settled) {
    // "WIPO Performance and Phonograms Treaty (WPPT)": the bracketed abbreviation only defines the name just given.
    // A name on the next line (a heading repeated above the text that names it again) is a name of its own.
    // (only a bracket or quote between: "… знаков. Мадридское соглашение", "ГК РСФСР и Гражданский кодекс РСФСР" name it again)
    // (its short form defined in brackets and quotes: "the Civil Code of the Russian Federation ('Russian Civil Code')",
    // "(the “Civil Code”)", «(далее — ГК РФ)»)
    // (its quoted title between: «Федерального закона от 13.03.2006 № 38-ФЗ «О рекламе» (далее – ФЗ «О рекламе»)»)
    const gap = prev ? text.slice(prev.end, r.start).replace(TITLE_BEFORE_DEFINITION, '') : '';
    const isDefinition = prev?.instrument !== undefined && prev.instrument === r.instrument && gap.length <= 16 && DEFINITION_GAP.test(gap);
    const last = out[out.length - 1];
    // A code and the law that enacted it, one after the other, are one name of the code ("Гражданский кодекс Российской
    // Федерации (часть четвертая) от 18.12.2006 N 230-ФЗ", "Federal Law No. 195-FZ of 30 December 2001 (Code of ...)").
    if (last && prev && r.instrument && last.instrument === r.instrument && last.how === 'named' && (prev.act || r.act) && ENACTED_GAP.test(text.slice(last.end, r.start))) {
      last.end = Math.max(last.end, r.end);
      delete last.act;
      prev = r;
      continue;
    }
    prev = r;
    if (isDefinition) continue;
    if (r.unknown || (r.instrument && foreignsName(text, r))) {
      out.push({ instrument: undefined, start: r.start, end: r.end, how: 'named', unknown: true });
      continue;
    }
    if (r.instrument) {
      // both languages' nouns: a Russian text's English abstract says "the Code" of a code named in Russian
      // a code named in a text written before it took effect is its predecessor ("Article 144 of Russia's Criminal
      // Code" in 1996 is the RSFSR Criminal Code's)
      let named = r.instrument;
      const predecessor = INSTRUMENTS.get(named)?.predecessor;
      // (never the code's own enacting number, nor a statute text's own name)
      // (a date of a year only counts as its last day; "the new Criminal Code" is never the old one)
      if (predecessor && !r.act && named !== ctx.selfInstrument && (writtenOn ??= textDate(text, ctx) ?? '')
        && (writtenOn.length === 4 ? `${writtenOn}-12-31` : writtenOn) < predecessor.until && !NEW_BEFORE.test(text.slice(Math.max(0, r.start - 12), r.start))) named = predecessor.id;
      // (a name inside it first: "Protocol … to the Eurasian Patent Convention" makes "the Convention" that one)
      // (an amending law in a bracket is no antecedent: "Article 18 of the Federal Law No. 152-FZ (introduced by the
      // Federal Law No. 23-FZ …)" leaves "the present Federal Law" of the quoted article 152-FZ)
      const amendingInBracket = AMENDING_BRACKET.test(text.slice(Math.max(0, r.start - 60), r.start));
      for (const id of amendingInBracket ? [] : [...(r.inside ?? []), named]) {
        for (const lang of ['en', 'ru'] as const) {
          const noun = nounOf(id, lang);
          if (noun) lastByNoun.set(noun, id);
        }
      }
      // (a Russian law a translation calls an Act where it names it: "The Operational-Search Activities Act of 12
      // August 1995 (no. 144-FZ)"; a later "the Act" is that law, never a law named otherwise nor a foreign Act)
      // (the words before it in its own clause only: never an Act named in the sentence before)
      if (ctx.lang === 'en' && nounOf(named, 'en') === 'Law' && named.startsWith('ru-') && ACT_NAMED.test(text.slice(Math.max(0, r.start - 60), r.end).replace(/^[^]*[.;!?]\s+(?=\p{Lu})/u, ''))) {
        lastByNoun.set('Act', named);
        actNamedAt = r.end;
      } else if (ctx.lang === 'en' && nounOf(named, 'en') === 'Law' && lastByNoun.get('Act') !== named) lastByNoun.delete('Act');
      out.push({ instrument: named, ...(r.also ? { also: r.also } : {}), ...(r.inside ? { inside: r.inside } : {}), start: r.start, end: r.end, how: 'named', ...(r.act ? { act: true } : {}) });
      continue;
    }
    const self = ctx.selfInstrument;
    let instrument: string | undefined;
    const noun = typeof r.anaphora === 'object' ? r.anaphora.noun : undefined;
    const fits = (id: string | undefined): id is string => id !== undefined && (nounOf(id, ctx.lang) === noun || nounOf(id, ctx.lang === 'en' ? 'ru' : 'en') === noun);
    if (r.anaphora === 'self') instrument = self;
    else if (r.anaphora?.own && ctx.lang === 'ru') {
      // "настоящего Кодекса": the statute's own; in an act read from its heading, only when the noun is that act's.
      instrument = self ?? (fits(ownAct) ? ownAct : undefined);
    } else if (r.anaphora) {
      // "this Code": the text's own when the noun fits, else (as "the Code") the last one named with the noun.
      instrument = r.anaphora.own && fits(self) ? self : r.anaphora.own && fits(ownAct) ? ownAct : lastByNoun.get(r.anaphora.noun);
      // ("the Act" only in the paragraph that named it, with no other Act named between: "the Regulation of
      // Investigatory Powers Act 2000" in between makes "section 6 of the Act" that one's)
      if (r.anaphora.noun === 'Act' && instrument && OTHER_ACT_BETWEEN.test(text.slice(actNamedAt, r.start))) instrument = undefined;
      if (!instrument && fits(self)) instrument = self;
      // "Article 13 of the Convention" in the Court's own note: the instrument it applies.
      if (!instrument && text) {
        if (forum === null) forum = forumOf(text)?.id;
        if (fits(forum)) instrument = forum;
      }
    }
    // A quoted “Закон” is the text's name for the law named before: a name once resolved.
    out.push({ instrument, start: r.start, end: r.end, how: r.quoted && instrument ? 'named' : 'anaphora' });
  }
  return out;
}

/** The words opening a bracket that names an amending act: "(introduced by the", "(as amended by", «(в ред.», «(введена Федеральным законом». */
const AMENDING_BRACKET = /\(\s*(?:(?:as\s+)?(?:introduced|amended|inserted|added)\s+by|in\s+the\s+(?:wording|version|edition)\s+of|в\s+ред(?:\.|акции)|введен[а-я]{0,2})\s+(?:the\s+)?[^()]{0,30}$/iu;

/** A law named as an Act, right before or in its mention ("the Communications Act of 7 July 2003 (no. 126-FZ)"). */
const ACT_NAMED = /\bAct\b(?![^]*\b(?:Law|Code)\b)/u;
/** Between a law named as an Act and "the Act": a paragraph break, or another Act's name ("the Copyright Act"). */
const OTHER_ACT_BETWEEN = /\n\s*\n|\b\p{Lu}[\p{L}-]*\s+Act\b/u;

/** The noun a text uses for an instrument once named: registry data; a law (numbered or not) is "the Law" / "Закон". */
function nounOf(id: string, lang: 'en' | 'ru'): string | undefined {
  const noun = instrumentNoun(id, lang);
  if (noun) return noun;
  const series = parseNumberedActId(id)?.series;
  if (series === 'gov') return lang === 'en' ? 'Resolution' : 'Постановление';
  // a presidential decree: "the Decree" (read as the noun of any decree or resolution, see en-instruments.ts), «Указ»
  if (series === 'ukaz') return lang === 'en' ? 'Resolution' : 'Указ';
  // (a Eurasian body's decision is no "Law")
  if (isEurasianDecisionSeries(series)) return undefined;
  if (instrumentKind(id) === 'law' && !id.startsWith('us-') && id !== 'ru-constitution') return lang === 'en' ? 'Law' : 'Закон';
  return undefined;
}
