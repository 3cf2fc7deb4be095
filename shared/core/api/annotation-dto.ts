// Plain JSON data of the annotations domain: annotations with their live anchors, tags, history and exchange reports.
import type { AnchorMethod, OrphanReason } from '../annotations/types.js';

export interface TagRef {
  name: string;
  color: string;
}

export interface AnnotationTargetDto {
  doc: string;
  /** The clause the annotator selected in (for an anchored target: the clause it is anchored in today). */
  clause: string;
  /** The clause's label when it exists today ("Action Plan § I.A, item 2(c)"), else null. */
  label: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  /** [start, end) in the clause's text: today's anchor, or the stored position for an orphan. */
  start: number;
  end: number;
  status: 'anchored' | 'orphaned';
  how: AnchorMethod | null;
  reason: OrphanReason | null;
}

export interface AnnotationDto {
  id: string;
  targets: AnnotationTargetDto[];
  /** anchored: every target placed; orphaned: none; partial: some. */
  status: 'anchored' | 'orphaned' | 'partial';
  tags: TagRef[];
  note: string;
  creator: string;
  created: string;
  modified: string;
}

export interface TagDto extends TagRef {
  id: string;
  /** Number of annotations carrying the tag. */
  count: number;
  created: string;
  modified: string;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  /** What Undo / Redo would revert or repeat ("Tag 12 clauses 'piracy'"), or null. */
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface UndoResult {
  /** The label of the change undone or redone, or null when there was nothing to do. */
  done: string | null;
  history: UndoState;
}

export interface BulkTagResult {
  /** Clauses in scope. */
  clauses: number;
  /** Annotations created (0 for a dry run): clauses already carrying the tag on their whole text are skipped. */
  created: number;
  alreadyTagged: number;
  dryRun: boolean;
}

export interface AnnotationExport {
  fileName: string;
  mimeType: string;
  /** The file's text (JSON-LD or CSV with a UTF-8 BOM). */
  content: string;
  count: number;
}

export interface AnnotationImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Imported annotations with at least one target that could not be anchored in today's documents. */
  orphaned: number;
  refused: number;
  /** One line per refused item: where and why. */
  messages: string[];
}

export interface SettingsDto {
  /** The name recorded on new annotations (default: the operating system's user name). */
  author: string;
}
