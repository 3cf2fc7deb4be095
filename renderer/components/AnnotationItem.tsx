// One annotation in a list (panel, Tags view, provision page): where it is, the quoted words, tags, note and actions.
import type { AnnotationDto } from '../../shared/core/api/annotation-dto.js';
import { useApp, useAppStore } from '../state/store-context.js';
import type { PaneTarget } from '../state/panes-slice.js';
import { ViewLink } from './AppLink.js';
import { deleteAnnotation } from '../commands/delete-annotation.js';
import { orphanReason } from '../text/orphan-reason.js';
import { NoteText } from './NoteText.js';
import { TagChips } from './TagChips.js';

export interface AnnotationItemProps {
  annotation: AnnotationDto;
  /** Where a passage opens. */
  openIn: PaneTarget;
  /** Offer Re-attach for targets that lost their place. */
  reattach?: boolean;
}

export function AnnotationItem({ annotation: a, openIn, reattach = false }: AnnotationItemProps) {
  const store = useAppStore();
  const openDialog = useApp((s) => s.openDialog);
  const startReattach = useApp((s) => s.startReattach);
  const reattaching = useApp((s) => s.reattaching?.id === a.id);

  return (
    <li className={`annotation-item annotation-${a.status}`}>
      {a.targets.map((t, i) => (
        <div key={i} className="annotation-target">
          {t.status === 'anchored' ? (
            <ViewLink className="annotation-place" view={{ type: 'doc', doc: t.doc, clause: t.clause }} target={openIn}>
              {t.label ?? t.clause}
            </ViewLink>
          ) : (
            <span className="annotation-place annotation-place-orphan">
              {t.label ?? t.clause} · <span className="orphan-reason">{orphanReason(t)}</span>
            </span>
          )}
          <q className="annotation-quote">{t.exact}</q>
        </div>
      ))}
      <TagChips tags={a.tags} />
      <NoteText note={a.note} />
      <div className="annotation-item-actions toolbar">
        <button type="button" className="button button-small" onClick={() => openDialog({ kind: 'edit', annotation: a })}>
          Edit
        </button>
        <button type="button" className="button button-small" onClick={() => void deleteAnnotation(store, a.id)}>
          Delete
        </button>
        {reattach && a.status !== 'anchored' ? (
          <button
            type="button"
            className="button button-small"
            aria-pressed={reattaching}
            title="Select the passage in the reader, then press Re-attach here"
            onClick={() => startReattach(a)}
          >
            Re-attach…
          </button>
        ) : null}
      </div>
    </li>
  );
}
