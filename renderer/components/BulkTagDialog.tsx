// Tags every clause of a scope (a search's results, the clauses citing a provision): counts first, then asks for the tag.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { BulkTagResult } from '../../shared/core/api/annotation-dto.js';
import type { BulkScope } from '../state/annotator-slice.js';
import { useApp, useAppStore } from '../state/store-context.js';
import { useTags } from '../state/use-annotations.js';
import { useApi } from './api-context.js';
import { toUiError } from '../api/ui-error.js';
import { shortcutLabel } from '../commands/commands.js';
import { showToast } from '../commands/toast.js';
import { Dialog } from './Dialog.js';

const COUNT_DEBOUNCE_MS = 250;

const clausesWord = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'clause' : 'clauses'}`;

export function BulkTagDialog({ scope, title }: { scope: BulkScope; title: string }) {
  const api = useApi();
  const store = useAppStore();
  const closeDialog = useApp((s) => s.closeDialog);
  const tags = useTags();
  const [tag, setTag] = useState('');
  const [count, setCount] = useState<{ tag: string; result: BulkTagResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const name = tag.trim();
  const scopeKey = JSON.stringify(scope);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => {
        api
          .bulkTag({ ...(JSON.parse(scopeKey) as BulkScope), ...(name ? { tag: name } : {}), dryRun: true })
          .then((result) => live && setCount({ tag: name, result }))
          .catch((err: unknown) => live && setError(toUiError(err).message));
      },
      count ? COUNT_DEBOUNCE_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // Recount when the tag or the scope changes (not when a count arrives).
  }, [api, name, scopeKey]);

  const toTag = count ? count.result.clauses - (count.tag ? count.result.alreadyTagged : 0) : 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name) return;
    setBusy(true);
    setError(null);
    try {
      const result = await store.getState().changeAnnotations((a) => a.bulkTag({ ...scope, tag: name }));
      closeDialog();
      showToast(`Tagged ${clausesWord(result.created)} ‘${name}’ (${shortcutLabel('Mod+Z')} to undo).`);
    } catch (err) {
      setError(toUiError(err).message);
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={closeDialog} className="bulk-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <p className="bulk-count" role="status">
          {count === null
            ? 'Counting…'
            : count.result.clauses === 0
              ? 'No clause is in scope.'
              : `${clausesWord(count.result.clauses)} in scope.`}
          {count?.tag && count.result.alreadyTagged ? ` ${clausesWord(count.result.alreadyTagged)} already carry ‘${count.tag}’.` : ''}
        </p>
        <label className="field">
          <span className="field-label">Tag</span>
          <input
            type="text"
            className="text-input"
            list={listId}
            maxLength={80}
            autoComplete="off"
            value={tag}
            data-autofocus=""
            onChange={(e) => setTag(e.target.value)}
          />
          <datalist id={listId}>
            {(tags?.status === 'ready' ? tags.data : []).map((t) => (
              <option key={t.id} value={t.name} />
            ))}
          </datalist>
        </label>
        {error ? (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        ) : null}
        <footer className="dialog-actions">
          <span className="dialog-actions-end">
            <button type="button" className="button" onClick={closeDialog}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={busy || !name || !count || toTag <= 0}>
              {name && count ? `Tag ${clausesWord(toTag)}` : 'Tag clauses'}
            </button>
          </span>
        </footer>
      </form>
    </Dialog>
  );
}
