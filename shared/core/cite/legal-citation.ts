// The citations a lawyer pastes into a memo: the English legal form with the document's date, the Russian form for
// Russian statutes ("п. 1 ст. 1253.1 ГК РФ"), each statute with the edition of its text in the corpus.
import { describeProvision, parseProvisionKey } from '../citations/keys.js';
import { INSTRUMENTS } from '../citations/registry.js';

/** en: English legal citation; ru: the Russian form (Russian statutes; other sources fall back to en); short: the app's label. */
export const CITATION_FORMS = ['en', 'ru', 'short'] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];

export interface CitableDocument {
  title: string;
  shortTitle: string;
  citeAs: string;
  kind: string;
  /** ISO date, possibly partial ("2025-08"); for a statute, the date of the edition held. */
  date: string | null;
  instrument: string | null;
}

export interface CitableClause {
  id: string;
  path: string;
  label: string;
  /** A PDF's clause: its page, and its last page when it spans more. */
  page?: number | null;
  pageEnd?: number | null;
}

/** ", p. 12" or ", pp. 12–13" for a clause of a PDF; empty otherwise. */
function pinpoint(clause: CitableClause): string {
  if (!clause.page) return '';
  return clause.pageEnd && clause.pageEnd > clause.page ? `, pp. ${clause.page}–${clause.pageEnd}` : `, p. ${clause.page}`;
}

export interface FormattedCitation {
  /** The clause id or provision key cited. */
  target: string;
  /** The form actually used (ru falls back to en for sources that are not Russian statutes). */
  form: CitationForm;
  /** The citation to paste, with the document's date or the statute edition's date where known. */
  text: string;
  /** The ISO date given in the citation (document date or statute edition), or null. */
  date: string | null;
}

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "2012-12-21" → "Dec. 21, 2012"; "2025-08" → "Aug. 2025" (Bluebook month abbreviations). */
export function usDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${month} ${Number(m[3])}, ${m[1]}` : `${month} ${m[1]}`;
}

/** "2023-06-13" → "13.06.2023"; "2025-08" → "08.2025". */
export function ruDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  return [m[3], m[2], m[1]].filter(Boolean).join('.');
}

function isRussianInstrument(instrument: string): boolean {
  return instrument.startsWith('ru-');
}

/** "Civil Code of the Russian Federation art. 1253.1(1)", "… art. 146 note", "Report of the Working Party … para. 1339". */
function englishProvision(key: string): string {
  const p = parseProvisionKey(key);
  if (!p) return key;
  const def = INSTRUMENTS.get(p.instrument);
  const name = def?.name.en ?? describeProvision(p.instrument);
  if (!p.article) return name;
  const parts = p.part ? p.part.split('/') : [];
  const note = parts[0] === 'note';
  const levels = (note ? parts.slice(1) : parts).map((l) => `(${l})`).join('');
  return `${name} ${def?.unit === 'paragraph' ? 'para.' : 'art.'} ${p.article}${levels}${note ? ' note' : ''}`;
}

/**
 * A provision in the form asked: en "Civil Code of the Russian Federation art. 1253.1(1) (as amended through June 13, 2023)",
 * ru "п. 1 ст. 1253.1 ГК РФ (ред. от 13.06.2023)", short "Civil Code art. 1253.1(1)". `edition` is the date of the
 * statute text in the corpus (null when the corpus does not hold the instrument).
 */
export function citeProvision(key: string, form: CitationForm, edition: string | null = null): FormattedCitation {
  const instrument = parseProvisionKey(key)?.instrument ?? '';
  if (form === 'short') return { target: key, form, text: describeProvision(key), date: null };
  if (form === 'ru' && isRussianInstrument(instrument)) {
    return { target: key, form, text: `${describeProvision(key, 'ru')}${edition ? ` (ред. от ${ruDate(edition)})` : ''}`, date: edition };
  }
  return { target: key, form: 'en', text: `${englishProvision(key)}${edition ? ` (as amended through ${usDate(edition)})` : ''}`, date: edition };
}

/** "United States-Russian Federation Intellectual Property Rights Action Plan" → "U.S.-Russia IPR Action Plan". */
export function abbreviateTitle(title: string): string {
  return title
    .replace(/United States(?: of America)?/g, 'U.S.')
    .replace(/Russian Federation/g, 'Russia')
    .replace(/Intellectual Property Rights/g, 'IPR')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "I.A.1.a" → "§ I.A(1)(a)", "II.1" → "§ II(1)", "I.B/russian-federations-steps" → "§ I.B", "preamble" → "pmbl.". */
export function planLocator(path: string): string {
  const head = path.split('/')[0]!;
  if (head === 'preamble') return 'pmbl.';
  if (head === 'title') return '';
  const segments = head.split('.');
  const section: string[] = [];
  let i = 0;
  if (/^[IVXLC]+$/.test(segments[0] ?? '')) section.push(segments[i++]!);
  if (section.length && /^[A-Z]$/.test(segments[i] ?? '')) section.push(segments[i++]!);
  if (section.length === 0) return head;
  return `§ ${section.join('.')}${segments.slice(i).map((s) => `(${s})`).join('')}`;
}

/**
 * A clause in the form asked. Statute articles cite as provisions (with the edition's date); an action plan's items as
 * "U.S.-Russia IPR Action Plan § I.A(1)(a) (Dec. 21, 2012)"; other documents by their short title and the clause's own
 * locator ("IIPA 2017 Report ¶ 4 (Feb. 9, 2017)"), after the page for a PDF's ("IIPA 2017 Report, p. 12, ¶ 4"); short is
 * the app's label.
 */
export function citeClause(clause: CitableClause, doc: CitableDocument, form: CitationForm): FormattedCitation {
  if (form === 'short') return { target: clause.id, form, text: clause.label, date: null };
  if (doc.kind === 'statute' && doc.instrument && /^art\d/.test(clause.path)) {
    const key = `${doc.instrument}:${clause.path.slice(3)}`;
    if (parseProvisionKey(key)) return { ...citeProvision(key, form, doc.date), target: clause.id };
  }
  const date = doc.date;
  if (doc.kind === 'statute' && doc.instrument) {
    // A heading or the title of a statute: its label, with the edition.
    const cited = citeProvision(doc.instrument, form, date);
    const locator = clause.label.startsWith(doc.citeAs) ? clause.label.slice(doc.citeAs.length).replace(/^,\s*/, ', ') : `, ${clause.label}`;
    return { target: clause.id, form: cited.form, text: cited.text.replace(/( \((?:as amended|ред\.)|$)/, `${locator}$1`), date };
  }
  let text: string;
  if (doc.kind === 'action-plan') {
    const locator = planLocator(clause.path);
    text = [abbreviateTitle(doc.title), locator].filter(Boolean).join(' ');
  } else {
    const locator = clause.label.startsWith(doc.citeAs) ? clause.label.slice(doc.citeAs.length) : `, ${clause.label}`;
    const page = pinpoint(clause);
    // A PDF's page comes before the clause's own locator: "IIPA 2017 Report, p. 12, ¶ 4".
    text = page ? `${doc.shortTitle}${page}${locator.startsWith(',') ? locator : `,${locator}`}` : `${doc.shortTitle}${locator}`;
  }
  return { target: clause.id, form: 'en', text: date ? `${text} (${usDate(date)})` : text, date };
}
