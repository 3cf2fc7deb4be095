// The card a highlight shows on hover or focus: each annotation covering it, with its tags, note, author, Edit and Delete.
import type { AnnotationDto } from '../../shared/core/api/annotation-dto.js';
import { useApp, useAppStore } from '../state/store-context.js';
import { deleteAnnotation } from '../commands/delete-annotation.js';
import { NoteText } from './NoteText.js';
import { TagChips } from './TagChips.js';

export interface AnnotationCardProps {
  id: string;
  annotations: AnnotationDto[];
  /** Position inside the reader's content. */
  x: number;
  y: number;
  onPointerInside(inside: boolean): void;
}

export function AnnotationCard({ id, annotations, x, y, onPointerInside }: AnnotationCardProps) {
  const store = useAppStore();
  const openDialog = useApp((s) => s.openDialog);
  return (
    <div
      id={id}
      className="annotation-card"
      role="tooltip"
      style={{ left: x, top: y }}
      onMouseEnter={() => onPointerInside(true)}
      onMouseLeave={() => onPointerInside(false)}
    >
      {annotations.map((a) => (
        <section key={a.id} className="annotation-card-item" aria-label="Annotation">
          <TagChips tags={a.tags} />
          <NoteText note={a.note} />
          <div className="annotation-card-foot">
            <span className="annotation-meta">
              {a.creator}
              {a.targets.length > 1 ? ` · ${a.targets.length} passages` : ''}
            </span>
            <span className="toolbar">
              <button type="button" className="button button-small" onClick={() => openDialog({ kind: 'edit', annotation: a })}>
                Edit
              </button>
              <button type="button" className="button button-small" onClick={() => void deleteAnnotation(store, a.id)}>
                Delete
              </button>
            </span>
          </div>
        </section>
      ))}
    </div>
  );
}
