// The annotation editor: the quoted passage, tags (completed from existing ones) and a plain-text note; new or edited.
import { useState, type FormEvent } from 'react';
import type { AnnotationDto } from '../../shared/core/api/annotation-dto.js';
import { MAX_NOTE_CHARS } from '../../shared/core/api/domains/annotations.js';
import type { TargetRange } from '../state/annotator-slice.js';
import { useApp, useAppStore } from '../state/store-context.js';
import { useTags } from '../state/use-annotations.js';
import { toUiError } from '../api/ui-error.js';
import { addTag } from '../text/tag-names.js';
import { deleteAnnotation } from '../commands/delete-annotation.js';
import { showToast } from '../commands/toast.js';
import { Dialog } from './Dialog.js';
import { TagInput } from './TagInput.js';

export type AnnotationDialogProps =
  | { mode: 'annotate'; targets: TargetRange[]; quote: string }
  | { mode: 'edit'; annotation: AnnotationDto };

export function AnnotationDialog(props: AnnotationDialogProps) {
  const store = useAppStore();
  const closeDialog = useApp((s) => s.closeDialog);
  const existing = useTags();
  const editing = props.mode === 'edit' ? props.annotation : null;
  const [tags, setTags] = useState<string[]>(editing ? editing.tags.map((t) => t.name) : []);
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState(editing?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const quote = props.mode === 'annotate' ? props.quote : props.annotation.targets.map((t) => t.exact).join(' … ');
  const passages = props.mode === 'annotate' ? props.targets.length : props.annotation.targets.length;

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    const allTags = addTag(tags, draft);
    setBusy(true);
    setError(null);
    try {
      await store.getState().changeAnnotations((api) =>
        props.mode === 'annotate'
          ? api.createAnnotation({ targets: props.targets, tags: allTags, note })
          : api.updateAnnotation({ id: props.annotation.id, tags: allTags, note }),
      );
      closeDialog();
      showToast(props.mode === 'annotate' ? 'Annotated.' : 'Saved the annotation.');
    } catch (err) {
      setError(toUiError(err).message);
      setBusy(false);
    }
  };

  return (
    <Dialog title={editing ? 'Edit annotation' : 'Annotate'} onClose={closeDialog} className="annotation-dialog">
      <form onSubmit={(e) => void save(e)}>
        <blockquote className="dialog-quote">{quote}</blockquote>
        {passages > 1 ? <p className="dialog-hint">One annotation on {passages} clauses.</p> : null}
        <TagInput tags={tags} onChange={setTags} draft={draft} onDraft={setDraft} existing={existing?.status === 'ready' ? existing.data : []} autoFocus />
        <label className="field">
          <span className="field-label">Note</span>
          <textarea
            className="note-input"
            rows={4}
            maxLength={MAX_NOTE_CHARS}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
            }}
          />
        </label>
        {error ? (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        ) : null}
        <footer className="dialog-actions">
          {editing ? (
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                closeDialog();
                void deleteAnnotation(store, editing.id);
              }}
            >
              Delete
            </button>
          ) : null}
          <span className="dialog-actions-end">
            <button type="button" className="button" onClick={closeDialog}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={busy}>
              Save
            </button>
          </span>
        </footer>
      </form>
    </Dialog>
  );
}
