// One user change as the undo journal sees it: the records it touched, before and after, and how to put either back.
import type { Database } from 'better-sqlite3';
import type { TagRecord } from '../../core/annotations/types.js';
import { AnnotationRepository, type StoredAnnotation } from '../store/user/annotation-repository.js';
import { TagRepository } from '../store/user/tag-repository.js';
import { anchorAnnotation, type loadDocumentText } from './anchor-annotations.js';

/** The touched records' states at one moment; null means "did not exist". */
export interface ChangeSnapshot {
  tags: { id: string; record: TagRecord | null }[];
  annotations: { id: string; record: StoredAnnotation | null }[];
}

/** Collects the records a change touches: call touch* before modifying a record, then snapshot() before/after. */
export class UserChange {
  private readonly before: ChangeSnapshot = { tags: [], annotations: [] };
  private readonly tagIds = new Set<string>();
  private readonly annotationIds = new Set<string>();

  constructor(
    private readonly annotations: AnnotationRepository,
    private readonly tags: TagRepository,
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

  get touched(): number {
    return this.tagIds.size + this.annotationIds.size;
  }

  beforeSnapshot(): ChangeSnapshot {
    return this.before;
  }

  afterSnapshot(): ChangeSnapshot {
    return {
      tags: [...this.tagIds].map((id) => ({ id, record: this.tags.get(id) ?? null })),
      annotations: [...this.annotationIds].map((id) => ({ id, record: this.annotations.get(id) ?? null })),
    };
  }
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
}
