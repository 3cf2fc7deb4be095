// The annotations domain of the API over the store: the user's annotations and tags, undo/redo, settings, exchange.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../core/api/api-error.js';
import type { AnnotationDto, AnnotationTargetDto, BulkTagResult, SettingsDto, TagDto, UndoResult, UndoState } from '../../core/api/annotation-dto.js';
import type { ApiArgs } from '../../core/api/contract.js';
import { documentText } from '../../core/annotations/document-text.js';
import { describeRange } from '../../core/annotations/selectors.js';
import type { AnnotationTarget, TagRecord } from '../../core/annotations/types.js';
import { AnchorRepository } from '../store/anchor-repository.js';
import { DocumentStore } from '../store/document-store.js';
import { AnnotationRepository, type AnnotationFilter, type StoredAnnotation } from '../store/user/annotation-repository.js';
import { HistoryRepository } from '../store/user/history-repository.js';
import { SettingsRepository } from '../store/user/settings-repository.js';
import { TagRepository } from '../store/user/tag-repository.js';
import { anchorAnnotation } from './anchor-annotations.js';
import { restoreSnapshot, UserChange } from './user-change.js';

/** What the annotations domain needs from the rest of the service: clause ids for a search or a provision. */
export interface ClauseScopes {
  /** Every clause matching a search query (not only the first page). */
  clausesMatching(query: string): string[];
  /** Every clause citing a provision or a part of it. */
  clausesCiting(key: string): string[];
}

export class AnnotationService {
  readonly annotations: AnnotationRepository;
  readonly tags: TagRepository;
  private readonly anchors: AnchorRepository;
  private readonly history: HistoryRepository;
  private readonly settings: SettingsRepository;
  private readonly store: DocumentStore;

  constructor(
    private readonly db: Database,
    private readonly scopes: ClauseScopes,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.annotations = new AnnotationRepository(db);
    this.tags = new TagRepository(db);
    this.anchors = new AnchorRepository(db);
    this.history = new HistoryRepository(db);
    this.settings = new SettingsRepository(db);
    this.store = new DocumentStore(db);
  }

  listAnnotations(args: ApiArgs<'listAnnotations'>): AnnotationDto[] {
    const filter: AnnotationFilter = {};
    if (args.doc) filter.doc = args.doc;
    if (args.clause) filter.clause = args.clause;
    if (args.provision) filter.clauses = this.scopes.clausesCiting(args.provision);
    if (args.tag) {
      const tag = args.tag === undefined ? undefined : this.tags.findByName(args.tag);
      if (!tag) return [];
      filter.tagId = tag.id;
    }
    const dtos = this.annotations.findIds(filter).flatMap((id) => this.dto(id) ?? []);
    return this.inReadingOrder(args.status ? dtos.filter((a) => a.status === args.status) : dtos);
  }

  getAnnotation(id: string): AnnotationDto {
    const dto = this.dto(id);
    if (!dto) throw new ApiError('not_found', `no annotation with id "${id}"`);
    return dto;
  }

  createAnnotation(args: ApiArgs<'createAnnotation'>): AnnotationDto {
    const id = randomUUID();
    this.change(describeCreate(args.tags ?? [], args.note ?? ''), (change) => {
      const now = this.now();
      change.touchAnnotation(id);
      const tagIds = this.ensureTags(args.tags ?? [], change, now);
      this.annotations.put({ id, targets: this.describeTargets(args.targets), tagIds, note: args.note ?? '', creator: this.author(), created: now, modified: now });
      anchorAnnotation(this.db, id);
    });
    return this.getAnnotation(id);
  }

  updateAnnotation(args: ApiArgs<'updateAnnotation'>): AnnotationDto {
    const existing = this.requireAnnotation(args.id);
    this.change(args.targets ? 'Re-attach annotation' : 'Edit annotation', (change) => {
      const now = this.now();
      change.touchAnnotation(args.id);
      const next: StoredAnnotation = { ...existing, modified: now };
      if (args.tags) next.tagIds = this.ensureTags(args.tags, change, now);
      if (args.note !== undefined) next.note = args.note;
      if (args.targets) next.targets = this.describeTargets(args.targets);
      this.annotations.put(next);
      anchorAnnotation(this.db, args.id);
    });
    return this.getAnnotation(args.id);
  }

  deleteAnnotation({ id }: ApiArgs<'deleteAnnotation'>): { deleted: boolean } {
    if (!this.annotations.get(id)) return { deleted: false };
    this.change('Delete annotation', (change) => {
      change.touchAnnotation(id);
      this.annotations.delete(id);
    });
    return { deleted: true };
  }

  listTags(): TagDto[] {
    return this.tags.listWithCounts().map((t) => ({ ...t }));
  }

  renameTag({ name, to }: ApiArgs<'renameTag'>): TagDto {
    const tag = this.requireTag(name);
    const other = this.tags.findByName(to);
    if (other && other.id !== tag.id) return this.mergeTags({ from: [tag.name], into: other.name });
    this.change(`Rename tag “${tag.name}” to “${to.trim()}”`, (change) => {
      change.touchTag(tag.id);
      this.tags.put({ ...tag, name: to.normalize('NFC').trim(), modified: this.now() });
    });
    return this.tagDto(tag.id);
  }

  mergeTags({ from, into }: ApiArgs<'mergeTags'>): TagDto {
    const sources = from.map((name) => this.requireTag(name));
    const label = `Merge ${sources.map((t) => `“${t.name}”`).join(', ')} into “${into.trim()}”`;
    let targetId = '';
    this.change(label, (change) => {
      const now = this.now();
      const target = this.tags.findByName(into) ?? this.tags.ensure(into, now);
      change.touchTag(target.id);
      targetId = target.id;
      for (const source of sources) {
        if (source.id === target.id) continue;
        for (const annotationId of this.tags.annotationsWith(source.id)) {
          change.touchAnnotation(annotationId);
          const annotation = this.annotations.get(annotationId)!;
          const tagIds = annotation.tagIds.map((t) => (t === source.id ? target.id : t));
          this.annotations.put({ ...annotation, tagIds: [...new Set(tagIds)], modified: now });
          anchorAnnotation(this.db, annotationId);
        }
        change.touchTag(source.id);
        this.tags.delete(source.id);
      }
    });
    return this.tagDto(targetId);
  }

  deleteTag({ name }: ApiArgs<'deleteTag'>): { deleted: boolean } {
    const tag = this.tags.findByName(name);
    if (!tag) return { deleted: false };
    this.change(`Delete tag “${tag.name}”`, (change) => {
      const now = this.now();
      for (const annotationId of this.tags.annotationsWith(tag.id)) {
        change.touchAnnotation(annotationId);
        const annotation = this.annotations.get(annotationId)!;
        this.annotations.put({ ...annotation, tagIds: annotation.tagIds.filter((t) => t !== tag.id), modified: now });
        anchorAnnotation(this.db, annotationId);
      }
      change.touchTag(tag.id);
      this.tags.delete(tag.id);
    });
    return { deleted: true };
  }

  setTagColor({ name, color }: ApiArgs<'setTagColor'>): TagDto {
    const tag = this.requireTag(name);
    this.change(`Recolour tag “${tag.name}”`, (change) => {
      change.touchTag(tag.id);
      this.tags.put({ ...tag, color: color.toLowerCase(), modified: this.now() });
    });
    return this.tagDto(tag.id);
  }

  /** Tags whole clauses: one new annotation per clause not already carrying the tag on its whole text; one undo step. */
  bulkTag(args: ApiArgs<'bulkTag'>): BulkTagResult {
    const clauseIds =
      args.clauses ?? (args.query !== undefined ? this.scopes.clausesMatching(args.query) : this.scopes.clausesCiting(args.provision!));
    const clauses = this.store.getClauses([...new Set(clauseIds)]);
    const tag = args.tag === undefined ? undefined : this.tags.findByName(args.tag);
    const alreadyTagged = tag ? clauses.filter((c) => this.wholeClauseTagged(c.id, c.text.length, tag.id)).length : 0;
    const result: BulkTagResult = { clauses: clauses.length, created: 0, alreadyTagged, dryRun: args.dryRun ?? false };
    if (args.dryRun || clauses.length === alreadyTagged) return result;
    const scope = args.query !== undefined ? `results of “${args.query}”` : args.provision ? `clauses citing ${args.provision}` : 'clauses';
    const tagName = args.tag!.trim();
    this.change(`Tag ${clauses.length - alreadyTagged} ${scope} “${tagName}”`, (change) => {
      const now = this.now();
      const [tagId] = this.ensureTags([tagName], change, now);
      const creator = this.author();
      const texts = new Map<string, ReturnType<typeof documentText>>();
      for (const clause of clauses) {
        if (this.wholeClauseTagged(clause.id, clause.text.length, tagId!) || clause.text.length === 0) continue;
        const id = randomUUID();
        change.touchAnnotation(id);
        if (!texts.has(clause.docId)) texts.set(clause.docId, documentText(this.store.listClauses(clause.docId)));
        const doc = this.store.getDocument(clause.docId)!;
        const target = describeRange(texts.get(clause.docId)!, doc.id, doc.contentHash, clause.id, 0, clause.text.length);
        this.annotations.put({ id, targets: [target], tagIds: [tagId!], note: '', creator, created: now, modified: now });
        this.anchors.put(id, 0, { status: 'anchored', clauseId: clause.id, start: 0, end: clause.text.length, how: 'position' });
        result.created++;
      }
    });
    return result;
  }

  undo(): UndoResult {
    const done = this.db.transaction(() => {
      const entry = this.history.nextUndo();
      if (!entry) return null;
      restoreSnapshot(this.db, JSON.parse(entry.before));
      this.history.markUndone(entry.seq, true);
      return entry.label;
    }).immediate();
    return { done, history: this.getHistory() };
  }

  redo(): UndoResult {
    const done = this.db.transaction(() => {
      const entry = this.history.nextRedo();
      if (!entry) return null;
      restoreSnapshot(this.db, JSON.parse(entry.after));
      this.history.markUndone(entry.seq, false);
      return entry.label;
    }).immediate();
    return { done, history: this.getHistory() };
  }

  getHistory(): UndoState {
    const undo = this.history.nextUndo();
    const redo = this.history.nextRedo();
    return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
  }

  getSettings(): SettingsDto {
    return { author: this.author() };
  }

  updateSettings(args: ApiArgs<'updateSettings'>): SettingsDto {
    if (args.author !== undefined) this.db.transaction(() => this.settings.set('author', args.author!.trim(), this.now()))();
    return this.getSettings();
  }

  /**
   * Runs one user change in a write transaction (BEGIN IMMEDIATE) and records it in the undo journal with the
   * records it touched before and after. A change that touched nothing is not recorded.
   */
  change<T>(label: string, body: (change: UserChange) => T): T {
    return this.db.transaction(() => {
      const change = new UserChange(this.annotations, this.tags);
      const result = body(change);
      if (change.touched > 0) {
        this.history.record(label, JSON.stringify(change.beforeSnapshot()), JSON.stringify(change.afterSnapshot()), this.now());
      }
      return result;
    }).immediate();
  }

  /** The DTO of an annotation with its live anchors, or undefined when it does not exist. */
  dto(id: string): AnnotationDto | undefined {
    const stored = this.annotations.get(id);
    if (!stored) return undefined;
    const anchors = this.anchors.of(id);
    const targets: AnnotationTargetDto[] = stored.targets.map((t, ordinal) => {
      const anchor = anchors.find((a) => a.ordinal === ordinal);
      const anchored = anchor?.status === 'anchored' && anchor.clause_id !== null;
      const clauseId = anchored ? anchor.clause_id! : t.clauseId;
      return {
        doc: t.docId,
        clause: clauseId,
        label: this.store.getClause(clauseId)?.label ?? null,
        exact: t.quote.exact,
        prefix: t.quote.prefix,
        suffix: t.quote.suffix,
        start: anchored ? anchor.start! : t.clause.start,
        end: anchored ? anchor.end! : t.clause.end,
        status: anchored ? 'anchored' : 'orphaned',
        how: anchored ? (anchor.how as AnnotationTargetDto['how']) : null,
        reason: anchored ? null : ((anchor?.reason ?? 'not-found') as AnnotationTargetDto['reason']),
      };
    });
    const placed = targets.filter((t) => t.status === 'anchored').length;
    return {
      id,
      targets,
      status: placed === targets.length ? 'anchored' : placed === 0 ? 'orphaned' : 'partial',
      tags: stored.tagIds.flatMap((tagId) => {
        const tag = this.tags.get(tagId);
        return tag ? [{ name: tag.name, color: tag.color }] : [];
      }),
      note: stored.note,
      creator: stored.creator,
      created: stored.created,
      modified: stored.modified,
    };
  }

  /** The name recorded on new annotations: the user's setting, else the operating system's user name. */
  author(): string {
    const saved = this.settings.get('author');
    if (saved) return saved;
    try {
      return userInfo().username || 'Lextrace user';
    } catch {
      return 'Lextrace user';
    }
  }

  /** Reading order: documents as listed, clauses in sequence, then position; orphans last, oldest first. */
  inReadingOrder(list: AnnotationDto[]): AnnotationDto[] {
    const docOrder = new Map(this.store.listDocuments().map((d, i) => [d.id, i]));
    const seqOf = new Map<string, number>();
    const key = (a: AnnotationDto): [number, number, number, string] => {
      const first = a.targets.find((t) => t.status === 'anchored');
      if (!first) return [Number.MAX_SAFE_INTEGER, 0, 0, a.created];
      if (!seqOf.has(first.clause)) seqOf.set(first.clause, this.store.getClause(first.clause)?.seq ?? 0);
      return [docOrder.get(first.doc) ?? Number.MAX_SAFE_INTEGER - 1, seqOf.get(first.clause)!, first.start, a.created];
    };
    const keyed = list.map((a) => ({ a, k: key(a) }));
    keyed.sort((x, y) => x.k[0] - y.k[0] || x.k[1] - y.k[1] || x.k[2] - y.k[2] || x.k[3].localeCompare(y.k[3]) || x.a.id.localeCompare(y.a.id));
    return keyed.map((x) => x.a);
  }

  private describeTargets(targets: ApiArgs<'createAnnotation'>['targets']): AnnotationTarget[] {
    const texts = new Map<string, ReturnType<typeof documentText>>();
    const described = targets.map((t) => {
      const clause = this.store.getClause(t.clause);
      if (!clause) throw new ApiError('not_found', `no clause with id "${t.clause}"`);
      if (t.end > clause.text.length) {
        throw new ApiError('bad_request', `the range ${t.start}–${t.end} is outside clause "${t.clause}" (${clause.text.length} characters)`);
      }
      if (!texts.has(clause.docId)) texts.set(clause.docId, documentText(this.store.listClauses(clause.docId)));
      const doc = this.store.getDocument(clause.docId)!;
      return { seq: clause.seq, target: describeRange(texts.get(clause.docId)!, doc.id, doc.contentHash, clause.id, t.start, t.end) };
    });
    const seen = new Set<string>();
    for (const { target } of described) {
      if (seen.has(target.clauseId)) throw new ApiError('bad_request', `two targets in clause "${target.clauseId}": an annotation has one target per clause`);
      seen.add(target.clauseId);
    }
    return described.sort((a, b) => a.target.docId.localeCompare(b.target.docId) || a.seq - b.seq).map((d) => d.target);
  }

  private ensureTags(names: readonly string[], change: UserChange, now: string): string[] {
    const ids: string[] = [];
    for (const name of names) {
      const existing = this.tags.findByName(name);
      const tag = existing ?? this.tags.ensure(name, now);
      if (!existing) change.touchTag(tag.id);
      if (!ids.includes(tag.id)) ids.push(tag.id);
    }
    return ids;
  }

  private wholeClauseTagged(clauseId: string, length: number, tagId: string): boolean {
    return this.annotations
      .findIds({ clause: clauseId, tagId })
      .some((id) => this.anchors.of(id).some((a) => a.clause_id === clauseId && a.start === 0 && a.end === length));
  }

  private requireAnnotation(id: string): StoredAnnotation {
    const found = this.annotations.get(id);
    if (!found) throw new ApiError('not_found', `no annotation with id "${id}"`);
    return found;
  }

  private requireTag(name: string): TagRecord {
    const tag = this.tags.findByName(name);
    if (!tag) throw new ApiError('not_found', `no tag named "${name}"`);
    return tag;
  }

  private tagDto(id: string): TagDto {
    const found = this.tags.listWithCounts().find((t) => t.id === id);
    if (!found) throw new ApiError('not_found', `no tag with id "${id}"`);
    return { ...found };
  }

  private now(): string {
    return this.clock().toISOString();
  }
}

function describeCreate(tags: readonly string[], note: string): string {
  if (tags.length > 0) return `Tag passage ${tags.map((t) => `“${t.trim()}”`).join(', ')}`;
  return note ? 'Add note' : 'Highlight passage';
}

