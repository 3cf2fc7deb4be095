// One user change as the undo journal sees it: the records it touched, before and after, and how to put either back.
import type { Database } from 'better-sqlite3';
import type { TagRecord } from '../../core/annotations/types.js';
import { AnnotationRepository, type StoredAnnotation } from '../store/user/annotation-repository.js';
import { DocumentStore } from '../store/document-store.js';
import { TagRepository } from '../store/user/tag-repository.js';
import { UserLinkRepository, type UserLinkRecord } from '../store/user/user-link-repository.js';
import { VerdictRepository, type VerdictRecord } from '../store/user/verdict-repository.js';
import { Indexes, placeUserLink, placeVerdict } from '../review/review-placement.js';
import { anchorAnnotation, type loadDocumentText } from './anchor-annotations.js';

/** The touched records' states at one moment; null means "did not exist". */
export interface ChangeSnapshot {
  tags: { id: string; record: TagRecord | null }[];
  annotations: { id: string; record: StoredAnnotation | null }[];
  /** Link verdicts and hand-made links (absent from entries recorded before the review features). */
  verdicts?: { id: string; record: VerdictRecord | null }[];
  userLinks?: { id: string; record: UserLinkRecord | null }[];
}

/** The repositories of the link review records, for changes that touch them. */
export interface ReviewRepositories {
  verdicts: VerdictRepository;
  userLinks: UserLinkRepository;
}

/** Collects the records a change touches: call touch* before modifying a record, then snapshot() before/after. */
export class UserChange {
  private readonly before: Required<ChangeSnapshot> = { tags: [], annotations: [], verdicts: [], userLinks: [] };
  private readonly tagIds = new Set<string>();
  private readonly annotationIds = new Set<string>();
  private readonly verdictIds = new Set<string>();
  private readonly userLinkIds = new Set<string>();

  constructor(
    private readonly annotations: AnnotationRepository,
    private readonly tags: TagRepository,
    private readonly review?: ReviewRepositories,
  ) {}

  touchTag(id: string): void {
    if (this.tagIds.has(id)) return;
    this.tagIds.add(id);
    this.before.tags.push({ id, record: this.tags.get(id) ?? null });
  }

  touchAnnotation(id: string): void {
    if (this.annotationIds.has(id)) return;
    this.annotationIds.add(id);
    this.before.annotations.push({ id, record: this.annotations.get(id) ?? null });
  }

  touchVerdict(id: string): void {
    if (this.verdictIds.has(id)) return;
    this.verdictIds.add(id);
    this.before.verdicts.push({ id, record: this.reviewRepos().verdicts.get(id) ?? null });
  }

  touchUserLink(id: string): void {
    if (this.userLinkIds.has(id)) return;
    this.userLinkIds.add(id);
    this.before.userLinks.push({ id, record: this.reviewRepos().userLinks.get(id) ?? null });
  }

  get touched(): number {
    return this.tagIds.size + this.annotationIds.size + this.verdictIds.size + this.userLinkIds.size;
  }

  beforeSnapshot(): ChangeSnapshot {
    return withoutEmptyReview(this.before);
  }

  afterSnapshot(): ChangeSnapshot {
    return withoutEmptyReview({
      tags: [...this.tagIds].map((id) => ({ id, record: this.tags.get(id) ?? null })),
      annotations: [...this.annotationIds].map((id) => ({ id, record: this.annotations.get(id) ?? null })),
      verdicts: [...this.verdictIds].map((id) => ({ id, record: this.reviewRepos().verdicts.get(id) ?? null })),
      userLinks: [...this.userLinkIds].map((id) => ({ id, record: this.reviewRepos().userLinks.get(id) ?? null })),
    });
  }

  private reviewRepos(): ReviewRepositories {
    if (!this.review) throw new Error('this change was opened without the link review repositories');
    return this.review;
  }
}

/** Annotation changes keep the journal's original shape: the review lists only when they hold something. */
function withoutEmptyReview(snapshot: Required<ChangeSnapshot>): ChangeSnapshot {
  const { verdicts, userLinks, ...rest } = snapshot;
  return { ...rest, ...(verdicts.length ? { verdicts } : {}), ...(userLinks.length ? { userLinks } : {}) };
}

/**
 * Puts the records of a snapshot back exactly (byte for byte): tags that exist in it first, then annotations (which
 * refer to tags), then tags that did not exist; restored annotations are anchored again against today's text.
 */
export function restoreSnapshot(db: Database, snapshot: ChangeSnapshot): void {
  const annotations = new AnnotationRepository(db);
  const tags = new TagRepository(db);
  for (const { record } of snapshot.tags) if (record) tags.put(record);
  const texts = new Map<string, ReturnType<typeof loadDocumentText>>();
  for (const { id, record } of snapshot.annotations) {
    if (record) {
      annotations.put(record);
      anchorAnnotation(db, id, texts);
    } else {
      annotations.delete(id);
    }
  }
  for (const { id, record } of snapshot.tags) if (!record) tags.delete(id);
  // Link review records: records that did not exist go first, then the others return. A record journaled before its
  // clauses' texts were kept (migration 7) gets them as the migration gave them, not '' (which would pin it to its id).
  const verdicts = new VerdictRepository(db);
  for (const { id, record } of snapshot.verdicts ?? []) if (!record) verdicts.delete(id);
  for (const { record } of snapshot.verdicts ?? []) {
    if (record) verdicts.put(record.fromText === undefined ? withVerdictTexts(db, record, verdicts.get(record.id)) : record);
  }
  const userLinks = new UserLinkRepository(db);
  for (const { id, record } of snapshot.userLinks ?? []) if (!record) userLinks.delete(id);
  for (const { record } of snapshot.userLinks ?? []) {
    if (record) userLinks.put(record.fromText === undefined ? withLinkTexts(db, record, userLinks.get(record.id)) : record);
  }
  // Restored records are placed again in today's clauses, as annotations are anchored.
  const indexes = new Indexes(db);
  for (const { id } of snapshot.verdicts ?? []) placeVerdict(db, id, indexes);
  for (const { id } of snapshot.userLinks ?? []) placeUserLink(db, id, indexes);
}

/**
 * The clause texts of a verdict journaled before migration 7: those the stored record got at the migration when it
 * still refers to the same clauses, else the texts of the clauses under its ids today (what the migration does).
 */
function withVerdictTexts(db: Database, record: VerdictRecord, current: VerdictRecord | undefined): VerdictRecord {
  const fromText = current && current.fromClause === record.fromClause ? (current.fromText ?? '') : clauseText(db, record.fromClause);
  if (record.kind !== 'quotes') return { ...record, fromText, targetText: null };
  const targetText = current && current.kind === 'quotes' && current.target === record.target ? (current.targetText ?? '') : clauseText(db, record.target);
  return { ...record, fromText, targetText };
}

/** The clause texts of a hand-made link journaled before migration 7 (as withVerdictTexts). */
function withLinkTexts(db: Database, record: UserLinkRecord, current: UserLinkRecord | undefined): UserLinkRecord {
  const fromText = current && current.fromClause === record.fromClause ? (current.fromText ?? '') : clauseText(db, record.fromClause);
  if (record.targetClause === null) return { ...record, fromText, targetText: null };
  const targetText = current && current.targetClause === record.targetClause ? (current.targetText ?? '') : clauseText(db, record.targetClause);
  return { ...record, fromText, targetText };
}

function clauseText(db: Database, clauseId: string): string {
  return new DocumentStore(db).getClause(clauseId)?.text ?? '';
}
