// Index hook that stores every clause's explicit citations, and which statute clauses hold which provision's text.
import type { Database } from 'better-sqlite3';
import { extractCitations } from '../../core/citations/index.js';
import type { IndexHook } from '../import/import-document.js';
import { CitationRepository } from '../store/citation-repository.js';
import { DocumentStore, type ClauseRecord, type DocumentRecord } from '../store/document-store.js';
import { ProvisionRepository } from '../store/provision-repository.js';
import { StoreStateRepository } from '../store/store-state-repository.js';
import { markCrossReferencesStale } from './refresh-cross-references.js';
import { articleOfPath, provisionKeyOfPath } from '../../core/citations/statute-paths.js';

/**
 * Bump when citation extraction changes the citations a clause yields (families, keys): stores whose citations were
 * written by another version re-extract them from their clauses at the next refresh (`refreshOutdatedCitations`), so
 * a document the user imported before the change gets the new citations without being imported again.
 * 2: the family registry; numbered acts keyed by number and year; new instruments, anaphora and short forms.
 * 3: glued words, a text's own act, parts under discussion, ECHR documents, more names and forms.
 * 4: codes by their enacting laws, no numbered act without its year, parts after their article, other-language lines, EAEU and decrees.
 * 5: treaties' dotted paragraphs, pages never provisions, names of two eras by date, transliterated names, editorial notes, more instruments.
 * 6: translated treaty names by key words, unknown laws block guesses, the article under discussion by anaphora, laws' years from their making, reproduced acts' headings.
 * 7: WTO covered agreements and the other Russian codes, Roman-numbered treaty articles, parts listed in brackets, a bare "the Constitution", "Decree No. N", "14 10 КоАП", "these articles".
 * 8: unknown English codes block guesses, the WIPO registration and classification treaties, more Russian laws by title, the licensing law by date, headings repeated on the next line.
 * 9: a bare "this article" only in quoted statute words or with a provision's verb, a numbered act's missing year only for acts known by number alone (registry byNumberAlone), dates in an act's brackets, flattened superscripts of inserted articles, OCR "и."/"З".
 * 10: registry breadth from general knowledge (the other Russian codes, laws around IP, media, trade and enforcement, federal constitutional laws, 2022 decrees, more WIPO treaties, the VCLT), decrees' short forms.
 * 11: the families of external-gold rounds 9-17 (tests/core/citations/round*-families.test.ts): laws by title, date and
 *     nickname; government and presidential acts by kind, date and number, listed, and orders ("No. 3718-р"); treaty
 *     titles without their place; code chapters and sections; bracketed and Roman parts in Russian; a statute text read
 *     article by article; new registry entries (EAPC, UPOV, WIPO Convention, TRIPS amendment protocol, …); and the
 *     precision guards of a review (other states' acts and laws, other texts' chapters, Incoterms' "ДАП").
 * 12: the families of external-gold rounds 19-24: "this article" and "the cited provision" named back, nested parts
 *     ("paragraph “b” of part 3"), an article only Part IV numbers in a text about Russia, another state's code never
 *     Russia's, "183 УК РФ", rules of Regulations ("PCT Rule 51bis"), a code named inside a law's title, government
 *     orders as translations name them, and registry breadth (Customs Union, EAEU and CIS treaties, the Law on the
 *     Constitutional Court, the Law on Patent Attorneys).
 * 13: the families of external-gold rounds 25-33: about forty Russian laws by title, short title and press nickname
 *     (the mirror-sites, VPN, sovereign-internet and Yarovaya laws, the Law on Customs Regulation by date, …); a Geneva
 *     Act named alone; "ё" read as "е"; "(Order)" and a code's "(CC)" as short forms; "under this article" / «по данной
 *     статье»; an ordinal before its part word; parts in brackets inside article lists; titles cut with an ellipsis;
 *     "Decree 299" after "Decree No. 299"; a registered law by number alone in a text written while it was news.
 * 14: the families of external-gold rounds 36-39: the Law on Protection of Competition by its unquoted title, a law or
 *     code named again by a demonstrative («данного закона»), lower-case "anti-piracy law", government orders and
 *     resolutions without issuer, date or number sign ("Order No. 3718-r", «ПП № 1236»), a President's decree with a
 *     bracketed year, "the WIPO treaties", ratification laws and other registry breadth, a rule's lettered item, a
 *     commentary's bare items of the article it comments.
 * 15: the families of external-gold rounds 46-47: a code's parts' extent in a statute's list of its parts cites no
 *     article, lists written code first («статей УК РФ 151.1, 154»), the Government's acts by "the Russian
 *     Government's", "Ruling" and "No. 299/2022", "No" for «№», the Eurasian designs protocol with its Convention, a
 *     dotted number of Part IV that no amendment inserted ("Article 1252.4": 1252, item 4), lists with semicolons,
 *     «ст. 1261 Кодекса» where no code was named; and, read from rounds 48-49 after their run, a government act's
 *     number before its issuer, ordinals listed before the article word, "p.3, Art.1252", «ГК РФ часть 4»; from rounds
 *     48-49 as dev, «ТК» in a customs text, a definition after an act's signing, a bare decree's year from anywhere in
 *     its text, the EAEU Court's Statute and Rules; read from rounds 50-51, the Code's Part Four at a heading's end and
 *     "Articles 10-4 and 15-3" of a national act.
 * 16: a registered law named by its title in other words (worded-titles.ts: word forms, order and small words aside),
 *     in English also before the law word ("the Competition protection law"); an ordinal before a part word ("the second
 *     paragraph of Article 1270"); a bare decree with no issuer in its sentence, in a text written soon after the one
 *     registered decree of that number; a short form defined in brackets and quotes right after a name ("('Russian Civil
 *     Code')", "(the “APC”)") is part of that name; a reproduced act's article headings alone on their lines, in order
 *     ("Article 1", "Article 2"), are no citations, nor four figures beyond a code's or treaty's articles; a numbered act
 *     without its year in a passage using every subject word of its title (topical-acts.ts); a code named before its
 *     article with words between ("The Criminal Code punishes camcording under Art. 146(2)") is a citation of its own;
 *     the 2021–2022 acts on compensation, parallel imports and royalties (Government Resolutions 1767, 299, 506,
 *     Presidential Decree 322) by number alone; read from rounds 52-54 after their run, a numbered act's date after its
 *     quoted title, codes listed by their adjectives ("the Civil, Administrative or Criminal Codes"), "Part 4 of the Code",
 *     "the Agreement on Eurasian Economic Union", «закона "Об информации"».
 * 17: the families of external-gold rounds 1-54 in the tenth session: a chapter's quoted title is no act ("Chapter 72
 *     'Patent Law'"), "chapter 70" in lower case, a numbered act dated by the event it made ("On July 13, 2015 … was
 *     approved by Federal Law No. 241-FZ"), more states' codes ("УК Бельгии"), a line that is only "Часть 1." is the
 *     text's own division, a statute text's own title lines above its articles cite nothing, "Article 6. septies",
 *     32 more federal laws in the registry (procurement by number alone; titles two laws had in turn dated by era), a
 *     registered law's whole title after a lower-case law word, "Гк рф"; read from rounds 55-57, lists of amending
 *     laws written date first, «Закона «О СМИ»», "the 1964 Civil Code".
 * 18: the families of external-gold rounds 1-57 in the eleventh session: instruments the registry lacked (the WTO's ITA
 *     and GPA, the 1947 GATT, the RSFSR Code of Criminal Procedure, three CIS agreements and a protocol, the EAEU
 *     Treaty's Annex 3 and Armenia's accession, the IPIC Treaty, MEDICRIME, the EU-Russia PCA, the 1927 Regulation on the
 *     Firm), a treaty's bracketed initials as its short form ("(ITA)"), an item of rules a government resolution
 *     approved as the resolution's («п. 5 Правил, утв. Постановлением Правительства № 1101»); read from rounds 58-60,
 *     a numbered act without its year whose title's subject words the text's opening uses (not only its paragraph),
 *     "ФЗ-152", parts after their article with commas ("Ст. 6, ч.1, п.1"), "No. 7 of Article 15.1.", bare articles of
 *     the federal law under discussion over a code named before it, and a blank line after "РФ." ending its sentence.
 * 19: the families of external-gold rounds 1-60 in the twelfth session: 25 federal laws this domain cites by number
 *     alone (152-FZ, 242-FZ, the Lugovoy, blacklist, VPN and IP Court laws…) unless a title, a code or the verb of
 *     their making says another act of that number is meant; acts named in the plural with one date; a year tied by
 *     the verb of an act's making («принятый в 2020 году»); «от» translated "on" before a government act's number;
 *     Convention 108 and Government Resolutions No. 1119 and No. 1101 of 2012.
 * 20: read from rounds 61-63 (court rulings, official letters): superscripts flattened to an underscore («47_1»), an
 *     article's part in brackets after it («статьей 125 (пункт "а" части 4)»), "ECHR" as the Court, the Energy Charter
 *     Treaty and Protocol No. 11 to the ECHR, a federal law's title in capitals, the one act of a number texts cite
 *     alone where another of that number is registered (126-FZ), an act dated by the verb of its making before it.
 * 21: the thirteenth session's forms of forums and chats: a code's abbreviation in lower case after its article
 *     («ст 1229 гк»), «152 ФЗ», «ФЗ 152», «54-фз», "art 146" without its dot, «ЗоЗПП»; a law of the RF of 1990-1993
 *     by its number alone; an article's parts in brackets written in words («19 (части 1 и 2)»); a short form defined
 *     after an act's quoted title; titles in single quotes.
 * 22: read from rounds 64-66 (offers, policies, guides, agencies' decisions): a contract's own items («п. 6.2» where
 *     the text numbers «6.3.»), a code's short form that names no code («(далее — «Оферта»)»), several sub-items of a
 *     part ("clauses 2–11 of part 1 of article 6"), a code's part before a range of its articles, chapters with their
 *     code's part or named again bare, "Article No. 435", a lower-case "law of the Russian Federation" with its number,
 *     the Law on Advertising of 1995 before the 2006 law took effect.
 * 23: the decisions of the Eurasian bodies by body, number and date (the Eurasian Economic Commission's Board and
 *     Council, the Customs Union Commission, the Supreme Eurasian Economic Council: 'eec-board-decision-35-2018'), and a
 *     decision's own heading or approval stamp read as the text itself; the EAEU Treaty's numbered annexes by number
 *     alone, and the items of an instrument numbered in items named by its title or by the annex it is.
 * 24: read from rounds 67-69 (procedural documents, legislative material, Eurasian documents): a code's part before a
 *     range of its articles after the code's name, "the Law on Information", the EAEU Trademarks Treaty and the
 *     Eurasian Patent Regulations by guides' names, "Decree"/"Euroasian" in a translated decision, a Protocol's items
 *     placed by its annex, a decision's own dated heading, a law title another CIS state shares, two Eurasian treaties.
 * 25: citations written in the other language inside a sentence («ст. 1252 ГК РФ» in English, "Article 39 of the
 *     TRIPS Agreement" in Russian), an instrument's name given again in English in brackets read as one citation, stress
 *     marks read as absent, and a labelled title line ("Original Language Title: …") naming the text itself.
 * 26: read from rounds 70-72 (official reports, teaching material, mixed-language and translated texts): a file's name
 *     and a one-line table of contents cite nothing, a translation's "article." and "part 1. Article 180", items of Rules
 *     with a long title, acts listed after a plural head, a heading with its edition and title and an approval stamp as
 *     the text's own act, the 1993 Copyright Law never in the plural or another state's, "Patent Law" as a field,
 *     «этого же закона», soft hyphens and a print's hyphen inside a legal word read as absent, 19 U.S.C. § 2242.
 * 27: a government act the registry knows by its number alone without its sign ("Russia implemented Decree 299"), a
 *     definition after an amending law's title holding the amended law's title as the amending law's, «статьи — 146,
 *     147 и 180» and «ст. 333.19/333.21», «статьей 125 (пункт "а" части 4) Конституции», "section 6 of the Act".
 * 28: read from rounds 73-75 (court rulings and guidance, press releases, theses and conference papers): the Strasbourg
 *     court's "§§" lists and "Article 1 of Protocol No. 1", a treaty's three-level numbers ("TBT 5.1.1"), "Clause 2 Part 1
 *     Article 14", chapters and parts of "the Code", the Eurasian Patent Organization's fee statute and regulations, the
 *     2006 market access agreement and its IPR side letter by its formal name, Part One's introductory law, "the Civil
 *     Code of the Russian Federation of 1964" as the RSFSR's, a registered title after a law's number over the act cited
 *     by that number alone, «Указом Президента России», the Madrid Agreement on indications of source, "TRIPS-plus";
 *     the Constitution's reach (137 articles), a Russian run with straight quotes inside an English sentence.
 * 29: a translation's "clause 26, clause 2 of article 149" and "cl. 4.6. Art. 83 of RFTC".
 * 30: read from rounds 76-78 (organisations' regulations, contract and procurement documents, tax, accounting and
 *     customs practice): presidential decrees with the issuer after the number, a law's title as translations word it
 *     (after its number), bracketed part ranges, «ГК РФ 1261», «пп. 1 - 3 абз. 3 п. 3 ст. 257», the WTO and Customs
 *     Union customs valuation agreements, Russia's tax treaties with the UK, Cyprus and Germany, «от № 78 — ФЗ», a
 *     short form defined after a semicolon, "Part 3 of this norm", «подпунктом b) пункта 1».
 * 31: read from rounds 79-81 (annual reports and filings, government strategies and policy papers, legal dictionaries and
 *     reference entries): government decrees after a plural head, a date's day in quotes («от «29» марта 2022 г.»),
 *     «Правительства России», issuers' names for the communications, strategic-investments and data-retention laws,
 *     the 1995 communications law in a text written before 2004, the Eurasian Patent Office's own English names, a
 *     gazette's further positions, «КРФ», no government act's item past 300.
 * 32: thirty-eight widely cited federal laws registered (civil society, elections, courts and the bar, state service,
 *     security, finance, culture, digital regulation); a bill's words before a law's name («проект федерального закона
 *     о …», "the draft Federal Law") make no reference to the law; a short form defined after a gazette's long list.
 * 33: read from rounds 82-84 (legislative materials, NGO and international organisations' reports, teaching and
 *     assessment materials): the ICCPR, the UN Charter, the Framework Convention for the Protection of National
 *     Minorities, ACTA and the TRIMs Agreement registered; the foreign agents law by its English names and its era
 *     (No. 121-FZ until December 2022, No. 255-FZ since); «20.29 КоАП», «282.3 УК»; "the Trips Agreement", "the TEAEU";
 *     a law's title in British spelling.
 * 34: dotted articles listed before a bare code abbreviation («(19.3 и 20.1 КоАП)»), never a day and month («12.05»);
 *     a number followed by a percent sign is no article («77% по статье 20.3»).
 * 35: a review's counter-examples: «1-ФКЗ» keeps its article; the law a bill amends stays cited (a number, or not
 *     in the genitive); nicknames other states share never in a sentence on another state; the foreign agents names
 *     never after another state's possessive; a law named by its words never in a text written before it; the ICCPR
 *     never its Optional Protocols, the UN Charter never another charter; «КоАП РБ»; definitions after «СЗ РФ» and
 *     «в ред.» brackets.
 * 36: read from rounds 85-87 (patent and trademark office practice, sanctions compliance and regional acts, platform
 *     rules and blocking notices): "Decree of the Russian President No. …", a date's comma without its space, "the
 *     Federal Act … No. 149-ФЗ", "the Federal Law “On Information ...”", the countersanctions law (127-FZ of 2018) and
 *     the cash registers law (54-FZ of 2003) registered, a bare number of a law the text names by its words, lists of
 *     rules, nothing inside a web address.
 * 37: a part in bare brackets inside a list of articles («ст.11(3), 23, 40 РСТ»), an item's bracketed number as an
 *     inserted item («пунктами 25, 30(3), 33» → 30.3), a range to a hyphenated insertion («15.1 - 15.6-1»).
 * 38: read from rounds 88-90 (collective management and licensing, medicines regulation, software and IT
 *     regulation): the EAEU medicines and collective management agreements, the critical information infrastructure
 *     law (187-FZ of 2017) and the law on languages registered; «Договор о создании ЕАЭС»; "the Agreement on Trade
 *     Aspects of Intellectual Property Rights".
 * 39: a law's date after "from" («от» translated); a decree "the President of the Russian Federation adopted"; an
 *     amending law in a bracket is no antecedent of "the present Federal Law"; "Concerning"/"Regarding" for a title's «О».
 */
export const CITATION_VERSION = 39;
const VERSION_KEY = 'citations-version';

/** One citation as stored: key, instrument, article, part, text, start, end. */
type CitationRow = [string, string, string | null, string | null, string, number, number];

/** The citations of each clause, in order, by path: work that needs no store (an import does it in its worker). */
export interface PreparedCitations {
  paths: string[];
  rows: CitationRow[][];
}

/** Extracts the citations of a document's clauses (`doc`: kind, language and instrument of the document). */
export function extractClauseCitations(
  doc: { kind: DocumentRecord['kind']; lang: DocumentRecord['lang']; instrument: string | null; date?: string | null },
  clauses: readonly { path: string; text: string }[],
): PreparedCitations {
  const instrument = doc.kind === 'statute' ? (doc.instrument ?? undefined) : undefined;
  const rows = clauses.map((clause) => {
    const selfArticle = instrument ? articleOfPath(clause.path) : undefined;
    const found = extractCitations(clause.text, {
      lang: doc.lang,
      // The document's date settles names that meant different acts over time ("the Law on Customs Regulation").
      ...(doc.date ? { date: doc.date } : {}),
      ...(instrument ? { selfInstrument: instrument } : {}),
      ...(selfArticle ? { selfArticle } : {}),
    });
    const kept: CitationRow[] = [];
    for (const c of found) {
      // Amendment notes ("В редакции Федерального закона от ... № 35-ФЗ") name the amending law, not a provision.
      if (instrument && !c.article && c.instrument.startsWith('ru-fl-')) continue;
      // "Деяния, предусмотренные настоящей статьей": a statute clause naming its own article cross-references nothing.
      if (instrument && selfArticle && c.key === `${instrument}:${selfArticle}`) continue;
      kept.push([c.key, c.instrument, c.article ?? null, c.part ?? null, c.text, c.start, c.end]);
    }
    return kept;
  });
  return { paths: clauses.map((c) => c.path), rows };
}

/**
 * Stores the citations of one document's clauses (the caller holds the transaction): `prepared` when it was worked
 * out for these very clauses before the transaction, else extracted here.
 */
function writeCitations(db: Database, doc: DocumentRecord, clauses: readonly ClauseRecord[], prepared?: PreparedCitations): void {
  const citations = new CitationRepository(db);
  const fits = prepared !== undefined && prepared.paths.length === clauses.length && clauses.every((c, i) => c.path === prepared.paths[i]);
  const { rows } = fits ? prepared : extractClauseCitations(doc, clauses);
  clauses.forEach((clause, i) => {
    for (const [key, instrument, article, part, text, start, end] of rows[i]!) {
      citations.insert(clause.id, { key, instrument, article, part, text, start, end });
    }
  });
}

export const citationHook: IndexHook = {
  name: 'citations',
  prepare: (doc, clauses): PreparedCitations => extractClauseCitations(doc, clauses),
  onInsert(db: Database, doc: DocumentRecord, clauses: readonly ClauseRecord[], prepared?: unknown) {
    const provisions = new ProvisionRepository(db);
    markCrossReferencesStale(db);
    // A store's first document: its citations are written by this version (a store with older documents and no
    // recorded version re-extracts them all once, see refreshOutdatedCitations).
    if (new DocumentStore(db).countDocumentsOtherThan(doc.id) === 0) recordCitationVersion(db);
    writeCitations(db, doc, clauses, prepared as PreparedCitations | undefined);
    const instrument = doc.kind === 'statute' ? (doc.instrument ?? undefined) : undefined;
    if (!instrument) return;
    for (const clause of clauses) {
      const key = provisionKeyOfPath(instrument, clause.path);
      if (key) provisions.addText(key, clause.id);
      // An article's text is also every clause below it (its parts and sub-items).
      const article = articleOfPath(clause.path);
      if (article && key !== `${instrument}:${article}`) provisions.addText(`${instrument}:${article}`, clause.id);
    }
  },
  onDelete(db: Database) {
    // citations and provision_text rows go with their clauses (ON DELETE CASCADE); the links follow at the next refresh.
    markCrossReferencesStale(db);
  },
};

/**
 * Re-extracts every stored clause's citations when they were written by another CITATION_VERSION (or by a version
 * before the store recorded one), in one transaction; the links are marked stale only if a citation changed. False
 * when the citations were current.
 */
export function refreshOutdatedCitations(db: Database): boolean {
  if (db.readonly) return false;
  const stored = new StoreStateRepository(db).get(VERSION_KEY);
  if (stored === String(CITATION_VERSION)) return false;
  const store = new DocumentStore(db);
  const citations = new CitationRepository(db);
  const fingerprint = (): string[] =>
    citations
      .spans()
      .map((r) => `${r.clause_id} ${r.key} ${r.start} ${r.end}`)
      .sort();
  db.transaction(() => {
    const before = fingerprint();
    citations.deleteAll();
    for (const doc of store.listDocuments()) writeCitations(db, doc, store.listClauses(doc.id));
    recordCitationVersion(db);
    const after = fingerprint();
    if (before.length !== after.length || before.some((x, i) => x !== after[i])) markCrossReferencesStale(db);
  })();
  return true;
}

function recordCitationVersion(db: Database): void {
  new StoreStateRepository(db).set(VERSION_KEY, String(CITATION_VERSION));
}
