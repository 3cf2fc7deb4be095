// Settings: the author name recorded on new annotations, and the default form of copied citations.
import { useEffect, useState, type FormEvent } from 'react';
import { useApp } from '../state/store-context.js';
import { useApi } from './api-context.js';
import { toUiError } from '../api/ui-error.js';
import { showToast } from '../commands/toast.js';
import { Dialog } from './Dialog.js';
import type { CitationForm } from '../../shared/core/api/review-dto.js';
import { CITATION_FORMS } from '../../shared/core/cite/legal-citation.js';
import { FORM_NAMES } from '../commands/memo-citation.js';

export function SettingsDialog() {
  const api = useApi();
  const closeDialog = useApp((s) => s.closeDialog);
  const invalidate = useApp((s) => s.invalidate);
  const [author, setAuthor] = useState<string | null>(null);
  const [form, setForm] = useState<CitationForm | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api
      .getSettings({})
      .then((s) => live && setAuthor(s.author))
      .catch((err: unknown) => live && setError(toUiError(err).message));
    api
      .getCitationSettings({})
      .then((s) => live && setForm(s.citationForm))
      .catch((err: unknown) => live && setError(toUiError(err).message));
    return () => {
      live = false;
    };
  }, [api]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (author === null) return;
    try {
      const saved = await api.updateSettings({ author });
      if (form) {
        await api.updateCitationSettings({ citationForm: form });
        // Citations asked without a form follow the new default.
        await invalidate(['review']);
      }
      closeDialog();
      showToast(`New annotations will be signed ${saved.author}${form ? `; citations are copied as: ${FORM_NAMES[form]}` : ''}.`);
    } catch (err) {
      setError(toUiError(err).message);
    }
  };

  return (
    <Dialog title="Settings" onClose={closeDialog} className="settings-dialog">
      <form onSubmit={(e) => void save(e)}>
        <label className="field">
          <span className="field-label">Your name on annotations</span>
          <input
            type="text"
            className="text-input"
            maxLength={120}
            required
            disabled={author === null}
            value={author ?? ''}
            data-autofocus=""
            onChange={(e) => setAuthor(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">Copied citations, by default</span>
          <select className="text-input" value={form ?? ''} disabled={form === null} onChange={(e) => setForm(e.target.value as CitationForm)}>
            {CITATION_FORMS.map((f) => (
              <option key={f} value={f}>
                {FORM_NAMES[f]}
              </option>
            ))}
          </select>
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
            <button type="submit" className="button button-primary" disabled={author === null || !author.trim()}>
              Save
            </button>
          </span>
        </footer>
      </form>
    </Dialog>
  );
}
