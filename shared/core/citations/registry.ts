// The instrument registry: data describing every citable instrument, its names, aliases and how it is divided.

export type InstrumentKind = 'code' | 'law' | 'report' | 'treaty' | 'agreement';

/**
 * Alias mini-syntax (regular-expression source, matched on word boundaries):
 * a space matches any run of whitespace (line breaks included), `~` is a Russian case ending ([а-яё]{0,4}),
 * `"` is any quotation mark ("«»“”„). `aliases` are case-insensitive, `abbreviations` case-sensitive.
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
  abbreviations?: string[];
  /** Registration number of a Russian federal law ('364' for 364-ФЗ). */
  lawNumber?: string;
}

const USR = String.raw`(?:U\.?\s?S\.?|United\sStates)\s?[-–]\s?Russia(?:n\sFederation)?`;

export const INSTRUMENT_DEFS: readonly InstrumentDef[] = [
  {
    id: 'ru-civil-code', kind: 'code', unit: 'article', partLabel: 'п.',
    name: { en: 'Civil Code of the Russian Federation', ru: 'Гражданский кодекс Российской Федерации' },
    short: { en: 'Civil Code', ru: 'ГК РФ' },
    aliases: {
      // "Article 1229 of the Civil Code", "Part IV of the Russian Civil Code", "the Civil Code, Part IV"
      en: [String.raw`(?:Part (?:IV|4|Four) of (?:the )?)?(?:Russian )?Civil Code(?: of (?:the )?Russian Federation)?(?:,? Part (?:IV|4|Four)(?![\w]))?`],
      ru: [String.raw`(?:част~ четверт~ )?Гражданск~ кодекс~(?: Российской Федерации)?`],
    },
    abbreviations: [String.raw`ГК(?: РФ)?`],
  },
  {
    id: 'ru-admin-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    name: { en: 'Code of Administrative Offences of the Russian Federation', ru: 'Кодекс Российской Федерации об административных правонарушениях' },
    short: { en: 'Administrative Code', ru: 'КоАП РФ' },
    aliases: {
      en: [
        String.raw`(?:Russian )?Administrative Code`,
        String.raw`(?:Russian )?Code (?:of (?:the )?Russian Federation )?(?:of|on) Administrative (?:Offen[cs]es|Violations)`,
        String.raw`Administrative Offen[cs]es Code`,
      ],
      ru: [String.raw`Кодекс~ Российской Федерации об административных правонарушениях`, String.raw`Кодекс~ об административных правонарушениях(?: Российской Федерации)?`],
    },
    abbreviations: [String.raw`КоАП(?: РФ)?`],
  },
  {
    id: 'ru-criminal-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    name: { en: 'Criminal Code of the Russian Federation', ru: 'Уголовный кодекс Российской Федерации' },
    short: { en: 'Criminal Code', ru: 'УК РФ' },
    aliases: {
      en: [String.raw`(?:Russian )?Criminal Code(?: of (?:the )?Russian Federation)?`],
      ru: [String.raw`Уголовн~ кодекс~(?: Российской Федерации)?`],
    },
    abbreviations: [String.raw`УК(?: РФ)?`],
  },
  {
    id: 'ru-criminal-procedure-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    name: { en: 'Criminal Procedure Code of the Russian Federation', ru: 'Уголовно-процессуальный кодекс Российской Федерации' },
    short: { en: 'Criminal Procedure Code', ru: 'УПК РФ' },
    aliases: {
      en: [String.raw`(?:Russian )?Criminal Procedur(?:e|al) Code`, String.raw`Code of Criminal Procedure`],
      ru: [String.raw`Уголовно-процессуальн~ кодекс~(?: Российской Федерации)?`],
    },
    abbreviations: [String.raw`УПК(?: РФ)?`],
  },
  {
    id: 'ru-civil-procedure-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    name: { en: 'Civil Procedure Code of the Russian Federation', ru: 'Гражданский процессуальный кодекс Российской Федерации' },
    short: { en: 'Civil Procedure Code', ru: 'ГПК РФ' },
    aliases: {
      en: [String.raw`(?:Russian )?Civil Procedur(?:e|al) Code`, String.raw`Code of Civil Procedure`],
      ru: [String.raw`Гражданск~ процессуальн~ кодекс~(?: Российской Федерации)?`],
    },
    abbreviations: [String.raw`ГПК(?: РФ)?`],
  },
  {
    id: 'ru-arbitrazh-procedure-code', kind: 'code', unit: 'article', partLabel: 'ч.',
    name: { en: 'Arbitrazh Procedure Code of the Russian Federation', ru: 'Арбитражный процессуальный кодекс Российской Федерации' },
    short: { en: 'Arbitrazh Procedure Code', ru: 'АПК РФ' },
    aliases: {
      en: [String.raw`(?:Arbitrazh|Arbitration|Arbitrage) Procedur(?:e|al) Code`, String.raw`Code of (?:Arbitrazh|Arbitration) Procedure`],
      ru: [String.raw`Арбитражн~ процессуальн~ кодекс~(?: Российской Федерации)?`],
    },
    abbreviations: [String.raw`АПК(?: РФ)?`],
  },
  {
    id: 'ru-customs-code', kind: 'code', unit: 'article', partLabel: 'п.',
    name: { en: 'Customs Code', ru: 'Таможенный кодекс' },
    short: { en: 'Customs Code', ru: 'Таможенный кодекс' },
    aliases: {
      en: [String.raw`(?:Russian )?Customs Code(?: of (?:the )?(?:Russian Federation|Eurasian Economic Union|Customs Union))?`],
      ru: [String.raw`Таможенн~ кодекс~(?: Российской Федерации| Евразийского экономического союза| Таможенного союза)?`],
    },
  },
  {
    id: 'ru-tax-code', kind: 'code', unit: 'article', partLabel: 'п.',
    name: { en: 'Tax Code of the Russian Federation', ru: 'Налоговый кодекс Российской Федерации' },
    short: { en: 'Tax Code', ru: 'НК РФ' },
    aliases: { en: [String.raw`(?:Russian )?Tax Code`], ru: [String.raw`Налогов~ кодекс~(?: Российской Федерации)?`] },
    abbreviations: [String.raw`НК(?: РФ)?`],
  },
  {
    id: 'ru-constitution', kind: 'law', unit: 'article', partLabel: 'ч.',
    name: { en: 'Constitution of the Russian Federation', ru: 'Конституция Российской Федерации' },
    short: { en: 'Constitution', ru: 'Конституция РФ' },
    aliases: { en: [String.raw`Constitution of (?:the )?Russian Federation`, String.raw`Russian Constitution`], ru: [String.raw`Конституци~ Российской Федерации`] },
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
      ],
      ru: [String.raw`Доклад~ Рабочей группы по присоединению Российской Федерации(?: к (?:ВТО|Всемирной торговой организации))?`],
    },
  },
  {
    id: 'wto-trips', kind: 'treaty', unit: 'article',
    name: { en: 'Agreement on Trade-Related Aspects of Intellectual Property Rights', ru: 'Соглашение по торговым аспектам прав интеллектуальной собственности' },
    short: { en: 'TRIPS Agreement', ru: 'Соглашение ТРИПС' },
    aliases: {
      en: [String.raw`Agreement on Trade-Related Aspects of Intellectual Property Rights`],
      ru: [String.raw`Соглашени~ по торговым аспектам прав интеллектуальной собственности`, String.raw`Соглашени~ ТРИПС`],
    },
    // "with its WTO TRIPS obligations", "inconsistent with the WTO TRIPS Agreement"
    abbreviations: [String.raw`(?:WTO )?TRIPS(?: Agreement)?`, 'ТРИПС'],
  },
  {
    id: 'berne-convention', kind: 'treaty', unit: 'article',
    name: { en: 'Berne Convention for the Protection of Literary and Artistic Works', ru: 'Бернская конвенция об охране литературных и художественных произведений' },
    short: { en: 'Berne Convention', ru: 'Бернская конвенция' },
    aliases: {
      en: [String.raw`Berne Convention(?: for the Protection of Literary and Artistic Works)?`],
      ru: [String.raw`Бернск~ конвенци~(?: об охране литературных и художественных произведений)?`],
    },
  },
  {
    id: 'paris-convention', kind: 'treaty', unit: 'article',
    name: { en: 'Paris Convention for the Protection of Industrial Property', ru: 'Парижская конвенция по охране промышленной собственности' },
    short: { en: 'Paris Convention', ru: 'Парижская конвенция' },
    aliases: {
      en: [String.raw`Paris Convention(?: for the Protection of Industrial Property)?`],
      ru: [String.raw`Парижск~ конвенци~(?: по охране промышленной собственности)?`],
    },
  },
  {
    id: 'wipo-wct', kind: 'treaty', unit: 'article',
    name: { en: 'WIPO Copyright Treaty', ru: 'Договор ВОИС по авторскому праву' },
    short: { en: 'WCT', ru: 'ДАП ВОИС' },
    // "the WIPO Copyright Treaty (WTC)" (sic, 09MOSCOW521)
    aliases: { en: [String.raw`WIPO Copyright Treaty`], ru: [String.raw`Договор~ ВОИС по авторскому праву`] },
    abbreviations: ['WCT'],
  },
  {
    id: 'wipo-wppt', kind: 'treaty', unit: 'article',
    name: { en: 'WIPO Performances and Phonograms Treaty', ru: 'Договор ВОИС по исполнениям и фонограммам' },
    short: { en: 'WPPT', ru: 'ДИФ ВОИС' },
    // "the WIPO Performance and Phonograms Treaty (WPPT)" (09MOSCOW521)
    aliases: { en: [String.raw`WIPO Performances? and Phonograms Treaty`], ru: [String.raw`Договор~ ВОИС по исполнениям и фонограммам`] },
    abbreviations: ['WPPT'],
  },
  {
    id: 'us-ru-ipr-agreement-2006', kind: 'agreement', unit: 'article',
    name: { en: '2006 U.S.-Russia IPR Agreement (IPR Side Letter)', ru: 'Соглашение между Россией и США по ПИС 2006 г.' },
    short: { en: '2006 U.S.-Russia IPR Agreement', ru: 'Соглашение по ПИС 2006 г.' },
    aliases: {
      // "the 2006 U.S.-Russia IPR Agreement", "the November 2006 U.S.-Russia IPR\nSide Letter", "the IPR Side Letter"
      en: [String.raw`(?:2006 )?${USR} IPR (?:Agreement|Side Letter)`, String.raw`IPR Side Letter`, String.raw`Side Letter on (?:Intellectual Property Rights|IPR)`],
      ru: [],
    },
  },
  {
    id: 'us-ru-ipr-action-plan-2012', kind: 'agreement', unit: 'article',
    name: { en: 'United States-Russian Federation Intellectual Property Rights Action Plan (2012)', ru: 'План действий США и России в области ПИС (2012)' },
    short: { en: 'IPR Action Plan', ru: 'План действий по ПИС' },
    // "outlined in the U.S-Russia IPR Action Plan", "Agreement on the IPR Action Plan represents",
    // "have agreed to an Intellectual Property Rights (IPR) Action Plan"
    aliases: { en: [String.raw`(?:${USR} )?(?:IPR|Intellectual Property Rights(?: \(IPR\))?) Action Plan`], ru: [] },
  },
  {
    id: 'ru-fl-149-fz', kind: 'law', unit: 'article', partLabel: 'ч.', lawNumber: '149',
    name: {
      en: 'Federal Law No. 149-FZ on Information, Information Technologies and Protection of Information',
      ru: 'Федеральный закон от 27.07.2006 № 149-ФЗ "Об информации, информационных технологиях и о защите информации"',
    },
    short: { en: 'Law on Information', ru: 'Закон об информации' },
    aliases: {
      // "the Federal Law on Information and Information Technologies (2006)"
      en: [String.raw`(?:Federal )?Law on Information,? (?:and )?Information Technologies(?:,? and (?:on )?(?:the )?Protection of Information)?`],
      ru: [String.raw`Федеральн~ закон~(?: от 27\.07\.2006(?: г\.| года)?)?(?: № ?149-ФЗ)? "Об информации, информационных технологиях и о защите информации"`],
    },
  },
  {
    id: 'ru-fl-364-fz', kind: 'law', unit: 'article', partLabel: 'ч.', lawNumber: '364',
    name: {
      en: 'Federal Law No. 364-FZ of 24 November 2014 (site blocking amendments)',
      ru: 'Федеральный закон от 24.11.2014 № 364-ФЗ',
    },
    short: { en: 'Federal Law No. 364-FZ', ru: 'Федеральный закон № 364-ФЗ' },
    aliases: { en: [], ru: [] },
  },
];

export interface InstrumentRegistry {
  readonly all: readonly InstrumentDef[];
  get(id: string): InstrumentDef | undefined;
  /** Id of a Russian federal law by registration number: '364' → 'ru-fl-364-fz' (registered or not). */
  federalLawId(number: string): string;
}

export function createRegistry(defs: readonly InstrumentDef[]): InstrumentRegistry {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const byLaw = new Map(defs.filter((d) => d.lawNumber).map((d) => [d.lawNumber!, d.id]));
  return {
    all: defs,
    get: (id) => byId.get(id),
    federalLawId: (n) => byLaw.get(n) ?? `ru-fl-${n}-fz`,
  };
}

export const INSTRUMENTS: InstrumentRegistry = createRegistry(INSTRUMENT_DEFS);

/** What an instrument id counts and is: registered data, or the defaults of a federal law found by number. */
export function instrumentUnit(id: string): 'article' | 'paragraph' {
  return INSTRUMENTS.get(id)?.unit ?? 'article';
}
export function instrumentKind(id: string): InstrumentKind {
  return INSTRUMENTS.get(id)?.kind ?? (/^ru-fl-/.test(id) ? 'law' : 'code');
}

/** Compiles an alias written in the registry's mini-syntax into a regular-expression source. */
export function aliasSource(alias: string): string {
  return alias.replace(/ /g, String.raw`\s+`).replace(/~/g, '[а-яё]{0,4}').replace(/"/g, '["«»“”„]');
}

/** Word boundaries that also work for Cyrillic (JavaScript's \b does not). */
export const WB_START = String.raw`(?<![\p{L}\p{N}_])`;
export const WB_END = String.raw`(?![\p{L}\p{N}_])`;
