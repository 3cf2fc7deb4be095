// Computes the derived anchors of annotation targets against today's clauses (after an import, an undo, a new target).
import type { Database } from 'better-sqlite3';
import { anchorTarget } from '../../core/annotations/anchoring.js';
import { documentText, type DocumentText } from '../../core/annotations/document-text.js';
import type { IndexHook } from '../import/import-document.js';
import { AnchorRepository } from '../store/anchor-repository.js';
import { DocumentStore } from '../store/document-store.js';
import { AnnotationRepository } from '../store/user/annotation-repository.js';

/** A document's current text for anchoring, or null when it is not in the store. */
export function loadDocumentText(db: Database, docId: string): { text: DocumentText; hash: string } | null {
  const store = new DocumentStore(db);
  const doc = store.getDocument(docId);
  if (!doc) return null;
  return { text: documentText(store.listClauses(docId)), hash: doc.contentHash };
}

/** Re-anchors every target selected in `docId` (the user's selectors are read, never written). */
export function anchorDocumentTargets(db: Database, docId: string, current = loadDocumentText(db, docId)): number {
  const targets = new AnnotationRepository(db).targetsOfDocument(docId);
  const anchors = new AnchorRepository(db);
  for (const { annotationId, ordinal, target } of targets) {
    anchors.put(annotationId, ordinal, anchorTarget(target, current?.text ?? null, current?.hash ?? null));
  }
  return targets.length;
}

/** Re-anchors the targets of one annotation (after it was created, edited or restored by undo). */
export function anchorAnnotation(db: Database, annotationId: string, cache = new Map<string, ReturnType<typeof loadDocumentText>>()): void {
  const annotation = new AnnotationRepository(db).get(annotationId);
  if (!annotation) return;
  const anchors = new AnchorRepository(db);
  annotation.targets.forEach((target, ordinal) => {
    if (!cache.has(target.docId)) cache.set(target.docId, loadDocumentText(db, target.docId));
    const current = cache.get(target.docId) ?? null;
    anchors.put(annotationId, ordinal, anchorTarget(target, current?.text ?? null, current?.hash ?? null));
  });
}

/**
 * Keeps anchors in step with imports, in the import's own transaction: a removed document orphans its targets, a
 * (re-)imported one re-anchors them against its new clauses. Only the derived anchors table is written.
 */
export const annotationAnchorHook: IndexHook = {
  onInsert(db, doc, clauses) {
    anchorDocumentTargets(db, doc.id, { text: documentText(clauses), hash: doc.contentHash });
  },
  onDelete(db, docId) {
    new AnchorRepository(db).orphanDocument(docId);
  },
};
