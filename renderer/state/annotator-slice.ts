// What the annotator is doing in the UI: the text selection to act on, the open dialog, re-attaching an orphan, the panel's filter.
import type { AnnotationDto, AnnotationImportReport } from '../../shared/core/api/annotation-dto.js';
import type { SliceCreator } from './app-state.js';
import type { Side } from './panes-slice.js';

/** One target as the API takes it: a range [start, end) of one clause's text. */
export interface TargetRange {
  clause: string;
  start: number;
  end: number;
}

/** A selection in a reader, ready to annotate: its targets, the quoted words, where to show the button. */
export interface PendingSelection {
  side: Side;
  targets: TargetRange[];
  quote: string;
  /** Position of the selection's end inside the reader's content, in CSS pixels. */
  x: number;
  y: number;
}

/** Scope of a bulk tag: every clause matching a search, or every clause citing a provision. */
export type BulkScope = { query: string } | { provision: string };

export type AnnotatorDialog =
  | { kind: 'annotate'; targets: TargetRange[]; quote: string }
  | { kind: 'edit'; annotation: AnnotationDto }
  | { kind: 'bulk'; scope: BulkScope; title: string }
  | { kind: 'settings' }
  | { kind: 'import-report'; fileName: string; report: AnnotationImportReport };

export interface AnnotatorSlice {
  pendingSelection: PendingSelection | null;
  dialog: AnnotatorDialog | null;
  /** The annotation being re-attached: the next selection's button re-attaches it instead of annotating. */
  reattaching: AnnotationDto | null;
  /** Show only annotations carrying this tag in the panel (case-insensitive), or all. */
  panelTag: string | null;
  setPendingSelection(selection: PendingSelection | null): void;
  openDialog(dialog: AnnotatorDialog): void;
  closeDialog(): void;
  startReattach(annotation: AnnotationDto): void;
  cancelReattach(): void;
  setPanelTag(tag: string | null): void;
}

export const createAnnotatorSlice: SliceCreator<AnnotatorSlice> = () => (set) => ({
  pendingSelection: null,
  dialog: null,
  reattaching: null,
  panelTag: null,

  setPendingSelection(selection) {
    set({ pendingSelection: selection });
  },

  openDialog(dialog) {
    set({ dialog, pendingSelection: null });
  },

  closeDialog() {
    set({ dialog: null });
  },

  startReattach(annotation) {
    set({ reattaching: annotation, pendingSelection: null });
  },

  cancelReattach() {
    set({ reattaching: null });
  },

  setPanelTag(tag) {
    set({ panelTag: tag });
  },
});
