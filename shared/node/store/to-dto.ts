// Maps store records to the API's plain JSON DTOs.
import type { ClauseSummary, DocumentSummary } from '../../core/api/dto.js';
import type { ClauseRecord, DocumentRecord } from './document-store.js';

export function documentSummary(doc: DocumentRecord): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title,
    shortTitle: doc.shortTitle,
    kind: doc.kind,
    lang: doc.lang,
    date: doc.date,
    file: doc.fileName,
    clauses: doc.clauseCount,
    instrument: doc.instrument,
    size: doc.storedBytes ?? 0,
    pdf: doc.hasFile === true && doc.format === 'pdf',
    imported: doc.provenance === null,
  };
}

export function clauseSummary(clause: ClauseRecord): ClauseSummary {
  return {
    id: clause.id,
    doc: clause.docId,
    path: clause.path,
    label: clause.label,
    kind: clause.kind,
    level: clause.level,
    parent: clause.parentId,
    text: clause.text,
    number: clause.number,
    title: clause.title,
    page: clause.page,
    ...(clause.page !== null && clause.pageEnd !== null && clause.pageEnd > clause.page ? { pages: [clause.page, clause.pageEnd] as [number, number] } : {}),
  };
}
