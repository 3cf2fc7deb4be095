// The annotations domain of the API: the user's own annotations, tags, undo/redo, exchange and settings.
import { z } from '../../zod-config.js';
import type {
  AnnotationDto,
  AnnotationExport,
  AnnotationImportReport,
  BulkTagResult,
  SettingsDto,
  TagDto,
  UndoResult,
  UndoState,
} from '../annotation-dto.js';
import { id, key } from './common.js';

export const MAX_NOTE_CHARS = 20_000;
export const MAX_TAGS_PER_ANNOTATION = 50;
export const MAX_TARGETS_PER_ANNOTATION = 500;
/** The largest annotation file accepted for import (characters of JSON). */
export const MAX_ANNOTATION_IMPORT_CHARS = 32 * 1024 * 1024;

const tagName = z
  .string()
  .trim()
  .min(1, 'a tag needs a name')
  .max(80, 'a tag name has at most 80 characters')
  .refine((s) => ![...s].some((ch) => ch.charCodeAt(0) < 0x20), 'a tag name cannot contain control characters');
const note = z.string().max(MAX_NOTE_CHARS, `a note has at most ${MAX_NOTE_CHARS} characters`);
const offset = z.number().int().min(0).max(50_000_000);
const targetArg = z
  .object({ clause: id, start: offset, end: offset })
  .strict()
  .refine((t) => t.end > t.start, 'a target needs end > start');
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');

export const ANNOTATION_ARGS = {
  listAnnotations: z
    .object({
      doc: id.optional(),
      clause: id.optional(),
      /** Annotations on clauses that cite this provision (or a part of it). */
      provision: key.optional(),
      tag: tagName.optional(),
      status: z.enum(['anchored', 'orphaned', 'partial']).optional(),
    })
    .strict(),
  createAnnotation: z
    .object({
      targets: z.array(targetArg).min(1).max(MAX_TARGETS_PER_ANNOTATION),
      tags: z.array(tagName).max(MAX_TAGS_PER_ANNOTATION).optional(),
      note: note.optional(),
    })
    .strict(),
  updateAnnotation: z
    .object({
      id,
      tags: z.array(tagName).max(MAX_TAGS_PER_ANNOTATION).optional(),
      note: note.optional(),
      /** New targets (re-attaching an orphan to a range selected in today's text). */
      targets: z.array(targetArg).min(1).max(MAX_TARGETS_PER_ANNOTATION).optional(),
    })
    .strict(),
  deleteAnnotation: z.object({ id }).strict(),
  listTags: z.object({}).strict(),
  renameTag: z.object({ name: tagName, to: tagName }).strict(),
  mergeTags: z.object({ from: z.array(tagName).min(1).max(200), into: tagName }).strict(),
  deleteTag: z.object({ name: tagName }).strict(),
  setTagColor: z.object({ name: tagName, color }).strict(),
  bulkTag: z
    .object({
      /** The tag to add; a dry run may leave it out (it then counts the clauses only). */
      tag: tagName.optional(),
      /** Every clause matching a search query, every clause citing a provision, or the clauses named. */
      query: z.string().max(1000).optional(),
      provision: key.optional(),
      clauses: z.array(id).max(20_000).optional(),
      /** Count only: how many clauses would be tagged. */
      dryRun: z.boolean().optional(),
    })
    .strict()
    .refine((a) => [a.query, a.provision, a.clauses].filter((x) => x !== undefined).length === 1, 'name exactly one of query, provision or clauses')
    .refine((a) => a.dryRun === true || a.tag !== undefined, 'name the tag to add'),
  undo: z.object({}).strict(),
  redo: z.object({}).strict(),
  getHistory: z.object({}).strict(),
  exportAnnotations: z
    .object({ format: z.enum(['jsonld', 'csv']), doc: id.optional(), tag: tagName.optional() })
    .strict(),
  importAnnotations: z
    .object({ fileName: z.string().min(1).max(255), content: z.string().max(MAX_ANNOTATION_IMPORT_CHARS) })
    .strict(),
  getSettings: z.object({}).strict(),
  updateSettings: z.object({ author: z.string().trim().min(1).max(120).optional() }).strict(),
} as const;

type Args<M extends keyof typeof ANNOTATION_ARGS> = z.infer<(typeof ANNOTATION_ARGS)[M]>;

export interface AnnotationApi {
  /** Annotations in reading order (document, clause, position), each with today's anchors; filters combine. */
  listAnnotations(args: Args<'listAnnotations'>): Promise<AnnotationDto[]>;
  /** A new annotation: one target per clause of the selection, tags (created as needed) and a note. */
  createAnnotation(args: Args<'createAnnotation'>): Promise<AnnotationDto>;
  updateAnnotation(args: Args<'updateAnnotation'>): Promise<AnnotationDto>;
  deleteAnnotation(args: Args<'deleteAnnotation'>): Promise<{ deleted: boolean }>;
  listTags(args: Args<'listTags'>): Promise<TagDto[]>;
  /** Renames a tag everywhere; renaming onto another tag's name merges them. */
  renameTag(args: Args<'renameTag'>): Promise<TagDto>;
  mergeTags(args: Args<'mergeTags'>): Promise<TagDto>;
  /** Removes a tag from every annotation (the annotations stay). */
  deleteTag(args: Args<'deleteTag'>): Promise<{ deleted: boolean }>;
  setTagColor(args: Args<'setTagColor'>): Promise<TagDto>;
  /** Tags whole clauses in one undoable change; with dryRun only counts them. */
  bulkTag(args: Args<'bulkTag'>): Promise<BulkTagResult>;
  undo(args: Args<'undo'>): Promise<UndoResult>;
  redo(args: Args<'redo'>): Promise<UndoResult>;
  getHistory(args: Args<'getHistory'>): Promise<UndoState>;
  exportAnnotations(args: Args<'exportAnnotations'>): Promise<AnnotationExport>;
  importAnnotations(args: Args<'importAnnotations'>): Promise<AnnotationImportReport>;
  getSettings(args: Args<'getSettings'>): Promise<SettingsDto>;
  updateSettings(args: Args<'updateSettings'>): Promise<SettingsDto>;
}
