// Keeps the derived placements of verdicts and hand-made links in step with today's clauses (after an import, a removal,
// a new record or an undo). Only `review_placements` is written; the user's records are read, never changed.
import type { Database } from 'better-sqlite3';
import { placeClause, placementIndex, type PlacedClause, type PlacementIndex } from '../../core/review/clause-placement.js';
import type { IndexHook } from '../import/import-document.js';
import type { ClauseRecord } from '../store/document-store.js';
import { ReviewPlacementRepository, type PlacedRecordKind, type PlacedRole } from '../store/review-placement-repository.js';
import { UserLinkRepository, type UserLinkRecord } from '../store/user/user-link-repository.js';
import { VerdictRepository, type VerdictRecord } from '../store/user/verdict-repository.js';

type RecordKind = PlacedRecordKind;
type Role = PlacedRole;

/** A record's clause references: the role, the clause id it was made on and that clause's text then. */
function referencesOf(kind: RecordKind, record: VerdictRecord | UserLinkRecord): { role: Role; clauseId: string; text: string }[] {
  const refs: { role: Role; clauseId: string; text: string }[] = [{ role: 'from', clauseId: record.fromClause, text: record.fromText ?? '' }];
  if (kind === 'verdict') {
    const v = record as VerdictRecord;
    if (v.kind === 'quotes') refs.push({ role: 'target', clauseId: v.target, text: v.targetText ?? '' });
  } else {
    const l = record as UserLinkRecord;
    if (l.targetClause !== null) refs.push({ role: 'target', clauseId: l.targetClause, text: l.targetText ?? '' });
  }
  return refs;
}

/** The document id a clause id belongs to (document ids hold no slash). */
function docOf(clauseId: string): string {
  const slash = clauseId.indexOf('/');
  return slash < 0 ? clauseId : clauseId.slice(0, slash);
}

type ClauseTexts = readonly { id: string; text: string }[];

/**
 * Placement indexes of documents, built once per operation and only when a record needs one (null: the document is not
 * in the store). `given`: a document's clauses the caller already holds (null: it was just removed).
 */
export class Indexes {
  private readonly cache = new Map<string, PlacementIndex | null>();

  constructor(
    private readonly db: Database,
    private readonly given = new Map<string, ClauseTexts | null>(),
  ) {}

  of(docId: string): PlacementIndex | null {
    if (!this.cache.has(docId)) {
      const clauses = this.given.has(docId) ? this.given.get(docId)! : new ReviewPlacementRepository(this.db).clauseTexts(docId);
      this.cache.set(docId, clauses ? placementIndex(clauses) : null);
    }
    return this.cache.get(docId)!;
  }
}

function write(db: Database, kind: RecordKind, id: string, role: Role, placed: PlacedClause): void {
  new ReviewPlacementRepository(db).put(kind, id, role, placed.clauseId, placed.how);
}

/** Places the references of one record that lie in `onlyDoc` (default: all of them). */
function placeRecord(db: Database, kind: RecordKind, record: VerdictRecord | UserLinkRecord, indexes: Indexes, onlyDoc?: string): void {
  for (const ref of referencesOf(kind, record)) {
    const docId = docOf(ref.clauseId);
    if (onlyDoc !== undefined && docId !== onlyDoc) continue;
    write(db, kind, record.id, ref.role, placeClause({ clauseId: ref.clauseId, text: ref.text }, indexes.of(docId)));
  }
}

/**
 * Places every record made on clauses of `docId` against its clauses today (null: the document was removed). A document
 * no record was made on costs two indexed lookups: its clauses are indexed only for records.
 */
function placeRecordsOfDocument(db: Database, docId: string, clauses: readonly ClauseRecord[] | null): void {
  const verdicts = new VerdictRepository(db).recordedIn(docId);
  const links = new UserLinkRepository(db).recordedIn(docId);
  if (verdicts.length + links.length === 0) return;
  const indexes = new Indexes(db, new Map([[docId, clauses]]));
  for (const v of verdicts) placeRecord(db, 'verdict', v, indexes, docId);
  for (const l of links) placeRecord(db, 'link', l, indexes, docId);
}

/** Places one verdict (after it was written or restored); a verdict that no longer exists loses its placements. */
export function placeVerdict(db: Database, id: string, indexes = new Indexes(db)): void {
  const record = new VerdictRepository(db).get(id);
  if (record) placeRecord(db, 'verdict', record, indexes);
  else new ReviewPlacementRepository(db).deleteRecord('verdict', id);
}

/** Places one hand-made link (after it was written or restored); one that no longer exists loses its placements. */
export function placeUserLink(db: Database, id: string, indexes = new Indexes(db)): void {
  const record = new UserLinkRepository(db).get(id);
  if (record) placeRecord(db, 'link', record, indexes);
  else new ReviewPlacementRepository(db).deleteRecord('link', id);
}

/**
 * Keeps placements in step with imports, in the import's own transaction: a removed document detaches the records
 * made on it, a (re-)imported one places them against its new clauses.
 */
export const reviewPlacementHook: IndexHook = {
  onInsert(db, doc, clauses) {
    placeRecordsOfDocument(db, doc.id, clauses);
  },
  onDelete(db, docId) {
    placeRecordsOfDocument(db, docId, null);
  },
};
