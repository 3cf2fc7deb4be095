// The trace report for a memo as data: a title block (corpus, documents, date), then per commitment its text and
// citation and each provision with status, score, quoted evidence with its citation and the official text.
import { dedupeEvidence } from '../../crossref/crossref-queries.js';
import { parseProvisionKey, describeProvision } from '../../../core/citations/index.js';
import type { DocumentStore } from '../../store/document-store.js';
import type { LinkViews } from '../link-views.js';
import type { MatrixData } from '../matrix.js';
import type { MemoCitations } from '../memo-citations.js';
import { excerpt, oneLine } from './excerpt.js';
import { sectionName, STATUS_WORDS, statusText } from './matrix-table.js';
import { INSTRUMENT_GROUP_LABELS } from '../../../core/review/instrument-groups.js';
import type { InstrumentGroup, MatrixStatus } from '../../../core/api/review-dto.js';

export interface ReportEvidence {
  /** The memo citation of the evidence clause ("IIPA 2017 Report ¶ 42 (Feb. 9, 2017)"). */
  citation: string;
  document: string;
  label: string;
  quote: string;
}

export interface ReportProvision {
  key: string;
  label: string;
  title: string;
  /** English legal citation, with the statute edition where the corpus holds the text. */
  citation: string;
  /** The Russian form, for Russian instruments. */
  citationRu: string | null;
  status: string;
  score: number;
  /** "0.81", or "—" for a link the engine does not infer (made by hand, or confirmed and no longer inferred). */
  scoreText: string;
  kinds: string;
  isNew: boolean;
  reason: string;
  evidence: ReportEvidence[];
  /** Excerpt of the official text held in the corpus, with its label; null when the corpus lacks the instrument. */
  officialText: { label: string; text: string } | null;
}

export interface ReportCommitment {
  id: string;
  section: string;
  label: string;
  citation: string;
  text: string;
  provisions: ReportProvision[];
}

export interface TraceReport {
  title: string;
  /** The date line: the only part that changes between exports of the same store. */
  date: string;
  documents: { title: string; citeAs: string; kind: string; date: string; lang: string }[];
  filters: string;
  commitments: ReportCommitment[];
  /** Number of provisions reported, by status word. */
  totals: { status: string; count: number }[];
}

const MAX_EVIDENCE = 3;
const DOCUMENT_KIND_WORDS: Record<string, string> = {
  'action-plan': 'action plan',
  report: 'report',
  cable: 'diplomatic cable',
  'press-release': 'press release',
  article: 'article',
  statute: 'statute',
  other: 'document',
};
const OFFICIAL_CHARS = 600;
const STATUS_ORDER = ['confirmed', 'confirmed, no longer inferred', 'by hand', 'confident', 'proposed', 'rejected'];

export function traceReport(
  data: MatrixData,
  views: LinkViews,
  citations: MemoCitations,
  store: DocumentStore,
  date: Date,
  filters: { statuses: readonly MatrixStatus[]; instruments: readonly InstrumentGroup[] | null },
  onlyClauses?: readonly string[],
): TraceReport {
  const { matrix } = data;
  const byRow = new Map<number, number[]>();
  matrix.cells.forEach((cell, i) => byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), i]));
  const official = new Map<string, ReportProvision['officialText']>();
  const officialText = (key: string) => {
    if (!official.has(key)) {
      const ids = views.officialTextIds(key);
      const clauses = ids.map((id) => views.clause(id)).filter((c) => c !== null);
      official.set(key, clauses.length ? { label: clauses[0]!.label, text: officialExcerpt(clauses.map((c) => c.text)) } : null);
    }
    return official.get(key)!;
  };
  const commitments: ReportCommitment[] = [];
  const totals = new Map<string, number>();
  matrix.rows.forEach((row, r) => {
    if (onlyClauses && !onlyClauses.includes(row.clause)) return;
    const provisions = (byRow.get(r) ?? []).map((i): ReportProvision => {
      const entry = data.entries[i]!;
      const evidence = views
        .evidenceDtos(dedupeEvidence(entry.evidence))
        .filter((e) => e.clause !== row.clause)
        .slice(0, MAX_EVIDENCE)
        .map((e) => {
          const doc = store.getDocument(e.doc);
          return { citation: citations.clauses([e.clause], 'en')[0]!.text, document: doc?.title ?? e.doc, label: e.label, quote: excerpt(e.text, e.terms, 280) };
        });
      const instrument = parseProvisionKey(entry.key)?.instrument ?? '';
      const status = statusText(entry);
      totals.set(status, (totals.get(status) ?? 0) + 1);
      return {
        key: entry.key,
        label: describeProvision(entry.key),
        title: matrix.columns[matrix.cells[i]!.col]!.title,
        citation: citations.provision(entry.key, 'en').text,
        citationRu: instrument.startsWith('ru-') ? citations.provision(entry.key, 'ru').text : null,
        status,
        score: entry.score,
        scoreText: entry.inferred ? entry.score.toFixed(2) : '—',
        kinds: entry.kinds.join(', '),
        isNew: entry.isNew,
        reason: entry.reason ?? '',
        evidence,
        officialText: officialText(entry.key),
      };
    });
    provisions.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || b.score - a.score);
    commitments.push({
      id: row.clause,
      section: sectionName(matrix, row.section),
      label: row.label,
      citation: citations.clauses([row.clause], 'en')[0]!.text,
      text: oneLine(row.text),
      provisions,
    });
  });
  return {
    title: 'Traceability report: commitments and the provisions they concern',
    date: date.toISOString().slice(0, 10),
    documents: store.listDocuments().map((d) => ({ title: d.title, citeAs: d.citeAs, kind: DOCUMENT_KIND_WORDS[d.kind] ?? d.kind, date: d.date ?? '', lang: d.lang })),
    filters: `Links shown: ${filters.statuses.map((s) => STATUS_WORDS[s]).join(', ')}. Instruments: ${filters.instruments?.map((g) => INSTRUMENT_GROUP_LABELS[g]).join(', ') ?? 'all'}.`,
    commitments,
    totals: [...totals].map(([status, count]) => ({ status, count })),
  };
}

/** The first clauses of a provision's text, one per line, cut (with "…") once they pass OFFICIAL_CHARS. */
function officialExcerpt(texts: readonly string[]): string {
  const lines: string[] = [];
  let used = 0;
  for (const text of texts) {
    const line = oneLine(text);
    if (used + line.length > OFFICIAL_CHARS) {
      const room = OFFICIAL_CHARS - used;
      if (room > 80 || lines.length === 0) lines.push(excerpt(line, [], Math.max(room, 80)));
      else lines.push('…');
      break;
    }
    lines.push(line);
    used += line.length;
  }
  return lines.join('\n');
}
