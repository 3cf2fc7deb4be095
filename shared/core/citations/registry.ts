// The instrument registry: data describing every citable instrument, its names, aliases and how it is divided.
import { CIS_STATE } from './another-state.js';

export type InstrumentKind = 'code' | 'law' | 'report' | 'treaty' | 'agreement';

/**
 * Alias mini-syntax (regular-expression source, matched on word boundaries):
 * a space matches any run of whitespace (line breaks included), `~` is a Russian case ending ([а-яё]{0,4}),
 * `"` is any quotation mark ("«»“”„). `aliases` are case-insensitive; `names` and `abbreviations` case-sensitive
 * (a title such as "Patent Law" or "Special 301" is an instrument only when written as a name).
 */
export interface InstrumentDef {
  id: string;
  kind: InstrumentKind;
  /** What its numbers count: articles (statutes, treaties) or paragraphs (reports). */
  unit: 'article' | 'paragraph';
  name: { en: string; ru: string };
  /** Short label used by describeProvision: 'Civil Code', 'ГК РФ'. */
  short: { en: string; ru: string };
  /** How the first level below an article is called in Russian citations ('п.' in the Civil Code, 'ч.' in the Criminal Code). */
  partLabel?: 'п.' | 'ч.';
  aliases: { en: string[]; ru: string[] };
  names?: { en?: string[]; ru?: string[] };
  /**
   * A law's title as translations word it otherwise, in words no stemming brings together ("On Preventing Corruption" for
   * «О противодействии коррупции»): read only right after the law's number, which other states' laws do not share.
   */
  titles?: string[];
  abbreviations?: string[];
  /** The common noun a text uses for it once named ("Article 18 of the Convention", "статья 5 Конвенции"). */
  noun?: { en: string; ru: string };
  /** A Russian law's registration number and year: 187-ФЗ of 2013 ('fz'), 5351-1 of 1993 ('rf', laws of the RF before 1996). */
  /**
   * A numbered act. `byNumberAlone`: texts of this domain cite it by its number without a year ("Law No. 187-FZ", "364-FZ")
   * and mean it, so a bare number names it; any other registered act needs its year (numbers restart every year).
   */
  law?: { number: string; year: string; series: LawSeries; byNumberAlone?: true };
  /**
   * The federal laws that enacted a code (or its parts), by number and year: Consultant and Garant name a code with them
   * ("Гражданский кодекс Российской Федерации (часть четвертая) от 18.12.2006 N 230-ФЗ"), so such an act is the code.
   */
  enactedBy?: Array<{ number: string; year: string }>;
  /**
   * How a document of the court that applies this instrument shows itself (regular expressions, tried on the whole
   * text): there a bare "Article 10" is this instrument's, as a statute's bare article is its own. Only numbers up to
   * `forum.maxArticle` (the instrument's own articles) are taken.
   */
  forum?: { signs: string[]; maxArticle: number };
  /**
   * Its articles are never inserted with a dot (treaties insert with "bis"): "Art. 63.2", "Article 39.3", "Art. 6bis.1"
   * are article 63 paragraph 2 (a WTO and WIPO notation), as Russian codes' "7.12" and "1253.1" are articles.
   */
  dottedParagraphs?: boolean;
  /**
   * The key words of its name, in order, for loose renderings a translation makes of it ("The Bern convention on
   * protection literary and works of art", "The world convention on copyright"): each list is one rendering's words
   * (alias syntax, any case), matched in order with at most three other words (or commas) between two of them.
   */
  keywords?: { en?: string[][]; ru?: string[][] };
  /** Its articles are numbered in Roman figures ("Article XVI:4 of the WTO Agreement", "GATT Article XX"): keyed in Arabic. */
  romanArticles?: boolean;
  /** The act it replaced, which its names meant before it took effect (`until`, ISO date): the RSFSR Criminal Code. */
  predecessor?: { id: string; until: string };
  /** It numbers items (пункты), not articles: "paragraph 16 of Appendix No. 26" is keyed as its article 16. */
  itemsAreArticles?: boolean;
  /** The id of the Regulations under this treaty, whose rules it names ("PCT Rule 51bis"). */
  regulations?: string;
  /** Regulations that number rules, not articles ("PCT Rule 51bis", "правилом 63 Патентной инструкции"): rules.ts. */
  rules?: boolean;
  /** Its articles are numbered chapter by chapter ("14.10": chapter 14), up to this chapter: "14 10 КоАП" is 14.10. */
  chapterArticles?: number;
  /** How many chapters a code has: "Chapter 69", "главы 29" alone are the last named code's only up to it (code-parts.ts). */
  chapters?: number;
  /** How many sections (разделы) a code has: "раздела VII ГК РФ" only up to it. */
  sections?: number;
  /** The highest article number, for numbers a source split by a space ("статьи 1 477" is 1477 only up to it). */
  maxArticle?: number;
  /** Articles inserted between others ("1253.1"), for a superscript a source flattened ("Article 12531": see flattened.ts). */
  insertedArticles?: string[];
  /** A code enacted in parts ("ГК РФ часть 4"): how many. A heading's "… статье 1414 ГК РФ ч.4" names the part, not an item. */
  codeParts?: number;
  /** `insertedArticles` lists every inserted article from this one on: another dotted number there is an article and its part ("1513.1": 1513, item 1). */
  insertedArticlesFrom?: number;
  /**
   * Ids this instrument had before (a federal law keyed by number only, before the year joined the key). Keys made with
   * them (stored links, bookmarks, a user's notes) still resolve: see `canonicalProvisionKey`.
   */
  formerIds?: string[];
}

/** Series of numbered Russian legal acts: federal laws (N-ФЗ), federal constitutional laws (N-ФКЗ), laws of the RF before 1996 (N-1), government resolutions, presidential decrees. */
export type LawSeries = 'fz' | 'fkz' | 'rf' | 'gov' | 'ukaz' | EurasianDecisionSeries;
/** Decisions of the Eurasian Economic Commission's Board and Council, the Customs Union Commission, the Supreme Eurasian Economic Council. */
export type EurasianDecisionSeries = 'eec-board' | 'eec-council' | 'cu-commission' | 'seec';
/** Each Eurasian body as a label names its decisions; their ids are the series and "-decision" ('eec-board-decision-35-2018'). */
export const EURASIAN_DECISION_SERIES: Record<EurasianDecisionSeries, { en: string; ru: string }> = {
  'eec-board': { en: 'EEC Board Decision', ru: 'Решение Коллегии ЕЭК' },
  'eec-council': { en: 'EEC Council Decision', ru: 'Решение Совета ЕЭК' },
  'cu-commission': { en: 'Customs Union Commission Decision', ru: 'Решение Комиссии Таможенного союза' },
  seec: { en: 'Supreme Eurasian Economic Council Decision', ru: 'Решение Высшего Евразийского экономического совета' },
};
const EURASIAN_DECISION_ID = new RegExp(`^(${Object.keys(EURASIAN_DECISION_SERIES).join('|')})-decision-(\\d+)(?:-(\\d{4}))?$`, 'u');
/** Whether a series is a Eurasian body's decisions (their items are articles; no law's noun). */
export function isEurasianDecisionSeries(series: LawSeries | undefined): series is EurasianDecisionSeries {
  return series !== undefined && series in EURASIAN_DECISION_SERIES;
}

/** Several instruments named together ("the WIPO Internet Treaties" are the WCT and the WPPT). Data, like the registry. */
export interface InstrumentGroup {
  members: string[];
  aliases: { en: string[]; ru: string[] };
}

const USR = String.raw`(?:U\.?\s?S\.?|United\sStates)\s?[-–]\s?Russia(?:n\sFederation)?`;
/**
 * A short name read only in a text that also names its system somewhere within 3,000 characters ("Patent Regulations"
 * beside "Eurasian Patent Organization"); the look-behind sits after the name, so it is tried only where the name is.
 */
const inTextNaming = (name: string, system: string): string =>
  String.raw`${name}(?:(?<=(?:${system})[^]{0,3000}${name})|(?=[^]{0,3000}(?:${system})))`;

/** A double taxation treaty's words, in English ("double tax treaty", "Double Taxation Convention", "DTC") and Russian. */
const DTT_EN = String.raw`(?:[Dd]ouble [Tt]ax(?:ation)? (?:[Cc]onvention|[Tt]reaty|[Aa]greement)|DTC|DTA|DTT)`;
const DTT_KIND_RU = String.raw`(?:[Сс]оглашени~|[Кк]онвенци~|[Дд]оговор~)`;
const DTT_WORDS_RU = String.raw`об избежании двойного налогообложения(?: в отношении налогов на (?:доходы|доход)(?: и(?: на)? (?:имущество|капитал))?)?(?: и предотвращении уклонения от уплаты налогов(?: в отношении налогов на (?:доходы|доход)(?: и(?: на)? (?:имущество|капитал))?)?)?`;
/**
 * Russia's tax treaty with a partner, by the partner's English names and Russian stems: "the UK–Russia Double Taxation
 * Convention", "double tax treaty between Russia and the UK"; in Russian the treaties share their words («соглашение об
 * избежании двойного налогообложения») and only the partner tells them apart: inside its «между …» clause, earlier in
 * the same sentence («Между Российской Федерацией и Федеративной Республикой Германия действует соглашение …»), or right
 * after it («… с Кипром»); never a partner named only in another sentence or after other words.
 */
const dttAliases = (partnerEn: string, partnerRu: string): { en: string[]; ru: string[] } => ({
  en: [
    String.raw`(?:${partnerEn})\s?[-–]\s?Russia(?:n Federation)? ${DTT_EN}`,
    String.raw`Russia(?:n Federation)?\s?[-–]\s?(?:${partnerEn}) ${DTT_EN}`,
    String.raw`${DTT_EN} between (?:the )?Russia(?:n Federation)? and (?:the )?(?:${partnerEn})`,
    String.raw`${DTT_EN} between (?:the )?(?:${partnerEn}) and (?:the )?Russia(?:n Federation)?`,
  ],
  ru: [
    String.raw`${DTT_KIND_RU} между [^.;()]{0,200}?(?:${partnerRu})[^.;()]{0,120}? ${DTT_WORDS_RU}`,
    String.raw`${DTT_KIND_RU} ${DTT_WORDS_RU}(?:(?<=(?:${partnerRu})[^.\n]{0,150})|(?=[^.\n]{0,60}?\s(?:с|со)\s(?:${partnerRu})))`,
  ],
});

/** Russia named in the paragraph before or after (for a nickname other states' laws share: "the second anti-piracy law"). */
const RUSSIA_IN_SENTENCE = String.raw`(?:(?<=(?:Russia|Росси|РФ|Duma|Kremlin)[^\n]{0,400})|(?=[^\n]{0,400}(?:Russia|Росси|РФ|Duma|Kremlin)))`;
/**
 * Russia (or its patent office, its media regulator, its capital) within about a page before or after, across lines: for
 * a short title that is generic but not a press nickname ("the Pharmaceutical Law", "the Patent Attorneys Law"), which a
 * text on Russian law uses far from the paragraph that names the country.
 */
const RUSSIA_NEAR = String.raw`(?:(?<=(?:Russia|Росси|РФ|Duma|Kremlin|Rospatent|Roskomnadzor|Moscow)[\s\S]{0,3000})|(?=[\s\S]{0,3000}(?:Russia|Росси|РФ|Duma|Kremlin|Rospatent|Roskomnadzor|Moscow)))`;
/** "Российской Федерации" / "РФ" after a Russian code's name. */
const RF_RU = String.raw`(?: Российской Федерации| РФ)?`;
/** "of the Russian Federation" / "of the RF" after an English name. */
// never another state's code ("the Tax Code of Ukraine", "the Labour Code of the Republic of Kazakhstan")
const RF_EN = String.raw`(?: of (?:the )?(?:Russian Federation|RF|Russia)(?![\w-]))?(?! of (?:the )?(?:Republic of )?(?:Ukraine|Belarus|Kazakhstan|Armenia|Kyrgyzstan|Kyrgyz Republic|Uzbekistan|Tajikistan|Azerbaijan|Georgia|Moldova|Latvia|Lithuania|Estonia|France|Germany|China|the PRC|Japan)(?![\w-]))`;
/** "Russian Federation Civil Code", "RF Civil Code", "Russian Civil Code", "the Russian Federation's Civil Code" before an English code's name. */
const RF_PRE_EN = String.raw`(?:Russian Federation(?:['’]s)? |Russian |RF )?`;
/** "Law of the Russian Federation" / "Federal Law" / "the Law" before a quoted English title. */
/** An act's date as English texts write it between the act and its title or number (alias syntax): "July 29, 2004", "16th November 2020", "29.07.2004". */
export const ACT_DATE_EN = String.raw`(?:[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4}|\d{1,2}\.\d{1,2}\.\d{4})`;
/** The same in Russian: "29.07.2004", "26 июля 2006". */
export const ACT_DATE_RU = String.raw`(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2} [а-яё]+ \d{4})`;
/** A law's date between "Law" and its title ("Federal Law of July 29, 2004 on Commercial Secrecy", "Law dated 29.07.2004"). */
const LAW_DATE_EN = String.raw`(?:,? (?:dated |of )?${ACT_DATE_EN},?)?`;
// "Laws" only right before a quoted title ("the Federal Laws "On Commercial Secrets" and …"): unquoted, "the laws of the Russian
// Federation on commercial secrecy" is legislation at large, not one act
/** "Law" words before an English title; `federal`: the words that may say what kind of law (federal, constitutional). */
const lawWordsEn = (federal: string): string =>
  String.raw`(?:(?:Russian )?${federal}(?:Law|Laws(?= (?:of (?:the )?(?:Russian Federation|RF) )?"))(?: of (?:the )?(?:Russian Federation|RF))?${LAW_DATE_EN} )`;
const LAW_EN = lawWordsEn('(?:Federal )?');
/** "Federal Law" only: before an unquoted title other states' laws share ("Federal Law on Technical Regulation"). */
const FED_LAW_EN = lawWordsEn('Federal ');
/** The same for a federal constitutional law ("the Federal Constitutional Law "On Arbitrazh Courts …""). */
const FKZ_LAW_EN = lawWordsEn('(?:Federal (?:Constitutional )?)?');
/** Words before a press name that make it another law ("второй антипиратский закон", "новый антипиратский закон"). */
const NOT_ANOTHER_RU = String.raw`(?<!(?:втор|нов|бессрочн|вечн|расширенн|обновл[её]нн|очередн|друг|ещ[её] одн)[а-яё]{0,4}\s)`;
/** "Федеральный закон" / "Закон РФ" before a quoted Russian title (any case). */
/** A law's date between "закон" and its title ("Федеральный закон от 29.07.2004 "О коммерческой тайне""). */
const LAW_DATE_RU = String.raw`(?: от ${ACT_DATE_RU}(?: ?г\.| года)?,?)?`;
// («ФЗ РФ «О персональных данных»», as offers and policies write it)
const LAW_RU = String.raw`(?:(?:Федеральн~ )?[Зз]акон~(?: Российской Федерации| РФ)?${LAW_DATE_RU}|(?<![-\d])ФЗ(?: РФ)?) `;

/** A code's abbreviation in lower case counts only right after an article's number («статье 1229 гк», «ст.146 ук»): alone, «ук» is as often a management company. */
const AFTER_NUMBER = String.raw`(?<=\d[.,]?\s?)`;

/**
 * A federal law (or federal constitutional law) registered by its number, date and title in both languages: its names
 * as the registry writes them, its quoted titles read by worded-titles.ts, `aliases` for any other name, and `names`
 * for nicknames other states' laws may share (read only in a sentence on no other state).
 */
function law(
  number: string, year: string, dateEn: string, dateRu: string, titleEn: string, titleRu: string, partLabel: 'п.' | 'ч.',
  aliases: { en: string[]; ru: string[] } = { en: [], ru: [] }, series: 'fz' | 'fkz' = 'fz',
  names?: { en: string[]; ru: string[] },
): InstrumentDef {
  const fkz = series === 'fkz';
  const sign = fkz ? 'FKZ' : 'FZ';
  const topic = titleEn.replace(/^the /u, '').replace(/\s*\(.*\)$/u, '');
  return {
    id: `ru-fl-${number}-${series}-${year}`, kind: 'law', unit: 'article', partLabel, law: { number, year, series },
    name: {
      en: `Federal ${fkz ? 'Constitutional ' : ''}Law No. ${number}-${sign} of ${dateEn} on ${titleEn}`,
      ru: `Федеральный ${fkz ? 'конституционный ' : ''}закон от ${dateRu} № ${number}-${fkz ? 'ФКЗ' : 'ФЗ'} "${titleRu}"`,
    },
    short: { en: `Law on ${topic}`, ru: `Федеральный закон № ${number}-${fkz ? 'ФКЗ' : 'ФЗ'} (${year})` },
    // (a federal constitutional law's title after its own words, which the federal laws' patterns do not read)
    aliases: fkz ? { en: aliases.en, ru: [...aliases.ru, String.raw`(?:Федеральн~ конституционн~ закон~|(?<![\d-])ФКЗ)${LAW_DATE_RU} "${titleRu}"`] } : aliases,
    ...(names ? { names } : {}),
  };
}

/** The EAEU Treaty's numbered annexes that no def of their own names ("Annex 22 to the Treaty on the EAEU", «приложение № 1 к Договору о ЕАЭС»): each keyed 'eaeu-treaty-annex-<n>', its items as its articles. */
function eaeuTreatyAnnexes(named: readonly number[]): InstrumentDef[] {
  const out: InstrumentDef[] = [];
  for (let n = 1; n <= 33; n++) {
    if (named.includes(n)) continue;
    out.push({
      id: `eaeu-treaty-annex-${n}`, kind: 'treaty', unit: 'article', itemsAreArticles: true,
      name: { en: `Annex ${n} to the Treaty on the Eurasian Economic Union`, ru: `Приложение № ${n} к Договору о Евразийском экономическом союзе` },
      short: { en: `EAEU Treaty, Annex ${n}`, ru: `приложение № ${n} к Договору о ЕАЭС` },
      aliases: {
        en: [String.raw`(?:Annex|Appendix|annex|appendix) (?:No\.? ?)?${n} (?:to|of) the (?:Treaty|Agreement) (?:on|of) (?:the )?(?:Eurasian Economic Union|EAEU|EEU)`],
        ru: [String.raw`[Пп]риложени~ (?:№ ?|N ?)?${n} к Договору о (?:Евразийском экономическом союзе|ЕАЭС)`],
      },
    });
  }
  return out;
}

export const INSTRUMENT_DEFS: readonly InstrumentDef[] = [
  {
    id: 'ru-civil-code', kind: 'code', unit: 'article', partLabel: 'п.', maxArticle: 1551, chapters: 77, sections: 7,
    // Part IV's inserted articles (35-FZ of 2014 and later; the shipped text as amended to 13.06.2023 has all but 1252.1)
    insertedArticles: ['1231.1', '1240.1', '1244.1', '1252.1', '1253.1', '1286.1', '1308.1', '1335.1', '1358.1', '1360.1', '1406.1', '1457.1', '1522.1'],
    insertedArticlesFrom: 1225,
    codeParts: 4,
    enactedBy: [{ number: '51', year: '1994' }, { number: '14', year: '1996' }, { number: '146', year: '2001' }, { number: '230', year: '2006' }],
    name: { en: 'Civil Code of the Russian Federation', ru: 'Гражданский кодекс Российской Федерации' },
    short: { en: 'Civil Code', ru: 'ГК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      // "Article 1229 of the Civil Code", "Part IV of the Russian Civil Code", "the Civil Code, Part IV", "RF Civil Code"
      en: [String.raw`(?:Part (?:IV|4|Four) of (?:the )?)?${RF_PRE_EN}Civil Code${RF_EN}(?:,? Part (?:IV|4|Four)(?![\w]))?`],
      ru: [String.raw`(?:част~ четверт~ )?Гражданск~ кодекс~${RF_RU}`],
    },
    // "Art. 1252(5) CC RF", "ГК РФ", "ГК"
    // ("Гк рф статья 1231": a page title in title case)
    abbreviations: [String.raw`ГК(?: РФ)?`, String.raw`[гГ]к (?:рф|РФ)`, String.raw`${AFTER_NUMBER}гк`, 'CC RF', 'RF CC', 'CCRF', 'RFCC', 'GK RF'],
  },
  {
    id: 'ru-admin-code', kind: 'code', unit: 'article', partLabel: 'ч.', chapterArticles: 32, chapters: 32, sections: 5,
    enactedBy: [{ number: '195', year: '2001' }],
    name: { en: 'Code of Administrative Offences of the Russian Federation', ru: 'Кодекс Российской Федерации об административных правонарушениях' },
    short: { en: 'Administrative Code', ru: 'КоАП РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      en: [
        String.raw`${RF_PRE_EN}Administrative Code${RF_EN}`,
        // "Code of Administrative Offences", "Russian Federation Code of Administrative Offences", "RF Code on Administrative Offenses"
        String.raw`(?:Russian (?:Federation )?|RF )?Code (?:of (?:the )?(?:Russian Federation|RF) )?(?:of|on) Administrative (?:Offen[cs]es|Violations|Penalties)${RF_EN}`,
        // "Russia’s Administrative Offense Code", "the Administrative Offences Code"
        String.raw`Administrative Offen[cs]es? Code`,
      ],
      ru: [String.raw`Кодекс~ (?:Российской Федерации|РФ) об административных правонарушениях`, String.raw`Кодекс~ об административных правонарушениях${RF_RU}`],
    },
    // "КоАП РФ", "CAO", "RF CAO", "CoAO RF"
    abbreviations: [String.raw`(?:КоАП|КОАП|коап)(?: РФ| рф)?`, String.raw`(?:RF )?(?:CAO|CoAO)(?: RF)?`, String.raw`KoAP(?: RF)?`],
  },
  {
    id: 'ru-criminal-code', kind: 'code', unit: 'article', chapters: 34, sections: 12, partLabel: 'ч.', predecessor: { id: 'ru-rsfsr-criminal-code', until: '1997-01-01' },
    enactedBy: [{ number: '63', year: '1996' }],
    name: { en: 'Criminal Code of the Russian Federation', ru: 'Уголовный кодекс Российской Федерации' },
    short: { en: 'Criminal Code', ru: 'УК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      en: [String.raw`${RF_PRE_EN}Criminal Code${RF_EN}`],
      ru: [String.raw`Уголовн~ кодекс~${RF_RU}`],
    },
    abbreviations: [String.raw`УК(?: РФ)?`, String.raw`[уУ]к (?:рф|РФ)`, String.raw`${AFTER_NUMBER}ук`, 'UK RF', 'CrC RF', 'RF CrC'],
    // "the Russian Penal Code", "Russia has just amended its Penal Code" (a translator's word for it, in a text on Russia)
    names: { en: [String.raw`(?:Russian (?:Federation(?:['’]s)? )?|Russia['’]s |RF )?Penal Code(?: of (?:the )?(?:Russian Federation|RF))?${RUSSIA_IN_SENTENCE}`] },
  },
  {
    id: 'ru-rsfsr-criminal-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    name: { en: 'Criminal Code of the RSFSR (1960)', ru: 'Уголовный кодекс РСФСР' },
    short: { en: 'RSFSR Criminal Code', ru: 'УК РСФСР' },
    noun: { en: 'Code', ru: 'Кодекс' },
    // "ст. 141 УК РСФСР": a longer name than "УК", so it wins over the Russian Federation's code
    aliases: { en: [String.raw`(?:RSFSR Criminal Code|Criminal Code of the RSFSR)`], ru: [String.raw`Уголовн~ кодекс~ РСФСР`] },
    abbreviations: ['УК РСФСР'],
  },
  {
    // the Soviet republic's codes of 1964, in force until the Civil Code's parts replaced them (1995-2008)
    id: 'ru-rsfsr-civil-code', kind: 'code', unit: 'article', partLabel: 'п.',
    name: { en: 'Civil Code of the RSFSR (1964)', ru: 'Гражданский кодекс РСФСР' },
    short: { en: 'RSFSR Civil Code', ru: 'ГК РСФСР' },
    noun: { en: 'Code', ru: 'Кодекс' },
    // ("the 1964 Civil Code", «Гражданский кодекс 1964 года»: the RSFSR's, by its year)
    // ("the Civil Code of the Russian Federation of 1964", a translation giving the RSFSR's code the country's later name)
    aliases: { en: [String.raw`(?:RSFSR Civil Code|Civil Code of the RSFSR|1964 (?:RSFSR )?Civil Code|Civil Code(?: of (?:the )?(?:Russian Federation|RF|Russia))? of 1964)`], ru: [String.raw`Гражданск~ кодекс~ (?:РСФСР|(?:Российской Федерации |РФ )?1964 года)`] },
    abbreviations: ['ГК РСФСР'],
  },
  {
    id: 'ru-rsfsr-civil-procedure-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    name: { en: 'Civil Procedure Code of the RSFSR (1964)', ru: 'Гражданский процессуальный кодекс РСФСР' },
    short: { en: 'RSFSR Civil Procedure Code', ru: 'ГПК РСФСР' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: { en: [String.raw`(?:RSFSR Civil Procedur(?:e|al) Code|Civil Procedur(?:e|al) Code of the RSFSR)`], ru: [String.raw`Гражданск~ процессуальн~ кодекс~ РСФСР`] },
    abbreviations: ['ГПК РСФСР'],
  },
  {
    // the 1960 Code the 2001 one replaced on 1 July 2002 ("code of criminal procedure of the RSFSR", «УПК РСФСР»); a text
    // written before the new Code was signed (18 December 2001) means it by "Criminal Procedure Code"
    id: 'ru-rsfsr-criminal-procedure-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    name: { en: 'Criminal Procedure Code of the RSFSR (1960)', ru: 'Уголовно-процессуальный кодекс РСФСР' },
    short: { en: 'RSFSR Criminal Procedure Code', ru: 'УПК РСФСР' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      en: [String.raw`(?:RSFSR Criminal Procedur(?:e|al) Code|Criminal Procedur(?:e|al) Code of the RSFSR|[Cc]ode [Oo]f [Cc]riminal [Pp]rocedure [Oo]f [Tt]he (?:RSFSR|Rsfsr))`],
      ru: [String.raw`Уголовно-процессуальн~ кодекс~ РСФСР`],
    },
    abbreviations: ['УПК РСФСР'],
  },
  {
    id: 'ru-criminal-procedure-code', kind: 'code', unit: 'article', chapters: 57, partLabel: 'ч.', predecessor: { id: 'ru-rsfsr-criminal-procedure-code', until: '2001-12-18' },
    enactedBy: [{ number: '174', year: '2001' }],
    name: { en: 'Criminal Procedure Code of the Russian Federation', ru: 'Уголовно-процессуальный кодекс Российской Федерации' },
    short: { en: 'Criminal Procedure Code', ru: 'УПК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      en: [String.raw`(?:Russian |RF )?Criminal Procedur(?:e|al) Code${RF_EN}`, String.raw`Code of Criminal Procedure${RF_EN}`],
      ru: [String.raw`Уголовно-процессуальн~ кодекс~${RF_RU}`],
    },
    abbreviations: [String.raw`УПК(?: РФ)?`, String.raw`упк (?:рф|РФ)`, String.raw`${AFTER_NUMBER}упк`, 'UPK RF'],
  },
  {
    id: 'ru-civil-procedure-code', kind: 'code', unit: 'article', chapters: 47, partLabel: 'ч.',
    enactedBy: [{ number: '138', year: '2002' }],
    name: { en: 'Civil Procedure Code of the Russian Federation', ru: 'Гражданский процессуальный кодекс Российской Федерации' },
    short: { en: 'Civil Procedure Code', ru: 'ГПК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      en: [String.raw`(?:Russian |RF )?Civil Procedur(?:e|al) Code${RF_EN}`, String.raw`Code of Civil Procedure${RF_EN}`],
      ru: [String.raw`Гражданск~ процессуальн~ кодекс~${RF_RU}`],
    },
    // "Article 26 of the CPC RF" (with "RF": a bare "CPC" is also the Criminal Procedure Code's)
    abbreviations: [String.raw`ГПК(?: РФ)?`, String.raw`гпк (?:рф|РФ)`, String.raw`${AFTER_NUMBER}гпк`, 'CPC RF', 'RF CPC', 'GPK RF'],
  },
  {
    id: 'ru-arbitrazh-procedure-code', kind: 'code', unit: 'article', chapters: 37, partLabel: 'ч.',
    enactedBy: [{ number: '95', year: '2002' }],
    name: { en: 'Arbitrazh Procedure Code of the Russian Federation', ru: 'Арбитражный процессуальный кодекс Российской Федерации' },
    short: { en: 'Arbitrazh Procedure Code', ru: 'АПК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      // "the Arbitrazh (Commercial) Procedure Code", "Commercial Procedure Code"
      en: [
        // ("the Russian Commercial (Arbitrazh) Procedure Code": the two words the other way round)
        String.raw`(?:Russian )?(?:(?:Arbitrazh|Arbitration|Arbitrage)(?: \(Commercial\))?|Commercial(?: \((?:Arbitrazh|Arbitration)\))?) Procedur(?:e|al) Code${RF_EN}`,
        String.raw`Code of (?:Arbitrazh|Arbitration) Procedure${RF_EN}`,
        // "article 28 of the Arbitration Code of the Russian Federation" (a loose translation of АПК: only with the
        // country, as "Arbitration Code" alone names other states' codes), "the Arbitrazh Code"
        String.raw`(?:Russian |RF )?Arbitration Code of (?:the )?(?:Russian Federation|RF)`,
        String.raw`(?:Russian |RF )Arbitration Code`,
        String.raw`(?:Russian |RF )?Arbitrazh Code${RF_EN}`,
      ],
      ru: [String.raw`Арбитражн~ процессуальн~ кодекс~${RF_RU}`],
    },
    abbreviations: [String.raw`АПК(?: РФ)?`, String.raw`апк (?:рф|РФ)`, String.raw`${AFTER_NUMBER}апк`, String.raw`(?:RF )?APC(?: RF)?`, 'APK RF'],
  },
  {
    id: 'ru-customs-code', kind: 'code', unit: 'article', partLabel: 'п.',
    // the Customs Code of 2003, enacted by Federal Law of 28 May 2003 No. 61-FZ ("The Customs Code (61-FZ) of May 28 2003")
    enactedBy: [{ number: '61', year: '2003' }],
    name: { en: 'Customs Code', ru: 'Таможенный кодекс' },
    short: { en: 'Customs Code', ru: 'Таможенный кодекс' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      // "Customs Code of the Customs Union" and the EAEU's are their own instruments (below)
      en: [String.raw`(?:Russian )?Customs Code(?: of (?:the )?(?:Russian Federation|RF))?(?! of (?:the )?(?:Customs Union|Eurasian|EAEU|EEU))`],
      ru: [String.raw`Таможенн~ кодекс~(?: Российской Федерации| РФ)?(?! (?:Таможенного союза|Евразийского|ЕАЭС|ТС))`],
    },
  },
  {
    id: 'cu-customs-code-2009', kind: 'code', unit: 'article',
    name: { en: 'Customs Code of the Customs Union (annex to the Treaty of 27 November 2009)', ru: 'Таможенный кодекс Таможенного союза (приложение к Договору от 27 ноября 2009 г.)' },
    short: { en: 'Customs Union Customs Code', ru: 'ТК ТС' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      en: [String.raw`Customs Code of the Customs Union`, String.raw`(?:Customs Union|CU) Customs Code`],
      ru: [String.raw`Таможенн~ кодекс~ Таможенного союза`],
    },
    abbreviations: ['ТК ТС'],
  },
  {
    // the Treaty that adopted the Customs Union's Code (Minsk, 27 November 2009), not the Code itself
    id: 'cu-customs-code-treaty-2009', kind: 'treaty', unit: 'article',
    name: { en: 'Treaty on the Customs Code of the Customs Union (27 November 2009)', ru: 'Договор о Таможенном кодексе Таможенного союза (27 ноября 2009 г.)' },
    short: { en: 'Treaty on the CU Customs Code', ru: 'Договор о ТК ТС' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      // ("the Agreement on the Customs Code of the Customs Union", a machine translation's "Contract about the Customs code")
      en: [String.raw`(?:Treaty|Agreement|Contract) (?:on|about) the Customs [Cc]ode(?: of the Customs Union)?`],
      ru: [String.raw`Договор~ о Таможенном кодексе(?: Таможенного союза)?`],
    },
  },
  {
    id: 'eaeu-customs-code-2017', kind: 'code', unit: 'article',
    name: { en: 'Customs Code of the Eurasian Economic Union (Treaty of 11 April 2017)', ru: 'Таможенный кодекс Евразийского экономического союза (Договор от 11 апреля 2017 г.)' },
    short: { en: 'EAEU Customs Code', ru: 'ТК ЕАЭС' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      en: [String.raw`Customs Code of the (?:Eurasian Economic Union|EAEU|EEU)`, String.raw`(?:EAEU|EEU|Eurasian Economic Union|Eurasian) Customs Code`],
      ru: [String.raw`Таможенн~ кодекс~ (?:Евразийского экономического союза|ЕАЭС)`],
    },
    abbreviations: ['ТК ЕАЭС'],
  },
  {
    id: 'ru-tax-code', kind: 'code', unit: 'article', chapters: 34, sections: 10, partLabel: 'п.',
    enactedBy: [{ number: '146', year: '1998' }, { number: '117', year: '2000' }],
    name: { en: 'Tax Code of the Russian Federation', ru: 'Налоговый кодекс Российской Федерации' },
    short: { en: 'Tax Code', ru: 'НК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: { en: [String.raw`${RF_PRE_EN}Tax Code${RF_EN}`], ru: [String.raw`Налогов~ кодекс~${RF_RU}`] },
    abbreviations: [String.raw`НК(?: РФ)?`, String.raw`нк (?:рф|РФ)`, String.raw`${AFTER_NUMBER}нк`, 'TC RF', 'RF TC', 'RFTC', 'NK RF'],
  },
  {
    id: 'ru-labor-code', kind: 'code', unit: 'article', chapters: 62, partLabel: 'ч.',
    enactedBy: [{ number: '197', year: '2001' }],
    name: { en: 'Labour Code of the Russian Federation', ru: 'Трудовой кодекс Российской Федерации' },
    short: { en: 'Labour Code', ru: 'ТК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    // "Labor Code", "the Russian Labour Code", "Трудового кодекса РФ"; "ТК" alone is also the customs codes' (ТК ТС, ТК ЕАЭС)
    aliases: { en: [String.raw`${RF_PRE_EN}Labou?r Code${RF_EN}`], ru: [String.raw`Трудов~ кодекс~${RF_RU}`] },
    abbreviations: [String.raw`ТК (?:РФ|рф)`, 'LC RF', 'RF LC'],
  },
  {
    id: 'ru-family-code', kind: 'code', unit: 'article', partLabel: 'п.',
    enactedBy: [{ number: '223', year: '1995' }],
    name: { en: 'Family Code of the Russian Federation', ru: 'Семейный кодекс Российской Федерации' },
    short: { en: 'Family Code', ru: 'СК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: { en: [String.raw`${RF_PRE_EN}Family Code${RF_EN}`], ru: [String.raw`Семейн~ кодекс~${RF_RU}`] },
    abbreviations: [String.raw`СК (?:РФ|рф)`],
  },
  {
    id: 'ru-housing-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    enactedBy: [{ number: '188', year: '2004' }],
    name: { en: 'Housing Code of the Russian Federation', ru: 'Жилищный кодекс Российской Федерации' },
    short: { en: 'Housing Code', ru: 'ЖК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: { en: [String.raw`${RF_PRE_EN}Housing Code${RF_EN}`], ru: [String.raw`Жилищн~ кодекс~${RF_RU}`] },
    abbreviations: [String.raw`ЖК (?:РФ|рф)`],
  },
  {
    id: 'ru-land-code', kind: 'code', unit: 'article', partLabel: 'п.',
    enactedBy: [{ number: '136', year: '2001' }],
    name: { en: 'Land Code of the Russian Federation', ru: 'Земельный кодекс Российской Федерации' },
    short: { en: 'Land Code', ru: 'ЗК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: { en: [String.raw`${RF_PRE_EN}Land Code${RF_EN}`], ru: [String.raw`Земельн~ кодекс~${RF_RU}`] },
    abbreviations: [String.raw`ЗК (?:РФ|рф)`],
  },
  {
    // the Code of Administrative Court Procedure (2015), not the arbitrazh procedure code (АПК) nor the КоАП
    id: 'ru-admin-procedure-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    enactedBy: [{ number: '21', year: '2015' }],
    name: { en: 'Code of Administrative Court Procedure of the Russian Federation', ru: 'Кодекс административного судопроизводства Российской Федерации' },
    short: { en: 'Code of Administrative Procedure', ru: 'КАС РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      // "Code of Administrative Procedure", "Code of Administrative Court Procedure", "Code of Administrative Judicial Proceedings"
      // ("Administrative Procedure Code" is also a loose translation of АПК before 2015: a dated name, below)
      en: [String.raw`(?:Russian (?:Federation )?|RF )?Code of Administrative (?:Court |Judicial )?(?:Procedure|Proceedings)${RF_EN}`],
      ru: [String.raw`Кодекс~ административного судопроизводства${RF_RU}`],
    },
    abbreviations: [String.raw`КАС(?: РФ| рф)?`, 'CAP RF', 'RF CAP', 'CAJP RF'],
  },
  // Breadth from general knowledge (not from any text): the other current codes of the Russian Federation, both languages.
  {
    id: 'ru-budget-code', kind: 'code', unit: 'article', partLabel: 'п.',
    enactedBy: [{ number: '145', year: '1998' }],
    name: { en: 'Budget Code of the Russian Federation', ru: 'Бюджетный кодекс Российской Федерации' },
    short: { en: 'Budget Code', ru: 'БК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: { en: [String.raw`${RF_PRE_EN}Budget(?:ary)? Code${RF_EN}`], ru: [String.raw`Бюджетн~ кодекс~${RF_RU}`] },
    abbreviations: [String.raw`БК (?:РФ|рф)`],
  },
  {
    id: 'ru-water-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    enactedBy: [{ number: '74', year: '2006' }],
    name: { en: 'Water Code of the Russian Federation', ru: 'Водный кодекс Российской Федерации' },
    short: { en: 'Water Code', ru: 'ВК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: { en: [String.raw`${RF_PRE_EN}Water Code${RF_EN}`], ru: [String.raw`Водн~ кодекс~${RF_RU}`] },
    abbreviations: [String.raw`ВК (?:РФ|рф)`],
  },
  {
    id: 'ru-forest-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    enactedBy: [{ number: '200', year: '2006' }],
    name: { en: 'Forest Code of the Russian Federation', ru: 'Лесной кодекс Российской Федерации' },
    short: { en: 'Forest Code', ru: 'ЛК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: { en: [String.raw`${RF_PRE_EN}Forest(?:ry)? Code${RF_EN}`], ru: [String.raw`Лесн~ кодекс~${RF_RU}`] },
    abbreviations: [String.raw`ЛК (?:РФ|рф)`],
  },
  {
    id: 'ru-town-planning-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    enactedBy: [{ number: '190', year: '2004' }],
    name: { en: 'Town Planning Code of the Russian Federation', ru: 'Градостроительный кодекс Российской Федерации' },
    short: { en: 'Town Planning Code', ru: 'ГрК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    // "Town Planning Code", "Urban Planning Code", "Urban Development Code"
    aliases: { en: [String.raw`${RF_PRE_EN}(?:Town[- ]Planning|Urban (?:Planning|Development)) Code${RF_EN}`], ru: [String.raw`Градостроительн~ кодекс~${RF_RU}`] },
    abbreviations: [String.raw`Гр[Кк](?: РФ| рф)?`, String.raw`ГРК (?:РФ|рф)`],
  },
  {
    id: 'ru-air-code', kind: 'code', unit: 'article', partLabel: 'п.',
    enactedBy: [{ number: '60', year: '1997' }],
    name: { en: 'Air Code of the Russian Federation', ru: 'Воздушный кодекс Российской Федерации' },
    short: { en: 'Air Code', ru: 'ВзК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: { en: [String.raw`${RF_PRE_EN}Air Code${RF_EN}`], ru: [String.raw`Воздушн~ кодекс~${RF_RU}`] },
    abbreviations: [String.raw`ВзК(?: РФ| рф)?`, 'ВЗК РФ'],
  },
  {
    id: 'ru-merchant-shipping-code', kind: 'code', unit: 'article', partLabel: 'п.',
    enactedBy: [{ number: '81', year: '1999' }],
    name: { en: 'Merchant Shipping Code of the Russian Federation', ru: 'Кодекс торгового мореплавания Российской Федерации' },
    short: { en: 'Merchant Shipping Code', ru: 'КТМ РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: { en: [String.raw`${RF_PRE_EN}Merchant Shipping Code${RF_EN}`, String.raw`Code of Merchant Shipping${RF_EN}`], ru: [String.raw`Кодекс~ торгового мореплавания${RF_RU}`] },
    abbreviations: [String.raw`КТМ(?: РФ| рф)?`],
  },
  {
    id: 'ru-penal-enforcement-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    enactedBy: [{ number: '1', year: '1997' }],
    name: { en: 'Penal Enforcement Code of the Russian Federation', ru: 'Уголовно-исполнительный кодекс Российской Федерации' },
    short: { en: 'Penal Enforcement Code', ru: 'УИК РФ' },
    noun: { en: 'Code', ru: 'Кодекс' },
    aliases: {
      en: [String.raw`${RF_PRE_EN}(?:Penal (?:Enforcement|Execution)|Criminal[- ]Executive) Code${RF_EN}`],
      ru: [String.raw`Уголовно-исполнительн~ кодекс~${RF_RU}`],
    },
    abbreviations: [String.raw`УИК(?: РФ| рф)?`],
  },
  {
    // (137 articles; the 2020 amendments inserted 67.1, 75.1, 79.1 and 92.1)
    id: 'ru-constitution', kind: 'law', unit: 'article', partLabel: 'ч.', maxArticle: 137, insertedArticles: ['67.1', '75.1', '79.1', '92.1'],
    name: { en: 'Constitution of the Russian Federation', ru: 'Конституция Российской Федерации' },
    short: { en: 'Constitution', ru: 'Конституция РФ' },
    aliases: {
      // "Constitution of Russia", "Russian Federation Constitution", "RF Constitution"
      // (a footnote's figure may stick to it: "the 1993 Constitution of the Russian Federation4")
      en: [String.raw`Constitution of (?:the )?(?:Russian Federation|RF|Russia)(?![A-Za-z_-])`, String.raw`(?:Russian Federation(?:['’]s)?|Russian|RF) Constitution`],
      ru: [String.raw`Конституци~ (?:Российской Федерации|РФ)`],
    },
    // («ч. 2 ст. 23 КРФ», as lecture notes write it; never «КРФ об АП», the Code of Administrative Offences)
    abbreviations: [String.raw`КРФ(?!\s*[-(]?\s*(?:об|о\s|АП))`],
  },
  {
    id: 'wto-wpr-rus', kind: 'report', unit: 'paragraph',
    name: {
      en: 'Report of the Working Party on the Accession of the Russian Federation to the WTO',
      ru: 'Доклад Рабочей группы по присоединению Российской Федерации к ВТО',
    },
    short: { en: 'Working Party Report', ru: 'Доклад Рабочей группы' },
    aliases: {
      // "in the Working Party Report (paragraph\n1339)", "WTO Working Party Report (and U.S.-Russia IPR Agreement)"
      en: [
        String.raw`(?:WTO )?Working Party Report(?: on (?:the )?Accession of (?:the )?Russian Federation)?`,
        String.raw`Report of the Working Party on (?:the )?Accession of (?:the )?Russian Federation(?: to the (?:WTO|World Trade Organization))?`,
        // "paragraph 1339 of the Report of the Working Party" (not another country's: "on the Accession of Viet Nam")
        String.raw`Report of the Working Party(?! on (?:the )?Accession)`,
      ],
      // "пункт 1339 Доклада Рабочей группы", "Доклада Рабочей группы по присоединению России к ВТО"
      ru: [String.raw`Доклад~ Рабочей группы(?: по присоединению (?:Российской Федерации|России) к (?:ВТО|Всемирной торговой организации))?`],
    },
    // "WT/ACC/RUS/70, para. 1339" (the report's WTO document symbol)
    // "paragraph 1339 of the WPR" (capitals only)
    // "ДРГ Российской Федерации" (Доклад Рабочей группы), as Russian WTO literature abbreviates it, with the country only
    abbreviations: [String.raw`WT/ACC/RUS/70`, 'WPR', String.raw`ДРГ (?:Российской Федерации|РФ)`],
  },
  {
    id: 'wto-agreement', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Marrakesh Agreement Establishing the World Trade Organization', ru: 'Марракешское соглашение об учреждении Всемирной торговой организации' },
    short: { en: 'WTO Agreement', ru: 'Соглашение о ВТО' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      // "the Marrakesh Agreement", "Марракешскому соглашению" (any case), with or without the rest of its name
      en: [String.raw`Marrake(?:sh|ch) Agreement(?: Establishing the (?:World Trade Organi[sz]ation|WTO))?`, String.raw`Agreement Establishing the (?:World Trade Organi[sz]ation|WTO)`],
      // (and its Final Act's name: "Приложения 1 Марракешского заключительного акта об учреждении ВТО")
      // («Соглашение о ВТО», its usual short name)
      ru: [String.raw`[Сс]оглашени~ о ВТО`, String.raw`Марракешск~ соглашени~(?: об учреждении (?:Всемирной торговой организации|ВТО))?`, String.raw`Марракешск~ заключительн~ акт~(?: об учреждении (?:Всемирной торговой организации|ВТО))?`, String.raw`[Сс]оглашени~ об учреждении (?:Всемирной торговой организации|ВТО)`],
    },
    names: { en: [String.raw`WTO Agreement`] },
    romanArticles: true,
  },
  {
    // GATT 1994 (Annex 1A), which incorporates GATT 1947's articles: "Article X of the General Agreement on Tariffs and
    // Trade (GATT) 1994", "GATT Article XX", "the GATT"; never "GATT 1947" itself
    id: 'wto-gatt-1994', kind: 'treaty', unit: 'article', romanArticles: true,
    name: { en: 'General Agreement on Tariffs and Trade 1994', ru: 'Генеральное соглашение по тарифам и торговле 1994 года' },
    short: { en: 'GATT 1994', ru: 'ГАТТ 1994' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`General Agreement on Tariffs and Trade(?: \(GATT\))?(?: 1994)?(?! 1947)`],
      ru: [String.raw`Генеральн~ соглашени~ по тарифам и торговле(?: \(ГАТТ\))?(?: 1994(?: года| г\.)?)?(?! 1947)`],
    },
    abbreviations: [String.raw`GATT(?: 1994)?(?! 1947)`, String.raw`ГАТТ(?: 1994)?(?! 1947)`],
  },
  {
    id: 'wto-gats', kind: 'treaty', unit: 'article', romanArticles: true,
    name: { en: 'General Agreement on Trade in Services', ru: 'Генеральное соглашение по торговле услугами' },
    short: { en: 'GATS', ru: 'ГАТС' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: { en: [String.raw`General Agreement on Trade in Services`], ru: [String.raw`Генеральн~ соглашени~ по торговле услугами`] },
    abbreviations: ['GATS', 'ГАТС'],
  },
  {
    // Russia's tax treaties that texts on royalties cite (withholding tax on licence fees, art. 12), each by its partner
    id: 'uk-ru-double-taxation-convention-1994', kind: 'treaty', unit: 'article',
    name: { en: 'Convention between the United Kingdom and the Russian Federation for the Avoidance of Double Taxation (15 February 1994)', ru: 'Конвенция между Соединенным Королевством и Российской Федерацией об избежании двойного налогообложения (15 февраля 1994 г.)' },
    short: { en: 'UK–Russia Double Taxation Convention', ru: 'Конвенция об избежании двойного налогообложения с Великобританией' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: dttAliases(String.raw`UK|U\.K\.|United Kingdom|Great Britain|Britain`, String.raw`Великобритани|Соединенн\p{L}* Королевств|Соединённ\p{L}* Королевств`),
  },
  {
    id: 'cy-ru-double-taxation-convention-1998', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement between the Russian Federation and the Republic of Cyprus for the Avoidance of Double Taxation (5 December 1998)', ru: 'Соглашение между Российской Федерацией и Республикой Кипр об избежании двойного налогообложения (5 декабря 1998 г.)' },
    short: { en: 'Cyprus–Russia Double Taxation Agreement', ru: 'Соглашение об избежании двойного налогообложения с Кипром' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: dttAliases('Cyprus', 'Кипр'),
  },
  {
    id: 'de-ru-double-taxation-convention-1996', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement between the Russian Federation and the Federal Republic of Germany for the Avoidance of Double Taxation (29 May 1996)', ru: 'Соглашение между Российской Федерацией и Федеративной Республикой Германия об избежании двойного налогообложения (29 мая 1996 г.)' },
    short: { en: 'Germany–Russia Double Taxation Agreement', ru: 'Соглашение об избежании двойного налогообложения с Германией' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: dttAliases('Germany|German|FRG', 'Германи|ФРГ'),
  },
  {
    // the WTO's Customs Valuation Agreement (Annex 1A), whose name holds GATT 1994's Article VII
    id: 'wto-customs-valuation-agreement', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Agreement on Implementation of Article VII of the General Agreement on Tariffs and Trade 1994', ru: 'Соглашение по применению статьи VII Генерального соглашения по тарифам и торговле 1994 года' },
    short: { en: 'Customs Valuation Agreement', ru: 'Соглашение по таможенной оценке' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Agreement on (?:the )?Implementation of Article VII of (?:the )?(?:General Agreement on Tariffs and Trade|GATT)(?: 1994)?`, String.raw`(?:WTO (?:Customs )?|Customs )Valuation Agreement(?! of the (?:Customs Union|EAEU|Eurasian))`, String.raw`(?:WTO )?Agreement on Customs Valuation(?! of the (?:Customs Union|EAEU|Eurasian))`],
      ru: [String.raw`Соглашени~ (?:по применению|о применении) статьи VII Генерального соглашения по тарифам и торговле(?: 1994 года)?`, String.raw`Соглашени~ (?:ВТО )?по таможенной оценке`],
    },
  },
  {
    id: 'wto-dsu', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Understanding on Rules and Procedures Governing the Settlement of Disputes', ru: 'Договоренность о правилах и процедурах, регулирующих разрешение споров' },
    short: { en: 'DSU', ru: 'ДРС' },
    noun: { en: 'Understanding', ru: 'Договоренность' },
    aliases: {
      en: [String.raw`Understanding on Rules and Procedures Governing the Settlement of Disputes`, String.raw`(?:WTO )?Dispute Settlement Understanding`],
      ru: [String.raw`Договоренност~ о правилах и процедурах,? регулирующих разрешение споров`],
    },
    abbreviations: ['DSU'],
  },
  {
    id: 'wto-tbt', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Agreement on Technical Barriers to Trade', ru: 'Соглашение по техническим барьерам в торговле' },
    short: { en: 'TBT Agreement', ru: 'Соглашение по ТБТ' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: { en: [String.raw`Agreement on Technical Barriers to Trade`], ru: [String.raw`Соглашени~ по техническим барьерам в торговле`] },
    abbreviations: [String.raw`(?:WTO )?TBT Agreement`],
  },
  {
    id: 'wto-sps', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Agreement on the Application of Sanitary and Phytosanitary Measures', ru: 'Соглашение по применению санитарных и фитосанитарных мер' },
    short: { en: 'SPS Agreement', ru: 'Соглашение по СФС' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: { en: [String.raw`Agreement on the Application of Sanitary and Phytosanitary Measures`], ru: [String.raw`Соглашени~ по применению санитарных и фитосанитарных мер`] },
    abbreviations: [String.raw`(?:WTO )?SPS Agreement`],
  },
  {
    // the plurilateral Information Technology Agreement (Singapore, 1996), which Russia joined on accession
    id: 'wto-ita', kind: 'treaty', unit: 'paragraph',
    name: { en: 'Ministerial Declaration on Trade in Information Technology Products (Information Technology Agreement, 1996)', ru: 'Соглашение по информационным технологиям (ВТО, 1996)' },
    short: { en: 'Information Technology Agreement', ru: 'Соглашение по информационным технологиям' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    // (never a contract of that name, "… dated 5 May 2020 between the Bank and IBM", nor the 2015 expansion, "ITA-2")
    aliases: { en: [String.raw`(?<![Ee]xpanded |[Ee]xpansion of the )(?:WTO )?Information Technology Agreement(?!,? (?:between|dated|of \d)| ?\(?(?:ITA-?2|II)\b)`], ru: [String.raw`Соглашени~ (?:ВТО )?по (?:торговле (?:продукцией )?)?информационн~ технологи~(?! между)`] },
  },
  {
    // the plurilateral Agreement on Government Procurement (1994, revised 2012), which Russia undertook to negotiate
    id: 'wto-gpa', kind: 'treaty', unit: 'article', romanArticles: true,
    name: { en: 'Agreement on Government Procurement (WTO)', ru: 'Соглашение по правительственным закупкам (ВТО)' },
    short: { en: 'GPA', ru: 'Соглашение по правительственным закупкам' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    // (never a bilateral one: "… between the EC and Switzerland", "the US–Israel Government Procurement Agreement")
    aliases: { en: [String.raw`(?<!(?:Israel|Switzerland|bilateral|EU|EC|US|U\.S\.)[- –]?)(?:WTO )?(?:Government Procurement Agreement|Agreement on Government Procurement)(?!,? (?:between|dated|of \d))`], ru: [String.raw`Соглашени~ (?:ВТО по (?:правительственн|государственн)~|по правительственн~) закупк~`] },
  },
  {
    // the 1947 GATT, written with its year (a bare "GATT" is the 1994 one, which incorporates it)
    id: 'gatt-1947', kind: 'treaty', unit: 'article', romanArticles: true,
    name: { en: 'General Agreement on Tariffs and Trade 1947', ru: 'Генеральное соглашение по тарифам и торговле 1947 года' },
    short: { en: 'GATT 1947', ru: 'ГАТТ 1947' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: { en: [String.raw`General Agreement on Tariffs and Trade(?:,? of)? 1947`, String.raw`GATT 1947`], ru: [String.raw`Генеральн~ соглашени~ по тарифам и торговле 1947 года`, String.raw`ГАТТ 1947`] },
  },
  {
    // The Protocol on the Accession of the Russian Federation (WT/L/839, 16 December 2011): a Marrakesh Agreement named
    // inside its title is a citation of its own
    // numbered in paragraphs ("paragraph 2 of the Protocol of Accession": Part I, paragraph 2)
    id: 'wto-protocol-rus', kind: 'treaty', unit: 'paragraph',
    name: { en: 'Protocol on the Accession of the Russian Federation to the Marrakesh Agreement Establishing the WTO', ru: 'Протокол о присоединении Российской Федерации к Марракешскому соглашению об учреждении ВТО' },
    short: { en: 'Accession Protocol', ru: 'Протокол о присоединении' },
    noun: { en: 'Protocol', ru: 'Протокол' },
    aliases: {
      // ("the WTO Accession Protocol", "the protocol on Russia's accession to the WTO / the Marrakesh Agreement" where the
      // text is on Russia's)
      en: [String.raw`Protocol (?:on|of) (?:the )?Accession of (?:the )?Russian Federation`, String.raw`(?:Russia['’]s|Russian) (?:WTO )?Accession Protocol`, String.raw`(?:Russia['’]s|Russian) Protocol (?:of|on) Accession`, String.raw`[Pp]rotocol \[?(?:on|of) Russia['’]s accession to the (?:WTO|World Trade Organi[sz]ation|Marrakesh Agreement)`],
      // another accession of Russia's ("к Конвенции ...") is not this one
      // («Протокол о вступлении России во Всемирную торговую организацию», the press's wording)
      ru: [String.raw`Протокол~ о присоединении (?:Российской Федерации|России)(?= к (?:Марракешск|[Сс]оглашени~ об учреждении|Всемирной торговой|ВТО))`, String.raw`Протокол~ о (?:вступлении|присоединении) (?:Российской Федерации|России) (?:во Всемирную торговую организацию|в ВТО|к ВТО)`],
    },
    abbreviations: [String.raw`WT/L/839`],
    // ("the protocol on accession to the WTO" in a sentence on Russia: its own, as the Constitutional Court's 2012 review
    // of it is reported)
    names: { en: [String.raw`WTO [Aa]ccession [Pp]rotocol${RUSSIA_IN_SENTENCE}`, String.raw`[Pp]rotocol (?:on|of) (?:the )?[Aa]ccession to (?:the )?(?:WTO|World Trade Organi[sz]ation)${RUSSIA_IN_SENTENCE}`] },
  },
  {
    // TRIPS Article 31bis (compulsory licences for export of medicines); in force 23 January 2017
    id: 'wto-trips-amendment-protocol-2005', kind: 'treaty', unit: 'article',
    name: { en: 'Protocol Amending the TRIPS Agreement (Geneva, 6 December 2005)', ru: 'Протокол о внесении изменений в Соглашение ТРИПС (Женева, 6 декабря 2005 г.)' },
    short: { en: 'TRIPS Amendment Protocol', ru: 'Протокол о внесении изменений в ТРИПС' },
    noun: { en: 'Protocol', ru: 'Протокол' },
    aliases: {
      en: [String.raw`[Pp]rotocol [Aa]mending the (?:TRIPS Agreement|Agreement on Trade[- ][Rr]elated [Aa]spects of (?:the )?[Ii]ntellectual [Pp]roperty [Rr]ights)`, String.raw`(?:TRIPS )?Amendment Protocol of (?:6 December|December 6,?) 2005`],
      // ("Протокол об изменении Соглашения по торговым аспектам прав интеллектуальной собственности")
      ru: [String.raw`[Пп]ротокол~ (?:о внесении изменени~ в Соглашение|об изменении Соглашения) (?:ТРИПС|по торговым аспектам прав (?:на )?интеллектуальн~ собственност~)`, String.raw`(?:Международн~ )?[Пп]ротокол~ от 6 декабря 2005 (?:г\.|года)`],
    },
  },
  {
    id: 'wto-trips', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Agreement on Trade-Related Aspects of Intellectual Property Rights', ru: 'Соглашение по торговым аспектам прав интеллектуальной собственности' },
    short: { en: 'TRIPS Agreement', ru: 'Соглашение ТРИПС' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      // "Agreement on Trade-Related Aspects of IP Rights", "Agreement on Trade Related Aspects of Intellectual Property"
      // and without "Aspects": "the Agreement on Trade-related Intellectual Property Rights (TRIPS)"
      // ("the Agreement on Trade Aspects of Intellectual Property Rights", a translation of «по торговым аспектам»)
      en: [String.raw`Agreement on Trade[- ]Related (?:Aspects of )?(?:Intellectual Property|IP)(?: Rights)?(?:,? [Ii]ncluding Trade in Counterfeit Goods)?`, String.raw`Agreement on (?:the )?Trade Aspects of Intellectual Property Rights`],
      ru: [String.raw`Соглашени~ (?:по торговым аспектам|о торговых аспектах) прав (?:на )?интеллектуальн~ собственност~`, String.raw`Соглашени~ ТРИПС`],
    },
    // "with its WTO TRIPS obligations", "inconsistent with the WTO TRIPS Agreement"
    // never the WTO body: "the Council for TRIPS", "TRIPS Council"
    // ("Article 39.3 of the GATT-TRIPS", as texts of the 1990s wrote it)
    // never a kind of treaty practice: "TRIPS-plus", "TRIPS+" («ТРИПС-плюс»; "TRIPS + WIPO", spaced, is both named)
    // ("the Trips Agreement", as a test's questions write it; never a bare "trips")
    abbreviations: [String.raw`(?<!Council for )(?:WTO |GATT(?:[-–/]| ))?TRIP[Ss](?: Agreement| AGREEMENT)?(?! Council)(?!\+(?![A-Z])|\s?[-–]\s?[Pp]lus\b)`, String.raw`ТРИПС(?!\+(?![А-ЯA-Z])|\s?[-–]\s?плюс)`, String.raw`(?<!(?!The )\p{Lu}\p{Ll}+ )(?:WTO )?Trips Agreement`],
  },
  {
    id: 'berne-convention', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Berne Convention for the Protection of Literary and Artistic Works', ru: 'Бернская конвенция об охране литературных и художественных произведений' },
    short: { en: 'Berne Convention', ru: 'Бернская конвенция' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      // ("the Bern Convention", as an abstract spells it)
      en: [String.raw`Bern(?:e)? Convention(?: for the Protection of Literary and Artistic Works)?(?! Cent(?:re|er))`],
      ru: [String.raw`Бернск~ конвенци~(?: об охране литературных и художественных произведений)?`],
    },
    keywords: { en: [['Berne?', 'convention', 'protection', 'literary', 'art(?:istic)?']] },
  },
  {
    id: 'universal-copyright-convention', kind: 'treaty', unit: 'article', romanArticles: true, dottedParagraphs: true,
    name: { en: 'Universal Copyright Convention (Geneva, 6 September 1952)', ru: 'Всемирная конвенция об авторском праве (Женева, 6 сентября 1952 г.)' },
    short: { en: 'Universal Copyright Convention', ru: 'Всемирная конвенция об авторском праве' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    // "Всемирная конвенция" alone is its usual short name ("к Всемирной конвенции присоединились"); "Univ. Copyright Convention"
    aliases: { en: [String.raw`Univ(?:ersal|\.) Copyright Convention`], ru: [String.raw`Всемирн~ конвенци~(?: об авторском праве|(?! (?:о|об|по|против|в области) ))`] },
    // "The world convention on copyright" (a translation of the Russian name)
    keywords: { en: [['(?:world|universal)', 'convention', 'copyright']] },
    abbreviations: ['UCC'],
  },
  {
    id: 'brussels-satellite-convention', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: {
      en: 'Convention relating to the Distribution of Programme-Carrying Signals Transmitted by Satellite (Brussels, 21 May 1974)',
      ru: 'Конвенция о распространении несущих программы сигналов, передаваемых через спутники (Брюссель, 21 мая 1974 г.)',
    },
    short: { en: 'Brussels Satellite Convention', ru: 'Брюссельская конвенция о спутниках' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [String.raw`Brussels (?:Satellite )?Convention`, String.raw`Convention (?:relating to|on) the Distribution of Programme-Carrying Signals Transmitted by Satellite`],
      ru: [String.raw`Брюссельск~ конвенци~`, String.raw`Конвенци~ о распространении несущих программы сигналов,? передаваемых через спутники`],
    },
    // "Convention relating to the Distribution of Programme-Carrying Signals ...", "The convention on distribution of the
    // signals bearing programs transmitted via satellites"
    keywords: {
      en: [['convention', 'distribution', 'signals', '(?:programs?|programmes?)', 'satellites?']],
      ru: [['конвенци~', 'распространени~', 'сигнал~', 'спутник~']],
    },
  },
  {
    id: 'paris-convention', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Paris Convention for the Protection of Industrial Property', ru: 'Парижская конвенция по охране промышленной собственности' },
    short: { en: 'Paris Convention', ru: 'Парижская конвенция' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [String.raw`Paris Convention(?: for the Protection of Industrial Property)?`],
      ru: [String.raw`Парижск~ конвенци~(?: по охране промышленной собственности)?`],
    },
  },
  {
    id: 'rome-convention', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: {
      en: 'International Convention for the Protection of Performers, Producers of Phonograms and Broadcasting Organizations',
      ru: 'Международная конвенция об охране прав исполнителей, изготовителей фонограмм и вещательных организаций',
    },
    short: { en: 'Rome Convention', ru: 'Римская конвенция' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [
        String.raw`(?:International )?Convention for the Protection of Performers,? Producers of Phonograms,? and Broadcasting Organi[sz]ations`,
        String.raw`Rome Convention`,
      ],
      // "изготовителей" (the official text) or "производителей" (as often written) of phonograms, "организаций эфирного вещания" 
      ru: [String.raw`(?:(?:Международн~|Римск~) )?[Кк]онвенци~ об охране (?:(?:прав|интересов) )?исполнителей, (?:изготовителей|производителей) фонограмм и (?:вещательных организаций|организаций эфирного вещания)`, String.raw`Римск~ конвенци~`],
    },
    // "The international convention about protection of the rights of contractors, manufacturers of soundtracks and the
    // broadcasting organizations" (a translation's words for performers and phonograms)
    keywords: { en: [['convention', 'protection', 'rights', '(?:performers|contractors|executors|artists)', '(?:phonograms|soundtracks|sound recordings|records)', 'broadcasting']] },
  },
  {
    id: 'madrid-agreement', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Madrid Agreement Concerning the International Registration of Marks', ru: 'Мадридское соглашение о международной регистрации знаков' },
    short: { en: 'Madrid Agreement', ru: 'Мадридское соглашение' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Madrid Agreement(?: Concerning the International Registration of Marks)?`],
      // its Soviet-era name, "…фабричных или товарных знаков", sometimes called a "конвенция"
      ru: [String.raw`Мадридск~ (?:соглашени~|конвенци~ о международной регистрации)(?: о международной регистрации)?(?: (?:фабричных (?:и|или) товарных )?знаков)?`],
    },
  },
  {
    // not the Madrid Agreement on marks: the 1891 one on false indications of source
    id: 'madrid-indications-agreement', kind: 'treaty', unit: 'article',
    name: { en: 'Madrid Agreement for the Repression of False or Deceptive Indications of Source on Goods', ru: 'Мадридское соглашение о пресечении ложных или вводящих в заблуждение указаний происхождения на товарах' },
    short: { en: 'Madrid Agreement on Indications of Source', ru: 'Мадридское соглашение об указаниях происхождения' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Madrid Agreement (?:for the Repression of|on) (?:False (?:or|and) Deceptive )?Indications of Source(?: on Goods)?`],
      ru: [String.raw`Мадридск~ соглашени~ о (?:пресечении|борьбе с) (?:ложн~|ложными) (?:или|и) (?:вводящ~|вводящими) в заблуждение указани~ (?:(?:места )?происхождения|источника)(?: (?:на )?товар~)?`],
    },
  },
  {
    id: 'wipo-pct', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Patent Cooperation Treaty', ru: 'Договор о патентной кооперации' },
    short: { en: 'PCT', ru: 'РСТ' },
    noun: { en: 'Treaty', ru: 'Договор' },
    // singular only: "договоры о патентной кооперации" are treaties of that kind
    regulations: 'wipo-pct-regulations',
    aliases: { en: [String.raw`Patent Cooperation Treaty`], ru: [String.raw`Договор(?:а|у|ом|е)? о патентной кооперации`] },
    abbreviations: ['PCT', 'РСТ'],
  },
  {
    // the Regulations under a treaty number their rules ("PCT Rule 51bis", "правилом 63 Патентной инструкции"): see rules.ts
    id: 'wipo-pct-regulations', kind: 'treaty', unit: 'article', rules: true,
    name: { en: 'Regulations under the Patent Cooperation Treaty', ru: 'Инструкция к Договору о патентной кооперации' },
    short: { en: 'PCT Regulations', ru: 'Инструкция к РСТ' },
    noun: { en: 'Regulations', ru: 'Инструкция' },
    aliases: {
      en: [String.raw`Regulations under the (?:Patent Cooperation Treaty|PCT)`, String.raw`PCT Regulations`],
      ru: [String.raw`Инструкци~ (?:к Договору о патентной кооперации|к РСТ|РСТ)`],
    },
  },
  {
    id: 'eurasian-patent-regulations', kind: 'treaty', unit: 'article', rules: true,
    name: { en: 'Patent Regulations under the Eurasian Patent Convention', ru: 'Патентная инструкция к Евразийской патентной конвенции' },
    short: { en: 'Eurasian Patent Regulations', ru: 'Патентная инструкция к ЕАПК' },
    noun: { en: 'Regulations', ru: 'Инструкция' },
    aliases: {
      // ("the Eurasian Patent Regulations", "EAPR Rule 30", as the PCT Applicant's Guide writes them)
      // ("Rule 53 of the Patent Regulations" in a Eurasian Patent Office release: alone only in a text naming the Eurasian
      // patent system)
      en: [String.raw`Patent Regulations (?:under|to) the (?:Eurasian Patent )?Convention`, String.raw`Eurasian Patent Regulations`, String.raw`(?<!(?:Chinese|Japanese|Korean|Indian|German|French|European|Ukrainian|Kazakh|Belarusian|Armenian|Kyrgyz|US|U\.S\.|national)\s)` + inTextNaming('Patent Regulations', String.raw`Eurasian Patent (?:Convention|Organi[sz]ation|Office|System)`)],
      ru: [String.raw`Патентн~ инструкци~(?: к (?:Евразийской патентной )?[Кк]онвенции)?`],
    },
    abbreviations: ['EAPR'],
  },
  {
    id: 'eurasian-patent-administrative-regulations', kind: 'treaty', unit: 'article', rules: true,
    name: { en: 'Administrative Regulations under the Eurasian Patent Convention', ru: 'Административная инструкция к Евразийской патентной конвенции' },
    short: { en: 'Eurasian Administrative Regulations', ru: 'Административная инструкция к ЕАПК' },
    noun: { en: 'Regulations', ru: 'Инструкция' },
    aliases: {
      // (the Office's own English also calls them "Administrative Instructions")
      en: [String.raw`Administrative Regulations (?:under|to) the (?:Eurasian Patent )?Convention`, String.raw`Administrative Instructions (?:under|to) the Eurasian Patent Convention`],
      ru: [String.raw`Административн~ инструкци~ к (?:Евразийской патентной )?[Кк]онвенции`],
    },
  },
  {
    // the Eurasian Patent Organization's own statute on its fees (its Administrative Council's act)
    id: 'eapo-fees-statute', kind: 'treaty', unit: 'article',
    name: { en: 'Statute on Fees of the Eurasian Patent Organization', ru: 'Положение о пошлинах Евразийской патентной организации' },
    short: { en: 'EAPO Statute on Fees', ru: 'Положение о пошлинах ЕАПО' },
    noun: { en: 'Statute', ru: 'Положение' },
    aliases: {
      // (never the Statute on Fees "… for Legally Significant Actions Related to Eurasian Design Patents", another)
      en: [String.raw`Statute on (?:the )?Fees of the (?:Eurasian Patent Organi[sz]ation|EAPO)(?! for)`, String.raw`EAPO Statute on (?:the )?Fees(?! for)`],
      ru: [String.raw`Положени~ о пошлинах Евразийской патентной организации`],
    },
  },
  {
    id: 'singapore-tlt-regulations', kind: 'treaty', unit: 'article', rules: true,
    name: { en: 'Regulations under the Singapore Treaty on the Law of Trademarks', ru: 'Инструкция к Сингапурскому договору о законах по товарным знакам' },
    short: { en: 'Singapore Treaty Regulations', ru: 'Инструкция к Сингапурскому договору' },
    noun: { en: 'Regulations', ru: 'Инструкция' },
    aliases: {
      en: [String.raw`(?:Regulations|Instructions) (?:under|to) the Singapore (?:Trademark Law )?Treaty(?: on (?:the )?Laws? (?:of|on) (?:Trademarks|Trade marks))?`],
      ru: [String.raw`Инструкци~ к Сингапурскому договору(?: о (?:законах|законе|праве) по товарным знакам)?`],
    },
  },
  {
    id: 'singapore-tlt', kind: 'treaty', unit: 'article', dottedParagraphs: true, regulations: 'singapore-tlt-regulations',
    name: { en: 'Singapore Treaty on the Law of Trademarks', ru: 'Сингапурский договор о законах по товарным знакам' },
    short: { en: 'Singapore Treaty', ru: 'Сингапурский договор' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      en: [String.raw`Singapore (?:Trademark Law Treaty|Treaty(?: on (?:the )?Laws? (?:of|on) (?:Trademarks|Trade marks))?)`],
      ru: [String.raw`Сингапурск~ договор~(?: о (?:законах|законе|праве) по товарным знакам)?`],
    },
  },
  // The WIPO classification and registration treaties, by full name and short form in both languages.
  {
    id: 'madrid-protocol', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Protocol Relating to the Madrid Agreement Concerning the International Registration of Marks', ru: 'Протокол к Мадридскому соглашению о международной регистрации знаков' },
    short: { en: 'Madrid Protocol', ru: 'Мадридский протокол' },
    noun: { en: 'Protocol', ru: 'Протокол' },
    aliases: {
      en: [String.raw`Protocol (?:Relating|Related|to) (?:to )?the Madrid Agreement(?: Concerning the International Registration of Marks)?`, String.raw`Madrid Protocol`],
      ru: [String.raw`Протокол~ к Мадридскому соглашению(?: о международной регистрации знаков)?`, String.raw`Мадридск~ протокол~`],
    },
  },
  {
    id: 'nice-agreement', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Nice Agreement Concerning the International Classification of Goods and Services for the Purposes of the Registration of Marks', ru: 'Ниццкое соглашение о Международной классификации товаров и услуг для регистрации знаков' },
    short: { en: 'Nice Agreement', ru: 'Ниццкое соглашение' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Nice Agreement(?: (?:Concerning|on) (?:the )?(?:International )?Classification of Goods and Services(?: for the Purposes of the Registration of Marks)?)?`],
      ru: [String.raw`Ниццк~ соглашени~(?: о [Мм]еждународной классификации товаров и услуг(?: для регистрации знаков)?)?`],
    },
  },
  {
    id: 'locarno-agreement', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Locarno Agreement Establishing an International Classification for Industrial Designs', ru: 'Локарнское соглашение об учреждении Международной классификации промышленных образцов' },
    short: { en: 'Locarno Agreement', ru: 'Локарнское соглашение' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Locarno Agreement(?: Establishing an International Classification for Industrial Designs)?`],
      ru: [String.raw`Локарнск~ соглашени~(?: об учреждении [Мм]еждународной классификации промышленных образцов)?`],
    },
  },
  {
    id: 'strasbourg-agreement', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Strasbourg Agreement Concerning the International Patent Classification', ru: 'Страсбургское соглашение о Международной патентной классификации' },
    short: { en: 'Strasbourg Agreement', ru: 'Страсбургское соглашение' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Strasbourg Agreement(?: Concerning the International Patent Classification)?`],
      ru: [String.raw`Страсбургск~ соглашени~(?: о [Мм]еждународной патентной классификации)?`],
    },
  },
  {
    id: 'vienna-agreement', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Vienna Agreement Establishing an International Classification of the Figurative Elements of Marks', ru: 'Венское соглашение об учреждении Международной классификации изобразительных элементов знаков' },
    short: { en: 'Vienna Agreement', ru: 'Венское соглашение' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    // never the Vienna Convention (on the Law of Treaties, on Contracts for the International Sale of Goods)
    aliases: {
      en: [String.raw`Vienna Agreement(?: Establishing an International Classification of the Figurative Elements of Marks)?`],
      ru: [String.raw`Венск~ соглашени~(?: об учреждении [Мм]еждународной классификации изобразительных элементов знаков)?`],
    },
  },
  {
    id: 'hague-agreement', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Hague Agreement Concerning the International Registration of Industrial Designs', ru: 'Гаагское соглашение о международной регистрации промышленных образцов' },
    short: { en: 'Hague Agreement', ru: 'Гаагское соглашение' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      // and its Geneva Act ("Женевский акт Гаагского соглашения", "the Geneva Act of the Hague Agreement")
      // ("the Geneva Act of 2nd July 1999": the Hague Agreement's; Lisbon's Geneva Act is 2015's)
      en: [String.raw`(?:Geneva Act of the )?Hague Agreement(?: Concerning the International (?:Registration|Deposit) of Industrial Designs)?`, String.raw`Geneva Act (?:of|dated) (?:2(?:nd)? July,? 1999|July 2,? 1999)`],
      ru: [String.raw`(?:Женевск~ акт~ )?Гаагск~ соглашени~(?: о международной (?:регистрации|депонировании) промышленных образцов)?`],
    },
  },
  {
    id: 'budapest-treaty', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Budapest Treaty on the International Recognition of the Deposit of Microorganisms for the Purposes of Patent Procedure', ru: 'Будапештский договор о международном признании депонирования микроорганизмов для целей патентной процедуры' },
    short: { en: 'Budapest Treaty', ru: 'Будапештский договор' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      en: [String.raw`Budapest Treaty(?: on the International Recognition of the Deposit of Micro-?organisms(?: for the Purposes of Patent Procedure)?)?`],
      ru: [String.raw`Будапештск~ договор~(?: о международном признании депонирования микроорганизмов(?: для целей патентной процедуры)?)?`],
    },
  },
  {
    id: 'lisbon-agreement', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Lisbon Agreement for the Protection of Appellations of Origin and their International Registration', ru: 'Лиссабонское соглашение об охране наименований мест происхождения и их международной регистрации' },
    short: { en: 'Lisbon Agreement', ru: 'Лиссабонское соглашение' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      // and its Geneva Act ("Geneva Act of the Lisbon Agreement on Appellations of Origin and Geographical Indications")
      en: [String.raw`(?:Geneva Act of the )?Lisbon Agreement(?: (?:for the Protection of|on) Appellations of Origin(?: and (?:their International Registration|Geographical Indications))?)?`],
      ru: [String.raw`Лиссабонск~ соглашени~(?: об охране наименований мест происхождения(?: и их международной регистрации)?)?`],
    },
  },
  {
    id: 'marrakesh-vip-treaty', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: {
      en: 'Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled',
      ru: 'Марракешский договор об облегчении доступа слепых и лиц с нарушениями зрения или иными ограниченными способностями воспринимать печатную информацию к опубликованным произведениям',
    },
    short: { en: 'Marrakesh Treaty', ru: 'Марракешский договор' },
    noun: { en: 'Treaty', ru: 'Договор' },
    // a Treaty, never the Marrakesh Agreement (the WTO's)
    aliases: {
      en: [String.raw`Marrakesh (?:VIP )?Treaty(?: to Facilitate Access to Published Works for Persons Who Are Blind,? Visually Impaired,? (?:or|and) Otherwise Print Disabled)?`, String.raw`Treaty to Facilitate Access to Published Works for Persons Who Are Blind,? Visually Impaired,? (?:or|and) Otherwise Print Disabled`],
      ru: [String.raw`Марракешск~ договор~(?: об облегчении доступа слепых)?`],
    },
  },
  {
    id: 'beijing-treaty', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Beijing Treaty on Audiovisual Performances', ru: 'Пекинский договор по аудиовизуальным исполнениям' },
    short: { en: 'Beijing Treaty', ru: 'Пекинский договор' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: { en: [String.raw`Beijing Treaty(?: on Audiovisual Performances)?`], ru: [String.raw`Пекинск~ договор~(?: по аудиовизуальным исполнениям)?`] },
  },
  {
    id: 'wipo-wct', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'WIPO Copyright Treaty', ru: 'Договор ВОИС по авторскому праву' },
    short: { en: 'WCT', ru: 'ДАП ВОИС' },
    noun: { en: 'Treaty', ru: 'Договор' },
    // "the WIPO Copyright Treaty (WTC)" (sic, 09MOSCOW521)
    // WIPO spelt out ("договору Всемирной организации интеллектуальной собственности (ВОИС) по авторскому праву")
    aliases: { en: [String.raw`WIPO Copyright Treaty`], ru: [String.raw`Договор~ (?:ВОИС|Всемирной организации интеллектуальной собственности(?: \(ВОИС\))?) по авторскому праву`] },
    // "The agreement of World Intellectual Property Organization on copyright" (a translation of "Договор ВОИС по авторскому праву")
    keywords: {
      en: [['(?:treaty|agreement)', '(?:World Intellectual Property Organi[sz]ation|WIPO)', 'copyright'], ['(?:World Intellectual Property Organi[sz]ation|WIPO)', '(?:treaty|agreement)', 'copyright']],
    },
    // "ДАП" alone, as Russian lectures and commentaries write it
    // (alone only in a text that names WIPO, or right after an article: "ДАП" is also Incoterms' DAP)
    abbreviations: ['WCT', 'ДАП ВОИС', String.raw`(?:(?<=ВОИС[^]{0,3000})|(?=[^]{0,3000}ВОИС)|(?<=ст\.\s?\d{1,3}\s))ДАП`],
  },
  {
    id: 'wipo-wppt', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'WIPO Performances and Phonograms Treaty', ru: 'Договор ВОИС по исполнениям и фонограммам' },
    short: { en: 'WPPT', ru: 'ДИФ ВОИС' },
    noun: { en: 'Treaty', ru: 'Договор' },
    // "the WIPO Performance and Phonograms Treaty (WPPT)" (09MOSCOW521)
    aliases: { en: [String.raw`WIPO Performances? and Phonograms Treaty`], ru: [String.raw`Договор~ (?:ВОИС|Всемирной организации интеллектуальной собственности(?: \(ВОИС\))?) (?:по исполнениям и фонограммам|об исполнениях и фонограммах)`] },
    abbreviations: ['WPPT', 'ДИФ ВОИС', String.raw`(?:(?<=ВОИС[^]{0,3000})|(?=[^]{0,3000}ВОИС)|(?<=ст\.\s?\d{1,3}\s))ДИФ`],
  },
  {
    id: 'upu-postal-convention', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Universal Postal Convention', ru: 'Всемирная почтовая конвенция' },
    short: { en: 'Universal Postal Convention', ru: 'Всемирная почтовая конвенция' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: { en: [String.raw`Universal Postal Convention`], ru: [String.raw`Всемирн~ почтов~ конвенци~`] },
  },
  // Breadth from general knowledge: the WIPO-administered treaties the registry lacked, and the Vienna Convention on the
  // Law of Treaties (never the Vienna Agreement on figurative elements, nor the Vienna Sales Convention).
  {
    id: 'phonograms-convention', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Convention for the Protection of Producers of Phonograms Against Unauthorized Duplication of Their Phonograms (Geneva, 1971)', ru: 'Конвенция об охране интересов производителей фонограмм от незаконного воспроизводства их фонограмм (Женева, 1971)' },
    short: { en: 'Phonograms Convention', ru: 'Женевская конвенция о фонограммах' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [
        String.raw`(?:Geneva )?Convention for the Protection of Producers of Phonograms Against Unauthori[sz]ed Duplication of Their Phonograms`,
        String.raw`(?:Geneva )?Phonograms Convention`,
      ],
      ru: [
        String.raw`(?:Женевск~ )?[Кк]онвенци~ об охране интересов производителей фонограмм(?: от незаконного воспроизводства их фонограмм)?`,
        String.raw`Женевск~ конвенци~ (?:о|об охране) фонограмм~`,
        // "Женевская конвенция 1971 г." (the other Geneva conventions are 1949's and 1952's)
        String.raw`Женевск~ конвенци~ 1971 (?:г\.|года)`,
      ],
    },
  },
  {
    id: 'nairobi-treaty', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Nairobi Treaty on the Protection of the Olympic Symbol', ru: 'Найробский договор об охране олимпийского символа' },
    short: { en: 'Nairobi Treaty', ru: 'Найробский договор' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      en: [String.raw`Nairobi Treaty(?: on the Protection of the Olympic Symbol)?`],
      ru: [String.raw`Найробск~ договор~(?: об охране олимпийского символа)?`],
    },
  },
  {
    // Russia is no party, but texts on patent law compare with it
    id: 'european-patent-convention', kind: 'treaty', unit: 'article',
    name: { en: 'Convention on the Grant of European Patents (European Patent Convention, Munich, 1973)', ru: 'Конвенция о выдаче европейских патентов (Европейская патентная конвенция, Мюнхен, 1973 г.)' },
    short: { en: 'European Patent Convention', ru: 'Европейская патентная конвенция' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [String.raw`European Patent Convention`, String.raw`Convention on the Grant of European Patents`],
      ru: [String.raw`Европейск~ патентн~ конвенци~`, String.raw`[Кк]онвенци~ о выдаче европейских патентов`],
    },
    abbreviations: ['EPC', 'ЕПК'],
  },
  {
    // plant varieties (Russia a party since 1998, to the 1991 Act)
    id: 'upov-convention', kind: 'treaty', unit: 'article',
    name: { en: 'International Convention for the Protection of New Varieties of Plants (UPOV)', ru: 'Международная конвенция по охране новых сортов растений (УПОВ)' },
    short: { en: 'UPOV Convention', ru: 'Конвенция УПОВ' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [String.raw`(?:International )?Convention for the Protection of New Varieties of Plants`, String.raw`UPOV(?: 19(?:61|78|91))? Convention`],
      ru: [String.raw`(?:Международн~ )?[Кк]онвенци~ по охране новых сортов растений`, String.raw`[Кк]онвенци~ УПОВ`],
    },
  },
  {
    // WIPO's own founding treaty ("the Stockholm Convention on the Establishment of WIPO")
    id: 'wipo-convention', kind: 'treaty', unit: 'article',
    name: { en: 'Convention Establishing the World Intellectual Property Organization (Stockholm, 14 July 1967)', ru: 'Конвенция, учреждающая Всемирную организацию интеллектуальной собственности (Стокгольм, 14 июля 1967 г.)' },
    short: { en: 'WIPO Convention', ru: 'Конвенция, учреждающая ВОИС' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [
        String.raw`(?:Stockholm )?Convention (?:Establishing|on the Establishment of|for the Establishment of) the World Intellectual Property Organi[sz]ation`,
        String.raw`WIPO Convention`,
      ],
      ru: [String.raw`[Кк]онвенци~,? учреждающ~ (?:Всемирную организацию интеллектуальной собственности|ВОИС)`, String.raw`[Кк]онвенци~ об учреждении Всемирной организации интеллектуальной собственности`],
    },
  },
  {
    // the Eurasian Patent Organization's treaty (Russia a party since 1995); its Patent Regulations are another instrument
    id: 'eurasian-patent-convention', kind: 'treaty', unit: 'article', regulations: 'eurasian-patent-regulations',
    name: { en: 'Eurasian Patent Convention (Moscow, 9 September 1994)', ru: 'Евразийская патентная конвенция (Москва, 9 сентября 1994 г.)' },
    short: { en: 'Eurasian Patent Convention', ru: 'Евразийская патентная конвенция' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: { en: [String.raw`Eurasian Patent Convention`], ru: [String.raw`Евразийск~ патентн~ конвенци~`] },
    abbreviations: ['ЕАПК', 'EAPC'],
  },
  {
    id: 'eurasian-patent-convention-designs-protocol-2019', kind: 'treaty', unit: 'article',
    name: { en: 'Protocol on the Protection of Industrial Designs to the Eurasian Patent Convention (9 September 2019)', ru: 'Протокол об охране промышленных образцов к Евразийской патентной конвенции (9 сентября 2019 г.)' },
    short: { en: 'Eurasian Designs Protocol', ru: 'Протокол об охране промышленных образцов' },
    noun: { en: 'Protocol', ru: 'Протокол' },
    aliases: {
      // (the Convention it belongs to, named with it, is cited as well, as its readers count it: "Protocol on the
      // Protection of Industrial Designs to the Eurasian Patent Convention", «Протокол об охране промышленных образцов к Конвенции»)
      en: [
        String.raw`Protocol (?:on|concerning) the Protection of Industrial Designs`,
        String.raw`Protocol(?= to the Eurasian Patent Convention on the Protection of Industrial Designs)`,
        String.raw`(?:EAPC |Eurasian )?Industrial Designs Protocol`,
      ],
      ru: [String.raw`Протокол~ об охране промышленных образцов`],
    },
  },
  {
    // the CIS's founding acts, named in the preambles of its IP agreements ("Agreement on the creation of the
    // Commonwealth of Independent States of December 8, 1991", «Алма-Атинской декларации от 21 декабря 1991 года»)
    id: 'cis-creation-agreement-1991', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement Establishing the Commonwealth of Independent States (Minsk, 8 December 1991)', ru: 'Соглашение о создании Содружества Независимых Государств (Минск, 8 декабря 1991 г.)' },
    short: { en: 'CIS Agreement (1991)', ru: 'Соглашение о создании СНГ' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Agreement (?:on (?:the )?(?:creation|establishment) of|[Ee]stablishing) the Commonwealth of Independent States`],
      ru: [String.raw`Соглашени~ о создании Содружества Независимых Государств`],
    },
  },
  {
    id: 'cis-almaty-declaration-1991', kind: 'treaty', unit: 'article',
    name: { en: 'Alma-Ata Declaration (21 December 1991)', ru: 'Алма-Атинская декларация (21 декабря 1991 г.)' },
    short: { en: 'Alma-Ata Declaration', ru: 'Алма-Атинская декларация' },
    noun: { en: 'Declaration', ru: 'Декларация' },
    aliases: { en: [String.raw`(?:Alma-?Ata|Almaty) [Dd]eclaration`], ru: [String.raw`Алма-Атинск~ декларац~`] },
  },
  {
    id: 'cis-treaty-succession-memorandum-1992', kind: 'treaty', unit: 'article',
    name: { en: 'Memorandum of Understanding on Succession to Treaties of Common Interest Concluded by the USSR (CIS, 6 July 1992)', ru: 'Меморандум о взаимопонимании по вопросу правопреемства в отношении договоров бывшего СССР, представляющих взаимный интерес (6 июля 1992 г.)' },
    short: { en: 'CIS Memorandum on Treaty Succession (1992)', ru: 'Меморандум о правопреемстве (1992)' },
    noun: { en: 'Memorandum', ru: 'Меморандум' },
    aliases: {
      en: [String.raw`Memorandum of [Uu]nderstanding (?:concerning|on|regarding) (?:the )?(?:legal )?succession (?:concerning|in respect of|regarding|to) (?:the )?treaties`],
      ru: [String.raw`Меморандум~ о взаимопонимании по вопросу правопреемства в отношении договоров`],
    },
  },
  {
    id: 'un-udhr-1948', kind: 'treaty', unit: 'article',
    name: { en: 'Universal Declaration of Human Rights (1948)', ru: 'Всеобщая декларация прав человека (1948)' },
    short: { en: 'Universal Declaration of Human Rights', ru: 'Всеобщая декларация прав человека' },
    noun: { en: 'Declaration', ru: 'Декларация' },
    aliases: { en: [String.raw`Universal Declaration of Human Rights`], ru: [String.raw`Всеобщ~ декларац~ прав человека`] },
  },
  // Treaties texts on Russian law cite beside it, from general knowledge (eighteenth session, read from rounds 82–84).
  {
    id: 'un-iccpr-1966', kind: 'treaty', unit: 'article',
    name: { en: 'International Covenant on Civil and Political Rights (1966)', ru: 'Международный пакт о гражданских и политических правах (1966)' },
    short: { en: 'ICCPR', ru: 'МПГПП' },
    noun: { en: 'Covenant', ru: 'Пакт' },
    // (never its Optional Protocols: "the Optional Protocol to the ICCPR", «Факультативного протокола к Международному пакту …»)
    aliases: { en: [String.raw`(?<!Protocol to (?:the )?)International Covenant on Civil and Political Rights`], ru: [String.raw`(?<![Пп]ротокол[а-яё]{0,3} к )Международн~ пакт~ о гражданских и политических правах`] },
    abbreviations: [String.raw`(?<!Protocol to (?:the )?)ICCPR`, String.raw`(?<![Пп]ротокол[а-яё]{0,3} к )МПГПП`],
  },
  {
    id: 'un-charter', kind: 'treaty', unit: 'article',
    name: { en: 'Charter of the United Nations (1945)', ru: 'Устав Организации Объединённых Наций (1945)' },
    short: { en: 'UN Charter', ru: 'Устав ООН' },
    noun: { en: 'Charter', ru: 'Устав' },
    aliases: {
      // (never another charter: "the UN Charter of Economic Rights and Duties of States", UNESCO's «Устав Организации
      // Объединенных Наций по вопросам образования …», «Устав ООН-Хабитат»)
      en: [String.raw`Charter of the United Nations`, String.raw`(?:United Nations|UN|U\.N\.) Charter(?! of Economic)`],
      ru: [String.raw`Устав~ (?:Организации Объединенных Наций(?! по (?:вопросам|промышленному))|ООН(?![-–]))`],
    },
  },
  {
    id: 'coe-convention-157', kind: 'treaty', unit: 'article',
    name: { en: 'Framework Convention for the Protection of National Minorities (Council of Europe, ETS No. 157, 1995)', ru: 'Рамочная конвенция о защите национальных меньшинств (Совет Европы, 1995)' },
    short: { en: 'Framework Convention for the Protection of National Minorities', ru: 'Рамочная конвенция о защите национальных меньшинств' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [String.raw`Framework Convention for the Protection of National Minorities`],
      ru: [String.raw`[Рр]амочн~ [Кк]онвенци~ (?:Совета Европы )?о защите национальных меньшинств`],
    },
    abbreviations: [String.raw`FCNM`, String.raw`РКНМ`],
  },
  {
    id: 'acta', kind: 'treaty', unit: 'article',
    name: { en: 'Anti-Counterfeiting Trade Agreement (Tokyo, 1 October 2011)', ru: 'Торговое соглашение по борьбе с контрафакцией (АКТА, 2011)' },
    short: { en: 'ACTA', ru: 'АКТА' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: { en: [String.raw`Anti-Counterfeiting Trade Agreement`], ru: [String.raw`Торгов~ соглашени~ по борьбе с контрафакци~`] },
    // (never a journal's "ACTA JURIDICA HUNGARICA")
    abbreviations: [String.raw`ACTA(?! [A-Z]{3,})`],
  },
  {
    id: 'wto-trims', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on Trade-Related Investment Measures (WTO)', ru: 'Соглашение по инвестиционным мерам, связанным с торговлей (ВТО)' },
    short: { en: 'TRIMs Agreement', ru: 'Соглашение ТРИМС' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Agreement on Trade[- ]Related Investment Measures`],
      ru: [String.raw`Соглашени~ (?:по|о) (?:торговых аспектах )?инвестиционн~ мер~(?:, связанн~ с торговлей)?`, String.raw`Соглашени~ (?:по|о) связанн~ с торговлей инвестиционн~ мер~`, String.raw`Соглашени~ ТРИМС`],
    },
    // (never a car's trim levels: "three TRIMS: Comfort, Style and Luxury")
    abbreviations: [String.raw`(?:WTO )?TRIM[Ss](?: Agreement)?(?!:)`, String.raw`ТРИМС`],
  },
  {
    id: 'cis-industrial-property-agreement-1993', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on Measures for the Protection of Industrial Property and the Establishment of the Interstate Council (CIS, Moscow, 12 March 1993)', ru: 'Соглашение о мерах по охране промышленной собственности и созданию Межгосударственного совета по вопросам охраны промышленной собственности (Москва, 12 марта 1993 г.)' },
    short: { en: 'CIS Agreement on Industrial Property (1993)', ru: 'Соглашение СНГ об охране промышленной собственности (1993)' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Agreement on (?:the )?[Mm]easures (?:concerning|for|on) the [Pp]rotection of [Ii]ndustrial [Pp]roperty`],
      ru: [String.raw`Соглашени~ о мерах по охране промышленной собственности`],
    },
  },
  {
    // the CIS Agreement of 24 September 1993 (Moscow) on copyright, under which the CIS states apply the Berne rules
    id: 'cis-copyright-agreement-1993', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on Cooperation in the Field of Protection of Copyright and Related Rights (CIS, Moscow, 24 September 1993)', ru: 'Соглашение о сотрудничестве в области охраны авторского права и смежных прав (СНГ, Москва, 24 сентября 1993 г.)' },
    short: { en: 'CIS Copyright Agreement (1993)', ru: 'Соглашение СНГ об авторском праве (1993)' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Agreement on [Cc]ooperation in the [Ff]ield of (?:the )?[Pp]rotection of [Cc]opyright and (?:the )?(?:[Rr]elated|[Nn]eighbou?ring|[Aa]djacent) [Rr]ights`],
      ru: [String.raw`Соглашени~ о сотрудничестве в области охраны авторского права и смежных прав`],
    },
  },
  {
    // the CIS Agreement of 19 November 2010 (Saint Petersburg) that set up the Interstate Council on IP
    id: 'cis-ip-council-agreement-2010', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on Cooperation in the Field of Legal Protection and Enforcement of Intellectual Property and the Establishment of the Interstate Council (CIS, 19 November 2010)', ru: 'Соглашение о сотрудничестве в области охраны и защиты прав на объекты интеллектуальной собственности и создании Межгосударственного совета по вопросам охраны и защиты интеллектуальной собственности (СНГ, 19 ноября 2010 г.)' },
    short: { en: 'CIS Agreement on IP Protection (2010)', ru: 'Соглашение СНГ об охране ИС (2010)' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Agreement on [Cc]ooperation in the (?:[Ff]ield|[Aa]rea|[Ss]phere) of (?:the )?[Ll]egal [Pp]rotection (?:and (?:[Pp]rotection|[Ee]nforcement) )?of [Ii]ntellectual [Pp]roperty`],
      ru: [String.raw`Соглашени~ о сотрудничестве в области охраны и защиты прав на объекты интеллектуальной собственности`],
    },
  },
  {
    // the CIS Agreement of 6 July 1992 on the Status of the Economic Court of the CIS
    id: 'cis-economic-court-agreement-1992', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on the Status of the Economic Court of the CIS (6 July 1992)', ru: 'Соглашение о статусе Экономического суда Содружества Независимых Государств (6 июля 1992 г.)' },
    short: { en: 'Agreement on the CIS Economic Court', ru: 'Соглашение о статусе Экономического суда СНГ' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Agreement on the Status of the Economic Court(?: of the (?:CIS|Commonwealth of Independent States))?`],
      ru: [String.raw`Соглашени~ о статусе Экономического [Сс]уда(?: (?:СНГ|Содружества Независимых Государств))?`],
    },
  },
  {
    // the Protocol amending that Agreement (Moscow, 13 September 2017), which widened the CIS Economic Court's jurisdiction
    id: 'cis-economic-court-agreement-1992-protocol', kind: 'treaty', unit: 'article',
    name: { en: 'Protocol amending the Agreement on the Status of the Economic Court of the CIS', ru: 'Протокол о внесении изменений в Соглашение о статусе Экономического суда Содружества Независимых Государств' },
    short: { en: 'Protocol on the CIS Economic Court', ru: 'Протокол о Суде СНГ' },
    noun: { en: 'Protocol', ru: 'Протокол' },
    aliases: {
      en: [String.raw`Protocol (?:on )?[Aa]mend(?:ing|ments to) the Agreement on the Status of the Economic Court(?: of the (?:CIS|Commonwealth of Independent States))?`],
      ru: [String.raw`Протокол~ о внесении изменений в Соглашение о статусе Экономического [Сс]уда(?: (?:СНГ|Содружества Независимых Государств))?`],
    },
  },
  {
    id: 'wipo-plt', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Patent Law Treaty (2000)', ru: 'Договор о патентном праве (2000)' },
    short: { en: 'PLT', ru: 'PLT' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: { en: [], ru: [String.raw`Договор~ о патентном праве`] },
    // "Patent Law Treaty" is a name only as written so ("a patent law treaty" is any)
    names: { en: [String.raw`(?:WIPO )?Patent Law Treaty`] },
    abbreviations: ['PLT'],
  },
  {
    // the WIPO Treaty on Intellectual Property in Respect of Integrated Circuits (Washington, 1989)
    id: 'wipo-ipic-treaty', kind: 'treaty', unit: 'article',
    name: { en: 'Treaty on Intellectual Property in Respect of Integrated Circuits (Washington, 1989)', ru: 'Договор об интеллектуальной собственности в отношении интегральных микросхем (Вашингтон, 1989)' },
    short: { en: 'IPIC Treaty', ru: 'Вашингтонский договор' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      en: [String.raw`(?:Washington )?Treaty on Intellectual Property in Respect of Integrated Circuits`, String.raw`IPIC Treaty`],
      ru: [String.raw`(?:Вашингтонск~ )?[Дд]оговор~ (?:об|по) интеллектуальной собственности в отношении интегральных (?:микро)?схем`],
    },
  },
  {
    // the Council of Europe's MEDICRIME Convention (Moscow, 28 October 2011), which Russia ratified in 2017
    id: 'medicrime-convention', kind: 'treaty', unit: 'article',
    name: { en: 'Council of Europe Convention on the Counterfeiting of Medical Products and Similar Crimes Involving Threats to Public Health (MEDICRIME Convention)', ru: 'Конвенция Совета Европы о борьбе с фальсификацией медицинской продукции и сходными преступлениями, угрожающими здоровью населения (Конвенция «Медикрим»)' },
    short: { en: 'MEDICRIME Convention', ru: 'Конвенция «Медикрим»' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [String.raw`(?:MEDICRIME|MÉDICRIME|Medicrime) (?:Convention|CONVENTION)`, String.raw`Convention (?:MEDICRIME|MÉDICRIME)`, String.raw`Convention on the [Cc]ounterfeiting of [Mm]edical [Pp]roducts and [Ss]imilar [Cc]rimes [Ii]nvolving [Tt]hreats to [Pp]ublic [Hh]ealth`],
      ru: [String.raw`Конвенци~ (?:Совета Европы )?о (?:борьбе с )?фальсификаци~ медицинской продукции(?: и сходными преступлениями, угрожающими здоровью населения)?`, String.raw`Конвенци~ "?(?:Медикрим|MEDICRIME)"?`],
    },
  },
  {
    // the Council of Europe's data protection convention (Strasbourg, 28 January 1981), which Russia ratified in 2005
    // (Law No. 160-FZ) and left with the Council in 2022; "Convention 108+" is its amending protocol's consolidated text
    id: 'coe-convention-108', kind: 'treaty', unit: 'article',
    name: { en: 'Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (Council of Europe, Strasbourg, 28 January 1981; Convention 108)', ru: 'Конвенция о защите физических лиц при автоматизированной обработке персональных данных (Страсбург, 28 января 1981 г.)' },
    short: { en: 'Convention 108', ru: 'Конвенция № 108' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [String.raw`Convention for the Protection of Individuals [Ww]ith [Rr]egard to (?:the )?Automatic Processing of Personal Data`, String.raw`(?:Council of Europe |CoE |ETS )?Convention (?:No\. ?)?108\+?(?![\d.,])`],
      ru: [String.raw`Конвенци~ (?:Совета Европы )?о защите физических лиц при автоматизированной обработке персональных данных`, String.raw`Конвенци~ (?:Совета Европы )?(?:№ ?)?108\+?(?![\d.,])`],
    },
  },
  {
    id: 'wipo-tlt', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Trademark Law Treaty (1994)', ru: 'Договор о законах по товарным знакам (1994)' },
    short: { en: 'Trademark Law Treaty', ru: 'Договор о законах по товарным знакам' },
    noun: { en: 'Treaty', ru: 'Договор' },
    // never the Singapore Treaty (its own entry, a longer name)
    aliases: { en: [], ru: [String.raw`(?<!Сингапурск[а-яё]{0,4} )Договор~ о законах по товарным знакам`] },
    names: { en: [String.raw`(?<!Singapore )(?:WIPO )?Trademark Law Treaty`] },
    abbreviations: ['TLT'],
  },
  {
    id: 'vienna-convention-law-of-treaties', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Vienna Convention on the Law of Treaties (1969)', ru: 'Венская конвенция о праве международных договоров (1969)' },
    short: { en: 'Vienna Convention on the Law of Treaties', ru: 'Венская конвенция о праве международных договоров' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [String.raw`(?:Vienna )?Convention on the Law of Treaties`],
      ru: [String.raw`(?:Венск~ )?[Кк]онвенци~ о праве международных договоров`],
    },
    abbreviations: ['VCLT'],
  },
  {
    // the right to property ("Article 1 of Protocol No. 1 to the Convention"): the Convention named with it (extract.ts's
    // names inside do not apply to a treaty's own name, so it is cited as its readers count it, once)
    id: 'echr-protocol-1', kind: 'treaty', unit: 'article',
    name: { en: 'Protocol No. 1 to the Convention for the Protection of Human Rights and Fundamental Freedoms (Paris, 20 March 1952)', ru: 'Протокол № 1 к Конвенции о защите прав человека и основных свобод (Париж, 20 марта 1952 г.)' },
    short: { en: 'Protocol No. 1 to the ECHR', ru: 'Протокол № 1 к ЕКПЧ' },
    noun: { en: 'Protocol', ru: 'Протокол' },
    aliases: {
      // ("Article 1 of Protocol No. 1" alone, as the Strasbourg court writes it: only in a text naming the Convention or the Court)
      en: [String.raw`(?:First )?Protocol (?:No\.? ?1|№ ?1) to (?:the )?(?:European )?Convention(?: (?:on|for the Protection of) Human Rights(?: and Fundamental Freedoms)?)?`, String.raw`Protocol (?:No\.? ?1|№ ?1) to (?:the )?ECHR`,
        inTextNaming(String.raw`Protocol No\.\s?1(?!\d|\.\d)(?! (?:to|on|of)\b)`, 'ECHR|European Convention on Human Rights|European Court of Human Rights|Convention for the Protection of Human Rights')],
      ru: [String.raw`Протокол~ (?:№ ?1|N ?1) к (?:Европейской )?[Кк]онвенции(?: о защите прав человека и основных свобод)?`],
    },
  },
  {
    id: 'echr-protocol-11', kind: 'treaty', unit: 'article',
    name: { en: 'Protocol No. 11 to the Convention for the Protection of Human Rights and Fundamental Freedoms, restructuring the control machinery established thereby (Strasbourg, 11 May 1994)', ru: 'Протокол № 11 к Конвенции о защите прав человека и основных свобод о реорганизации контрольного механизма, созданного в соответствии с Конвенцией (Страсбург, 11 мая 1994 г.)' },
    short: { en: 'Protocol No. 11 to the ECHR', ru: 'Протокол № 11 к ЕКПЧ' },
    noun: { en: 'Protocol', ru: 'Протокол' },
    aliases: {
      en: [String.raw`Protocol (?:No\.? ?11|№ ?11) to (?:the )?(?:European )?Convention(?: (?:on|for the Protection of) Human Rights(?: and Fundamental Freedoms)?)?`, String.raw`Protocol (?:No\.? ?11|№ ?11) to (?:the )?ECHR`, String.raw`Protocol (?:No\.? ?11|№ ?11)(?= [^.]{0,200}(?:Convention for the Protection of Human Rights|European Convention on Human Rights|ECHR))`],
      ru: [String.raw`Протокол~ (?:№ ?11|N ?11) к (?:Европейской )?[Кк]онвенции(?: о защите прав человека и основных свобод)?`],
    },
  },
  {
    // the Energy Charter Treaty (Lisbon, 17 December 1994): Russia signed it and applied it provisionally until 2009 (the
    // Yukos arbitrations turned on its Article 45)
    id: 'energy-charter-treaty', kind: 'treaty', unit: 'article',
    name: { en: 'Energy Charter Treaty (Lisbon, 17 December 1994)', ru: 'Договор к Энергетической хартии (Лиссабон, 17 декабря 1994 г.)' },
    short: { en: 'Energy Charter Treaty', ru: 'Договор к Энергетической хартии' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      en: [String.raw`(?:European )?Energy Charter Treaty`],
      ru: [String.raw`Договор~ к Энергетической [Хх]артии`],
    },
    abbreviations: [String.raw`ECT(?![\p{L}\d-])`, String.raw`ДЭХ(?![\p{L}])`],
  },
  {
    id: 'echr-convention', kind: 'treaty', unit: 'article', dottedParagraphs: true,
    name: { en: 'Convention for the Protection of Human Rights and Fundamental Freedoms', ru: 'Конвенция о защите прав человека и основных свобод' },
    short: { en: 'ECHR', ru: 'ЕКПЧ' },
    noun: { en: 'Convention', ru: 'Конвенция' },
    aliases: {
      en: [
        String.raw`European Convention (?:on|for the Protection of) Human Rights(?: and Fundamental Freedoms)?`,
        String.raw`Convention for the Protection of Human Rights and Fundamental Freedoms`,
      ],
      ru: [String.raw`(?:Европейск~ )?[Кк]онвенци~ о защите прав человека и основных свобод`],
    },
    // ("ECHR" is the Court as often as the Convention: not as a ruling's or decision's maker, nor where complaints go,
    // "the ECHR ruling", "according to the ECHR", "filed with the ECHR", "complaints to the ECHR", "the ECHR's decision";
    // "the ECHR found a violation of Article 6" stays the Convention, whose article it is)
    abbreviations: [String.raw`(?<!\b(?:with|to|according\s+to|before|by|at|in|from)\s+the\s+)ECHR(?!\s+(?:ruling|rulings|judgments?|judgements?|decisions?|case-law|[Cc]ourt|in\s+Strasbourg)\b|['’]s\b)`, 'ЕКПЧ'],
    // The Court's own documents: "Information Note on the Court’s case-law 241", a case caption with its application
    // number ("Bulgakov v. Russia - 20159/15", "(Application no. 20159/15)"), its name as a document's header. A text
    // that merely mentions the Court is none.
    forum: {
      maxArticle: 59,
      signs: [
        String.raw`Information Note on the Court['’]s case-law`,
        String.raw`\bv\.\s+(?:Russia|the\s+Russian\s+Federation|[A-Z][a-z]+)\s*[-–—]\s*\d{3,6}\/\d{2}\b`,
        String.raw`\(\s*[Aa]pplications?\s+nos?\.\s*\d{3,6}\/\d{2}`,
        // a case database's record: "Application number(s): 10795/14"
        String.raw`[Aa]pplication\s+numbers?(?:\(s\))?:\s*\d{3,6}\/\d{2}\b`,
        String.raw`^\s*(?:EUROPEAN COURT OF HUMAN RIGHTS|ЕВРОПЕЙСКИЙ СУД ПО ПРАВАМ ЧЕЛОВЕКА)\s*$`,
        String.raw`\([Жж]алоба\s+№\s*\d{3,6}\/\d{2}\)`,
        // the Court's caption and its judges' separate opinions: "CASE OF VLADIMIR KHARITONOV v. RUSSIA", "JOINT
        // CONCURRING OPINION OF JUDGES LEMMENS, DEDOV AND POLÁČKOVÁ"
        String.raw`^\s*CASE OF [A-Z][A-Z .'’-]{1,80} v\. (?:RUSSIA|THE RUSSIAN FEDERATION)`,
        String.raw`^\s*(?:JOINT |PARTLY )?(?:CONCURRING|DISSENTING) OPINION OF JUDGES? [A-Z]`,
      ],
    },
  },
  {
    id: 'eurasec-treaty-2000', kind: 'treaty', unit: 'article',
    name: { en: 'Treaty on the Establishment of the Eurasian Economic Community (Astana, 10 October 2000)', ru: 'Договор об учреждении Евразийского экономического сообщества (Астана, 10 октября 2000 г.)' },
    short: { en: 'EurAsEC Treaty', ru: 'Договор об учреждении ЕврАзЭС' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: { en: [String.raw`Treaty on (?:the )?Establishment of (?:the )?Eurasian Economic Community`], ru: [String.raw`Договор~ об учреждении Евразийского экономического сообщества`] },
  },
  {
    id: 'cu-customs-territory-treaty-2007', kind: 'treaty', unit: 'article',
    name: { en: 'Treaty on the Creation of a Single Customs Territory and the Formation of the Customs Union (Dushanbe, 6 October 2007)', ru: 'Договор о создании единой таможенной территории и формировании таможенного союза (Душанбе, 6 октября 2007 г.)' },
    short: { en: 'Customs Union Treaty (2007)', ru: 'Договор о создании единой таможенной территории (2007)' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      en: [String.raw`Treaty on the (?:Establishment|Creation) of (?:an? )?(?:Integrated|Single|Common|Unified) Customs (?:Area|Territory) and (?:the )?Formation of (?:the |a )?Customs Union`],
      ru: [String.raw`Договор~ о создании единой таможенной территории и формировании таможенного союза`],
    },
  },
  {
    // the Customs Union's agreement of 25 January 2008 on the customs value of goods (royalties and licence fees, art. 5)
    id: 'cu-customs-valuation-agreement-2008', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on the Determination of the Customs Value of Goods Moved across the Customs Border of the Customs Union (25 January 2008)', ru: 'Соглашение об определении таможенной стоимости товаров, перемещаемых через таможенную границу таможенного союза (25 января 2008 г.)' },
    short: { en: 'Customs Union Customs Valuation Agreement (2008)', ru: 'Соглашение ТС о таможенной стоимости (2008)' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      // ("the Agreement between the Government of the Russian Federation and … dated 25.01.2008 “On the determination of
      // the customs value of goods transported through the customs border of the Customs Union”")
      en: [String.raw`Agreement(?: between the governments? of [^.;]{5,200}?)?(?:,? (?:dated|of) (?:\d{1,2}\.\d{1,2}\.\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}))? ?"?on (?:the )?determination of (?:the )?customs value of goods (?:transported|moved|carried) (?:through|across) the customs border of the customs union`],
      ru: [String.raw`Соглашени~ об определении таможенной стоимости товаров, перемещаемых через таможенную границу [Тт]аможенного союза`],
    },
  },
  {
    // the Customs Union's IP agreement of 9 December 2010 (regional exhaustion, customs measures), by its many translations
    id: 'cu-ipr-agreement-2010', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on Unified Principles of Regulation in the Sphere of Protection and Enforcement of Intellectual Property Rights (Customs Union, 9 December 2010)', ru: 'Соглашение о единых принципах регулирования в сфере охраны и защиты прав интеллектуальной собственности (9 декабря 2010 г.)' },
    short: { en: 'Customs Union IP Agreement (2010)', ru: 'Соглашение ТС об интеллектуальной собственности (2010)' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Agreement on (?:the )?Unified (?:Principles of )?Regulation(?: on Principles)? (?:in the (?:Sphere|Field) of|of) (?:the )?(?:Protection and Enforcement of )?Intellectual Property(?: Rights)?`],
      ru: [String.raw`Соглашени~ о единых принципах регулирования в сфере охраны и защиты прав (?:на объекты )?интеллектуальной собственности`],
    },
  },
  {
    // the Customs Union's agreement of 21 May 2010 on a unified customs register of IP objects (the register the EAEU kept)
    id: 'cu-ip-customs-register-agreement-2010', kind: 'treaty', unit: 'article',
    name: {
      en: 'Agreement on the Unified Customs Register of Intellectual Property Objects of the Member States of the Customs Union (21 May 2010)',
      ru: 'Соглашение о едином таможенном реестре объектов интеллектуальной собственности государств - членов Таможенного союза (21 мая 2010 г.)',
    },
    short: { en: 'Customs Union IP Register Agreement (2010)', ru: 'Соглашение о едином таможенном реестре ОИС (2010)' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Agreement on (?:the )?[Uu]nified [Cc]ustoms [Rr]egister of (?:[Oo]bjects of )?[Ii]ntellectual [Pp]roperty(?: [Oo]bjects)?`],
      ru: [String.raw`Соглашени~ о едином таможенном реестре объектов интеллектуальной собственности`],
    },
  },
  {
    // the Treaty on the Eurasian Economic Commission of 18 November 2011 (replaced by the EAEU Treaty in 2015)
    id: 'eec-commission-treaty-2011', kind: 'treaty', unit: 'article',
    name: { en: 'Treaty on the Eurasian Economic Commission (18 November 2011)', ru: 'Договор о Евразийской экономической комиссии (18 ноября 2011 г.)' },
    short: { en: 'Treaty on the EEC (2011)', ru: 'Договор о ЕЭК (2011)' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      en: [String.raw`(?:Treaty|Agreement) on the Eurasian Economic Commission`],
      ru: [String.raw`Договор~ о Евразийской экономической комиссии`],
    },
  },
  {
    id: 'cu-competition-agreement-2010', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on Unified Principles and Rules of Competition (Customs Union, 9 December 2010)', ru: 'Соглашение о единых принципах и правилах конкуренции (9 декабря 2010 г.)' },
    short: { en: 'Customs Union Competition Agreement (2010)', ru: 'Соглашение о единых принципах и правилах конкуренции' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: { en: [String.raw`Agreement on (?:the )?Unified Principles and Rules of Competition`], ru: [String.raw`Соглашени~ о единых принципах и правилах конкуренции`] },
  },
  // Read from rounds 88–90 (collective management, medicines): two EAEU agreements texts cite by title.
  {
    id: 'eaeu-medicines-agreement-2014', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on Common Principles and Rules for the Circulation of Medicines within the Eurasian Economic Union (23 December 2014)', ru: 'Соглашение о единых принципах и правилах обращения лекарственных средств в рамках Евразийского экономического союза (23 декабря 2014 г.)' },
    short: { en: 'EAEU Medicines Agreement', ru: 'Соглашение об обращении лекарственных средств ЕАЭС' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      // ("Agreement on Common Principles and Rules for the Treatment of Medicines", "Agreement on uniform principles and
      // rules for the circulation of medicines")
      en: [String.raw`Agreement on (?:the )?(?:[Cc]ommon|[Uu]niform|[Uu]nified|[Ss]ingle) [Pp]rinciples and [Rr]ules (?:for|of|on|in) (?:the )?(?:[Cc]irculation|[Tt]reatment) of (?:[Mm]edicines|[Mm]edicinal [Pp]roducts|[Dd]rugs|[Mm]edical [Pp]roducts)`],
      ru: [String.raw`Соглашени~ о единых принципах и правилах обращения лекарственных средств`],
    },
  },
  {
    id: 'eaeu-collective-management-agreement-2017', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on the Procedure for the Collective Management of Copyright and Related Rights (EAEU, 11 December 2017)', ru: 'Соглашение о порядке управления авторскими и смежными правами на коллективной основе (ЕАЭС, 11 декабря 2017 г.)' },
    short: { en: 'EAEU Collective Management Agreement', ru: 'Соглашение ЕАЭС о коллективном управлении' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`(?:EAEU |Eurasian )?Agreement on (?:the )?(?:Procedure (?:for|of) (?:the )?)?(?:Collective Management of Copyright and Related Rights|Management of Copyright and Related Rights on a Collective Basis|Collective Management of Copyright)`],
      ru: [String.raw`Соглашени~ о порядке управления авторскими и смежными правами на коллективной основе`],
    },
  },
  {
    id: 'eaeu-trademarks-treaty-2020', kind: 'treaty', unit: 'article',
    name: { en: 'Treaty on Trademarks, Service Marks and Appellations of Origin of Goods of the Eurasian Economic Union (3 February 2020)', ru: 'Договор о товарных знаках, знаках обслуживания и наименованиях мест происхождения товаров Евразийского экономического союза (3 февраля 2020 г.)' },
    short: { en: 'EAEU Trademarks Treaty', ru: 'Договор о товарных знаках ЕАЭС' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      // ("Agreement on Trademarks and Geographical Indications of the Eurasian Economic Union", "the EAEU Agreement on
      // Trademarks", "the treaty on trademarks, service marks, and protected designations of origin", "Eurasian Economic
      // Union treaty on trademarks")
      en: [
        String.raw`(?:Treaty|Agreement) on (?:the )?Trademarks,? (?:Service Marks,? and (?:Appellations of Origin|[Pp]rotected [Dd]esignations of [Oo]rigin|Geographical Indications)|and Geographical Indications)(?: of Goods)?(?: of the (?:Eurasian Economic Union|EAEU))?`,
        String.raw`(?:EAEU|Eurasian Economic Union) (?:Treaty|Agreement) on Trademarks(?: and Geographical Indications)?`,
        String.raw`(?:Treaty|Agreement) on [Tt]rademarks of (?:the )?(?:EAEU|EAEC|EurAsEC|Eurasian Economic Union)`,
        // ("Agreement on the EAEU Trademarks, Service Marks and Appellations of Origin of Goods", a translation's "Agreement
        // on trademarks, service marks and names of places of goods origin of the Eurasian economic union", "the EAEU
        // Trademark Treaty")
        String.raw`(?:Treaty|Agreement) on (?:the )?(?:EAEU |Eurasian Economic Union )?[Tt]rademarks,? [Ss]ervice [Mm]arks,? and (?:[Aa]ppellations of [Oo]rigin|[Nn]ames of [Pp]laces of (?:[Gg]oods )?[Oo]rigin)(?: of [Gg]oods)?(?: of the (?:[Ee]urasian [Ee]conomic [Uu]nion|EAEU))?`,
        String.raw`(?:EAEU|Eurasian Economic Union) Trademarks? (?:Treaty|Agreement)`,
      ],
      ru: [String.raw`Договор~ о товарных знаках, знаках обслуживания и наименованиях мест происхождения товаров(?: Евразийского экономического союза)?`],
    },
  },
  {
    id: 'eaeu-treaty', kind: 'treaty', unit: 'article',
    name: { en: 'Treaty on the Eurasian Economic Union (29 May 2014)', ru: 'Договор о Евразийском экономическом союзе (29 мая 2014 г.)' },
    short: { en: 'EAEU Treaty', ru: 'Договор о ЕАЭС' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      // (and "the Agreement on Eurasian Economic Union", a translation's word for «Договор»)
      // ("the Treaty of the Eurasian Economic Union", "the EEU Treaty", as notes write it)
      en: [String.raw`(?:Treaty|Agreement) (?:on|of) (?:the )?(?:Eurasian Economic Union|EAEU|EEU)`, String.raw`(?:EAEU|EEU|EurAsEC|Eurasian Economic Union) Treaty`],
      // («Договора о создании ЕАЭС», as texts loosely call it)
      ru: [String.raw`Договор~ о (?:Евразийском экономическом союзе|ЕАЭС)`, String.raw`Договор~ о создании (?:Евразийского экономического союза|ЕАЭС)`],
    },
    // (the Eurasian Commission's own abbreviation, "the TEAEU")
    abbreviations: [String.raw`TEAEU`],
  },
  {
    // the EAEU Court's Statute, cited by its items («пунктами 46, 47 Статута Суда Евразийского экономического союза»)
    id: 'eaeu-treaty-annex-2', kind: 'treaty', unit: 'article', itemsAreArticles: true,
    name: {
      en: 'Statute of the Court of the Eurasian Economic Union (Annex 2 to the Treaty on the Eurasian Economic Union)',
      ru: 'Статут Суда Евразийского экономического союза (приложение № 2 к Договору о Евразийском экономическом союзе)',
    },
    short: { en: 'Statute of the EAEU Court', ru: 'Статут Суда ЕАЭС' },
    noun: { en: 'Statute', ru: 'Статут' },
    aliases: {
      en: [String.raw`Statute of the Court of the (?:Eurasian Economic Union|EAEU|EEU)`, String.raw`(?:Annex|Appendix|annex|appendix) (?:No\.? ?)?2 (?:to|of) the (?:Treaty|Agreement) (?:on|of) (?:the )?(?:Eurasian Economic Union|EAEU|EEU)`],
      ru: [String.raw`Статут~ Суда (?:Евразийского экономического союза|ЕАЭС)`, String.raw`[Пп]риложени~ (?:№ ?|N ?)?2 к Договору о (?:Евразийском экономическом союзе|ЕАЭС)`],
    },
  },
  {
    // the EAEU Court's Rules of Procedure, approved by the Supreme Eurasian Economic Council's Decision No. 101 of 23 December 2014
    id: 'eaeu-court-rules-2014', kind: 'treaty', unit: 'article',
    name: { en: 'Rules of Procedure of the Court of the Eurasian Economic Union (2014)', ru: 'Регламент Суда Евразийского экономического союза (2014)' },
    short: { en: 'Rules of Procedure of the EAEU Court', ru: 'Регламент Суда ЕАЭС' },
    noun: { en: 'Rules', ru: 'Регламент' },
    aliases: {
      en: [String.raw`Rules of (?:Procedure of )?the Court of the (?:Eurasian Economic Union|EAEU|EEU)`],
      ru: [String.raw`Регламент~ Суда (?:Евразийского экономического союза|ЕАЭС)`],
    },
  },
  {
    // Annex 26 to the EAEU Treaty, the Protocol on the Protection and Enforcement of Intellectual Property Rights: its
    // articles are keyed as the annex's ('eaeu-treaty-annex-26:16', regional exhaustion of trademark rights)
    id: 'eaeu-treaty-annex-26', kind: 'treaty', unit: 'article', itemsAreArticles: true,
    name: {
      en: 'Protocol on the Protection and Enforcement of Intellectual Property Rights (Annex 26 to the Treaty on the Eurasian Economic Union)',
      ru: 'Протокол об охране и защите прав на объекты интеллектуальной собственности (приложение № 26 к Договору о Евразийском экономическом союзе)',
    },
    short: { en: 'EAEU Treaty, Annex 26', ru: 'приложение № 26 к Договору о ЕАЭС' },
    noun: { en: 'Protocol', ru: 'Протокол' },
    aliases: {
      en: [
        String.raw`(?:Annex|Appendix|annex|appendix) (?:No\.? ?)?26 (?:to|of) the (?:Treaty|Agreement) (?:on|of) (?:the )?(?:Eurasian Economic Union|EAEU|EEU)`,
        String.raw`Protocol (?:on|of) the Protection and Enforcement of Intellectual Property Rights`,
      ],
      ru: [
        String.raw`(?:[Пп]риложени~|Протокол~) (?:№ ?|N ?)?26 к Договору о (?:Евразийском экономическом союзе|ЕАЭС)`,
        String.raw`Протокол~ об охране и защите прав на объекты интеллектуальной собственности`,
      ],
    },
  },
  {
    // the EAEU Treaty's Annex 3, whose item 30 the Commission's registers rest on
    id: 'eaeu-treaty-annex-3', kind: 'treaty', unit: 'article', itemsAreArticles: true,
    name: {
      en: 'Protocol on Information and Communication Technologies and Information Interaction within the Eurasian Economic Union (Annex 3 to the Treaty on the Eurasian Economic Union)',
      ru: 'Протокол об информационно-коммуникационных технологиях и информационном взаимодействии в рамках Евразийского экономического союза (приложение № 3 к Договору о Евразийском экономическом союзе)',
    },
    short: { en: 'EAEU Treaty, Annex 3', ru: 'приложение № 3 к Договору о ЕАЭС' },
    noun: { en: 'Protocol', ru: 'Протокол' },
    aliases: {
      en: [
        String.raw`(?:Annex|Appendix|annex|appendix) (?:No\.? ?)?3 (?:to|of) the (?:Treaty|Agreement) (?:on|of) (?:the )?(?:Eurasian Economic Union|EAEU|EEU)`,
        String.raw`Protocol on [Ii]nformation and [Cc]ommunication [Tt]echnologies and [Ii]nformation (?:[Ii]nteraction|[Ee]xchange) within the (?:Eurasian Economic Union|EAEU)`,
      ],
      ru: [
        String.raw`[Пп]риложени~ (?:№ ?|N ?)?3 к Договору о (?:Евразийском экономическом союзе|ЕАЭС)`,
        String.raw`Протокол~ об информационно-коммуникационных технологиях и информационном взаимодействии в рамках (?:Евразийского экономического союза|ЕАЭС)`,
      ],
    },
  },
  {
    // the Treaty of 10 October 2014 by which Armenia acceded to the EAEU Treaty
    id: 'eaeu-armenia-accession-treaty-2014', kind: 'treaty', unit: 'article',
    name: { en: "Treaty on the Accession of the Republic of Armenia to the Treaty on the Eurasian Economic Union (10 October 2014)", ru: 'Договор о присоединении Республики Армения к Договору о Евразийском экономическом союзе от 29 мая 2014 года (10 октября 2014 г.)' },
    short: { en: "Armenia's EAEU Accession Treaty", ru: 'Договор о присоединении Армении к ЕАЭС' },
    noun: { en: 'Treaty', ru: 'Договор' },
    aliases: {
      en: [String.raw`(?:Treaty|Agreement) on (?:the )?(?:Accession of (?:the Republic of )?Armenia|Armenia['’]s (?:[Aa]ccession|joining)) to the (?:Treaty on the )?(?:Eurasian Economic Union|EAEU|Treaty)`],
      ru: [String.raw`Договор~ о присоединении Республики Армения к Договору о (?:Евразийском экономическом союзе|ЕАЭС)`],
    },
  },
  {
    id: 'us-ru-ipr-agreement-2006', kind: 'agreement', unit: 'article',
    name: { en: '2006 U.S.-Russia IPR Agreement (IPR Side Letter)', ru: 'Соглашение между Россией и США по ПИС 2006 г.' },
    short: { en: '2006 U.S.-Russia IPR Agreement', ru: 'Соглашение по ПИС 2006 г.' },
    aliases: {
      // "the 2006 U.S.-Russia IPR Agreement", "the November 2006 U.S.-Russia IPR\nSide Letter", "the IPR Side Letter", "the 2006 side letter"
      // "the 2006 U.S.-Russia IPR Bilateral Agreement", "the IPR Bilateral Agreement", "the Bilateral Agreement on IPR",
      // "the 2006 IPR Agreement" (a bare "IPR Agreement" is any country's)
      en: [
        // ("the U.S.-Russia Bilateral IPR Agreement of November 19, 2006")
        String.raw`(?:2006 )?${USR} (?:Bilateral )?(?:IPR|Intellectual Property Rights) (?:Bilateral )?(?:Agreement|Side Letter)`,
        String.raw`(?:2006 )?IPR (?:Side Letter|Bilateral Agreement)`, String.raw`2006 (?:Side Letter|IPR Agreement)`,
        String.raw`(?:Side Letter|Bilateral Agreement) on (?:Intellectual Property Rights|IPR)`,
        // ("a Bilateral Market Access Agreement on Intellectual Property Rights", the side letter by its formal name)
        String.raw`(?:${USR} )?Bilateral Market Access Agreement on (?:Intellectual Property Rights|IPR)`,
      ],
      ru: [],
    },
  },
  {
    // the bilateral agreement on Russia's WTO accession signed in Hanoi in November 2006 (the IPR side letter went with it)
    id: 'us-ru-wto-market-access-agreement-2006', kind: 'agreement', unit: 'article',
    name: { en: 'U.S.-Russia Bilateral WTO Market Access Agreement (2006)', ru: 'Двустороннее соглашение России и США о доступе на рынки в связи с присоединением к ВТО (2006)' },
    short: { en: 'U.S.-Russia Market Access Agreement', ru: 'Соглашение России и США о доступе на рынки' },
    aliases: {
      // (only with both states named: Russia signed such agreements with some fifty WTO members)
      en: [String.raw`${USR}\s(?:WTO )?Bilateral (?:WTO )?Market Access Agreement(?! on (?:Intellectual|IPR))`],
      ru: [],
    },
  },
  {
    // the EU-Russia Partnership and Cooperation Agreement (Corfu, 24 June 1994; in force 1997)
    id: 'eu-ru-pca-1994', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on Partnership and Cooperation between the European Communities and their Member States and the Russian Federation (1994)', ru: 'Соглашение о партнерстве и сотрудничестве между Российской Федерацией и Европейскими сообществами и их государствами-членами (1994)' },
    short: { en: 'EU-Russia PCA', ru: 'Соглашение о партнерстве и сотрудничестве с ЕС' },
    noun: { en: 'Agreement', ru: 'Соглашение' },
    aliases: {
      en: [String.raw`Partnership and Co-?operation Agreement (?:\(PCA\) )?between the (?:EU|European Union|European Communities)(?: and (?:its|their) Member States)? and (?:the )?Russia(?:n Federation)?`, String.raw`(?:EU-Russia|EU–Russia|Russia-EU) Partnership and Co-?operation Agreement`],
      // (with its parties: «Соглашение о партнерстве и сотрудничестве» alone is any two parties')
      ru: [String.raw`Соглашени~ о партн[её]рстве и сотрудничестве,? (?:между Российской Федерацией и Европейскими сообществами|(?:между )?(?:Россией|Российской Федерацией|РФ) и (?:ЕС|Европейским союзом|Евросоюзом|Европейскими сообществами)|(?:между )?(?:ЕС|Европейским союзом|Евросоюзом|Европейскими сообществами)(?: и их государствами-членами)? и (?:Россией|Российской Федерацией|РФ))`],
    },
  },
  {
    id: 'us-ru-trade-agreement-1992', kind: 'agreement', unit: 'article',
    name: { en: 'Agreement on Trade Relations between the United States of America and the Russian Federation (1992)', ru: 'Соглашение о торговых отношениях между Российской Федерацией и Соединенными Штатами Америки (1992)' },
    short: { en: '1992 U.S.-Russia Trade Agreement', ru: 'Торговое соглашение России и США 1992 г.' },
    aliases: {
      // "the 1992 U.S.-Russian Federation Trade Agreement", "the U.S.-Russia Trade Agreement of 1992", its full name
      en: [
        String.raw`1992 ${USR}(?: Bilateral)? Trade Agreement`,
        String.raw`${USR}(?: Bilateral)? Trade Agreement (?:of 1992|\(1992\))`,
        // (undated, and "U.S.-Russian": the two states' only trade agreement)
        String.raw`${USR}n?(?: Bilateral)? Trade Agreement`,
        String.raw`Agreement on Trade Relations between the United States(?: of America)? and (?:the )?Russia(?:n Federation)?`,
      ],
      ru: [String.raw`Соглашени~ о торговых отношениях между (?:Российской Федерацией и Соединенными Штатами Америки|Соединенными Штатами Америки и Российской Федерацией)`],
    },
  },
  {
    id: 'us-ru-ipr-action-plan-2012', kind: 'agreement', unit: 'article',
    name: { en: 'United States-Russian Federation Intellectual Property Rights Action Plan (2012)', ru: 'План действий США и России в области ПИС (2012)' },
    short: { en: 'IPR Action Plan', ru: 'План действий по ПИС' },
    // "outlined in the U.S-Russia IPR Action Plan", "Agreement on the IPR Action Plan represents",
    // "have agreed to an Intellectual Property Rights (IPR) Action Plan"
    // (USTR's press release: "an Action Plan to Improve Intellectual Property Rights Protection in Russia")
    // ("the December 2012 U.S.-Russia Action Plan": by its year, no other plan of the two states' is so named)
    aliases: { en: [String.raw`(?:${USR} )?(?:IPR|Intellectual Property Rights(?: \(IPR\))?) Action Plan`, String.raw`(?:(?:December|Dec\.) )?2012 ${USR} Action Plan`, String.raw`Action Plan to (?:Improve|Strengthen|Enhance) (?:Intellectual Property Rights|IPR) (?:Protection|Enforcement)`], ru: [] },
  },
  {
    id: 'us-special-301', kind: 'law', unit: 'article',
    name: { en: 'Special 301 (Section 182 of the U.S. Trade Act of 1974) and its annual review and report', ru: 'Специальный раздел 301 (Закон США о торговле 1974 г.)' },
    short: { en: 'Special 301', ru: 'Специальный раздел 301' },
    // "the Special 301 Report", "Russia's Special 301 history", "the 2009 Special 301 IPR Report" (capitalised: the
    // uppercase "SPECIAL 301 REPORT" of a report's own title page is its heading, not a reference — the shipped
    // corpus's gold; the external gold labels it, see issue 12's report)
    aliases: { en: [], ru: [String.raw`Специальн~ (?:раздел~|доклад~|обзор~) 301`] },
    // "Section 182 of the Trade Act of 1974" is the Special 301 provision itself (never section 301, the general one)
    // (and where the U.S. Code carries it: "19 U.S.C. § 2242")
    names: { en: [String.raw`Special 301(?: (?:IPR )?(?:Report|Review))?`, String.raw`[Ss]ection 182 of the (?:U\.S\. |US )?Trade Act(?: of 1974)?`, String.raw`19 U\.?S\.?C\.? §{1,2} ?2242\b`] },
  },
  {
    id: 'ru-fl-149-fz-2006', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '149', year: '2006', series: 'fz', byNumberAlone: true },
    formerIds: ['ru-fl-149-fz'],
    name: {
      en: 'Federal Law No. 149-FZ of 27 July 2006 on Information, Information Technologies and Protection of Information',
      ru: 'Федеральный закон от 27.07.2006 № 149-ФЗ "Об информации, информационных технологиях и о защите информации"',
    },
    short: { en: 'Law on Information', ru: 'Закон об информации' },
    // "section 10(6) of the Information Act" (the ECHR's name for it), "the Information Law", "Russia's Information Law";
    // never the "Freedom of Information Act", a "Public Information Act" or another law named by a word before
    // ("the Insider Information Law": 224-FZ, "the Mass Information Law")
    // (and "the Law on Information", "the law On Information", unquoted: never 1995's "Law on Information, Informatization
    // and …", nor another state's)
    names: {
      en: [
        String.raw`(?<!(?:of|(?!(?:The|This|That|Its|Under|In|By|Russia['’]s)\b)\p{Lu}[\p{L}-]*|insider|mass) )(?:Russian |Federal )?Information (?:Act|Law)`,
        String.raw`(?<!(?:Kazakh|Kazakhstan['’]s|Belarus(?:ian)?|Belarus['’]s|Ukrain(?:e|ian)|Ukraine['’]s|Kyrgyz|Armenian|Uzbek|Tajik)\s)(?<![\p{L}])(?:[Ll]aw|LAW)\s+[Oo]n\s+[Ii]nformation(?![\p{L}])(?!\s+[Tt]echnolog)(?!,?\s+(?:[Ii]nformatization|[Ii]nformation\s+[Tt]echnolog|and\s+[Ii]nformation|(?:and\s+)?(?:the\s+)?[Pp]rotection|[Ii]nformation\s+[Ss]ecurity))`,
      ],
    },
    aliases: {
      // "the Federal Law on Information and Information Technologies (2006)",
      // "article 15.2 of the Law “On Information, Information Technologies and Protection of Information”"
      // and its parts in another order, "Law "On Information, Protection of Information and Information Technologies""
      // (never 1995's "On Information, Informatization and Protection of Information")
      en: [
        String.raw`${LAW_EN}"?on Information,? (?:and )?Information Technologies(?:,? and (?:on )?(?:the )?Protection of Information)?"?`,
        String.raw`${LAW_EN}"?on Information,? (?:and )?(?:on )?(?:the )?Protection of Information,? and (?:on )?Information Technologies"?`,
        // its quoted title alone, under "Federal Law № 149-FZ dated July 27, 2006" on the line above, and "Information
        // Protection" for "Protection of Information"
        String.raw`"On Information, Information Technologies,? and (?:on )?(?:the )?(?:Protection of Information|Information Protection)"`,
        String.raw`${LAW_EN}"?on Information,? Information Technologies,? and Information Protection"?`,
        // "Law on Information, Information Technology and Information Security" (Freedom House's), and its quoted short
        // title alone, "the Law "On Information"" (never 1995's "On Information, Informatization and …")
        String.raw`${LAW_EN}"?on Information,? Information Technology,? and Information Security"?`,
        // (and cut short with an ellipsis: "Article 15.2 of the Federal Law “On Information ...”")
        String.raw`${LAW_EN}"On Information(?: ?(?:\.\.\.|…))?"`,
      ],
      ru: [
        // (and "информтехнологиях", a newspaper's contraction)
        String.raw`${LAW_RU}"Об информации, информ(?:ационных |)технологиях и о защите информации"`,
        // "ст. 15.2 Закона об информации" (the usual short name, unquoted), «статья 15.3 закона "Об информации"» (quoted;
        // never 1995's «Об информации, информатизации …»)
        String.raw`[Зз]акон~ об информации(?:, информационных технологиях и о защите информации)?`,
        String.raw`[Зз]акон~ "Об информации"`,
      ],
    },
  },
  {
    id: 'ru-fl-187-fz-2013', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '187', year: '2013', series: 'fz', byNumberAlone: true },
    name: {
      en: 'Federal Law No. 187-FZ of 2 July 2013 on the protection of intellectual rights in information and telecommunication networks ("anti-piracy law")',
      ru: 'Федеральный закон от 02.07.2013 № 187-ФЗ "О внесении изменений в отдельные законодательные акты Российской Федерации по вопросам защиты интеллектуальных прав в информационно-телекоммуникационных сетях"',
    },
    short: { en: 'Federal Law No. 187-FZ of 2013', ru: 'Федеральный закон № 187-ФЗ (2013)' },
    aliases: {
      // Its Russian press name, "«антипиратский» закон", ""антипиратского" закона": never "второй/новый/бессрочный
      // антипиратский закон" (2014's 364-FZ, "the second anti-piracy law"), nor one dated another year. The English
      // "anti-piracy law" is as often generic ("the current anti-piracy law") and names the law only where a text defines it
      // or writes it as a name ("the Anti-Piracy Law"), never "the second/new/2014 Anti-Piracy Law" (364-FZ).
      en: [],
      ru: [
        String.raw`${NOT_ANOTHER_RU}"?[Аа]нтипиратск~"? закон~(?! (?:от |)(?!(?:\d{1,2}\.\d{2}\.)?2013)\d)`,
        String.raw`${LAW_RU}"О внесении изменений в отдельные законодательные акты Российской Федерации по вопросам защиты интеллектуальных прав в информационно-телекоммуникационных сетях"`],
    },
    // and by its order: "the first anti-piracy law" (the press's name once the second came, 364-FZ of 2014)
    names: { en: [String.raw`(?<!(?:[Ss]econd|[Nn]ew|[Ee]ternal|[Pp]erpetual|[Ee]xpanded|[Aa]mended|[Uu]pdated|2014|2015|[Ll]ater) )(?:Russian |Russia['’]s |Federal )?Anti-?[Pp]ira(?:cy|te) Law(?! of 201[4-9])`, String.raw`(?<=\b[Ff]irst,? (?:['‘’]|")?)[Aa]nti-?[Pp]iracy(?:['’]|")? [Ll]aw${RUSSIA_IN_SENTENCE}`] },
  },
  {
    id: 'ru-fl-364-fz-2014', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '364', year: '2014', series: 'fz', byNumberAlone: true },
    formerIds: ['ru-fl-364-fz'],
    name: { en: 'Federal Law No. 364-FZ of 24 November 2014 (site blocking amendments)', ru: 'Федеральный закон от 24.11.2014 № 364-ФЗ' },
    short: { en: 'Federal Law No. 364-FZ of 2014', ru: 'Федеральный закон № 364-ФЗ (2014)' },
    // and the press's other name for it, the law on "eternal" (permanent) blocking of repeatedly infringing sites:
    // «закон о вечной блокировке», "the perpetual blocking law"
    aliases: { en: [], ru: [] },
    // "the second anti-piracy law", "the second, ‘anti-piracy’ law", "второй антипиратский закон" (the press's names)
    names: { en: [String.raw`(?<=\b[Ss]econd,? (?:['‘’]|")?)[Aa]nti-?[Pp]iracy(?:['’]|")? [Ll]aw${RUSSIA_IN_SENTENCE}`, String.raw`(?:"|['‘])?(?:[Ee]ternal|[Pp]erpetual|[Pp]ermanent)(?:"|['’])? [Bb]locking (?:[Ll]aw|[Aa]mendments)${RUSSIA_IN_SENTENCE}`, String.raw`[Ll]aw on (?:the )?(?:"|['‘])?(?:[Ee]ternal|[Pp]erpetual|[Pp]ermanent)(?:"|['’])? [Bb]locking${RUSSIA_IN_SENTENCE}`], ru: [String.raw`(?<=(?<![\p{L}])[Вв]тор(?:ой|ого|ому|ым|ом) "?)[Аа]нтипиратск(?:ий|ого|ому|им|ом)"? закон(?:а|у|ом|е)?(?<!(?:Итали|Испани|Франци|Германи|Коре|Украин|США)[^.!?\n]{0,200})`, String.raw`[Зз]акон~ о "?(?:вечной|пожизненной|бессрочной)"? блокировке(?: (?:пиратских )?(?:сайтов|ресурсов))?`] },
  },
  {
    // Russia's ratification of the Hague Agreement's Geneva Act (it joined on 28 February 2018); the Act named in its title
    // is a reference of its own (extract.ts). Only Russia's: "the law on ratification of the Geneva Act" in a sentence
    // on another state is that state's.
    id: 'ru-fl-56-fz-2017', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '56', year: '2017', series: 'fz' },
    name: {
      en: 'Federal Law No. 56-FZ of 3 April 2017 on Ratification of the Geneva Act of the Hague Agreement Concerning the International Registration of Industrial Designs',
      ru: 'Федеральный закон от 03.04.2017 № 56-ФЗ "О ратификации Женевского акта Гаагского соглашения о международной регистрации промышленных образцов"',
    },
    short: { en: 'Federal Law No. 56-FZ of 2017 (Hague Geneva Act ratification)', ru: 'Федеральный закон № 56-ФЗ (2017)' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?Ratification of the Geneva Act of the Hague Agreement(?: Concerning the International Registration of Industrial Designs)?"?`],
      ru: [String.raw`${LAW_RU}"О ратификации Женевского акта Гаагского соглашения(?: о международной регистрации промышленных образцов)?"`],
    },
    // "Federal Act on the ratification of the Geneva Act of the Hague Agreement", "Federal Statute ratifying the Geneva Act"
    // (unquoted in Russian, a nickname: «Армения приняла закон о ратификации Женевского акта» is Armenia's)
    names: {
      en: [String.raw`(?:Federal (?:[Ll]aw|[Aa]ct|[Ss]tatute)|[Ll]aw) (?:on (?:the )?ratification of|ratifying) the Geneva Act(?: of the Hague Agreement(?: Concerning the International Registration of Industrial Designs)?)?${RUSSIA_NEAR}`],
      ru: [String.raw`[Зз]акон~ о ратификации Женевского акта Гаагского соглашения(?: о международной регистрации промышленных образцов)?`],
    },
  },
  {
    // Russia's ratification of the Eurasian Patent Convention's Protocol on industrial designs (2019)
    id: 'ru-fl-377-fz-2020', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '377', year: '2020', series: 'fz' },
    name: {
      en: 'Federal Law No. 377-FZ of 24 November 2020 on Ratification of the Protocol on the Protection of Industrial Designs to the Eurasian Patent Convention',
      ru: 'Федеральный закон от 24.11.2020 № 377-ФЗ "О ратификации Протокола об охране промышленных образцов к Евразийской патентной конвенции от 9 сентября 1994 года"',
    },
    short: { en: 'Federal Law No. 377-FZ of 2020 (designs protocol ratification)', ru: 'Федеральный закон № 377-ФЗ (2020)' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?Ratification of the Protocol on (?:the )?Protection of Industrial Designs to the Eurasian Patent Convention(?: of September 9, 1994| of 9 September 1994)?"?`],
      ru: [String.raw`${LAW_RU}"О ратификации Протокола об охране промышленных образцов к Евразийской патентной конвенции(?: от 9 сентября 1994 года)?"`],
    },
  },
  {
    // the law on geographical indications (in force 27 July 2020): by number, and by the press's names for it ("the law on
    // regional brands", «закон о географических указаниях»), only in a text on Russia
    id: 'ru-fl-230-fz-2019', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '230', year: '2019', series: 'fz' },
    name: {
      en: 'Federal Law No. 230-FZ of 26 July 2019 amending Part Four of the Civil Code (geographical indications)',
      ru: 'Федеральный закон от 26.07.2019 № 230-ФЗ "О внесении изменений в часть четвертую Гражданского кодекса Российской Федерации и статьи 1 и 23.1 Федерального закона "О государственном регулировании производства и оборота этилового спирта, алкогольной и спиртосодержащей продукции и об ограничении потребления (распития) алкогольной продукции""',
    },
    short: { en: 'Federal Law No. 230-FZ of 2019 (geographical indications)', ru: 'Федеральный закон № 230-ФЗ (2019)' },
    aliases: { en: [], ru: [] },
    names: {
      en: [String.raw`(?<![Aa]n? )(?:[Ll]aw|[Aa]mendments?) on (?:the )?(?:[Pp]rotection of )?(?:[Gg]eographical [Ii]ndications|[Rr]egional [Bb]rands)${RUSSIA_IN_SENTENCE}`],
      ru: [String.raw`[Зз]акон~ (?:о|об охране) (?:географических указаний|географических указаниях|региональных брендах|региональных брендов)(?! (?:Республики|Украины|Казахстана|Беларуси|ЕС|Китая|Европейского союза|Евросоюза|ЕАЭС))`],
    },
  },
  {
    // «закон Лугового» (extrajudicial blocking for calls to unrest, in force 1 February 2014), by the press's names
    id: 'ru-fl-398-fz-2013', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '398', year: '2013', series: 'fz', byNumberAlone: true },
    name: {
      en: 'Federal Law No. 398-FZ of 28 December 2013 amending the Law on Information (extrajudicial blocking, the "Lugovoy law")',
      ru: 'Федеральный закон от 28.12.2013 № 398-ФЗ "О внесении изменений в Федеральный закон "Об информации, информационных технологиях и о защите информации""',
    },
    short: { en: 'Federal Law No. 398-FZ of 2013 (Lugovoy law)', ru: 'Федеральный закон № 398-ФЗ (2013)' },
    aliases: { en: [], ru: [] },
    names: { en: [String.raw`Lugovo[yi]['’]?s? [Ll]aw`], ru: [String.raw`[Зз]акон~ Лугового`] },
  },
  {
    // the industrial designs law (publication and provisional protection), by number only: its title is every amending law's
    id: 'ru-fl-549-fz-2018', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '549', year: '2018', series: 'fz' },
    name: {
      en: 'Federal Law No. 549-FZ of 27 December 2018 amending Part Four of the Civil Code (industrial designs)',
      ru: 'Федеральный закон от 27.12.2018 № 549-ФЗ "О внесении изменений в часть четвертую Гражданского кодекса Российской Федерации"',
    },
    short: { en: 'Federal Law No. 549-FZ of 2018', ru: 'Федеральный закон № 549-ФЗ (2018)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the Regulation on patent and other fees it approved: «Положение о пошлинах», "the Regulation on Fees"; its items are
    // the resolution's (keyed so, as the gold does)
    id: 'ru-gov-941-2008', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '941', year: '2008', series: 'gov' },
    name: {
      en: 'Resolution of the Government of the Russian Federation No. 941 of 10 December 2008 on Patent and Other Fees for Legally Significant Actions',
      ru: 'Постановление Правительства РФ от 10.12.2008 № 941 "Об установлении порядка и размеров пошлин за совершение юридически значимых действий"',
    },
    short: { en: 'Government Resolution No. 941 of 2008 (patent fees)', ru: 'Постановление Правительства РФ № 941 (2008)' },
    aliases: {
      en: [String.raw`Regulations? on (?:(?:the )?[Pp]atent (?:[Ff]ees|[Dd]uties) and [Oo]ther [Ff]ees|[Pp]atent and [Oo]ther [Ff]ees|[Ff]ees) for [Ll]egally [Ss]ignificant [Aa]ctions`],
      // (never the Eurasian Patent Organization's own «Положение о пошлинах ЕАПО», nor another body's fees and charges)
      // (the short name, «Положение о пошлинах», is the 1993 Regulation's too: see DATED_NAMES)
      ru: [String.raw`Положени~ о патентных и иных пошлинах`],
    },
  },
  {
    // compulsory licences for the export of medicines (art. 1360.1, the TRIPS 31bis system), by number
    id: 'ru-fl-107-fz-2021', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '107', year: '2021', series: 'fz' },
    name: { en: 'Federal Law No. 107-FZ of 30 April 2021 amending Part Four of the Civil Code (compulsory licences, art. 1360.1)', ru: 'Федеральный закон от 30.04.2021 № 107-ФЗ "О внесении изменений в часть четвертую Гражданского кодекса Российской Федерации"' },
    short: { en: 'Federal Law No. 107-FZ of 2021', ru: 'Федеральный закон № 107-ФЗ (2021)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the health law, by title ("Federal Law No. 323-FZ on Fundamentals of the Protection of Citizens' Health", «Об
    // основах охраны здоровья граждан в Российской Федерации»)
    id: 'ru-fl-323-fz-2011', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '323', year: '2011', series: 'fz', byNumberAlone: true },
    name: { en: "Federal Law No. 323-FZ of 21 November 2011 on the Fundamentals of Protection of Citizens' Health in the Russian Federation", ru: 'Федеральный закон от 21.11.2011 № 323-ФЗ "Об основах охраны здоровья граждан в Российской Федерации"' },
    short: { en: 'Health Protection Law', ru: 'Закон об основах охраны здоровья граждан' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?Fundamental(?:s| Principles) of (?:the )?(?:Protection of (?:the )?(?:Citizens['’]? |Public )?Health|(?:Citizens['’]? )?Health Protection)(?: (?:of Citizens )?in the Russian Federation)?"?`],
      ru: [String.raw`${LAW_RU}"Об основах охраны здоровья граждан(?: в Российской Федерации)?"`, String.raw`[Зз]акон~ об основах охраны здоровья граждан`],
    },
  },
  {
    // its predecessor, the Fundamentals of 22 July 1993 (in force until 2012)
    id: 'ru-law-5487-1-1993', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '5487-1', year: '1993', series: 'rf' },
    name: { en: "Fundamentals of the Legislation of the Russian Federation on the Protection of Citizens' Health of 22 July 1993 No. 5487-1", ru: 'Основы законодательства Российской Федерации об охране здоровья граждан от 22.07.1993 № 5487-1' },
    short: { en: 'Fundamentals on Health Protection (1993)', ru: 'Основы законодательства об охране здоровья граждан (1993)' },
    aliases: {
      en: [String.raw`Fundamentals of (?:the )?Legislation of the Russian Federation on (?:the )?(?:Protection of (?:Citizens['’]? )?Health|(?:Citizens['’]? )?Health Protection)`],
      ru: [String.raw`Основ~ законодательства Российской Федерации об охране здоровья граждан`],
    },
  },
  {
    id: 'ru-fl-101-fz-1995', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '101', year: '1995', series: 'fz' },
    name: { en: 'Federal Law No. 101-FZ of 15 July 1995 on International Treaties of the Russian Federation', ru: 'Федеральный закон от 15.07.1995 № 101-ФЗ "О международных договорах Российской Федерации"' },
    short: { en: 'Law on International Treaties', ru: 'Закон о международных договорах' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?International Treaties of (?:the )?(?:Russian Federation|RF)"?`, String.raw`${LAW_EN}"On International Treaties"`],
      ru: [String.raw`${LAW_RU}"О международных договорах(?: Российской Федерации| РФ)?"`],
    },
    // «закон о международных договорах» unquoted, never another state's
    names: { ru: [String.raw`[Зз]акон~ о международных договорах(?: Российской Федерации| РФ)?(?! (?:Республики|Украины|Казахстана|Беларуси|Армении|Кыргызской))`] },
  },
  {
    id: 'ru-fl-244-fz-2010', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '244', year: '2010', series: 'fz' },
    name: { en: 'Federal Law No. 244-FZ of 28 September 2010 on the Skolkovo Innovation Centre', ru: 'Федеральный закон от 28.09.2010 № 244-ФЗ "Об инновационном центре "Сколково""' },
    short: { en: 'Skolkovo Law', ru: 'Закон об инновационном центре «Сколково»' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?"?Skolkovo"? Innovation Cent(?:er|re)"?`],
      ru: [String.raw`${LAW_RU}"?Об инновационном центре "?Сколково"?`],
    },
  },
  {
    id: 'ru-law-4462-1-1993', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '4462-1', year: '1993', series: 'rf' },
    name: { en: 'Fundamentals of the Legislation of the Russian Federation on Notaries of 11 February 1993 No. 4462-1', ru: 'Основы законодательства Российской Федерации о нотариате от 11.02.1993 № 4462-1' },
    short: { en: 'Fundamentals on Notaries (1993)', ru: 'Основы законодательства о нотариате' },
    aliases: {
      en: [String.raw`Fundamentals of (?:the )?Legislation of (?:the )?(?:Russian Federation|RF) on (?:the )?Notar(?:y|iat|iate|ies|ial (?:Activity|System))`],
      ru: [String.raw`Основ~ законодательства (?:Российской Федерации |РФ )?о нотариате`],
    },
  },
  {
    id: 'ru-fl-35-fz-2014', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '35', year: '2014', series: 'fz' },
    name: {
      en: 'Federal Law No. 35-FZ of 12 March 2014 amending Parts One, Two and Four of the Civil Code',
      ru: 'Федеральный закон от 12.03.2014 № 35-ФЗ "О внесении изменений в части первую, вторую и четвертую Гражданского кодекса Российской Федерации и отдельные законодательные акты Российской Федерации"',
    },
    short: { en: 'Federal Law No. 35-FZ of 2014', ru: 'Федеральный закон № 35-ФЗ (2014)' },
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-fl-99-fz-2011', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '99', year: '2011', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 99-FZ of 4 May 2011 on Licensing of Certain Types of Activities', ru: 'Федеральный закон от 04.05.2011 № 99-ФЗ "О лицензировании отдельных видов деятельности"' },
    short: { en: 'Law on Licensing', ru: 'Закон о лицензировании' },
    aliases: {
      // "its Law on Activity Licensing"
      // its title, "Law on Activity Licensing", names No. 128-FZ of 2001 before this law took effect (see DATED_NAMES)
      en: [],
      ru: [],
    },
  },
  {
    id: 'ru-fl-128-fz-2001', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '128', year: '2001', series: 'fz' },
    name: { en: 'Federal Law No. 128-FZ of 8 August 2001 on Licensing Certain Types of Activity', ru: 'Федеральный закон от 08.08.2001 № 128-ФЗ "О лицензировании отдельных видов деятельности"' },
    short: { en: 'Law on Licensing (2001)', ru: 'Закон о лицензировании (2001)' },
    aliases: { en: [], ru: [] },
  },
  {
    // (its parts in dotted notation, as English notes write them: "Article 18.6" is part 6 of Article 18, data exclusivity)
    id: 'ru-fl-61-fz-2010', kind: 'law', unit: 'article', partLabel: 'ч.', dottedParagraphs: true, law: { number: '61', year: '2010', series: 'fz' },
    name: { en: 'Federal Law No. 61-FZ of 12 April 2010 on Circulation of Medicines', ru: 'Федеральный закон от 12.04.2010 № 61-ФЗ "Об обращении лекарственных средств"' },
    short: { en: 'Law on Circulation of Medicines', ru: 'Закон об обращении лекарственных средств' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?(?:Circulation|Turnover) of (?:Medicines|Medicinal (?:Products|Drugs|Means)|Drugs|Pharmaceuticals)"?`, String.raw`${LAW_EN}"?On (?:Drugs?|Medicines?) Circulation"?`],
      // («закон об обращении лекарств», as the press shortens it; "Law on Medicines" and "Pharmaceutical Law" are dated
      // names: No. 86-FZ of 1998 before this law)
      ru: [String.raw`${LAW_RU}"Об обращении лекарственных средств"`, String.raw`[Зз]акон~ (?:РФ )?об обращении лекарств(?:енных средств)?`],
    },
  },
  {
    id: 'ru-fl-38-fz-2006', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '38', year: '2006', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 38-FZ of 13 March 2006 on Advertising', ru: 'Федеральный закон от 13.03.2006 № 38-ФЗ "О рекламе"' },
    short: { en: 'Law on Advertising', ru: 'Закон о рекламе' },
    // (its title names the 1995 law before it took effect: DATED_NAMES)
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-fl-108-fz-1995', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '108', year: '1995', series: 'fz' },
    name: { en: 'Federal Law No. 108-FZ of 18 July 1995 on Advertising (repealed 1 July 2006)', ru: 'Федеральный закон от 18.07.1995 № 108-ФЗ "О рекламе" (утратил силу 1 июля 2006 г.)' },
    short: { en: 'Law on Advertising (1995)', ru: 'Закон о рекламе (1995)' },
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-law-2124-1-1991', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '2124-1', year: '1991', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 2124-1 of 27 December 1991 on Mass Media', ru: 'Закон РФ от 27.12.1991 № 2124-1 "О средствах массовой информации"' },
    short: { en: 'Law on Mass Media', ru: 'Закон о СМИ' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?Mass Media"?${RF_EN}`, String.raw`Mass Media Law${RF_EN}`, String.raw`(?:Russian|Russia['’]s|RF) Media Law`],
      // («Закона «О СМИ»»: the title shortened in quotes)
      ru: [String.raw`${LAW_RU}"О (?:средствах массовой информации|СМИ)"`, String.raw`[Зз]акон~ (?:РФ |Российской Федерации )?о (?:средствах массовой информации|СМИ)`],
    },
  },
  {
    id: 'ru-law-2300-1-1992', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '2300-1', year: '1992', series: 'rf' },
    name: { en: "Law of the Russian Federation No. 2300-1 of 7 February 1992 on Protection of Consumers' Rights", ru: 'Закон РФ от 07.02.1992 № 2300-1 "О защите прав потребителей"' },
    short: { en: 'Consumer Protection Law', ru: 'Закон о защите прав потребителей' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?Protection of (?:Consumers?['’]? Rights|(?:the )?Rights of Consumers)"?`, String.raw`Consumer (?:Rights )?Protection Law`],
      ru: [String.raw`${LAW_RU}"О защите прав потребителей"`, String.raw`[Зз]акон~ о защите прав потребителей`],
    },
    // «ст. 18 ЗоЗПП», as consumers' forums and lawyers' answers shorten it
    abbreviations: ['ЗоЗПП', 'ЗЗПП'],
  },
  {
    id: 'ru-fl-152-fz-2006', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '152', year: '2006', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 152-FZ of 27 July 2006 on Personal Data', ru: 'Федеральный закон от 27.07.2006 № 152-ФЗ "О персональных данных"' },
    short: { en: 'Law on Personal Data', ru: 'Закон о персональных данных' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Personal Data"?${RF_EN}`, String.raw`Personal Data Law${RF_EN}`],
      ru: [String.raw`${LAW_RU}"О персональных данных"`, String.raw`[Зз]акон~ (?:РФ )?о персональных данных`],
    },
  },
  {
    id: 'ru-fl-59-fz-2006', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '59', year: '2006', series: 'fz' },
    name: { en: 'Federal Law No. 59-FZ of 2 May 2006 on the Procedure for Consideration of Appeals by Citizens of the Russian Federation', ru: 'Федеральный закон от 02.05.2006 № 59-ФЗ "О порядке рассмотрения обращений граждан Российской Федерации"' },
    short: { en: "Law on Citizens' Appeals", ru: 'Закон об обращениях граждан' },
    aliases: {
      en: [String.raw`${LAW_EN}(?:"|[‘’'])?On (?:the )?Procedure for (?:the )?Consideration of (?:Appeals|Applications|Petitions) (?:by|of|from) Citizens(?: of the Russian Federation)?(?:"|[‘’'])?`],
      ru: [String.raw`${LAW_RU}"О порядке рассмотрения обращений граждан(?: Российской Федерации)?"`],
    },
  },
  {
    id: 'ru-fl-135-fz-2006', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '135', year: '2006', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 135-FZ of 26 July 2006 on Protection of Competition', ru: 'Федеральный закон от 26.07.2006 № 135-ФЗ "О защите конкуренции"' },
    short: { en: 'Law on Protection of Competition', ru: 'Закон о защите конкуренции' },
    // ("ФЗ о защите конкуренции", "Закон о защите конкуренции": Russia's since 2006, as DATED_NAMES reads the English nickname)
    // ("Federal Law 135-FZ on Competition Protection": that word order only after "Federal Law")
    // ("Federal Law on the Defence of Competition" only after "Federal Law": Spain's and Argentina's laws are so called)
    aliases: { en: [String.raw`${LAW_EN}"?On (?:the )?Protection of Competition"?`, String.raw`${FED_LAW_EN}"?On Competition Protection"?${RF_EN}`, String.raw`${FED_LAW_EN}"?On (?:the )?Defen[cs]e of Competition"?`], ru: [String.raw`${LAW_RU}"О защите конкуренции"`, String.raw`(?:ФЗ(?: РФ)?|[Зз]акон~ РФ) "?[Оо] защите конкуренции"?`, String.raw`[Зз]акон~ "[Оо] защите конкуренции"`] },
    // unquoted, as FAS and commentators write it («Статья 14 Закона о защите конкуренции», «закона о конкуренции»): a
    // nickname, never in a sentence on another state's law («В Германии закон о защите конкуренции (GWB)…»)
    names: { en: [], ru: [String.raw`(?<![\p{L}])[Зз]акон(?:а|у|ом|е)? ?о (?:защите )?конкуренции(?! (?:Республики|Украины|Казахстана|Беларуси|Армении|Кыргызской|Узбекистана|Таджикистана|Азербайджана|Грузии|Молдовы|ЕС|Китая|КНР|США))`] },
  },
  {
    // Named by its title without its number ("указ президента РФ «Об утверждении Перечня сведений конфиденциального
    // характера»"); no `law` field: a bare "Указ № 188" is never given a year (see lawId)
    id: 'ru-ukaz-188-1997', kind: 'law', unit: 'article', partLabel: 'п.',
    name: { en: 'Decree of the President of the Russian Federation No. 188 of 6 March 1997 on the List of Confidential Information', ru: 'Указ Президента РФ от 06.03.1997 № 188 "Об утверждении Перечня сведений конфиденциального характера"' },
    short: { en: 'Presidential Decree No. 188 of 1997', ru: 'Указ Президента РФ № 188 (1997)' },
    aliases: {
      en: [String.raw`(?:Presidential )?Decree(?: of the President(?: of (?:the )?(?:Russian Federation|RF))?)? "?On (?:the )?Approval of the List of (?:Confidential Information|Information of (?:a )?Confidential (?:Nature|Character))"?`],
      ru: [String.raw`[Уу]каз~ (?:[Пп]резидента (?:Российской Федерации|РФ) )?"Об утверждении [Пп]еречня сведений конфиденциального характера"`],
    },
  },
  {
    // "the Law on Customs Regulation" is this law or the next by the date (see DATED_NAMES)
    id: 'ru-fl-311-fz-2010', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '311', year: '2010', series: 'fz' },
    name: { en: 'Federal Law No. 311-FZ of 27 November 2010 on Customs Regulation in the Russian Federation', ru: 'Федеральный закон от 27.11.2010 № 311-ФЗ "О таможенном регулировании в Российской Федерации"' },
    short: { en: 'Law on Customs Regulation (2010)', ru: 'Закон о таможенном регулировании (2010)' },
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-fl-289-fz-2018', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '289', year: '2018', series: 'fz' },
    name: { en: 'Federal Law No. 289-FZ of 3 August 2018 on Customs Regulation in the Russian Federation', ru: 'Федеральный закон от 03.08.2018 № 289-ФЗ "О таможенном регулировании в Российской Федерации и о внесении изменений в отдельные законодательные акты Российской Федерации"' },
    short: { en: 'Law on Customs Regulation (2018)', ru: 'Закон о таможенном регулировании (2018)' },
    // its title with its own date (whose year alone would leave the dated name undecided: 2018 saw both laws in force)
    aliases: {
      en: [
        String.raw`(?:Russian )?(?:Federal )?Law(?: of (?:the )?(?:Russian Federation|RF))?,? (?:dated |of )?(?:3 August|August 3,?) 2018,? "?on Customs Regulations?(?: in (?:the )?(?:Russian Federation|RF))?"?`,
        String.raw`(?:Russian )?(?:Federal )?Law "?on Customs Regulations?(?: in (?:the )?(?:Russian Federation|RF))?"?,? \(?(?:dated |of )?(?:3 August|August 3,?) 2018\)?`,
        // its full title, whose second half only it has ("… and Amendment of Specific Regulations of the Russian Federation")
        String.raw`${LAW_EN}"?on Customs Regulations? in (?:the )?(?:Russian Federation|RF) and (?:on )?(?:the )?Amend(?:ment|ments|ing) (?:of|to) (?:Specific|Certain|Separate|Particular|Individual) (?:Regulations|Legislative Acts|Laws)(?: of (?:the )?(?:Russian Federation|RF))?"?`,
      ],
      ru: [String.raw`(?:Федеральн~ )?[Зз]акон~(?: Российской Федерации| РФ)? от (?:0?3\.08\.2018|3 августа 2018)(?: ?г\.| года)?,?(?: (?:№|N) ?289-ФЗ)? "?О таможенном регулировании(?: в Российской Федерации)?"?`, String.raw`${LAW_RU}"?О таможенном регулировании в Российской Федерации и о внесении изменений в отдельные законодательные акты Российской Федерации"?`],
    },
  },
  {
    id: 'ru-fl-98-fz-2004', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '98', year: '2004', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 98-FZ of 29 July 2004 on Commercial Secrets', ru: 'Федеральный закон от 29.07.2004 № 98-ФЗ "О коммерческой тайне"' },
    short: { en: 'Law on Commercial Secrets', ru: 'Закон о коммерческой тайне' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:Commercial|Trade) Secre(?:ts?|cy)"?`],
      ru: [String.raw`${LAW_RU}"О коммерческой тайне"`, String.raw`[Зз]акон~ (?:РФ |Российской Федерации )?о коммерческой тайне`],
    },
    // its usual English nicknames ("the Trade Secret Law", "Commercial Secrecy Law")
    // ("Trade Secrets Law in Russia" is the field's, a title's words)
    names: { en: [String.raw`(?<![A-Z][a-z]+['’]s )(?:Trade|Commercial) Secre(?:ts?|cy) Law(?! in (?:Russia|the Russian Federation))`] },
  },
  {
    id: 'ru-fl-316-fz-2008', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '316', year: '2008', series: 'fz' },
    name: { en: 'Federal Law No. 316-FZ of 30 December 2008 on Patent Attorneys', ru: 'Федеральный закон от 30.12.2008 № 316-ФЗ "О патентных поверенных"' },
    short: { en: 'Law on Patent Attorneys', ru: 'Закон о патентных поверенных' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Patent Attorneys"?${RF_EN}`],
      ru: [String.raw`${LAW_RU}"О патентных поверенных"`, String.raw`[Зз]акон~ (?:РФ |Российской Федерации )?"?[Оо] патентных поверенных"?`],
    },
    // "the Patent Attorneys Law" (where the text is on Russia: Japan's Patent Attorney Act and others share the name)
    names: { en: [String.raw`(?:Russian |Federal )?Patent Attorneys?['’]? Law${RUSSIA_NEAR}`] },
  },
  {
    id: 'ru-law-5351-1-1993', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '5351-1', year: '1993', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 5351-1 of 9 July 1993 on Copyright and Related Rights', ru: 'Закон РФ от 09.07.1993 № 5351-1 "Об авторском праве и смежных правах"' },
    short: { en: 'Copyright Law (1993)', ru: 'Закон об авторском праве (1993)' },
    // "ЗоАП" (Закон об авторском праве), as commentaries of its time abbreviate it
    abbreviations: ['ЗоАП'],
    aliases: {
      en: [
        String.raw`${LAW_EN}"?On Copyright and (?:Related|Neighbou?ring) Rights"?`,
        // "the Russian copyright law of 1993", "the 1993 Russian Copyright Law" (by its year: Russia had no other)
        String.raw`(?:Russian |Russia['’]s )?[Cc]opyright [Ll]aw of (?:9 July |July 9,? )?1993`,
        String.raw`1993 (?:Russian )?[Cc]opyright [Ll]aw`,
      ],
      // "ст.48 Закона «Об авторских и смежных правах»" (a common misquotation of the title)
      ru: [
        String.raw`${LAW_RU}"Об авторск(?:ом праве|их) (?:и )?смежных правах"`,
        // "Закон РФ об авторском праве и смежных правах" (unquoted, as older texts name it; one law, never "законах об
        // авторском праве зарубежных стран", nor the Soviet Union's or another state's)
        String.raw`[Зз]акон(?:а|у|ом|е)? (?:РФ |Российской Федерации )?об авторском праве(?: и смежных правах)?(?! (?:Советского|СССР|зарубежных|иностранных|других|США|Республики|${CIS_STATE.source}))`,
      ],
    },
  },
  {
    id: 'ru-law-3517-1-1992', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '3517-1', year: '1992', series: 'rf' },
    name: { en: 'Patent Law of the Russian Federation No. 3517-1 of 23 September 1992', ru: 'Патентный закон Российской Федерации от 23.09.1992 № 3517-1' },
    short: { en: 'Patent Law (1992)', ru: 'Патентный закон (1992)' },
    aliases: { en: [], ru: [String.raw`Патентн~ закон~(?: Российской Федерации| РФ)?`] },
    // never a chapter's quoted title ("Chapter 72 of the RF Civil Code «The Patent Law»")
    // (a double quote or a guillemet only, written as such: a title in single quotes after "the" is the act)
    // (nor the field of law: "the Institute of Patent Law", a course's "Civil law. A special part. Patent Law")
    names: { en: [String.raw`(?<![\x22«“„](?:The )?)(?<!(?:[Ii]nstitut(?:e|ion)|[Bb]ranch|[Ff]ield|[Aa]rea|[Ss]phere|[Cc]ourse|[Ss]ubject)\s+of\s+(?:the\s+)?)(?<![Pp]art\.\s+)Patent Law(?: of the Russian Federation)?`] },
  },
  {
    id: 'ru-law-3520-1-1992', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '3520-1', year: '1992', series: 'rf' },
    name: {
      en: 'Law of the Russian Federation No. 3520-1 of 23 September 1992 on Trademarks, Service Marks and Appellations of Origin of Goods',
      ru: 'Закон РФ от 23.09.1992 № 3520-1 "О товарных знаках, знаках обслуживания и наименованиях мест происхождения товаров"',
    },
    short: { en: 'Trademark Law (1992)', ru: 'Закон о товарных знаках (1992)' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:Trademarks|Trade-marks|Trade marks)(?:,? Service Marks,? and Appellations of Origin(?: of Goods)?)?"?`],
      ru: [
        String.raw`${LAW_RU}"О товарных знаках, знаках обслуживания и наименованиях мест происхождения товаров"`,
        // "Закон о товарных знаках", "Закона РФ о товарных знаках, знаках обслуживания ..." (unquoted)
        String.raw`[Зз]акон~ (?:РФ |Российской Федерации )?о товарных знаках(?:, знаках обслуживания и наименованиях мест происхождения товаров)?`,
      ],
    },
  },
  {
    id: 'ru-law-3526-1-1992', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '3526-1', year: '1992', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 3526-1 of 23 September 1992 on Legal Protection of Topographies of Integrated Circuits', ru: 'Закон РФ от 23.09.1992 № 3526-1 "О правовой охране топологий интегральных микросхем"' },
    short: { en: 'Layout Designs Law (1992)', ru: 'Закон о топологиях (1992)' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?Legal Protection of (?:Layout Designs|Topograph(?:y|ies)) of Integrated (?:Circuits|Microcircuits)"?`],
      ru: [String.raw`${LAW_RU}"О правовой охране топологий интегральных микросхем"`],
    },
  },
  {
    id: 'ru-law-5605-1-1993', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '5605-1', year: '1993', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 5605-1 of 6 August 1993 on Selection Achievements', ru: 'Закон РФ от 06.08.1993 № 5605-1 "О селекционных достижениях"' },
    short: { en: 'Selection Achievements Law (1993)', ru: 'Закон о селекционных достижениях (1993)' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:Attainments|Achievements) in Selection"?`, String.raw`${LAW_EN}"?On (?:the )?(?:Protection of )?Selection Achievements"?`],
      // "ст. 32 ранее действовавшего Закона о селекционных достижениях" (its usual short name, unquoted)
      ru: [String.raw`${LAW_RU}"О селекционных достижениях"`, String.raw`[Зз]акон~ (?:РФ |Российской Федерации )?о селекционных достижениях`],
    },
  },
  {
    // Named by its title ("Федеральный закон "О семеноводстве"", "Закон о семеноводстве"). No `law` field: "№ 149-ФЗ"
    // without a year stays 2006's law on information (the one this domain cites by number); with 1997 it is this one.
    id: 'ru-fl-149-fz-1997', kind: 'law', unit: 'article', partLabel: 'п.',
    name: { en: 'Federal Law No. 149-FZ of 17 December 1997 on Seed Production', ru: 'Федеральный закон от 17.12.1997 № 149-ФЗ "О семеноводстве"' },
    short: { en: 'Law on Seed Production (1997)', ru: 'Закон о семеноводстве (1997)' },
    // (its title is No. 454-FZ's of 2021 too: "the Law on Seed Production" is dated, see DATED_NAMES)
    aliases: { en: [], ru: [] },
  },
  {
    // the sanctions framework law (round 15 cited it by number and title without its year)
    id: 'ru-fl-281-fz-2006', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '281', year: '2006', series: 'fz' },
    name: { en: 'Federal Law No. 281-FZ of 30 December 2006 on Special Economic Measures and Coercive Measures', ru: 'Федеральный закон от 30.12.2006 № 281-ФЗ "О специальных экономических мерах и принудительных мерах"' },
    short: { en: 'Law on Special Economic Measures', ru: 'Закон о специальных экономических мерах' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Special Economic(?: Measures)? and Coercive Measures"?`, String.raw`${LAW_EN}"?On Special Economic Measures"?`],
      ru: [String.raw`${LAW_RU}"О специальных экономических мерах(?: и принудительных мерах)?"`],
    },
  },
  {
    // cited in every ruling of the Constitutional Court
    id: 'ru-fl-1-fkz-1994', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '1', year: '1994', series: 'fkz' },
    name: { en: 'Federal Constitutional Law No. 1-FKZ of 21 July 1994 on the Constitutional Court of the Russian Federation', ru: 'Федеральный конституционный закон от 21.07.1994 № 1-ФКЗ "О Конституционном Суде Российской Федерации"' },
    short: { en: 'Law on the Constitutional Court', ru: 'Закон о Конституционном Суде' },
    aliases: {
      en: [String.raw`${FKZ_LAW_EN}"?On (?:the )?Constitutional Court of (?:the )?(?:Russian Federation|RF)"?`],
      ru: [String.raw`(?:Федеральн~ конституционн~ закон~|(?<![\d-])ФКЗ) "О Конституционном Суде Российской Федерации"`, String.raw`[Зз]акон~ о Конституционном Суде(?: Российской Федерации| РФ)?(?! (?:Республики|Кыргызской|Украины|Казахстана|Беларуси|Армении))`],
    },
  },
  {
    id: 'ru-fl-1-fkz-1996', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '1', year: '1996', series: 'fkz' },
    name: { en: 'Federal Constitutional Law No. 1-FKZ of 31 December 1996 on the Judicial System of the Russian Federation', ru: 'Федеральный конституционный закон от 31.12.1996 № 1-ФКЗ "О судебной системе Российской Федерации"' },
    short: { en: 'Law on the Judicial System', ru: 'Закон о судебной системе' },
    aliases: {
      en: [String.raw`${FKZ_LAW_EN}"?On (?:the )?Judicial System of (?:the )?(?:Russian Federation|RF)"?`],
      ru: [String.raw`(?:Федеральн~ конституционн~ закон~|(?<![\d-])ФКЗ) "О судебной системе Российской Федерации"`, String.raw`[Зз]акон~ о судебной системе(?: Российской Федерации)?(?! (?:Республики|Кыргызской|Украины|Казахстана|Беларуси|Армении|Узбекистана|Таджикистана|Азербайджана|Грузии|Молдовы))`],
    },
  },
  {
    // the USSR's last civil statute, applied in Russia to IP until Part IV of the Civil Code (2008)
    id: 'su-law-2211-1-1991', kind: 'law', unit: 'article', partLabel: 'п.',
    name: { en: 'Fundamentals of Civil Legislation of the USSR and the Republics of 31 May 1991 No. 2211-1', ru: 'Основы гражданского законодательства Союза ССР и республик от 31.05.1991 № 2211-1' },
    short: { en: 'Fundamentals of Civil Legislation (1991)', ru: 'Основы гражданского законодательства (1991)' },
    noun: { en: 'Fundamentals', ru: 'Основы' },
    aliases: {
      // never the 1961 Fundamentals ("… of the USSR and the Union Republics", "Союза ССР и союзных республик")
      en: [String.raw`Fundamentals of (?:the )?Civil Legislation(?: of the USSR(?: and (?:the )?Republics)?)?(?! (?:of the USSR )?(?:and (?:the )?)?Union)(?! of 1961)`],
      ru: [String.raw`Основ~ гражданского законодательства(?: Союза ССР и республик| СССР и республик)?(?! (?:Союза ССР |СССР )?и союзных)(?! 1961)`],
    },
  },
  {
    // the USSR's Regulation on the Firm of 22 June 1927, Russia's law on trade names until Part IV (2008)
    id: 'su-firm-regulation-1927', kind: 'law', unit: 'article',
    name: { en: 'Regulation on the Firm (USSR Central Executive Committee and Council of People\'s Commissars, 22 June 1927)', ru: 'Положение о фирме (утв. постановлением ЦИК и СНК СССР от 22 июня 1927 г.)' },
    short: { en: 'Regulation on the Firm (1927)', ru: 'Положение о фирме 1927 г.' },
    noun: { en: 'Regulation', ru: 'Положение' },
    // (never a company's own regulation: «Положение о фирме «Ромашка»», «Положения о фирме ООО «Вектор»»)
    aliases: { en: [String.raw`Regulation(?:s)? on (?:the )?(?:[Ff]irm|[Tt]rade [Nn]ame)s?(?: of 1927| \(1927\))`], ru: [String.raw`Положени~ о фирме(?!\s?[«„\x22]|\s(?:ООО|АО|ЗАО|ОАО|ПАО|ИП|компании|предприятия|организации|общества)(?![\p{L}]))`] },
  },
  {
    id: 'ru-law-443-1-1990', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '443-1', year: '1990', series: 'rf' },
    name: { en: 'Law of the RSFSR No. 443-1 of 24 December 1990 on Property in the RSFSR', ru: 'Закон РСФСР от 24.12.1990 № 443-1 "О собственности в РСФСР"' },
    short: { en: 'Law on Property (1990)', ru: 'Закон о собственности в РСФСР (1990)' },
    aliases: {
      en: [String.raw`Law (?:of the RSFSR )?"?On Property in the RSFSR"?`],
      ru: [String.raw`[Зз]акон~ (?:РСФСР )?"?О собственности в РСФСР"?`],
    },
  },
  // Laws the external gold's dev rounds cited by title (rounds 11-12): the 1992 software law, the 1995 law on
  // information, the 2010 law protecting children from harmful information.
  {
    id: 'ru-law-3523-1-1992', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '3523-1', year: '1992', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 3523-1 of 23 September 1992 on the Legal Protection of Computer Programs and Databases', ru: 'Закон РФ от 23.09.1992 № 3523-1 "О правовой охране программ для электронных вычислительных машин и баз данных"' },
    short: { en: 'Software Law (1992)', ru: 'Закон о правовой охране программ для ЭВМ (1992)' },
    aliases: {
      // (and lower-case, or with the Programs alone: "the law on the Legal Protection of Computer Programs and Databases",
      // "the Law of the Russian Federation on Legal Protection of Computer Programs"; "the Computer Software and
      // Database Protection Act")
      en: [String.raw`${LAW_EN}"?On (?:the )?Legal Protection of (?:Computer )?Programs? for (?:Electronic )?Computers? and Data ?bases"?`, String.raw`${LAW_EN}"?On (?:the )?Legal Protection of Computer Programs and Data ?bases"?`,
        String.raw`(?:[Ll]aw|Act)(?: of (?:the )?Russian Federation)? "?on (?:the )?Legal Protection of Computer Programs(?: (?:for|of) Electronic Computing Machines)?(?: and Data ?[Bb]ases)?"?`,
        String.raw`(?:Russian Federation |Russian )?Computer Software and Data ?[Bb]ase Protection Act`],
      ru: [String.raw`${LAW_RU}"О правовой охране программ для электронных вычислительных машин и баз данных"`, String.raw`[Зз]акон~ (?:РФ |Российской Федерации )?"?[Оо] правовой охране программ для (?:ЭВМ|электронных вычислительных машин)(?: и баз данных)?"?`],
    },
  },
  {
    id: 'ru-fl-24-fz-1995', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '24', year: '1995', series: 'fz' },
    name: { en: 'Federal Law No. 24-FZ of 20 February 1995 on Information, Informatization and Protection of Information', ru: 'Федеральный закон от 20.02.1995 № 24-ФЗ "Об информации, информатизации и защите информации"' },
    short: { en: 'Law on Information (1995)', ru: 'Закон об информации (1995)' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Information,? Informati[sz]ation,? and (?:the )?Protection of Information"?`],
      ru: [String.raw`${LAW_RU}"Об информации, информатизации и защите информации"`],
    },
  },
  {
    id: 'ru-fl-436-fz-2010', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '436', year: '2010', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 436-FZ of 29 December 2010 on the Protection of Children from Information Harmful to Their Health and Development', ru: 'Федеральный закон от 29.12.2010 № 436-ФЗ "О защите детей от информации, причиняющей вред их здоровью и развитию"' },
    short: { en: 'Law on Protecting Children from Harmful Information', ru: 'Закон о защите детей от информации' },
    aliases: {
      // ("On Protecting Children from Information Harmful to Their Health and Development")
      // and "Law on Protecting Children from Information Harmful to Their Health" (its title cut short)
      en: [String.raw`${LAW_EN}"?On (?:the )?(?:Protection of|Protecting) Children (?:from|against) Information (?:Harmful|Detrimental|Causing Harm) to Their Health(?:,? and(?:/or)? (?:Their )?Development)?"?${RF_EN}`],
      // «закон о защите детей от информации» (its short title; never Kazakhstan's law of the same title)
      ru: [String.raw`${LAW_RU}"О защите детей от информации, причиняющей вред их здоровью и развитию"`, String.raw`[Зз]акон~ (?:РФ )?о защите детей от (?:вредной )?информации(?:, причиняющей вред их здоровью(?: и(?: \(или\))? развитию)?)?`],
    },
  },
  // Breadth from general knowledge (not from any text): federal laws around IP, media, internet, trade and enforcement,
  // by number and year and by their titles (quoted, or the usual unquoted short title), in both languages.
  {
    id: 'ru-fl-126-fz-2003', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '126', year: '2003', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 126-FZ of 7 July 2003 on Communications', ru: 'Федеральный закон от 07.07.2003 № 126-ФЗ "О связи"' },
    short: { en: 'Law on Communications', ru: 'Закон о связи' },
    // (adopted on 7 July 2003: "the Law on Communication" of a text written before is the 1995 law)
    predecessor: { id: 'ru-fl-15-fz-1995', until: '2003-07-07' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Communications?"?`, String.raw`(?:Russian |Federal )Communications Law`],
      ru: [String.raw`${LAW_RU}"О связи"`, String.raw`[Зз]акон~ о связи`],
    },
  },
  {
    // the communications law the 2003 one replaced (named by its title: see ru-fl-126-fz-2003's predecessor)
    id: 'ru-fl-15-fz-1995', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '15', year: '1995', series: 'fz' },
    name: { en: 'Federal Law No. 15-FZ of 16 February 1995 on Communications', ru: 'Федеральный закон от 16.02.1995 № 15-ФЗ "О связи"' },
    short: { en: 'Law on Communications (1995)', ru: 'Закон о связи (1995)' },
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-fl-63-fz-2011', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '63', year: '2011', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 63-FZ of 6 April 2011 on Electronic Signature', ru: 'Федеральный закон от 06.04.2011 № 63-ФЗ "Об электронной подписи"' },
    short: { en: 'Law on Electronic Signature', ru: 'Закон об электронной подписи' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?Electronic Signatures?"?`],
      ru: [String.raw`${LAW_RU}"Об электронной подписи"`, String.raw`[Зз]акон~ об электронной подписи`],
    },
  },
  {
    id: 'ru-fl-294-fz-2008', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '294', year: '2008', series: 'fz', byNumberAlone: true },
    name: {
      en: 'Federal Law No. 294-FZ of 26 December 2008 on the Protection of the Rights of Legal Entities and Individual Entrepreneurs in the Exercise of State Control (Supervision) and Municipal Control',
      ru: 'Федеральный закон от 26.12.2008 № 294-ФЗ "О защите прав юридических лиц и индивидуальных предпринимателей при осуществлении государственного контроля (надзора) и муниципального контроля"',
    },
    short: { en: 'Law on Inspections (2008)', ru: 'Закон № 294-ФЗ' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?Protection of (?:the )?Rights of Legal Entities and Individual Entrepreneurs (?:in|during|when) (?:the )?(?:Exercise|Exercising|Conducting|Implementation) of State Control`],
      ru: [String.raw`${LAW_RU}"О защите прав юридических лиц и индивидуальных предпринимателей при осуществлении государственного контроля(?: \(надзора\))?(?: и муниципального контроля)?"`],
    },
  },
  {
    id: 'ru-fl-115-fz-2001', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '115', year: '2001', series: 'fz', byNumberAlone: true },
    name: {
      en: 'Federal Law No. 115-FZ of 7 August 2001 on Combating the Legalisation (Laundering) of Criminally Obtained Income and the Financing of Terrorism',
      ru: 'Федеральный закон от 07.08.2001 № 115-ФЗ "О противодействии легализации (отмыванию) доходов, полученных преступным путем, и финансированию терроризма"',
    },
    short: { en: 'Anti-Money Laundering Law', ru: 'Закон о противодействии отмыванию доходов' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:Counteracting|Combating|Countering|Counteraction to|Combatting) (?:the )?Legali[sz]ation \(Laundering\) of (?:Criminally Obtained )?(?:Income|Incomes|Proceeds)`],
      ru: [String.raw`${LAW_RU}"О противодействии легализации \(отмыванию\) доходов, полученных преступным путем(?:, и финансированию терроризма)?"`],
    },
  },
  {
    id: 'ru-fl-127-fz-2002', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '127', year: '2002', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 127-FZ of 26 October 2002 on Insolvency (Bankruptcy)', ru: 'Федеральный закон от 26.10.2002 № 127-ФЗ "О несостоятельности (банкротстве)"' },
    short: { en: 'Law on Insolvency (Bankruptcy)', ru: 'Закон о банкротстве' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Insolvency \(Bankruptcy\)"?`, String.raw`(?:Russian |Federal )(?:Bankruptcy|Insolvency) Law`],
      ru: [String.raw`${LAW_RU}"О несостоятельности \(банкротстве\)"`, String.raw`[Зз]акон~ о (?:несостоятельности \(банкротстве\)|банкротстве)`],
    },
  },
  {
    id: 'ru-fl-14-fz-1998', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '14', year: '1998', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 14-FZ of 8 February 1998 on Limited Liability Companies', ru: 'Федеральный закон от 08.02.1998 № 14-ФЗ "Об обществах с ограниченной ответственностью"' },
    short: { en: 'LLC Law', ru: 'Закон об ООО' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Limited Liability Companies"?`, String.raw`(?:Russian |Federal )LLC Law`],
      ru: [String.raw`${LAW_RU}"Об обществах с ограниченной ответственностью"`, String.raw`[Зз]акон~ об (?:обществах с ограниченной ответственностью|ООО)`],
    },
  },
  {
    id: 'ru-fl-208-fz-1995', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '208', year: '1995', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 208-FZ of 26 December 1995 on Joint-Stock Companies', ru: 'Федеральный закон от 26.12.1995 № 208-ФЗ "Об акционерных обществах"' },
    short: { en: 'Joint-Stock Companies Law', ru: 'Закон об АО' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Joint[- ]Stock Companies"?`, String.raw`(?:Russian |Federal )(?:JSC|Joint[- ]Stock Compan(?:y|ies)) Law`],
      ru: [String.raw`${LAW_RU}"Об акционерных обществах"`, String.raw`[Зз]акон~ об (?:акционерных обществах|АО)`],
    },
  },
  {
    id: 'ru-fl-160-fz-1999', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '160', year: '1999', series: 'fz' },
    name: { en: 'Federal Law No. 160-FZ of 9 July 1999 on Foreign Investments in the Russian Federation', ru: 'Федеральный закон от 09.07.1999 № 160-ФЗ "Об иностранных инвестициях в Российской Федерации"' },
    short: { en: 'Law on Foreign Investments', ru: 'Закон об иностранных инвестициях' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Foreign Investments? in (?:the )?(?:Russian Federation|RF|Russia)"?`],
      ru: [String.raw`${LAW_RU}"Об иностранных инвестициях в Российской Федерации"`, String.raw`[Зз]акон~ об иностранных инвестициях(?: в Российской Федерации)?`],
    },
  },
  {
    id: 'ru-fl-57-fz-2008', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '57', year: '2008', series: 'fz' },
    name: {
      en: 'Federal Law No. 57-FZ of 29 April 2008 on the Procedure for Foreign Investments in Companies of Strategic Importance for National Defence and State Security',
      ru: 'Федеральный закон от 29.04.2008 № 57-ФЗ "О порядке осуществления иностранных инвестиций в хозяйственные общества, имеющие стратегическое значение для обеспечения обороны страны и безопасности государства"',
    },
    short: { en: 'Strategic Investments Law', ru: 'Закон о стратегических инвестициях' },
    aliases: {
      // ("the Strategic Companies Law", "the Strategic Enterprises Law", as issuers' filings call it; "… in Companies which are
      // Strategically Important for …")
      en: [String.raw`(?:Russian |Federal )?Strategic (?:Investments?|Sectors?|Companies|Enterprises) Law`, String.raw`${LAW_EN}"?On (?:the )?Procedure (?:for|of) (?:Making )?Foreign Investments? in (?:Business Entities|Companies|Commercial Entities) (?:(?:of|having|with) Strategic (?:Importance|Significance)|which (?:are|have) Strategic(?:ally)? (?:Importan|Significan))`],
      ru: [String.raw`${LAW_RU}"О порядке осуществления иностранных инвестиций в хозяйственные общества, имеющие стратегическое значение`, String.raw`[Зз]акон~ о стратегических (?:инвестициях|отраслях)`],
    },
  },
  {
    id: 'ru-fl-164-fz-2003', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '164', year: '2003', series: 'fz' },
    name: { en: 'Federal Law No. 164-FZ of 8 December 2003 on the Fundamentals of State Regulation of Foreign Trade Activity', ru: 'Федеральный закон от 08.12.2003 № 164-ФЗ "Об основах государственного регулирования внешнеторговой деятельности"' },
    short: { en: 'Law on Foreign Trade Activity', ru: 'Закон о внешнеторговой деятельности' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?(?:Fundamentals|Basics|Foundations|Principles) of (?:the )?State Regulation of Foreign Trade(?: Activit(?:y|ies))?"?`],
      ru: [String.raw`${LAW_RU}"Об основах государственного регулирования внешнеторговой деятельности"`, String.raw`[Зз]акон~ об основах государственного регулирования внешнеторговой деятельности`],
    },
  },
  {
    id: 'ru-fl-127-fz-1996', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '127', year: '1996', series: 'fz' },
    name: { en: 'Federal Law No. 127-FZ of 23 August 1996 on Science and State Science and Technology Policy', ru: 'Федеральный закон от 23.08.1996 № 127-ФЗ "О науке и государственной научно-технической политике"' },
    short: { en: 'Law on Science', ru: 'Закон о науке' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Science and (?:the )?State (?:Science and Technology|Scientific and Technical|Scientific and Technological) Policy"?`],
      ru: [String.raw`${LAW_RU}"О науке и государственной научно-технической политике"`, String.raw`[Зз]акон~ о науке и государственной научно-технической политике`],
    },
  },
  {
    // Part One's introductory law (its Article 2 lists the acts no longer applied)
    id: 'ru-fl-52-fz-1994', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '52', year: '1994', series: 'fz' },
    name: { en: 'Federal Law No. 52-FZ of 30 November 1994 on the Enactment of Part One of the Civil Code of the Russian Federation', ru: 'Федеральный закон от 30.11.1994 № 52-ФЗ "О введении в действие части первой Гражданского кодекса Российской Федерации"' },
    short: { en: 'Law on the Enactment of Part One of the Civil Code', ru: 'Вводный закон к части первой ГК РФ' },
    aliases: {
      // ("Federal Law "About Enforcement of Part One of the Civil Code of the Russian Federation"", a translation's words)
      en: [String.raw`${LAW_EN}"?(?:On|About) (?:the )?(?:Enactment|Introduction|Entry into Force|Enforcement|Implementation|Putting into (?:Effect|Force)) of Part (?:One|I|1) of the Civil Code(?: of the Russian Federation)?"?`],
      ru: [String.raw`${LAW_RU}"О введении в действие части первой Гражданского кодекса Российской Федерации"`, String.raw`[Зз]акон~ о введении в действие части первой Гражданского кодекса(?: Российской Федерации| РФ)?`],
    },
  },
  {
    id: 'ru-fl-231-fz-2006', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '231', year: '2006', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 231-FZ of 18 December 2006 on the Enactment of Part Four of the Civil Code of the Russian Federation', ru: 'Федеральный закон от 18.12.2006 № 231-ФЗ "О введении в действие части четвертой Гражданского кодекса Российской Федерации"' },
    short: { en: 'Law on the Enactment of Part Four of the Civil Code', ru: 'Вводный закон к части четвертой ГК РФ' },
    aliases: {
      en: [
        String.raw`${LAW_EN}"?On (?:the )?(?:Enactment|Introduction|Entry into Force|Implementation|Putting into Effect) of Part (?:Four|IV|4) of the Civil Code(?: of the Russian Federation)?"?`,
        // "the Implementation act for Part IV of the Civil Code", "the Introductory Law to Part Four"
        String.raw`(?:Implementation|Implementing|Introductory|Enactment|Enacting) (?:Act|Law) (?:for|of|to|on) Part (?:Four|IV|4) of the Civil Code(?: of the Russian Federation)?`,
      ],
      ru: [String.raw`${LAW_RU}"О введении в действие части четвертой Гражданского кодекса Российской Федерации"`, String.raw`[Зз]акон~ о введении в действие части четвертой Гражданского кодекса(?: Российской Федерации| РФ)?`],
    },
  },
  {
    // the "right to be forgotten" law (amending 149-FZ and the ГПК)
    id: 'ru-fl-264-fz-2015', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '264', year: '2015', series: 'fz' },
    name: {
      en: 'Federal Law No. 264-FZ of 13 July 2015 amending the Law on Information and Articles 29 and 402 of the Civil Procedure Code ("right to be forgotten" law)',
      ru: 'Федеральный закон от 13.07.2015 № 264-ФЗ "О внесении изменений в Федеральный закон "Об информации, информационных технологиях и о защите информации" и статьи 29 и 402 Гражданского процессуального кодекса Российской Федерации"',
    },
    short: { en: 'Federal Law No. 264-FZ of 2015', ru: 'Федеральный закон № 264-ФЗ (2015)' },
    aliases: {
      en: [String.raw`"?[Rr]ight to be [Ff]orgotten"? [Ll]aw`],
      ru: [String.raw`"?[Зз]акон~ о "?праве на забвение"?`],
    },
    // "the law on the right to be forgotten" (Russia's only where the text is on Russia: the EU's is a GDPR article)
    names: { en: [String.raw`[Ll]aw on (?:the )?"?[Rr]ight to [Bb]e [Ff]orgotten"?${RUSSIA_IN_SENTENCE}`] },
  },
  {
    // the "mirrors law" (amending 149-FZ on copies of blocked sites)
    id: 'ru-fl-156-fz-2017', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '156', year: '2017', series: 'fz' },
    name: { en: 'Federal Law No. 156-FZ of 1 July 2017 amending the Law on Information (mirror sites)', ru: 'Федеральный закон от 01.07.2017 № 156-ФЗ "О внесении изменений в Федеральный закон "Об информации, информационных технологиях и о защите информации""' },
    short: { en: 'Federal Law No. 156-FZ of 2017', ru: 'Федеральный закон № 156-ФЗ (2017)' },
    aliases: {
      en: [
        String.raw`"?(?:[Aa]nti-[Mm]irrors?|[Mm]irrors)"? [Ll]aw`,
        // "the Law on Mirror Websites", "the mirror sites law"
        String.raw`law on "?mirror (?:web)?sites"?`, String.raw`"?mirror (?:web)?sites?"? law`,
        // "the law on blocking mirror sites", "the law on blocking the so-called “mirrors of” pirate sites", and a news
        // agency's rendering, "the law on blocking of sites pirated copies"
        String.raw`law on (?:the )?blocking (?:of )?(?:the )?(?:so-called )?"?mirror(?:s|ed)?(?: (?:web)?sites)?(?: of)?"?(?: (?:of )?(?:pirate|pirated|pirating|blocked) (?:web)?sites)?`,
        String.raw`law on (?:the )?blocking (?:of )?(?:web)?sites,? (?:pirated |pirate )?(?:copies|mirrors)`,
      ],
      ru: [],
    },
    // «закон о блокировке «зеркал» (копий) пиратских ресурсов», «закон о блокировке сайтов-зеркал», «антизеркальный закон» (nicknames: never where the sentence names another state)
    names: { ru: [String.raw`"?[Зз]акон~ о "?зеркалах"?(?: (?:пиратских|заблокированных) (?:сайтов|ресурсов))?`, String.raw`[Зз]акон~ о (?:блокировке|блокировании) (?:сайтов-|так называемых )?"?(?:зеркал|копий)"?(?: \((?:копий|зеркал)\))?(?: (?:пиратских|заблокированных) (?:сайтов|ресурсов))?`, String.raw`"?[Аа]нтизеркальн~"? [Зз]акон~`] },
  },
  {
    id: 'ru-fl-1-fkz-1995', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '1', year: '1995', series: 'fkz' },
    name: { en: 'Federal Constitutional Law No. 1-FKZ of 28 April 1995 on Arbitrazh Courts in the Russian Federation', ru: 'Федеральный конституционный закон от 28.04.1995 № 1-ФКЗ "Об арбитражных судах в Российской Федерации"' },
    short: { en: 'Law on Arbitrazh Courts', ru: 'Закон об арбитражных судах' },
    aliases: {
      en: [
        // "On Commercial Courts of the Russian Federation", as translations render "арбитражный суд"
        String.raw`${FKZ_LAW_EN}"?On (?:the )?(?:Arbitra(?:zh|tion)|Commercial) Courts (?:in|of) (?:the )?(?:Russian Federation|RF)"?`,
        // "the Federal Constitutional Law on Commercial Courts" (the kind of law is Russia's own), "the Law on Arbitrazh Courts"
        String.raw`Federal Constitutional Law(?: No\.? ?1-FKZ)?(?: of (?:28 April |April 28,? )?1995)? "?On (?:the )?(?:Arbitra(?:zh|tion)|Commercial) Courts"?`,
        String.raw`${LAW_EN}"?On (?:the )?Arbitrazh Courts"?`,
      ],
      ru: [
        String.raw`(?:Федеральн~ конституционн~ закон~|(?<![\d-])ФКЗ) "Об арбитражных судах в Российской Федерации"`,
        String.raw`[Зз]акон~ (?:РФ )?об арбитражных судах(?: в Российской Федерации)?`,
        String.raw`(?:Федеральн~ )?конституционн~ закон~ "?об арбитражных судах(?: в Российской Федерации)?"?`,
      ],
    },
  },
  {
    id: 'ru-fl-3-fkz-2014', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '3', year: '2014', series: 'fkz' },
    name: { en: 'Federal Constitutional Law No. 3-FKZ of 5 February 2014 on the Supreme Court of the Russian Federation', ru: 'Федеральный конституционный закон от 05.02.2014 № 3-ФКЗ "О Верховном Суде Российской Федерации"' },
    short: { en: 'Law on the Supreme Court', ru: 'Закон о Верховном Суде' },
    aliases: {
      en: [String.raw`${FKZ_LAW_EN}"?On the Supreme Court of (?:the )?(?:Russian Federation|RF)"?`],
      ru: [String.raw`(?:Федеральн~ конституционн~ закон~|(?<![\d-])ФКЗ) "О Верховном Суде Российской Федерации"`],
    },
  },
  // Laws named by their title, short title or press nickname rather than by number, from general knowledge of Russian
  // legislation (internet, media, IT, trade, customs, IP): by number, year and title in both languages, and the names
  // lawyers and the press use. A nickname another state's law may share ("the data localisation law", "the VPN law")
  // names Russia's only where the paragraph is on Russia (RUSSIA_IN_SENTENCE); bills (законопроект, "bill") never.
  {
    // the "VPN law" (anonymisers and VPN services must block sites on the register)
    id: 'ru-fl-276-fz-2017', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '276', year: '2017', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 276-FZ of 29 July 2017 amending the Law on Information (VPN services and anonymisers)', ru: 'Федеральный закон от 29.07.2017 № 276-ФЗ "О внесении изменений в Федеральный закон "Об информации, информационных технологиях и о защите информации""' },
    short: { en: 'Federal Law No. 276-FZ of 2017', ru: 'Федеральный закон № 276-ФЗ (2017)' },
    aliases: {
      en: [],
      // «закон о VPN», «закон об анонимайзерах», «закон о запрете анонимайзеров и VPN»
      ru: [],
    },
    // "the VPN law", "the anonymizer law", "the law banning VPNs and anonymizers" (China's and others' too: Russia named)
    names: {
      en: [
        String.raw`(?:"|['‘])?(?:VPN|[Aa]nonymi[sz]ers?|VPN and [Aa]nonymi[sz]ers?|[Aa]nonymi[sz]ers? and VPNs?)(?:"|['’])? (?:[Bb]an )?[Ll]aw${RUSSIA_IN_SENTENCE}`,
        String.raw`[Ll]aw (?:on|banning|against|restricting) (?:the use of )?(?:VPNs?|VPN services|[Aa]nonymi[sz]ers)(?: and (?:VPNs?|VPN services|[Aa]nonymi[sz]ers))?${RUSSIA_IN_SENTENCE}`,
      ],
      ru: [String.raw`[Зз]акон~ (?:о|об) (?:запрете )?(?:VPN|ВПН|анонимайзер~)(?:-сервис~)?(?: и (?:VPN|ВПН|анонимайзер~)(?:-сервис~)?)?`],
    },
  },
  {
    // the "sovereign internet" law (traffic filtering equipment, the national routing system)
    id: 'ru-fl-90-fz-2019', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '90', year: '2019', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 90-FZ of 1 May 2019 amending the Law on Communications and the Law on Information ("sovereign internet" law)', ru: 'Федеральный закон от 01.05.2019 № 90-ФЗ "О внесении изменений в Федеральный закон "О связи" и Федеральный закон "Об информации, информационных технологиях и о защите информации""' },
    short: { en: 'Sovereign Internet Law', ru: 'Закон о суверенном интернете' },
    aliases: {
      // "the sovereign Runet law", "the Sovereign Internet Act"
      en: [String.raw`"?sovereign (?:Ru[Nn]et|Russian internet)"? (?:law|act)`],
      // «закон о суверенном интернете», «закон о «суверенном Рунете»», «закон об устойчивом Рунете», «закон об автономном Рунете»
      ru: [],
    },
    // "the sovereign internet law" (Russia named: the phrase is China's and Iran's as well)
    names: { en: [String.raw`(?:"|['‘])?[Ss]overeign [Ii]nternet(?:"|['’])? (?:[Ll]aw|[Aa]ct)${RUSSIA_IN_SENTENCE}`, String.raw`[Ll]aw on (?:the )?(?:"|['‘])?(?:[Ss]overeign|[Ss]table|[Aa]utonomous) (?:[Ii]nternet|Ru[Nn]et)(?:"|['’])?${RUSSIA_IN_SENTENCE}`], ru: [String.raw`[Зз]акон~ (?:о|об) "?(?:суверенн~|устойчив~|автономн~) (?:[Ии]нтернет~|[Рр]унет~|российск~ [Ии]нтернет~)"?`] },
  },
  {
    // the data localisation law (personal data of Russian citizens kept on servers in Russia, from 1 September 2015)
    id: 'ru-fl-242-fz-2014', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '242', year: '2014', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 242-FZ of 21 July 2014 amending certain legislative acts to clarify the procedure for processing personal data in information and telecommunication networks (data localisation law)', ru: 'Федеральный закон от 21.07.2014 № 242-ФЗ "О внесении изменений в отдельные законодательные акты Российской Федерации в части уточнения порядка обработки персональных данных в информационно-телекоммуникационных сетях"' },
    short: { en: 'Data Localisation Law', ru: 'Закон о локализации персональных данных' },
    aliases: {
      en: [],
      ru: [
        String.raw`${LAW_RU}"О внесении изменений в отдельные законодательные акты Российской Федерации в части уточнения порядка обработки персональных данных в информационно-телекоммуникационных сетях"`,
      ],
    },
    names: { en: [String.raw`(?:[Pp]ersonal )?[Dd]ata [Ll]ocali[sz]ation [Ll]aw${RUSSIA_IN_SENTENCE}`, String.raw`[Ll]aw on (?:the )?(?:[Pp]ersonal )?[Dd]ata [Ll]ocali[sz]ation${RUSSIA_IN_SENTENCE}`], ru: [String.raw`[Зз]акон~ о локализации (?:персональных )?данных(?: (?:российских )?(?:граждан|пользователей)(?: (?:РФ|России))?)?(?: (?:в|на) (?:России|территории (?:России|РФ|Российской Федерации)))?(?! (?:Республики|Украины|Казахстана|Беларуси|ЕС|Китая))`] },
  },
  {
    // the "bloggers' law" (bloggers with 3,000 daily readers registered as media-like; repealed in 2017); its name
    // is dated (see DATED_NAMES): later laws on bloggers took it over
    id: 'ru-fl-97-fz-2014', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '97', year: '2014', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 97-FZ of 5 May 2014 amending the Law on Information and certain legislative acts on the regulation of information exchange over information and telecommunication networks ("bloggers\' law")', ru: 'Федеральный закон от 05.05.2014 № 97-ФЗ "О внесении изменений в Федеральный закон "Об информации, информационных технологиях и о защите информации" и отдельные законодательные акты Российской Федерации по вопросам упорядочения обмена информацией с использованием информационно-телекоммуникационных сетей"' },
    short: { en: "Bloggers' Law (2014)", ru: 'Закон о блогерах (2014)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the news aggregators law. No `law` field: "No. 208-FZ" without a year stays 1995's joint-stock companies law (one
    // registered act of a number is what a number alone, or a recent text's number, can name); with 2016 it is this one
    id: 'ru-fl-208-fz-2016', kind: 'law', unit: 'article', partLabel: 'ч.',
    name: { en: 'Federal Law No. 208-FZ of 23 June 2016 amending the Law on Information and the Code of Administrative Offences (news aggregators)', ru: 'Федеральный закон от 23.06.2016 № 208-ФЗ "О внесении изменений в Федеральный закон "Об информации, информационных технологиях и о защите информации" и Кодекс Российской Федерации об административных правонарушениях"' },
    short: { en: 'News Aggregators Law', ru: 'Закон о новостных агрегаторах' },
    aliases: { en: [], ru: [] },
    names: { en: [String.raw`[Nn]ews [Aa]ggregators?['’]? [Ll]aw${RUSSIA_IN_SENTENCE}`, String.raw`[Ll]aw on (?:the )?[Nn]ews [Aa]ggregators${RUSSIA_IN_SENTENCE}`], ru: [String.raw`[Зз]акон~ (?:о|об) (?:новостных агрегаторах|агрегаторах новостей(?: и информации)?)`] },
  },
  {
    // the Yarovaya law: of her two laws of 6 July 2016 the one that amended the laws on communications and information
    // (storage of users' traffic and messages); "the Yarovaya package/laws" are both (INSTRUMENT_GROUPS)
    id: 'ru-fl-374-fz-2016', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '374', year: '2016', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 374-FZ of 6 July 2016 amending the Law on Counteracting Terrorism and certain legislative acts to establish additional counter-terrorism and public security measures (the Yarovaya law)', ru: 'Федеральный закон от 06.07.2016 № 374-ФЗ "О внесении изменений в Федеральный закон "О противодействии терроризму" и отдельные законодательные акты Российской Федерации в части установления дополнительных мер противодействия терроризму и обеспечения общественной безопасности"' },
    short: { en: 'Yarovaya Law', ru: 'Закон Яровой' },
    // «закон Яровой», «закон Яровой — Озерова» (singular: «законы/пакет Яровой» are both laws)
    aliases: { en: [], ru: [String.raw`"?закон(?:а|у|ом|е)? Яровой(?: ?[-–—] ?Озерова)?"?`] },
    // "the Yarovaya law", "Yarovaya's law", "the Yarovaya-Ozerov law"
    // ("Russia's data retention law", as analysts call it: only with Russia within about a page; never "the data storage
    // law", which is as often 242-FZ's data localisation)
    names: { en: [String.raw`(?:"|['‘])?Yarovaya(?:[-–]Ozerov)?(?:['’]s)?(?:"|['’])? (?:[Ll]aw|[Aa]ct)(?!s)`, String.raw`(?<!(?:EU|European|UK|British|US|U\.S\.|German|Kazakh|Ukrainian|Belarusian) )[Dd]ata [Rr]etention [Ll]aw(?!s)${RUSSIA_NEAR}`] },
  },
  {
    id: 'ru-fl-375-fz-2016', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '375', year: '2016', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 375-FZ of 6 July 2016 amending the Criminal Code and the Criminal Procedure Code to establish additional counter-terrorism and public security measures (part of the Yarovaya package)', ru: 'Федеральный закон от 06.07.2016 № 375-ФЗ "О внесении изменений в Уголовный кодекс Российской Федерации и Уголовно-процессуальный кодекс Российской Федерации в части установления дополнительных мер противодействия терроризму и обеспечения общественной безопасности"' },
    short: { en: 'Federal Law No. 375-FZ of 2016', ru: 'Федеральный закон № 375-ФЗ (2016)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the counter-terrorism law (named inside the Yarovaya law's title). No `law` field: "No. 35-FZ" without a year stays
    // 2014's Civil Code amendments (the domain's); with 2006 it is this one
    id: 'ru-fl-35-fz-2006', kind: 'law', unit: 'article', partLabel: 'ч.',
    name: { en: 'Federal Law No. 35-FZ of 6 March 2006 on Counteracting Terrorism', ru: 'Федеральный закон от 06.03.2006 № 35-ФЗ "О противодействии терроризму"' },
    short: { en: 'Law on Counteracting Terrorism', ru: 'Закон о противодействии терроризму' },
    aliases: {
      // quoted after any "Law", unquoted only after "Federal Law" (Kazakhstan's and Ukraine's laws share the title)
      en: [
        String.raw`${LAW_EN}"On (?:the )?(?:Counteraction (?:to|of|against) Terrorism|Counteracting Terrorism|Countering Terrorism|Combat(?:t)?ing Terrorism|Counter-?[Tt]errorism|Fight(?:ing)? (?:against )?Terrorism)"${RF_EN}`,
        String.raw`${FED_LAW_EN}On (?:the )?(?:Counteraction (?:to|of|against) Terrorism|Counteracting Terrorism|Countering Terrorism|Combat(?:t)?ing Terrorism|Counter-?[Tt]errorism)${RF_EN}`,
      ],
      ru: [String.raw`${LAW_RU}"О противодействии терроризму"`, String.raw`[Зз]акон~ (?:РФ )?о противодействии терроризму`],
    },
  },
  {
    // the internet "blacklist" law (the unified register of banned sites, from 1 November 2012)
    id: 'ru-fl-139-fz-2012', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '139', year: '2012', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 139-FZ of 28 July 2012 amending the Law on Protection of Children from Information Harmful to Their Health and Development and certain legislative acts (the Internet blacklist law)', ru: 'Федеральный закон от 28.07.2012 № 139-ФЗ "О внесении изменений в Федеральный закон "О защите детей от информации, причиняющей вред их здоровью и развитию" и отдельные законодательные акты Российской Федерации"' },
    short: { en: 'Internet Blacklist Law', ru: 'Закон о «черных списках» сайтов' },
    aliases: {
      en: [],
      // «закон о черных списках», «закон о «чёрном списке» сайтов», «закон о едином реестре запрещенных сайтов» (never
      // other registers: of dishonest suppliers, of unruly air passengers)
      ru: [],
    },
    // "the Russian Internet Restriction Law", "the Internet blacklist law" (never "the Internet Restriction Bill", the
    // name English sources gave it as a bill)
    names: {
      en: [
        String.raw`(?:Russian )?Internet [Rr]estriction [Ll]aw${RUSSIA_IN_SENTENCE}`,
        String.raw`(?:[Ii]nternet )?[Bb]lacklist [Ll]aw${RUSSIA_IN_SENTENCE}`,
        String.raw`[Ll]aw on (?:the )?(?:[Ii]nternet )?(?:[Bb]lacklists?|[Ss]ingle [Rr]egister of (?:[Bb]anned|[Pp]rohibited) (?:[Ss]ites|[Ww]ebsites))${RUSSIA_IN_SENTENCE}`,
      ],
      ru: [String.raw`[Зз]акон~ о (?:"?ч[её]рн~ списк~"?(?! (?:недобросовестн|коллектор|должник|заемщик|заёмщик|банк|работодател|авиа|пассажир|поставщик)[а-яё]*)(?: (?:сайтов|интернет-сайтов|ресурсов|в интернете))?|(?:едином )?реестре запрещ[её]нн~ (?:сайтов|ресурсов|интернет-ресурсов|информации))`],
    },
  },
  {
    // the "landing law" (foreign internet companies with over 500,000 daily users must open offices in Russia)
    id: 'ru-fl-236-fz-2021', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '236', year: '2021', series: 'fz' },
    name: { en: 'Federal Law No. 236-FZ of 1 July 2021 on the Activities of Foreign Persons on the Internet in the Territory of the Russian Federation (the "landing law")', ru: 'Федеральный закон от 01.07.2021 № 236-ФЗ "О деятельности иностранных лиц в информационно-телекоммуникационной сети "Интернет" на территории Российской Федерации"' },
    short: { en: 'Landing Law', ru: 'Закон о приземлении' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?Activit(?:y|ies) of Foreign (?:Persons|Entities|Companies) (?:i|o)n the (?:Information and Telecommunications? Network )?"?Internet"?(?: (?:i|o)n the Territory of (?:the Russian Federation|Russia)| in (?:the Russian Federation|Russia))?"?`],
      ru: [
        String.raw`${LAW_RU}"О деятельности иностранных лиц в информационно-телекоммуникационной сети "?Интернет"? на территории Российской Федерации"`,
        String.raw`[Зз]акон~ о деятельности иностранных лиц в (?:информационно-телекоммуникационной )?сети "?Интернет"?(?: на территории Российской Федерации)?`,
        // «закон о приземлении», «закон о «приземлении» иностранных IT-компаний»
      ],
    },
    names: { en: [String.raw`(?:"|['‘])?[Ll]anding(?:"|['’])? [Ll]aw${RUSSIA_IN_SENTENCE}`, String.raw`[Ll]aw on (?:the )?(?:"|['‘])?[Ll]anding(?:"|['’])?(?: of (?:[Ff]oreign )?(?:IT|[Ii]nternet|[Tt]ech(?:nology)?) (?:[Cc]ompanies|[Gg]iants|[Pp]latforms))?${RUSSIA_IN_SENTENCE}`], ru: [String.raw`[Зз]акон~ о "?приземлении"?(?: (?:иностранных|зарубежных) (?:IT-|ИТ-|интернет-|технологических )?(?:компаний|гигантов|платформ|сервисов))?`] },
  },
  {
    // the pre-installation law (Russian apps on smartphones and computers sold in Russia), "the law against Apple"
    id: 'ru-fl-425-fz-2019', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '425', year: '2019', series: 'fz' },
    name: { en: 'Federal Law No. 425-FZ of 2 December 2019 amending Article 4 of the Consumer Protection Law (pre-installation of Russian software)', ru: 'Федеральный закон от 02.12.2019 № 425-ФЗ "О внесении изменений в статью 4 Закона Российской Федерации "О защите прав потребителей""' },
    short: { en: 'Pre-installation Law', ru: 'Закон о предустановке' },
    aliases: {
      en: [],
      ru: [String.raw`"?закон~ против Apple"?`],
    },
    names: {
      en: [
        String.raw`(?:"|['‘])?[Pp]re-?[Ii]nstall(?:ation|ed [Ss]oftware|ed [Aa]pps?)(?:"|['’])? [Ll]aw${RUSSIA_IN_SENTENCE}`,
        String.raw`[Ll]aw on (?:the )?(?:[Mm]andatory )?[Pp]re-?[Ii]nstall(?:ation|ing)(?: of (?:Russian|[Dd]omestic) (?:[Ss]oftware|[Aa]pps|[Aa]pplications|[Pp]rograms))?${RUSSIA_IN_SENTENCE}`,
      ],
      ru: [String.raw`[Зз]акон~ о (?:обязательной )?предустановке(?: (?:российского|отечественного|российских|отечественных) (?:ПО|программного обеспечения|программ|приложений|софта))?`],
    },
  },
  {
    id: 'ru-fl-114-fz-2002', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '114', year: '2002', series: 'fz' },
    name: { en: 'Federal Law No. 114-FZ of 25 July 2002 on Countering Extremist Activity', ru: 'Федеральный закон от 25.07.2002 № 114-ФЗ "О противодействии экстремистской деятельности"' },
    short: { en: 'Law on Countering Extremist Activity', ru: 'Закон о противодействии экстремистской деятельности' },
    aliases: {
      en: [
        String.raw`${LAW_EN}"On (?:Counteracting|Countering|Combat(?:t)?ing|Counteraction (?:to|of|against)|Fighting) Extremis(?:t Activit(?:y|ies)|m)"${RF_EN}`,
        String.raw`${FED_LAW_EN}On (?:Counteracting|Countering|Combat(?:t)?ing|Counteraction (?:to|of|against)|Fighting) Extremis(?:t Activit(?:y|ies)|m)${RF_EN}`,
      ],
      // (and «закон о противодействии экстремизму», a common misquotation)
      ru: [String.raw`${LAW_RU}"О противодействии экстремистской деятельности"`, String.raw`[Зз]акон~ (?:РФ )?о противодействии (?:экстремистской деятельности|экстремизму)`],
    },
    // "Russia's anti-extremism law", "the Extremism Law"
    names: { en: [String.raw`(?:[Aa]nti-)?[Ee]xtremism [Ll]aw${RUSSIA_IN_SENTENCE}`] },
  },
  {
    // «О бухгалтерском учете»: this law since 2013, No. 129-FZ of 1996 before (see DATED_NAMES)
    id: 'ru-fl-402-fz-2011', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '402', year: '2011', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 402-FZ of 6 December 2011 on Accounting', ru: 'Федеральный закон от 06.12.2011 № 402-ФЗ "О бухгалтерском учете"' },
    short: { en: 'Law on Accounting', ru: 'Закон о бухгалтерском учете' },
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-fl-129-fz-1996', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '129', year: '1996', series: 'fz' },
    name: { en: 'Federal Law No. 129-FZ of 21 November 1996 on Accounting', ru: 'Федеральный закон от 21.11.1996 № 129-ФЗ "О бухгалтерском учете"' },
    short: { en: 'Law on Accounting (1996)', ru: 'Закон о бухгалтерском учете (1996)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the alcohol law (licences, EGAIS, and the protection of the names of wines and spirits)
    id: 'ru-fl-171-fz-1995', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '171', year: '1995', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 171-FZ of 22 November 1995 on State Regulation of the Production and Turnover of Ethyl Alcohol, Alcoholic and Alcohol-Containing Products and on Restricting the Consumption (Drinking) of Alcoholic Products', ru: 'Федеральный закон от 22.11.1995 № 171-ФЗ "О государственном регулировании производства и оборота этилового спирта, алкогольной и спиртосодержащей продукции и об ограничении потребления (распития) алкогольной продукции"' },
    short: { en: 'Alcohol Law', ru: 'Закон о регулировании оборота алкоголя' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?State Regulation of (?:the )?Production and (?:Turnover|Circulation|Sale) of (?:(?:Ethyl|Ethanol)(?: Alcohol)?,? )?(?:Alcohol|Ethanol)`],
      ru: [String.raw`${LAW_RU}"О государственном регулировании производства и оборота этилового спирта`, String.raw`[Зз]акон~ (?:РФ )?о государственном регулировании производства и оборота этилового спирта`],
    },
    // "the Russian Alcohol Law", "Russia's alcohol law" (Russia named, or the paragraph on Russia)
    names: { en: [String.raw`(?:Russian |Russia['’]s |Federal )?Alcohol (?:Regulation )?Law${RUSSIA_IN_SENTENCE}`] },
  },
  {
    // the law creating the Intellectual Property Court (and the next, No. 422-FZ of 2011, the procedural amendments):
    // IP texts cite it by its number alone
    id: 'ru-fl-4-fkz-2011', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '4', year: '2011', series: 'fkz', byNumberAlone: true },
    name: { en: 'Federal Constitutional Law No. 4-FKZ of 6 December 2011 amending the Federal Constitutional Laws on the Judicial System and on Arbitrazh Courts in connection with the creation of the Intellectual Property Court', ru: 'Федеральный конституционный закон от 06.12.2011 № 4-ФКЗ "О внесении изменений в Федеральный конституционный закон "О судебной системе Российской Федерации" и Федеральный конституционный закон "Об арбитражных судах в Российской Федерации" в связи с созданием в системе арбитражных судов Суда по интеллектуальным правам"' },
    short: { en: 'Federal Constitutional Law No. 4-FKZ of 2011', ru: 'Федеральный конституционный закон № 4-ФКЗ (2011)' },
    aliases: {
      en: [String.raw`Federal Constitutional Law (?:on (?:the )?(?:Creation|Establishment) of |on )the (?:Intellectual Property|IP|Intellectual Property Rights) Court`],
      ru: [String.raw`(?:Федеральн~ )?конституционн~ закон~ о (?:создании )?Суд~ по интеллектуальным правам`],
    },
  },
  {
    id: 'ru-fl-422-fz-2011', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '422', year: '2011', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 422-FZ of 8 December 2011 amending certain legislative acts in connection with the creation of the Intellectual Property Court', ru: 'Федеральный закон от 08.12.2011 № 422-ФЗ "О внесении изменений в отдельные законодательные акты Российской Федерации в связи с созданием в системе арбитражных судов Суда по интеллектуальным правам"' },
    short: { en: 'Federal Law No. 422-FZ of 2011', ru: 'Федеральный закон № 422-ФЗ (2011)' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?(?:Introduction of )?Amendments to (?:Certain|Some|Separate|Particular) Legislative Acts of the Russian Federation in (?:connection|relation) (?:with|to) the (?:Creation|Establishment) of (?:the )?(?:Intellectual Property|IP|Intellectual Property Rights) Court`],
      ru: [String.raw`${LAW_RU}"О внесении изменений в отдельные законодательные акты Российской Федерации в связи с созданием в системе арбитражных судов Суда по интеллектуальным правам"`],
    },
  },
  {
    // the first sanctions-response law (parallel import: Article 18 let the Government exempt goods from Civil Code
    // art. 1359(6) and 1487; see Resolution No. 506): cited by its number alone in IP texts of 2022 on
    id: 'ru-fl-46-fz-2022', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '46', year: '2022', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 46-FZ of 8 March 2022 on Amendments to Certain Legislative Acts of the Russian Federation (sanctions response; parallel import)', ru: 'Федеральный закон от 08.03.2022 № 46-ФЗ "О внесении изменений в отдельные законодательные акты Российской Федерации"' },
    short: { en: 'Federal Law No. 46-FZ of 2022', ru: 'Федеральный закон № 46-ФЗ (2022)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the USSR's law on inventions of the same day as the Fundamentals (No. 2211-1), in force in Russia until the 1992
    // Patent Law; no `law` field (its key is the Union's, not a law of the RF)
    id: 'su-law-2213-1-1991', kind: 'law', unit: 'article', partLabel: 'п.',
    name: { en: 'Law of the USSR No. 2213-1 of 31 May 1991 on Inventions in the USSR', ru: 'Закон СССР от 31.05.1991 № 2213-1 "Об изобретениях в СССР"' },
    short: { en: 'USSR Law on Inventions (1991)', ru: 'Закон СССР об изобретениях (1991)' },
    aliases: {
      en: [
        String.raw`(?:(?:USSR |Soviet )?Law(?: of the USSR)?(?: No\.? ?2213-1)?(?: of (?:31 May |May 31,? )?1991)? )?"On Inventions in the USSR"`,
        String.raw`(?:USSR |Soviet )?Law(?: of the USSR)? On Inventions in the USSR`,
        String.raw`(?:USSR|Soviet) (?:Law on Inventions|Inventions Law)(?: of 1991)?`,
        // "Law 2213-1/1991", "Law No. 2213-1 of 1991"
        String.raw`Law (?:No\.? ?)?2213-1(?:/1991| of (?:31 May |May 31,? )?1991)`,
      ],
      ru: [String.raw`(?:[Зз]акон~ (?:СССР )?(?:от 31\.05\.1991 (?:г\. )?(?:№ |N )?2213-1 )?)?"?Об изобретениях в СССР"?`, String.raw`[Зз]акон~ СССР об изобретениях`],
    },
  },
  {
    // the "Dima Yakovlev law" (the press's «закон подлецов»), the countermeasures to the Magnitsky Act
    id: 'ru-fl-272-fz-2012', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '272', year: '2012', series: 'fz' },
    name: { en: 'Federal Law No. 272-FZ of 28 December 2012 on Measures against Persons Involved in Violations of Fundamental Human Rights and Freedoms and the Rights and Freedoms of Citizens of the Russian Federation (the "Dima Yakovlev law")', ru: 'Федеральный закон от 28.12.2012 № 272-ФЗ "О мерах воздействия на лиц, причастных к нарушениям основополагающих прав и свобод человека, прав и свобод граждан Российской Федерации"' },
    short: { en: 'Dima Yakovlev Law', ru: 'Закон Димы Яковлева' },
    aliases: {
      en: [String.raw`"?Dima Yakovlev"? (?:law|act)`],
      ru: [String.raw`${LAW_RU}"О мерах воздействия на лиц, причастных к нарушениям основополагающих прав и свобод человека, прав и свобод граждан Российской Федерации"`, String.raw`"?закон~ Димы Яковлева"?`, String.raw`"?закон~ подлецов"?`],
    },
  },
  {
    // the foreign agents law of 2012 (NGOs "performing the functions of a foreign agent"); its nickname is dated (see
    // DATED_NAMES): No. 255-FZ of 2022 replaced it on 1 December 2022
    id: 'ru-fl-121-fz-2012', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '121', year: '2012', series: 'fz' },
    name: { en: 'Federal Law No. 121-FZ of 20 July 2012 amending certain legislative acts regarding the regulation of non-profit organisations performing the functions of a foreign agent', ru: 'Федеральный закон от 20.07.2012 № 121-ФЗ "О внесении изменений в отдельные законодательные акты Российской Федерации в части регулирования деятельности некоммерческих организаций, выполняющих функции иностранного агента"' },
    short: { en: 'Foreign Agents Law (2012)', ru: 'Закон об иностранных агентах (2012)' },
    aliases: { en: [], ru: [String.raw`${LAW_RU}"О внесении изменений в отдельные законодательные акты Российской Федерации в части регулирования деятельности некоммерческих организаций, выполняющих функции иностранного агента"`] },
  },
  {
    // the "gay propaganda" law (amending the law protecting children from harmful information, the Code of
    // Administrative Offences and others); its nickname is dated (see DATED_NAMES): extended to adults in December 2022.
    // No `law` field: "No. 135-FZ" without a year stays 2006's competition law
    id: 'ru-fl-135-fz-2013', kind: 'law', unit: 'article', partLabel: 'ч.',
    name: { en: 'Federal Law No. 135-FZ of 29 June 2013 amending Article 5 of the Law on Protection of Children from Information Harmful to Their Health and Development and certain legislative acts to protect children from information promoting the denial of traditional family values', ru: 'Федеральный закон от 29.06.2013 № 135-ФЗ "О внесении изменений в статью 5 Федерального закона "О защите детей от информации, причиняющей вред их здоровью и развитию" и отдельные законодательные акты Российской Федерации в целях защиты детей от информации, пропагандирующей отрицание традиционных семейных ценностей"' },
    short: { en: 'Federal Law No. 135-FZ of 2013', ru: 'Федеральный закон № 135-ФЗ (2013)' },
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-fl-184-fz-2002', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '184', year: '2002', series: 'fz' },
    name: { en: 'Federal Law No. 184-FZ of 27 December 2002 on Technical Regulation', ru: 'Федеральный закон от 27.12.2002 № 184-ФЗ "О техническом регулировании"' },
    short: { en: 'Law on Technical Regulation', ru: 'Закон о техническом регулировании' },
    aliases: {
      // quoted after any "Law", unquoted only after "Federal Law" (Kazakhstan's and Belarus's laws share the title)
      en: [String.raw`${LAW_EN}"On Technical Regulation"${RF_EN}`, String.raw`${FED_LAW_EN}On Technical Regulation${RF_EN}`],
      ru: [String.raw`${LAW_RU}"О техническом регулировании"`, String.raw`[Зз]акон~ (?:РФ )?о техническом регулировании`],
    },
  },
  {
    // trade remedies (anti-dumping, countervailing and safeguard measures)
    id: 'ru-fl-165-fz-2003', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '165', year: '2003', series: 'fz' },
    name: { en: 'Federal Law No. 165-FZ of 8 December 2003 on Special Protective, Anti-Dumping and Countervailing Measures in Imports of Goods', ru: 'Федеральный закон от 08.12.2003 № 165-ФЗ "О специальных защитных, антидемпинговых и компенсационных мерах при импорте товаров"' },
    short: { en: 'Law on Trade Remedies', ru: 'Закон о специальных защитных, антидемпинговых и компенсационных мерах' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Special (?:Protective|Safeguard), Anti-?[Dd]umping,? and Countervailing Measures (?:in|on|with regard to|when|upon) (?:the )?Import(?:ing|s|ation)? (?:of )?Goods"?`],
      ru: [String.raw`${LAW_RU}"О специальных защитных, антидемпинговых и компенсационных мерах при импорте товаров"`, String.raw`[Зз]акон~ (?:РФ )?о специальных защитных, антидемпинговых и компенсационных мерах при импорте товаров`],
    },
  },
  {
    id: 'ru-fl-173-fz-2003', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '173', year: '2003', series: 'fz' },
    name: { en: 'Federal Law No. 173-FZ of 10 December 2003 on Currency Regulation and Currency Control', ru: 'Федеральный закон от 10.12.2003 № 173-ФЗ "О валютном регулировании и валютном контроле"' },
    short: { en: 'Currency Control Law', ru: 'Закон о валютном регулировании' },
    aliases: {
      // (Belarus and Kazakhstan have laws of the same title: unquoted only after "Federal Law")
      en: [String.raw`${LAW_EN}"On Currency Regulation and Currency Control"${RF_EN}`, String.raw`${FED_LAW_EN}On Currency Regulation and Currency Control${RF_EN}`],
      ru: [String.raw`${LAW_RU}"О валютном регулировании и валютном контроле"`, String.raw`[Зз]акон~ (?:РФ )?о валютном регулировании и валютном контроле`],
    },
  },
  {
    id: 'ru-fl-183-fz-1999', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '183', year: '1999', series: 'fz' },
    name: { en: 'Federal Law No. 183-FZ of 18 July 1999 on Export Control', ru: 'Федеральный закон от 18.07.1999 № 183-ФЗ "Об экспортном контроле"' },
    short: { en: 'Law on Export Control', ru: 'Закон об экспортном контроле' },
    aliases: {
      en: [String.raw`${LAW_EN}"On Export Control"${RF_EN}`, String.raw`${FED_LAW_EN}On Export Control${RF_EN}`],
      ru: [String.raw`${LAW_RU}"Об экспортном контроле"`, String.raw`[Зз]акон~ (?:РФ )?об экспортном контроле`],
    },
  },
  {
    // the trade law (retail chains, supplier contracts)
    id: 'ru-fl-381-fz-2009', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '381', year: '2009', series: 'fz' },
    name: { en: 'Federal Law No. 381-FZ of 28 December 2009 on the Fundamentals of State Regulation of Trade Activity in the Russian Federation', ru: 'Федеральный закон от 28.12.2009 № 381-ФЗ "Об основах государственного регулирования торговой деятельности в Российской Федерации"' },
    short: { en: 'Law on Trade', ru: 'Закон о торговле' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On (?:the )?(?:Fundamentals|Basics|Foundations|Principles) of (?:the )?State Regulation of Trad(?:e|ing) Activit(?:y|ies)(?: in (?:the Russian Federation|Russia))?"?`],
      ru: [String.raw`${LAW_RU}"Об основах государственного регулирования торговой деятельности в Российской Федерации"`, String.raw`[Зз]акон~ (?:РФ )?об основах государственного регулирования торговой деятельности(?: в Российской Федерации)?`],
    },
  },
  {
    id: 'ru-fl-259-fz-2020', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '259', year: '2020', series: 'fz' },
    name: { en: 'Federal Law No. 259-FZ of 31 July 2020 on Digital Financial Assets, Digital Currency and Amendments to Certain Legislative Acts of the Russian Federation', ru: 'Федеральный закон от 31.07.2020 № 259-ФЗ "О цифровых финансовых активах, цифровой валюте и о внесении изменений в отдельные законодательные акты Российской Федерации"' },
    short: { en: 'Law on Digital Financial Assets', ru: 'Закон о ЦФА' },
    aliases: {
      en: [String.raw`${LAW_EN}"?On Digital Financial Assets(?:,? (?:and )?Digital Currency)?"?`, String.raw`(?:Russian |Federal )Digital (?:Financial )?Assets Law`],
      ru: [String.raw`${LAW_RU}"О цифровых финансовых активах, цифровой валюте`, String.raw`[Зз]акон~ (?:РФ )?о (?:цифровых финансовых активах|ЦФА)(?:, цифровой валюте)?`],
    },
  },
  {
    // the RSFSR's competition law of 1991, before No. 135-FZ of 2006
    id: 'ru-law-948-1-1991', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '948-1', year: '1991', series: 'rf' },
    name: { en: 'Law of the RSFSR No. 948-1 of 22 March 1991 on Competition and Restriction of Monopolistic Activity in Commodity Markets', ru: 'Закон РСФСР от 22.03.1991 № 948-1 "О конкуренции и ограничении монополистической деятельности на товарных рынках"' },
    short: { en: 'Competition Law (1991)', ru: 'Закон о конкуренции (1991)' },
    aliases: {
      en: [String.raw`Law(?: of the (?:RSFSR|Russian Federation|RF))? "?On Competition and (?:the )?(?:Restriction|Limitation|Restricting|Limiting) of Monopolistic Activit(?:y|ies) (?:in|on) (?:the )?(?:Commodity|Goods) Markets"?`],
      ru: [String.raw`[Зз]акон~ (?:РСФСР |РФ )?"?О конкуренции и ограничении монополистической деятельности на товарных рынках"?`],
    },
  },
  {
    // the medicines law before No. 61-FZ of 2010 ("the Law on Medicines" is dated: see DATED_NAMES)
    id: 'ru-fl-86-fz-1998', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '86', year: '1998', series: 'fz' },
    name: { en: 'Federal Law No. 86-FZ of 22 June 1998 on Medicines', ru: 'Федеральный закон от 22.06.1998 № 86-ФЗ "О лекарственных средствах"' },
    short: { en: 'Law on Medicines (1998)', ru: 'Закон о лекарственных средствах (1998)' },
    aliases: { en: [String.raw`${LAW_EN}"On Medicin(?:es|al (?:Products|Means|Drugs))"${RF_EN}`], ru: [String.raw`${LAW_RU}"О лекарственных средствах"`] },
  },
  // Breadth from general knowledge: presidential decrees and government resolutions IP texts cite (2022 countermeasures,
  // parallel import), by number and year and by their titles. A decree's common noun is "the Decree" / «Указ» (see nounOf in mentions.ts).
  {
    id: 'ru-ukaz-322-2022', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '322', year: '2022', series: 'ukaz', byNumberAlone: true },
    name: { en: 'Decree of the President of the Russian Federation No. 322 of 27 May 2022 on the Temporary Procedure for Fulfilling Obligations to Certain Right Holders', ru: 'Указ Президента РФ от 27.05.2022 № 322 "О временном порядке исполнения обязательств перед некоторыми правообладателями"' },
    short: { en: 'Presidential Decree No. 322 of 2022', ru: 'Указ Президента РФ № 322 (2022)' },
    aliases: {
      // (and Morgan Lewis's "On Temporary Regime For Performance of Obligations Towards Certain Right Holders")
      en: [String.raw`"?On (?:the )?Temporary (?:Procedure|Regime|Order) (?:[Ff]or|[Oo]f) (?:the )?(?:Fulfil(?:l)?ing|Fulfil(?:l)?ment [Oo]f|Performing|Performance [Oo]f|Discharging|Execution [Oo]f|Meeting) (?:the )?Obligations (?:[Tt]o|[Tt]owards|[Bb]efore) (?:Certain|Some) (?:Foreign )?(?:Right ?[Hh]olders|Rightholders|Copyright Holders)"?`],
      ru: [String.raw`"?О временном порядке исполнения обязательств перед некоторыми правообладателями"?`],
    },
  },
  {
    id: 'ru-ukaz-79-2022', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '79', year: '2022', series: 'ukaz' },
    name: { en: 'Decree of the President of the Russian Federation No. 79 of 28 February 2022 on Special Economic Measures in Connection with the Unfriendly Actions of the United States and Foreign States and International Organisations That Joined Them', ru: 'Указ Президента РФ от 28.02.2022 № 79 "О применении специальных экономических мер в связи с недружественными действиями Соединенных Штатов Америки и примкнувших к ним иностранных государств и международных организаций"' },
    short: { en: 'Presidential Decree No. 79 of 2022', ru: 'Указ Президента РФ № 79 (2022)' },
    aliases: {
      en: [String.raw`"?On (?:the )?Application of Special Economic Measures in Connection with (?:the )?Unfriendly Actions of the United States`],
      ru: [String.raw`"?О применении специальных экономических мер в связи с недружественными действиями Соединенных Штатов Америки`],
    },
  },
  {
    id: 'ru-ukaz-81-2022', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '81', year: '2022', series: 'ukaz' },
    name: { en: 'Decree of the President of the Russian Federation No. 81 of 1 March 2022 on Additional Temporary Economic Measures to Ensure the Financial Stability of the Russian Federation', ru: 'Указ Президента РФ от 01.03.2022 № 81 "О дополнительных временных мерах экономического характера по обеспечению финансовой стабильности Российской Федерации"' },
    short: { en: 'Presidential Decree No. 81 of 2022', ru: 'Указ Президента РФ № 81 (2022)' },
    aliases: {
      en: [String.raw`"?On Additional Temporary (?:Economic Measures|Measures of an Economic Nature) (?:to Ensure|for Ensuring) (?:the )?Financial Stability of the Russian Federation"?`],
      ru: [String.raw`"?О дополнительных временных мерах экономического характера по обеспечению финансовой стабильности Российской Федерации"?`],
    },
  },
  {
    id: 'ru-ukaz-95-2022', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '95', year: '2022', series: 'ukaz' },
    name: { en: 'Decree of the President of the Russian Federation No. 95 of 5 March 2022 on the Temporary Procedure for Fulfilling Obligations to Certain Foreign Creditors', ru: 'Указ Президента РФ от 05.03.2022 № 95 "О временном порядке исполнения обязательств перед некоторыми иностранными кредиторами"' },
    short: { en: 'Presidential Decree No. 95 of 2022', ru: 'Указ Президента РФ № 95 (2022)' },
    aliases: {
      en: [String.raw`"?On (?:the )?Temporary Procedure (?:for|of) (?:the )?(?:Fulfil(?:l)?ing|Fulfil(?:l)?ment of|Performing|Performance of|Discharging|Execution of|Meeting) (?:the )?Obligations (?:to|towards|before) (?:Certain|Some) Foreign Creditors"?`],
      ru: [String.raw`"?О временном порядке исполнения обязательств перед некоторыми иностранными кредиторами"?`],
    },
  },
  {
    id: 'ru-gov-506-2022', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '506', year: '2022', series: 'gov', byNumberAlone: true },
    name: { en: 'Resolution of the Government of the Russian Federation No. 506 of 29 March 2022 on goods to which certain provisions of the Civil Code on the protection of exclusive rights may not be applied (parallel import)', ru: 'Постановление Правительства РФ от 29.03.2022 № 506 "О товарах (группах товаров), в отношении которых не могут применяться отдельные положения Гражданского кодекса Российской Федерации о защите исключительных прав на результаты интеллектуальной деятельности, выраженные в таких товарах, и средства индивидуализации, которыми такие товары маркированы"' },
    short: { en: 'Government Resolution No. 506 of 2022', ru: 'Постановление Правительства РФ № 506 (2022)' },
    aliases: {
      // (the title up to the code it names: the Civil Code inside it is a reference of its own, as readers count it)
      en: [String.raw`"?On (?:the )?Goods \(Groups of Goods\) (?:in (?:respect|relation) (?:of|to) which|to which) (?:Certain|Some|Separate|Individual) Provisions(?= of the (?:Russian )?Civil Code)`],
      ru: [String.raw`"?О товарах \(группах товаров\), в отношении которых не могут применяться отдельные положения(?= Гражданского кодекса)`],
    },
  },
  {
    // the rate of compensation to patent holders of "unfriendly" states set at 0 % (no title alias: only its number)
    id: 'ru-gov-299-2022', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '299', year: '2022', series: 'gov', byNumberAlone: true },
    name: { en: 'Resolution of the Government of the Russian Federation No. 299 of 6 March 2022 (compensation to patent holders, 0 %)', ru: 'Постановление Правительства РФ от 06.03.2022 № 299' },
    short: { en: 'Government Resolution No. 299 of 2022', ru: 'Постановление Правительства РФ № 299 (2022)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the ban on foreign software in public procurement, and the register of Russian software
    id: 'ru-gov-1236-2015', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '1236', year: '2015', series: 'gov', byNumberAlone: true },
    name: { en: 'Resolution of the Government of the Russian Federation No. 1236 of 16 November 2015 (foreign software in public procurement)', ru: 'Постановление Правительства РФ от 16.11.2015 № 1236' },
    short: { en: 'Government Resolution No. 1236 of 2015', ru: 'Постановление Правительства РФ № 1236 (2015)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the requirements for protecting personal data in information systems (under Law No. 152-FZ, art. 19): data
    // protection texts cite it by its number alone ("Government Decree No. 1119", «ПП 1119»)
    id: 'ru-gov-1119-2012', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '1119', year: '2012', series: 'gov', byNumberAlone: true },
    name: { en: 'Resolution of the Government of the Russian Federation No. 1119 of 1 November 2012 on the requirements for the protection of personal data processed in personal data information systems', ru: 'Постановление Правительства РФ от 01.11.2012 № 1119 "Об утверждении требований к защите персональных данных при их обработке в информационных системах персональных данных"' },
    short: { en: 'Government Resolution No. 1119 of 2012', ru: 'Постановление Правительства РФ № 1119 (2012)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the unified register of prohibited sites (Law No. 149-FZ, art. 15.1), which Roskomnadzor's notices cite
    id: 'ru-gov-1101-2012', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '1101', year: '2012', series: 'gov' },
    name: { en: 'Resolution of the Government of the Russian Federation No. 1101 of 26 October 2012 on the unified automated information system "Unified register of domain names, site page addresses and network addresses allowing to identify sites containing information whose dissemination is prohibited in the Russian Federation"', ru: 'Постановление Правительства РФ от 26.10.2012 № 1101 "О единой автоматизированной информационной системе "Единый реестр доменных имен, указателей страниц сайтов в информационно-телекоммуникационной сети "Интернет" и сетевых адресов, позволяющих идентифицировать сайты в информационно-телекоммуникационной сети "Интернет", содержащие информацию, распространение которой в Российской Федерации запрещено""' },
    short: { en: 'Government Resolution No. 1101 of 2012', ru: 'Постановление Правительства РФ № 1101 (2012)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the methods for the compensation owed to a patent holder for use without consent (Civil Code art. 1360)
    id: 'ru-gov-1767-2021', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '1767', year: '2021', series: 'gov', byNumberAlone: true },
    name: { en: 'Resolution of the Government of the Russian Federation No. 1767 of 18 October 2021 (compensation to patent holders)', ru: 'Постановление Правительства РФ от 18.10.2021 № 1767' },
    short: { en: 'Government Resolution No. 1767 of 2021', ru: 'Постановление Правительства РФ № 1767 (2021)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the rules for licences to make medicines for export (Civil Code art. 1360.1, TRIPS art. 31bis)
    id: 'ru-gov-947-2022', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '947', year: '2022', series: 'gov' },
    name: { en: 'Resolution of the Government of the Russian Federation No. 947 of 25 May 2022 (export of pharmaceutical products)', ru: 'Постановление Правительства РФ от 25.05.2022 № 947' },
    short: { en: 'Government Resolution No. 947 of 2022', ru: 'Постановление Правительства РФ № 947 (2022)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the first use of Civil Code art. 1360: remdesivir's patents for Pharmasyntez
    id: 'ru-gov-3718-r-2020', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '3718-r', year: '2020', series: 'gov', byNumberAlone: true },
    name: { en: 'Order of the Government of the Russian Federation No. 3718-r of 31 December 2020', ru: 'Распоряжение Правительства РФ от 31.12.2020 № 3718-р' },
    short: { en: 'Government Order No. 3718-r of 2020', ru: 'Распоряжение Правительства РФ № 3718-р (2020)' },
    aliases: { en: [], ru: [] },
  },  // Breadth from general knowledge: federal laws IP texts cite beside the IP ones (procurement, enforcement, the police
  // and prosecutors, registration of companies, valuation, culture, sport and the 2014 and 2018 games, breeding): by
  // number and year, and by their titles (worded-titles.ts compares a title by its stems). Only the procurement laws are
  // cited by number alone ("44-ФЗ", "223-ФЗ").
  {
    // public procurement ("44-ФЗ": software and patented goods in state purchases)
    id: 'ru-fl-44-fz-2013', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '44', year: '2013', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 44-FZ of 5 April 2013 on the Contract System in Procurement of Goods, Works and Services for State and Municipal Needs', ru: 'Федеральный закон от 05.04.2013 № 44-ФЗ "О контрактной системе в сфере закупок товаров, работ, услуг для обеспечения государственных и муниципальных нужд"' },
    short: { en: 'Law No. 44-FZ of 2013', ru: 'Федеральный закон № 44-ФЗ (2013)' },
    aliases: { en: [], ru: [] },
  },
  {
    // procurement by state companies ("223-ФЗ")
    id: 'ru-fl-223-fz-2011', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '223', year: '2011', series: 'fz', byNumberAlone: true },
    name: { en: 'Federal Law No. 223-FZ of 18 July 2011 on Procurement of Goods, Works and Services by Certain Types of Legal Entities', ru: 'Федеральный закон от 18.07.2011 № 223-ФЗ "О закупках товаров, работ, услуг отдельными видами юридических лиц"' },
    short: { en: 'Law No. 223-FZ of 2011', ru: 'Закон о закупках товаров, работ, услуг отдельными видами юридических лиц' },
    aliases: { en: [], ru: [] },
  },
  {
    // enforcement of judgments (seizure of exclusive rights)
    id: 'ru-fl-229-fz-2007', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '229', year: '2007', series: 'fz' },
    name: { en: 'Federal Law No. 229-FZ of 2 October 2007 on Enforcement Proceedings', ru: 'Федеральный закон от 02.10.2007 № 229-ФЗ "Об исполнительном производстве"' },
    short: { en: 'Law on Enforcement Proceedings', ru: 'Закон об исполнительном производстве' },
    aliases: { en: [], ru: [] },
  },
  {
    // state secrets (secret inventions, Civil Code art. 1401–1405)
    id: 'ru-law-5485-1-1993', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '5485-1', year: '1993', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 5485-1 of 21 July 1993 on State Secrets', ru: 'Закон РФ от 21.07.1993 № 5485-1 "О государственной тайне"' },
    short: { en: 'Law on State Secrets', ru: 'Закон о государственной тайне' },
    aliases: { en: [], ru: [] },
  },
  {
    // education (works used in teaching)
    id: 'ru-fl-273-fz-2012', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '273', year: '2012', series: 'fz' },
    name: { en: 'Federal Law No. 273-FZ of 29 December 2012 on Education in the Russian Federation', ru: 'Федеральный закон от 29.12.2012 № 273-ФЗ "Об образовании в Российской Федерации"' },
    short: { en: 'Law on Education in the Russian Federation', ru: 'Закон об образовании в Российской Федерации' },
    aliases: { en: [], ru: [] },
  },
  {
    // cinematography (film distribution certificates)
    id: 'ru-fl-126-fz-1996', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '126', year: '1996', series: 'fz' },
    name: { en: 'Federal Law No. 126-FZ of 22 August 1996 on State Support of Cinematography of the Russian Federation', ru: 'Федеральный закон от 22.08.1996 № 126-ФЗ "О государственной поддержке кинематографии Российской Федерации"' },
    short: { en: 'Law on State Support of Cinematography of the Russian Federation', ru: 'Закон о государственной поддержке кинематографии Российской Федерации' },
    aliases: { en: [], ru: [] },
  },
  {
    // legal deposit of documents
    id: 'ru-fl-77-fz-1994', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '77', year: '1994', series: 'fz' },
    name: { en: 'Federal Law No. 77-FZ of 29 December 1994 on the Legal Deposit of Documents', ru: 'Федеральный закон от 29.12.1994 № 77-ФЗ "Об обязательном экземпляре документов"' },
    short: { en: 'Law on Legal Deposit of Documents', ru: 'Закон об обязательном экземпляре документов' },
    aliases: { en: [], ru: [] },
  },
  {
    // libraries (free use by libraries, Civil Code art. 1275)
    id: 'ru-fl-78-fz-1994', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '78', year: '1994', series: 'fz' },
    name: { en: 'Federal Law No. 78-FZ of 29 December 1994 on Librarianship', ru: 'Федеральный закон от 29.12.1994 № 78-ФЗ "О библиотечном деле"' },
    short: { en: 'Law on Librarianship', ru: 'Закон о библиотечном деле' },
    aliases: { en: [], ru: [] },
  },
  {
    // police operations (test purchases in piracy cases)
    id: 'ru-fl-144-fz-1995', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '144', year: '1995', series: 'fz' },
    name: { en: 'Federal Law No. 144-FZ of 12 August 1995 on Operational Search Activities', ru: 'Федеральный закон от 12.08.1995 № 144-ФЗ "Об оперативно-розыскной деятельности"' },
    short: { en: 'Law on Operational Search Activities', ru: 'Закон об оперативно-розыскной деятельности' },
    aliases: { en: [], ru: [] },
  },
  {
    // the police
    id: 'ru-fl-3-fz-2011', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '3', year: '2011', series: 'fz' },
    name: { en: 'Federal Law No. 3-FZ of 7 February 2011 on the Police', ru: 'Федеральный закон от 07.02.2011 № 3-ФЗ "О полиции"' },
    short: { en: 'Law on Police', ru: 'Закон о полиции' },
    // (a one-word title: the worded-titles reading needs two content words, so its quoted title is listed; never another
    // state's, «Закон Республики Казахстан «О полиции»»)
    aliases: { en: [String.raw`${LAW_EN}"On (?:the )?Police"${RF_EN}`], ru: [String.raw`${LAW_RU}"О полиции"`] },
  },
  {
    // the prosecutor's office (prosecutors' site-blocking claims)
    id: 'ru-law-2202-1-1992', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '2202-1', year: '1992', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 2202-1 of 17 January 1992 on the Prosecutor\'s Office of the Russian Federation', ru: 'Закон РФ от 17.01.1992 № 2202-1 "О прокуратуре Российской Федерации"' },
    short: { en: 'Law on Prosecutor\'s Office of the Russian Federation', ru: 'Закон о прокуратуре Российской Федерации' },
    aliases: { en: [], ru: [] },
  },
  {
    // registration of companies (firm names, Civil Code art. 1473)
    id: 'ru-fl-129-fz-2001', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '129', year: '2001', series: 'fz' },
    name: { en: 'Federal Law No. 129-FZ of 8 August 2001 on State Registration of Legal Entities and Individual Entrepreneurs', ru: 'Федеральный закон от 08.08.2001 № 129-ФЗ "О государственной регистрации юридических лиц и индивидуальных предпринимателей"' },
    short: { en: 'Law No. 129-FZ of 2001', ru: 'Федеральный закон № 129-ФЗ (2001)' },
    aliases: { en: [], ru: [] },
  },
  {
    // standardisation (standards and copyright)
    id: 'ru-fl-162-fz-2015', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '162', year: '2015', series: 'fz' },
    name: { en: 'Federal Law No. 162-FZ of 29 June 2015 on Standardization in the Russian Federation', ru: 'Федеральный закон от 29.06.2015 № 162-ФЗ "О стандартизации в Российской Федерации"' },
    short: { en: 'Law on Standardization in the Russian Federation', ru: 'Закон о стандартизации в Российской Федерации' },
    aliases: { en: [], ru: [] },
  },
  {
    // industrial policy (localisation, parallel imports)
    id: 'ru-fl-488-fz-2014', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '488', year: '2014', series: 'fz' },
    name: { en: 'Federal Law No. 488-FZ of 31 December 2014 on Industrial Policy in the Russian Federation', ru: 'Федеральный закон от 31.12.2014 № 488-ФЗ "О промышленной политике в Российской Федерации"' },
    short: { en: 'Law on Industrial Policy in the Russian Federation', ru: 'Закон о промышленной политике в Российской Федерации' },
    aliases: { en: [], ru: [] },
  },
  {
    // small business (its registry in fines for infringement)
    id: 'ru-fl-209-fz-2007', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '209', year: '2007', series: 'fz' },
    name: { en: 'Federal Law No. 209-FZ of 24 July 2007 on the Development of Small and Medium-Sized Entrepreneurship in the Russian Federation', ru: 'Федеральный закон от 24.07.2007 № 209-ФЗ "О развитии малого и среднего предпринимательства в Российской Федерации"' },
    short: { en: 'Law No. 209-FZ of 2007', ru: 'Федеральный закон № 209-ФЗ (2007)' },
    aliases: { en: [], ru: [] },
  },
  {
    // anti-corruption
    id: 'ru-fl-273-fz-2008', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '273', year: '2008', series: 'fz' },
    name: { en: 'Federal Law No. 273-FZ of 25 December 2008 on Combating Corruption', ru: 'Федеральный закон от 25.12.2008 № 273-ФЗ "О противодействии коррупции"' },
    short: { en: 'Law on Combating Corruption', ru: 'Закон о противодействии коррупции' },
    titles: ['On Preventing Corruption', 'On Countering Corruption', 'On Counteracting Corruption'],
    aliases: { en: [], ru: [] },
  },
  {
    // valuation (of exclusive rights)
    id: 'ru-fl-135-fz-1998', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '135', year: '1998', series: 'fz' },
    name: { en: 'Federal Law No. 135-FZ of 29 July 1998 on Valuation Activities in the Russian Federation', ru: 'Федеральный закон от 29.07.1998 № 135-ФЗ "Об оценочной деятельности в Российской Федерации"' },
    short: { en: 'Law on Valuation Activities in the Russian Federation', ru: 'Закон об оценочной деятельности в Российской Федерации' },
    aliases: { en: [], ru: [] },
  },
  {
    // sport (broadcasting rights to sports events)
    id: 'ru-fl-329-fz-2007', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '329', year: '2007', series: 'fz' },
    name: { en: 'Federal Law No. 329-FZ of 4 December 2007 on Physical Culture and Sports in the Russian Federation', ru: 'Федеральный закон от 04.12.2007 № 329-ФЗ "О физической культуре и спорте в Российской Федерации"' },
    short: { en: 'Law on Physical Culture and Sports in the Russian Federation', ru: 'Закон о физической культуре и спорте в Российской Федерации' },
    aliases: { en: [], ru: [] },
  },
  {
    // the 2018 FIFA World Cup (FIFA's marks and ambush marketing)
    id: 'ru-fl-108-fz-2013', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '108', year: '2013', series: 'fz' },
    name: { en: 'Federal Law No. 108-FZ of 7 June 2013 on the Preparation and Holding in the Russian Federation of the 2018 FIFA World Cup and the 2017 FIFA Confederations Cup', ru: 'Федеральный закон от 07.06.2013 № 108-ФЗ "О подготовке и проведении в Российской Федерации чемпионата мира по футболу FIFA 2018 года, Кубка конфедераций FIFA 2017 года и внесении изменений в отдельные законодательные акты Российской Федерации"' },
    short: { en: 'Law No. 108-FZ of 2013', ru: 'Федеральный закон № 108-ФЗ (2013)' },
    aliases: { en: [], ru: [] },
  },
  {
    // the 2014 Sochi Olympics (Olympic symbols)
    id: 'ru-fl-310-fz-2007', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '310', year: '2007', series: 'fz' },
    name: { en: 'Federal Law No. 310-FZ of 1 December 2007 on the Organization and Holding of the XXII Olympic Winter Games and XI Paralympic Winter Games of 2014 in Sochi', ru: 'Федеральный закон от 01.12.2007 № 310-ФЗ "Об организации и о проведении XXII Олимпийских зимних игр и XI Паралимпийских зимних игр 2014 года в городе Сочи, развитии города Сочи как горноклиматического курорта и внесении изменений в отдельные законодательные акты Российской Федерации"' },
    short: { en: 'Law No. 310-FZ of 2007', ru: 'Федеральный закон № 310-ФЗ (2007)' },
    aliases: { en: [], ru: [] },
  },
  {
    // fishing (confiscation law cited beside the codes)
    id: 'ru-fl-166-fz-2004', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '166', year: '2004', series: 'fz' },
    name: { en: 'Federal Law No. 166-FZ of 20 December 2004 on Fishing and Conservation of Aquatic Biological Resources', ru: 'Федеральный закон от 20.12.2004 № 166-ФЗ "О рыболовстве и сохранении водных биологических ресурсов"' },
    short: { en: 'Law on Fishing and Conservation of Aquatic Biological Resources', ru: 'Закон о рыболовстве и сохранении водных биологических ресурсов' },
    aliases: { en: [], ru: [] },
  },
  {
    // seed production since 2023 (plant varieties, Civil Code ch. 73)
    id: 'ru-fl-454-fz-2021', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '454', year: '2021', series: 'fz' },
    name: { en: 'Federal Law No. 454-FZ of 30 December 2021 on Seed Production', ru: 'Федеральный закон от 30.12.2021 № 454-ФЗ "О семеноводстве"' },
    short: { en: 'Law on Seed Production', ru: 'Закон о семеноводстве' },
    aliases: { en: [], ru: [] },
  },
  {
    // pedigree breeding (breeds, Civil Code ch. 73)
    id: 'ru-fl-123-fz-1995', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '123', year: '1995', series: 'fz' },
    name: { en: 'Federal Law No. 123-FZ of 3 August 1995 on Pedigree Stock Breeding', ru: 'Федеральный закон от 03.08.1995 № 123-ФЗ "О племенном животноводстве"' },
    short: { en: 'Law on Pedigree Stock Breeding', ru: 'Закон о племенном животноводстве' },
    aliases: { en: [], ru: [] },
  },
  {
    // museums (images of museum objects)
    id: 'ru-fl-54-fz-1996', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '54', year: '1996', series: 'fz' },
    name: { en: 'Federal Law No. 54-FZ of 26 May 1996 on the Museum Fund of the Russian Federation and Museums in the Russian Federation', ru: 'Федеральный закон от 26.05.1996 № 54-ФЗ "О Музейном фонде Российской Федерации и музеях в Российской Федерации"' },
    short: { en: 'Law No. 54-FZ of 1996', ru: 'Закон о Музейном фонде Российской Федерации и музеях в Российской Федерации' },
    aliases: { en: [], ru: [] },
  },
  {
    // archives
    id: 'ru-fl-125-fz-2004', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '125', year: '2004', series: 'fz' },
    name: { en: 'Federal Law No. 125-FZ of 22 October 2004 on Archiving in the Russian Federation', ru: 'Федеральный закон от 22.10.2004 № 125-ФЗ "Об архивном деле в Российской Федерации"' },
    short: { en: 'Law on Archiving in the Russian Federation', ru: 'Закон об архивном деле в Российской Федерации' },
    aliases: { en: [], ru: [] },
  },
  {
    // non-profit organisations (collective management societies)
    id: 'ru-fl-7-fz-1996', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '7', year: '1996', series: 'fz' },
    name: { en: 'Federal Law No. 7-FZ of 12 January 1996 on Non-Commercial Organizations', ru: 'Федеральный закон от 12.01.1996 № 7-ФЗ "О некоммерческих организациях"' },
    short: { en: 'Law on Non-Commercial Organizations', ru: 'Закон о некоммерческих организациях' },
    aliases: { en: [], ru: [] },
  },
  {
    // food safety (counterfeit food)
    id: 'ru-fl-29-fz-2000', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '29', year: '2000', series: 'fz' },
    name: { en: 'Federal Law No. 29-FZ of 2 January 2000 on the Quality and Safety of Food Products', ru: 'Федеральный закон от 02.01.2000 № 29-ФЗ "О качестве и безопасности пищевых продуктов"' },
    short: { en: 'Law on Quality and Safety of Food Products', ru: 'Закон о качестве и безопасности пищевых продуктов' },
    aliases: { en: [], ru: [] },
  },
  {
    // the FSB
    id: 'ru-fl-40-fz-1995', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '40', year: '1995', series: 'fz' },
    name: { en: 'Federal Law No. 40-FZ of 3 April 1995 on the Federal Security Service', ru: 'Федеральный закон от 03.04.1995 № 40-ФЗ "О федеральной службе безопасности"' },
    short: { en: 'Law on Federal Security Service', ru: 'Закон о федеральной службе безопасности' },
    aliases: { en: [], ru: [] },
  },
  // Breadth from general knowledge (eighteenth session, not from any text): the federal laws Russian-law texts of any
  // genre cite most after the IP and information laws above — civil society, elections, the courts and the bar, state
  // service and security, finance, culture, digital regulation — by number and year, and by their quoted titles in
  // either language (worded-titles.ts); a short unquoted name only where no other state's law shares it.
  ...[
    law('82', '1995', '19 May 1995', '19.05.1995', 'Public Associations', 'Об общественных объединениях', 'ч.'),
    law('125', '1997', '26 September 1997', '26.09.1997', 'Freedom of Conscience and Religious Associations', 'О свободе совести и о религиозных объединениях', 'п.', {
      en: [String.raw`${LAW_EN}"?On (?:the )?Freedom of Conscience and (?:on )?Religious Associations"?`],
      ru: [String.raw`[Зз]акон~ о свободе совести и о религиозных объединениях`],
    }, undefined, {
      // ("Russia's Religion Law", "the 1997 Religion Law", «закон о свободе совести»: names other states' laws share, so
      // never in a sentence on another state)
      en: [String.raw`(?:Russia['’]s |Russian |1997 )Religion Law`],
      ru: [String.raw`[Зз]акон~ о свободе совести`],
    }),
    law('54', '2004', '19 June 2004', '19.06.2004', 'Assemblies, Meetings, Demonstrations, Marches and Picketing', 'О собраниях, митингах, демонстрациях, шествиях и пикетированиях', 'ч.'),
    law('255', '2022', '14 July 2022', '14.07.2022', 'Control over the Activities of Persons under Foreign Influence', 'О контроле за деятельностью лиц, находящихся под иностранным влиянием', 'ч.'),
    law('129', '2015', '23 May 2015', '23.05.2015', 'Amendments to Certain Legislative Acts of the Russian Federation (undesirable organisations)', 'О внесении изменений в отдельные законодательные акты Российской Федерации', 'ч.', {
      en: [], ru: [],
    }, undefined, {
      // (its title is amending boilerplate: only the name the press gave it, never in a sentence on another state)
      en: [String.raw`(?:Russian |Russia['’]s )?(?:law|Law) on "?[Uu]ndesirable(?: [Ff]oreign(?: and [Ii]nternational)?(?: [Nn]on-?[Gg]overnmental)?)? [Oo]rgani[sz]ations"?`, String.raw`(?:Russian |Russia['’]s )?"?[Uu]ndesirable [Oo]rgani[sz]ations"? [Ll]aw`],
      ru: [String.raw`[Зз]акон~ о "?нежелательных организациях"?`],
    }),
    law('67', '2002', '12 June 2002', '12.06.2002', 'Basic Guarantees of Electoral Rights and the Right of Citizens of the Russian Federation to Participate in a Referendum', 'Об основных гарантиях избирательных прав и права на участие в референдуме граждан Российской Федерации', 'п.'),
    law('124', '1998', '24 July 1998', '24.07.1998', 'Basic Guarantees of the Rights of the Child in the Russian Federation', 'Об основных гарантиях прав ребенка в Российской Федерации', 'п.'),
    law('1', '1997', '26 February 1997', '26.02.1997', 'the Commissioner for Human Rights in the Russian Federation', 'Об Уполномоченном по правам человека в Российской Федерации', 'п.', undefined, 'fkz'),
    law('115', '2002', '25 July 2002', '25.07.2002', 'the Legal Status of Foreign Citizens in the Russian Federation', 'О правовом положении иностранных граждан в Российской Федерации', 'п.'),
    law('114', '1996', '15 August 1996', '15.08.1996', 'the Procedure for Exit from the Russian Federation and Entry into the Russian Federation', 'О порядке выезда из Российской Федерации и въезда в Российскую Федерацию', 'п.'),
    law('390', '2010', '28 December 2010', '28.12.2010', 'Security', 'О безопасности', 'ч.'),
    law('61', '1996', '31 May 1996', '31.05.1996', 'Defence', 'Об обороне', 'п.'),
    law('53', '1998', '28 March 1998', '28.03.1998', 'Military Duty and Military Service', 'О воинской обязанности и военной службе', 'п.'),
    law('79', '2004', '27 July 2004', '27.07.2004', 'the State Civil Service of the Russian Federation', 'О государственной гражданской службе Российской Федерации', 'ч.'),
    law('32', '2005', '4 April 2005', '04.04.2005', 'the Public Chamber of the Russian Federation', 'Об Общественной палате Российской Федерации', 'ч.'),
    law('212', '2014', '21 July 2014', '21.07.2014', 'the Fundamentals of Public Control in the Russian Federation', 'Об основах общественного контроля в Российской Федерации', 'ч.'),
    law('76', '2008', '10 June 2008', '10.06.2008', 'Public Monitoring of Human Rights in Places of Detention and Assistance to Persons in Places of Detention', 'Об общественном контроле за обеспечением прав человека в местах принудительного содержания и о содействии лицам, находящимся в местах принудительного содержания', 'ч.'),
    law('103', '1995', '15 July 1995', '15.07.1995', 'the Detention of Suspects and Accused of Committing Crimes', 'О содержании под стражей подозреваемых и обвиняемых в совершении преступлений', 'ч.'),
    law('63', '2002', '31 May 2002', '31.05.2002', 'Advocacy and the Bar in the Russian Federation', 'Об адвокатской деятельности и адвокатуре в Российской Федерации', 'п.'),
    law('8', '2009', '9 February 2009', '09.02.2009', 'Ensuring Access to Information on the Activities of State Bodies and Local Self-Government Bodies', 'Об обеспечении доступа к информации о деятельности государственных органов и органов местного самоуправления', 'ч.'),
    law('262', '2008', '22 December 2008', '22.12.2008', 'Ensuring Access to Information on the Activities of Courts in the Russian Federation', 'Об обеспечении доступа к информации о деятельности судов в Российской Федерации', 'ч.'),
    law('95', '2001', '11 July 2001', '11.07.2001', 'Political Parties', 'О политических партиях', 'п.'),
    law('224', '2010', '27 July 2010', '27.07.2010', 'Countering the Misuse of Insider Information and Market Manipulation and Amending Certain Legislative Acts of the Russian Federation', 'О противодействии неправомерному использованию инсайдерской информации и манипулированию рынком и о внесении изменений в отдельные законодательные акты Российской Федерации', 'ч.', {
      en: [String.raw`${FED_LAW_EN}"?On (?:Countering (?:the )?(?:Misuse|Illegal Use|Unlawful Use) of )?Insider Information(?: and Market Manipulation)?"?`],
      ru: [],
    }),
    law('39', '1996', '22 April 1996', '22.04.1996', 'the Securities Market', 'О рынке ценных бумаг', 'п.'),
    law('86', '2002', '10 July 2002', '10.07.2002', 'the Central Bank of the Russian Federation (Bank of Russia)', 'О Центральном банке Российской Федерации (Банке России)', 'ч.'),
    law('161', '2011', '27 June 2011', '27.06.2011', 'the National Payment System', 'О национальной платежной системе', 'ч.'),
    law('73', '2002', '25 June 2002', '25.06.2002', 'Objects of Cultural Heritage (Monuments of History and Culture) of the Peoples of the Russian Federation', 'Об объектах культурного наследия (памятниках истории и культуры) народов Российской Федерации', 'п.'),
    law('53', '2005', '1 June 2005', '01.06.2005', 'the State Language of the Russian Federation', 'О государственном языке Российской Федерации', 'ч.'),
    law('258', '2020', '31 July 2020', '31.07.2020', 'Experimental Legal Regimes in the Field of Digital Innovation in the Russian Federation', 'Об экспериментальных правовых режимах в сфере цифровых инноваций в Российской Федерации', 'ч.'),
    law('259', '2019', '2 August 2019', '02.08.2019', 'Attracting Investments Using Investment Platforms and Amending Certain Legislative Acts of the Russian Federation', 'О привлечении инвестиций с использованием инвестиционных платформ и о внесении изменений в отдельные законодательные акты Российской Федерации', 'ч.'),
    law('572', '2022', '29 December 2022', '29.12.2022', 'the Identification and (or) Authentication of Individuals Using Biometric Personal Data', 'Об осуществлении идентификации и (или) аутентификации физических лиц с использованием биометрических персональных данных, о внесении изменений в отдельные законодательные акты Российской Федерации и признании утратившими силу отдельных положений законодательных актов Российской Федерации', 'ч.'),
    law('289', '2025', '31 July 2025', '31.07.2025', 'the Platform Economy in the Russian Federation', 'О платформенной экономике в Российской Федерации', 'ч.', {
      // (the bill's title, «Об отдельных вопросах регулирования платформенной экономики …», in both languages)
      en: [String.raw`${LAW_EN}"?On (?:Certain Issues of )?(?:the )?(?:Platform Economy(?: Regulation)?|Regulat(?:ing|ion of) the Platform Economy)(?: in (?:the )?(?:Russian Federation|RF|Russia))?"?`],
      ru: [String.raw`${LAW_RU}"Об отдельных вопросах регулирования платформенной экономики в Российской Федерации"`],
    }, undefined, {
      // (names other states' laws may share: never in a sentence on another state)
      en: [String.raw`(?:Russian |Russia['’]s )?Platform Economy (?:Law|Act)`],
      ru: [String.raw`[Зз]акон~ о платформенной экономике`],
    }),
    law('1', '2002', '10 January 2002', '10.01.2002', 'Electronic Digital Signature', 'Об электронной цифровой подписи', 'п.'),
    law('218', '2015', '13 July 2015', '13.07.2015', 'State Registration of Real Estate', 'О государственной регистрации недвижимости', 'ч.'),
    law('147', '1995', '17 August 1995', '17.08.1995', 'Natural Monopolies', 'О естественных монополиях', 'п.'),
  ],
  {
    id: 'ru-law-395-1-1990', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '395-1', year: '1990', series: 'rf' },
    name: { en: 'Federal Law No. 395-1 of 2 December 1990 on Banks and Banking Activity', ru: 'Федеральный закон от 02.12.1990 № 395-1 "О банках и банковской деятельности"' },
    short: { en: 'Law on Banks and Banking Activity', ru: 'Закон о банках и банковской деятельности' },
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-law-3612-1-1992', kind: 'law', unit: 'article', partLabel: 'ч.', law: { number: '3612-1', year: '1992', series: 'rf' },
    name: { en: 'Fundamentals of the Legislation of the Russian Federation on Culture of 9 October 1992 No. 3612-1', ru: 'Основы законодательства Российской Федерации о культуре от 09.10.1992 № 3612-1' },
    short: { en: 'Fundamentals on Culture (1992)', ru: 'Основы законодательства о культуре' },
    aliases: {
      en: [String.raw`Fundamentals of (?:the )?(?:Russian Federation |RF )?Legislation(?: of (?:the )?(?:Russian Federation|RF))? on Culture`],
      ru: [String.raw`Основ~ законодательства (?:Российской Федерации |РФ )?о культуре`],
    },
  },
  {
    // (read from round 90)
    id: 'ru-law-1807-1-1991', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '1807-1', year: '1991', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 1807-1 of 25 October 1991 on the Languages of the Peoples of the Russian Federation', ru: 'Закон РФ от 25.10.1991 № 1807-1 "О языках народов Российской Федерации"' },
    short: { en: 'Law on the Languages of the Peoples', ru: 'Закон о языках народов' },
    aliases: {
      en: [String.raw`Law on (?:the )?Languages of (?:the )?Peoples of (?:the )?(?:Russian Federation|RF|RSFSR)`],
      ru: [String.raw`[Зз]акон~ (?:РФ |РСФСР )?"?О языках народов (?:Российской Федерации|РСФСР)"?`],
    },
  },  {
    id: 'ru-law-3132-1-1992', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '3132-1', year: '1992', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 3132-1 of 26 June 1992 on the Status of Judges in the Russian Federation', ru: 'Закон РФ от 26.06.1992 № 3132-1 "О статусе судей в Российской Федерации"' },
    short: { en: 'Law on the Status of Judges', ru: 'Закон о статусе судей' },
    aliases: { en: [], ru: [] },
  },
  // Read from rounds 85–87 (sanctions compliance, platforms' offers): the countersanctions law and the cash registers law.
  law('127', '2018', '4 June 2018', '04.06.2018', 'Measures of Influence (Counteraction) on Unfriendly Actions of the United States of America and Other Foreign States', 'О мерах воздействия (противодействия) на недружественные действия Соединенных Штатов Америки и иных иностранных государств', 'ч.', {
    // ("Federal Law “On Measures (Countermeasures) in Response to Unfriendly Actions of the USA …”", "the Law on
    // Countersanctions")
    en: [String.raw`${LAW_EN}"?On Measures (?:of )?(?:Influence )?\((?:Counter-?[Mm]easures|Counter [Mm]easures|Counteraction)\) (?:in Response to|on|against|to) (?:the )?Unfriendly Actions of the (?:USA|United States)`, String.raw`(?:Russian |Russia['’]s )?(?:[Ll]aw on Counter-?[Ss]anctions|Counter-?[Ss]anctions Law)`],
    ru: [String.raw`[Зз]акон~ о контрсанкциях`],
  }),
  law('54', '2003', '22 May 2003', '22.05.2003', 'the Use of Cash Registers in Settlements in the Russian Federation', 'О применении контрольно-кассовой техники при осуществлении расчетов в Российской Федерации', 'ч.', {
    // (its title until 2016, and cut short: «Федеральным законом № 54-ФЗ «О применении контрольно-кассовой техники …»)
    en: [],
    ru: [String.raw`${LAW_RU}"О применении контрольно-кассовой техники`],
  }),
  law('187', '2017', '26 July 2017', '26.07.2017', 'the Security of Critical Information Infrastructure of the Russian Federation', 'О безопасности критической информационной инфраструктуры Российской Федерации', 'ч.', {
    // (read from round 90: never 2013's anti-piracy law of the same number where its title follows)
    en: [String.raw`${LAW_EN}"?On (?:the )?Security of (?:the )?Critical Information Infrastructure`, String.raw`(?:Russian |Russia['’]s )?(?:CII|Critical Information Infrastructure) Law`],
    ru: [String.raw`[Зз]акон~ о безопасности КИИ`],
  }),
  // Their predecessors under the same titles, so that a title names the law of its era (see DATED_NAMES), never
  // the later law in an earlier text.
  {
    id: 'ru-fl-119-fz-1997', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '119', year: '1997', series: 'fz' },
    name: { en: 'Federal Law No. 119-FZ of 21 July 1997 on Enforcement Proceedings', ru: 'Федеральный закон от 21.07.1997 № 119-ФЗ "Об исполнительном производстве"' },
    short: { en: 'Law on Enforcement Proceedings (1997)', ru: 'Закон об исполнительном производстве (1997)' },
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-fl-80-fz-1999', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '80', year: '1999', series: 'fz' },
    name: { en: 'Federal Law No. 80-FZ of 29 April 1999 on Physical Culture and Sports in the Russian Federation', ru: 'Федеральный закон от 29.04.1999 № 80-ФЗ "О физической культуре и спорте в Российской Федерации"' },
    short: { en: 'Law on Physical Culture and Sports (1999)', ru: 'Закон о физической культуре и спорте (1999)' },
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-law-3266-1-1992', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '3266-1', year: '1992', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 3266-1 of 10 July 1992 on Education', ru: 'Закон РФ от 10.07.1992 № 3266-1 "Об образовании"' },
    short: { en: 'Law on Education (1992)', ru: 'Закон об образовании (1992)' },
    aliases: { en: [], ru: [] },
  },
  {
    id: 'ru-law-5154-1-1993', kind: 'law', unit: 'article', partLabel: 'п.', law: { number: '5154-1', year: '1993', series: 'rf' },
    name: { en: 'Law of the Russian Federation No. 5154-1 of 10 June 1993 on Standardization', ru: 'Закон РФ от 10.06.1993 № 5154-1 "О стандартизации"' },
    short: { en: 'Law on Standardization (1993)', ru: 'Закон о стандартизации (1993)' },
    aliases: { en: [], ru: [] },
  },
  ...eaeuTreatyAnnexes([2, 3, 26]),
];

/** Names that stand for several instruments at once. */
export const INSTRUMENT_GROUPS: readonly InstrumentGroup[] = [
  {
    // "the World Intellectual Property Organization (WIPO) Internet Treaties", "the WIPO Internet treaties"
    members: ['wipo-wct', 'wipo-wppt'],
    aliases: {
      // and their other name, "the WIPO digital treaties"
      // ("the WIPO treaties" in a text on copyright: these two, never "many WIPO treaties"; "the digital treaties")
      en: [String.raw`(?:World Intellectual Property Organization (?:\(WIPO\) )?|WIPO )(?:Internet|[Dd]igital) (?:Treaties|treaties)`, String.raw`(?<!(?:many|most|all|other|several|various|some|numerous|these|those|\d+) )WIPO treaties(?! (?:it |that it |which it )?administer)`, String.raw`(?<=\bthe )digital treaties`],
      ru: [String.raw`(?:[Ии]нтернет-договор~ ВОИС|договор~ ВОИС в области Интернета)`],
    },
  },
  {
    // "the Yarovaya package", "the Yarovaya laws", «пакет Яровой», «законы Яровой»: both laws of 6 July 2016
    members: ['ru-fl-374-fz-2016', 'ru-fl-375-fz-2016'],
    aliases: {
      en: [String.raw`(?:"|['‘])?Yarovaya(?:[-–]Ozerov)?(?:['’]s)?(?:"|['’])? (?:(?:anti-terror(?:ism|ist)? |counter-terrorism )?(?:[Pp]ackage|[Ll]aws|[Aa]mendments)(?: of laws)?)`],
      ru: [String.raw`(?:"?[Пп]акет~ (?:законов |поправок )?Яровой(?: ?[-–—] ?Озерова)?"?|"?[Зз]акон(?:ы|ов|ам|ами|ах) Яровой(?: ?[-–—] ?Озерова)?"?|(?:антитеррористическ~ )?"?[Пп]акет~ Яровой"?)`],
    },
  },
];

/**
 * A name that meant different acts over time ("the Law on Customs Regulation": No. 311-FZ of 2010 until August 2018,
 * then No. 289-FZ of 2018). It names the act of its era, by a year its sentence gives or the text's own date; with
 * neither it names `undated` if given, else nothing. Data, like the registry; same alias syntax.
 */
export interface DatedName {
  aliases: { en: string[]; ru: string[] };
  names?: { en?: string[]; ru?: string[] };
  /** ISO dates: the act in force from `from` (inclusive) until `until` (exclusive). */
  eras: Array<{ id: string; from: string; until?: string }>;
  undated?: string;
}

export const DATED_NAMES: readonly DatedName[] = [
  {
    // «закон «Об исполнительном производстве»»: No. 119-FZ of 1997 until No. 229-FZ of 2007 took effect (1 February 2008)
    aliases: {
      en: [String.raw`${LAW_EN}"?On Enforcement Proceedings"?${RF_EN}`, String.raw`Enforcement Proceedings Law${RF_EN}`],
      ru: [String.raw`${LAW_RU}"Об исполнительном производстве"`, String.raw`[Зз]акон~ (?:РФ |Российской Федерации )?об исполнительном производстве(?! (?:в|Республики|Украины|Казахстана|Беларуси) [А-ЯЁ])`],
    },
    eras: [
      { id: 'ru-fl-119-fz-1997', from: '1997-11-06', until: '2008-02-01' },
      { id: 'ru-fl-229-fz-2007', from: '2008-02-01' },
    ],
    undated: 'ru-fl-229-fz-2007',
  },
  {
    // «О физической культуре и спорте в Российской Федерации»: No. 80-FZ of 1999 until No. 329-FZ of 2007 (30 March 2008)
    aliases: {
      en: [String.raw`${LAW_EN}"?On Physical Culture and Sports?(?: in the Russian Federation)?"?`],
      ru: [String.raw`${LAW_RU}"О физической культуре и спорте(?: в Российской Федерации)?"`],
    },
    eras: [
      { id: 'ru-fl-80-fz-1999', from: '1999-04-29', until: '2008-03-30' },
      { id: 'ru-fl-329-fz-2007', from: '2008-03-30' },
    ],
    undated: 'ru-fl-329-fz-2007',
  },
  {
    // «Об образовании»: the 1992 Law No. 3266-1 until No. 273-FZ of 2012 («Об образовании в Российской Федерации») took
    // effect on 1 September 2013
    aliases: {
      en: [String.raw`${LAW_EN}"On Education(?: in the Russian Federation)?"${RF_EN}`],
      ru: [String.raw`${LAW_RU}"Об образовании(?: в Российской Федерации)?"`],
    },
    eras: [
      { id: 'ru-law-3266-1-1992', from: '1992-07-10', until: '2013-09-01' },
      { id: 'ru-fl-273-fz-2012', from: '2013-09-01' },
    ],
    undated: 'ru-fl-273-fz-2012',
  },
  {
    // «О стандартизации»: the 1993 Law No. 5154-1 until No. 162-FZ of 2015 took effect on 1 July 2016
    aliases: {
      en: [String.raw`${LAW_EN}"?On Standardi[sz]ation(?: in the Russian Federation)?"?${RF_EN}`],
      ru: [String.raw`${LAW_RU}"О стандартизации(?: в Российской Федерации)?"`],
    },
    eras: [
      { id: 'ru-law-5154-1-1993', from: '1993-06-10', until: '2016-07-01' },
      { id: 'ru-fl-162-fz-2015', from: '2016-07-01' },
    ],
    undated: 'ru-fl-162-fz-2015',
  },
  {
    // «закон «О семеноводстве»», "the Law On Seed Production": No. 149-FZ of 1997 until No. 454-FZ of 30 December 2021
    // replaced it on 1 January 2023; with no date, the old law (in force for twenty-five years)
    aliases: {
      en: [String.raw`${LAW_EN}"?On Seed (?:Production|Growing|Breeding|Farming)"?`, String.raw`Seed Production Law`],
      ru: [String.raw`${LAW_RU}"О семеноводстве"`, String.raw`[Зз]акон~ (?:РФ |Российской Федерации )?о семеноводстве`],
    },
    eras: [
      { id: 'ru-fl-149-fz-1997', from: '1997-12-17', until: '2023-01-01' },
      { id: 'ru-fl-454-fz-2021', from: '2023-01-01' },
    ],
    undated: 'ru-fl-149-fz-1997',
  },
  {
    // «Положение о пошлинах», "the Regulation on Fees": Rospatent's fee schedule, approved by Resolution No. 793 of 12
    // August 1993 until Resolution No. 941 of 10 December 2008 replaced it (from 1 January 2009). Never the Eurasian
    // Patent Organization's own «Положение о пошлинах ЕАПО», nor another body's fees and charges.
    aliases: {
      en: [],
      ru: [String.raw`Положени~ о пошлинах(?! (?:и сбор|Евразийск|ЕАПО|ЕПВ|ЕАПВ|за совершение действий, связанных с евразийск|Республики|Украины|Казахстана|Беларуси|Белорусск))`],
    },
    names: { en: [String.raw`Regulations? on (?:Patent )?Fees${RUSSIA_NEAR}`] },
    eras: [
      { id: 'ru-gov-793-1993', from: '1993-08-12', until: '2009-01-01' },
      { id: 'ru-gov-941-2008', from: '2009-01-01' },
    ],
    undated: 'ru-gov-941-2008',
  },
  {
    // "Russia's anti-piracy law", "the so-called anti-piracy law", "the draconian anti-piracy law" in lower case: the
    // press's name for No. 187-FZ once it was passed (2 July 2013), in a text on Russia. Never "an anti-piracy law"
    // (any), "a new/second/expanded anti-piracy law" (364-FZ, see its names), nor "anti-piracy laws" or "legislation".
    aliases: { en: [], ru: [] },
    names: { en: [String.raw`(?<!(?:\b(?:[Aa]n?|[Aa]ny|[Ii]ts own|[Cc]urrent|[Ee]xisting|[Pp]resent|[Tt]his|[Ss]econd|[Nn]ew|[Ee]ternal|[Pp]erpetual|[Ee]xpanded|[Aa]mended|[Uu]pdated|[Ll]ater|[Ff]uture|[Pp]roposed|[Dd]raft|[Ee]ffective|[Cc]omprehensive|[Ss]trong|[Ss]tronger|2014|2015)|Ukraine['’]s|Ukrainian|US|U\.S\.|American|French|British) )(?<=\b)[Aa]nti-?piracy law(?!s|-)${RUSSIA_NEAR}`] },
    eras: [{ id: 'ru-fl-187-fz-2013', from: '2013-07-02' }],
    undated: 'ru-fl-187-fz-2013',
  },
  {
    aliases: {
      en: [String.raw`${LAW_EN}"?on Customs Regulations?(?: in (?:the )?(?:Russian Federation|RF))?"?`, String.raw`Customs Regulation Law`],
      ru: [String.raw`${LAW_RU}"?[Оо] таможенном регулировании(?: в Российской Федерации)?"?`],
    },
    // (No. 289-FZ, signed and published on 3 August 2018, took effect a month later, on 3 September 2018)
    eras: [
      { id: 'ru-fl-311-fz-2010', from: '2010-11-27', until: '2018-09-03' },
      { id: 'ru-fl-289-fz-2018', from: '2018-09-03' },
    ],
  },
  {
    // «О рекламе», "the Advertising Law": No. 108-FZ of 1995 until No. 38-FZ of 13 March 2006 took effect (1 July 2006)
    // (never another state's: "the Advertising Law of Ukraine", «закон о рекламе Республики Казахстан»)
    aliases: {
      en: [String.raw`${LAW_EN}"?On Advertising"?${RF_EN}`, String.raw`Advertising Law${RF_EN}`],
      ru: [String.raw`${LAW_RU}"О рекламе"`, String.raw`[Зз]акон~ (?:РФ )?о рекламе`],
    },
    eras: [
      { id: 'ru-fl-108-fz-1995', from: '1995-07-18', until: '2006-07-01' },
      { id: 'ru-fl-38-fz-2006', from: '2006-07-01' },
    ],
    undated: 'ru-fl-38-fz-2006',
  },
  {
    // "the Communications Law" (Russia's since 1 January 2004, 126-FZ; the 1995 law before, which no registry holds), as
    // issuers' annual reports call it: only with Russia within about a page, never another state's
    aliases: { en: [], ru: [] },
    names: { en: [String.raw`(?<!(?:EU|EC|European|US|U\.S\.|American|Kazakh|Ukrainian|Belarusian|Turkish|Electronic|and|of|on|in|for) )(?:Russian |Federal |Russia['’]s )?Communications Law(?!s| (?:and|practice|Practice|Review|Journal|team|Team|group|Group|firm)| No\.? ?\d)${RUSSIA_NEAR}`] },
    eras: [{ id: 'ru-fl-126-fz-2003', from: '2004-01-01' }],
    undated: 'ru-fl-126-fz-2003',
  },
  {
    // "the Competition Law" (Russia's, since 2006; the 1991 RSFSR law before), never "EU Competition Law", a practice
    // group or a journal
    aliases: { en: [], ru: [] },
    names: { en: [String.raw`(?<!(?:EU|EC|European|Union|Community|International|US|U\.S\.|and|of|on|in|for|Antitrust|Chinese|German) )(?:Russian |Federal |Russia's )?Competition Law(?! (?:and|practice|Practice|Review|Journal|team|Team|group|Group|department|Department|firm|issues|Issues))`] },
    eras: [{ id: 'ru-fl-135-fz-2006', from: '2006-07-26' }],
    undated: 'ru-fl-135-fz-2006',
  },
  {
    // "the Copyright Law", "Russia's Copyright Law" in a text written while the 1993 law was in force (until Part IV of the
    // Civil Code replaced it on 1 January 2008); never another country's ("the U.S. Copyright Law") or a field of law
    aliases: { en: [], ru: [] },
    names: { en: [String.raw`(?<!(?:EU|EC|European|Union|Community|International|US|U\.S\.|American|Ukrainian|Chinese|German|French|Japanese|Belarusian|Kazakh|and|of|on|in|for|Soviet) )(?:Russian |Federal |Russia['’]s )?Copyright Law(?: of (?:the )?(?:Russian Federation|RF))?(?! (?:of|practice|Practice|Review|Journal|team|Team|group|Group|firm|issues|Issues|Treaty|Office))`] },
    eras: [{ id: 'ru-law-5351-1-1993', from: '1993-08-03', until: '2008-01-01' }],
  },
  {
    // "the Trademark Law" likewise: the 1992 law until 1 January 2008
    aliases: { en: [], ru: [] },
    names: { en: [String.raw`(?<!(?:EU|EC|European|Union|Community|International|US|U\.S\.|American|Ukrainian|Chinese|German|French|Japanese|Belarusian|Kazakh|and|of|on|in|for|Soviet|Singapore) )(?:Russian |Federal |Russia['’]s )?Trade(?:mark| mark) Law(?: of (?:the )?(?:Russian Federation|RF))?(?! (?:of|practice|Practice|Review|Journal|team|Team|group|Group|firm|issues|Issues|Treaty|Office))`] },
    eras: [{ id: 'ru-law-3520-1-1992', from: '1992-10-17', until: '2008-01-01' }],
  },
  {
    // "the Administrative Procedure Code": the КАС since it came into force (15 September 2015); before it a loose
    // translation of the АПК as often, so then (and with no date) it names nothing
    aliases: { en: [String.raw`${RF_PRE_EN}Administrative Procedur(?:e|al) Code${RF_EN}`], ru: [] },
    eras: [{ id: 'ru-admin-procedure-code', from: '2015-09-15' }],
  },
  {
    // "the Law on Activity Licensing", "О лицензировании отдельных видов деятельности": No. 128-FZ of 2001 until No. 99-FZ
    // of 4 May 2011 took effect (3 November 2011); with no date, the law in force
    aliases: {
      en: [String.raw`${LAW_EN}"?on (?:Activity Licensing|(?:the )?Licensing (?:of )?(?:Certain|Specific|Particular|Separate|Individual) (?:Types|Kinds) of Activit(?:y|ies))"?`],
      ru: [String.raw`${LAW_RU}"О лицензировании отдельных видов деятельности"`],
    },
    eras: [
      { id: 'ru-fl-128-fz-2001', from: '2001-08-08', until: '2011-11-03' },
      { id: 'ru-fl-99-fz-2011', from: '2011-11-03' },
    ],
    undated: 'ru-fl-99-fz-2011',
  },
  {
    // «О бухгалтерском учете», "the Law on Accounting": No. 129-FZ of 1996 until No. 402-FZ of 2011 took effect (1 January
    // 2013); with no date, the law in force. Unquoted English only after "Federal Law" or with Russia named (Ukraine's,
    // Kazakhstan's and others' accounting laws share the name); never Kazakhstan's «О бухгалтерском учете и финансовой отчетности».
    aliases: {
      en: [String.raw`${LAW_EN}"On (?:Accounting|Book-?keeping|Accountancy)"${RF_EN}`, String.raw`${FED_LAW_EN}On (?:Accounting|Book-?keeping|Accountancy)(?! and)${RF_EN}`],
      ru: [String.raw`${LAW_RU}"?О бухгалтерском уч[её]те"?(?! и (?:финансовой )?отч[её]тности)`],
    },
    names: { en: [String.raw`(?:Russian |Russia['’]s )?(?:Accounting|Bookkeeping) Law${RUSSIA_IN_SENTENCE}`, String.raw`Law on Accounting(?! and)${RUSSIA_IN_SENTENCE}`] },
    eras: [
      { id: 'ru-fl-129-fz-1996', from: '1996-11-21', until: '2013-01-01' },
      { id: 'ru-fl-402-fz-2011', from: '2013-01-01' },
    ],
    undated: 'ru-fl-402-fz-2011',
  },
  {
    // "the Law on Medicines", "the Pharmaceutical Law", «закон о лекарственных средствах» (unquoted): No. 86-FZ of 1998
    // ("On Medicines") until No. 61-FZ of 12 April 2010 ("On Circulation of Medicines"); with no date, nothing (a text
    // of 2009 on "the Law on Medicines" may mean either, or the bill). From 2008, when the new law's bill was debated,
    // until it took effect the name meant either ("As for the Law on Medicines, the GOR has not yet even submitted to
    // the Duma draft legislation", the shipped 2009 cable): nothing then. English names only where the text nearby is on
    // Russia (the EU's and others' pharmaceutical law)
    aliases: { en: [], ru: [String.raw`[Зз]акон~ (?:РФ )?о лекарственных средствах`] },
    names: { en: [String.raw`(?:Russian |Russia['’]s |Federal )?(?:Pharmaceutical|Medicines|Drugs?) Law(?! (?:and|practice|Practice|Review|Journal|team|Team|group|Group|firm))${RUSSIA_NEAR}`, String.raw`Law on (?:the )?Medicines${RUSSIA_NEAR}`] },
    eras: [
      { id: 'ru-fl-86-fz-1998', from: '1998-06-22', until: '2008-01-01' },
      { id: 'ru-fl-61-fz-2010', from: '2010-04-12' },
    ],
  },
  {
    // "the bloggers' law", «закон о блогерах»: No. 97-FZ of 2014 in texts of its years (later laws on bloggers, of
    // 2024, took the name over); with no date, nothing
    aliases: { en: [], ru: [] },
    names: { en: [String.raw`(?:"|['‘])?[Bb]loggers?(?:['’]|['’]s)?(?:"|['’])? [Ll]aw${RUSSIA_IN_SENTENCE}`, String.raw`[Ll]aw on [Bb]loggers${RUSSIA_IN_SENTENCE}`], ru: [String.raw`"?[Зз]акон~ о блог+ерах"?`] },
    eras: [{ id: 'ru-fl-97-fz-2014', from: '2014-05-05', until: '2024-01-01' }],
  },
  {
    // «закон об иностранных агентах», «закон об иноагентах»: No. 121-FZ of 2012 until No. 255-FZ of 2022 replaced it
    // (1 December 2022), and No. 255-FZ since (registered in the eighteenth session); never other states' "foreign agent
    // laws" (English only where the paragraph is on Russia: "the “Foreign Agents” Law", "the law on foreign agents")
    aliases: { en: [], ru: [] },
    names: {
      // (never after another name's possessive: "El Salvador's foreign agents law", "America's foreign agents law")
      en: [String.raw`(?<!(?<!Russia)['’]s\s)(?:"|['‘])?[Ff]oreign[- ][Aa]gents?(?:['’]s?)?(?:"|['’])? [Ll]aw(?! of (?:the )?(?:United States|US|USA|Georgia|Hungary|Kyrgyz))${RUSSIA_IN_SENTENCE}`, String.raw`(?<!(?<!Russia)['’]s\s)[Ll]aw on (?:"|['‘])?[Ff]oreign [Aa]gents(?:"|['’])?${RUSSIA_IN_SENTENCE}`],
      ru: [String.raw`[Зз]акон~ (?:РФ )?об (?:"?иностранных агентах"?|"?иноагентах"?)(?! (?:в|Республики|Кыргызстана|Киргизии|Грузии|США|Венгрии|Абхазии|Болгарии))`],
    },
    eras: [{ id: 'ru-fl-121-fz-2012', from: '2012-07-20', until: '2022-12-01' }, { id: 'ru-fl-255-fz-2022', from: '2022-12-01' }],
  },
  {
    // "the gay propaganda law", «закон о гей-пропаганде»: No. 135-FZ of 2013 until its extension to adults (December
    // 2022); English only where the paragraph is on Russia
    aliases: { en: [], ru: [] },
    names: { en: [String.raw`(?:"|['‘])?(?:[Aa]nti-)?(?:[Gg]ay|LGBT|[Hh]omosexual) [Pp]ropaganda(?:"|['’])? [Ll]aw${RUSSIA_IN_SENTENCE}`], ru: [String.raw`[Зз]акон~ (?:о запрете )?(?:о )?(?:"?гей-пропаганд~"?|пропаганд~ (?:гомосексуализма|нетрадиционных сексуальных отношений)(?: среди (?:несовершеннолетних|детей))?)`] },
    eras: [{ id: 'ru-fl-135-fz-2013', from: '2013-06-30', until: '2022-12-05' }],
  },
];

export interface InstrumentRegistry {
  readonly all: readonly InstrumentDef[];
  get(id: string): InstrumentDef | undefined;
  /**
   * Id of a numbered Russian legal act. With its year: 'ru-fl-187-fz-2013', 'ru-law-5351-1-1993', 'ru-gov-992-2007', or
   * the code a federal law enacted ('fz', '230', '2006' → 'ru-civil-code'). Without one (the text gives none): the one
   * registered act of that number when exactly one is registered (the registry lists the acts this domain
   * cites), else undefined — never a guessed year, never a key without one.
   */
  lawId(series: LawSeries, number: string, year?: string): string | undefined;
  /** Every registered act of that series and number, whatever its year. */
  lawIds(series: LawSeries, number: string): string[];
  /** The current id of a former one ('ru-fl-364-fz' → 'ru-fl-364-fz-2014'); other ids unchanged. */
  currentId(id: string): string;
}

export function createRegistry(defs: readonly InstrumentDef[]): InstrumentRegistry {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const former = new Map(defs.flatMap((d) => (d.formerIds ?? []).map((f) => [f, d.id] as const)));
  const byNumber = new Map<string, string[]>();
  const enacting = new Map<string, string>();
  const alone = new Set<string>();
  const register = (series: LawSeries, number: string, id: string): void => {
    const k = `${series}:${number}`;
    byNumber.set(k, [...(byNumber.get(k) ?? []), id]);
  };
  for (const d of defs) {
    if (d.law) register(d.law.series, d.law.number, d.id);
    if (d.law?.byNumberAlone) alone.add(d.id);
    // a code's enacting law only with its year: "No. 63-FZ" alone is as likely another year's law
    for (const e of d.enactedBy ?? []) enacting.set(`fz:${e.number}:${e.year}`, d.id);
  }
  const lawIds = (series: LawSeries, number: string): string[] => [...new Set(byNumber.get(`${series}:${number}`) ?? [])];
  return {
    all: defs,
    get: (id) => byId.get(id),
    lawId: (series, number, year) => {
      if (year) return enacting.get(`${series}:${number}:${year}`) ?? numberedActId(series, number, year);
      const known = lawIds(series, number);
      // (the one of that number texts cite alone, where another year's act of that number is registered as well:
      // 126-FZ is 2003's Law on Communications, not 1996's)
      const flagged = known.filter((id) => alone.has(id));
      if (flagged.length === 1) return flagged[0]!;
      // (a law of the RF of 1990–1993 is one law by its number: the Supreme Soviet numbered its laws on across the
      // years, «5351-1» is 1993's and no other's)
      return series === 'rf' && known.length === 1 ? known[0]! : undefined;
    },
    lawIds,
    currentId: (id) => former.get(id) ?? id,
  };
}

/** 'ru-fl-187-fz-2013', 'ru-fl-187-fz' (year unknown), 'ru-fl-1-fkz-1995' (a federal constitutional law), 'ru-law-5351-1-1993', 'ru-gov-992-2007'. */
export function numberedActId(series: LawSeries, number: string, year?: string): string {
  // ('eec-board-decision-35-2018': a Eurasian body's decision)
  if (isEurasianDecisionSeries(series)) return `${series}-decision-${number}${year ? `-${year}` : ''}`;
  const base = series === 'fz' ? `ru-fl-${number}-fz` : series === 'fkz' ? `ru-fl-${number}-fkz` : series === 'rf' ? `ru-law-${number}` : series === 'ukaz' ? `ru-ukaz-${number}` : `ru-gov-${number}`;
  return year ? `${base}-${year}` : base;
}

/** The series, number and year of a numbered act's id, registered or not; undefined for other ids. */
export function parseNumberedActId(id: string): { series: LawSeries; number: string; year?: string } | undefined {
  const fz = /^ru-fl-(\d+)-fz(?:-(\d{4}))?$/.exec(id);
  if (fz) return { series: 'fz', number: fz[1]!, ...(fz[2] ? { year: fz[2] } : {}) };
  const fkz = /^ru-fl-(\d+)-fkz(?:-(\d{4}))?$/.exec(id);
  if (fkz) return { series: 'fkz', number: fkz[1]!, ...(fkz[2] ? { year: fkz[2] } : {}) };
  const rf = /^ru-law-(\d+-1)(?:-(\d{4}))?$/.exec(id);
  if (rf) return { series: 'rf', number: rf[1]!, ...(rf[2] ? { year: rf[2] } : {}) };
  // a government order (распоряжение) keeps its "-r": ru-gov-3718-r-2020
  const gov = /^ru-gov-(\d+(?:-r)?)(?:-(\d{4}))?$/.exec(id);
  if (gov) return { series: 'gov', number: gov[1]!, ...(gov[2] ? { year: gov[2] } : {}) };
  const ukaz = /^ru-ukaz-(\d+)(?:-(\d{4}))?$/.exec(id);
  if (ukaz) return { series: 'ukaz', number: ukaz[1]!, ...(ukaz[2] ? { year: ukaz[2] } : {}) };
  const eurasian = EURASIAN_DECISION_ID.exec(id);
  if (eurasian) return { series: eurasian[1] as EurasianDecisionSeries, number: eurasian[2]!, ...(eurasian[3] ? { year: eurasian[3] } : {}) };
  return undefined;
}

export const INSTRUMENTS: InstrumentRegistry = createRegistry(INSTRUMENT_DEFS);

/** What an instrument id counts and is: registered data, or the defaults of a numbered act found by its number. */
export function instrumentUnit(id: string): 'article' | 'paragraph' {
  return INSTRUMENTS.get(id)?.unit ?? 'article';
}
export function instrumentKind(id: string): InstrumentKind {
  return INSTRUMENTS.get(id)?.kind ?? (parseNumberedActId(id) ? 'law' : 'code');
}
let forumSigns: Array<{ id: string; maxArticle: number; signs: RegExp[] }> | undefined;

/** The instrument whose court's document `text` is (its bare articles are that instrument's), if any. */
export function forumOf(text: string): { id: string; maxArticle: number } | undefined {
  forumSigns ??= INSTRUMENT_DEFS.filter((d) => d.forum).map((d) => ({ id: d.id, maxArticle: d.forum!.maxArticle, signs: d.forum!.signs.map((s) => new RegExp(s, 'mu')) }));
  const hit = forumSigns.find((f) => f.signs.some((re) => re.test(text)));
  return hit ? { id: hit.id, maxArticle: hit.maxArticle } : undefined;
}

/** The common noun by which a text refers to the instrument once named ("the Convention"), if any. */
export function instrumentNoun(id: string, lang: 'en' | 'ru'): string | undefined {
  return INSTRUMENTS.get(id)?.noun?.[lang];
}

/**
 * Compiles an alias written in the registry's mini-syntax into a regular-expression source. `glued`: a space between two
 * Cyrillic letters may also be missing ("ГражданскомкодексеРоссийской", words glued by a source's text extraction;
 * joins before a capital or a quote are spaced beforehand, see glued.ts).
 */
export function aliasSource(alias: string, glued = false): string {
  const syntax: Record<string, string> = {
    ' ': glued ? String.raw`(?:\s+|(?<=[а-яё])(?=[а-яё]))` : String.raw`\s+`,
    '~': '[а-яё]{0,4}',
    // (a stray space after an opening quote: 'Federal Law" On Information …', taken only when the title needs it)
    // (and single quotes, as translated offers and policies write a title: "Law 'On Protection of Consumers Rights'")
    '"': `(?:["«»“”„'‘’](?: (?=[A-ZА-ЯЁ]))??)`,
  };
  return alias.replace(/[ ~"]/g, (c) => syntax[c]!);
}

/** Word boundaries that also work for Cyrillic (JavaScript's \b does not). */
export const WB_START = String.raw`(?<![\p{L}\p{N}_])`;
export const WB_END = String.raw`(?![\p{L}\p{N}_])`;

/** A treaty's head noun after the word that places it ("Berne Convention …", "Бернская конвенция …"). */
const TREATY_HEAD = /^\S+\s+(Convention|Agreement|Treaty|[Кк]онвенци[яи]|[Сс]оглашени[ея]|[Дд]оговор)\s+(.+)$/u;

/**
 * A treaty's full title without the word that places it, as an alias ("the Convention for the Protection of Literary
 * and Artistic Works", "Конвенция об охране литературных и художественных произведений" for the Berne Convention):
 * only when the rest of the title is four words or more, so the title alone is distinctive.
 */
export function titleWithoutPlace(def: InstrumentDef, lang: 'en' | 'ru'): string | undefined {
  if (def.kind !== 'treaty') return undefined;
  const m = TREATY_HEAD.exec(def.name[lang].replace(/\s*\(.*$/u, ''));
  if (!m || m[2]!.split(/\s+/u).length < 4) return undefined;
  const rest = m[2]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/["«»“”„]/g, '"');
  const head = lang === 'ru' ? `${m[1]!.replace(/[яие]$/u, '')}~` : m[1]!;
  // the place word may still be there, in any case ("Марракешским договором об облегчении …"): one name with it
  const place = /^\S+/u.exec(def.name[lang])![0];
  const placeWord = lang === 'ru' ? `${place.replace(/(?:ая|ий|ое|ые|ой)$/u, '')}~` : place;
  return `(?:${placeWord} )?${head} ${rest}`;
}
