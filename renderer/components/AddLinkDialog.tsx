// "Add link…": link a clause by hand to a provision (type-ahead over the provisions index, or any key typed in full)
// or to another clause (type-ahead over search), with a note. One undoable change.
import { useEffect, useId, useMemo, useState, type FormEvent, type KeyboardEvent, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ProvisionSummary } from '../../shared/core/api/dto.js';
import { MAX_REASON_CHARS } from '../../shared/core/api/domains/review.js';
import { describeProvision } from '../../shared/core/citations/keys.js';
import { useAppStore } from '../state/store-context.js';
import { useQueryData } from '../state/use-query.js';
import { addUserLink } from '../commands/review-link.js';
import { useApi } from './api-context.js';
import { Dialog } from './Dialog.js';
import '../styles/review.css';

export interface LinkTarget {
  target: string;
  label: string;
  detail?: string;
}

type TargetKind = 'provision' | 'clause';

const MAX_SUGGESTIONS = 8;
/** A provision key typed in full ("ru-civil-code:1253.1", "ru-fl-364-fz"). */
const KEY_SHAPE = /^[a-z][a-z0-9-]*(?::[\w.]+(?:\/[\w.]+)*)?$/;

/** Provisions whose key, label or title hold every typed word, best (key or label start) first. */
export function suggestProvisions(provisions: readonly ProvisionSummary[], typed: string, max = MAX_SUGGESTIONS): LinkTarget[] {
  const words = typed.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const scored: { p: ProvisionSummary; rank: number }[] = [];
  for (const p of provisions) {
    const hay = `${p.key} ${p.label} ${p.title}`.toLocaleLowerCase();
    if (!words.every((w) => hay.includes(w))) continue;
    const starts = p.key.toLocaleLowerCase().startsWith(words[0]!) || p.label.toLocaleLowerCase().startsWith(words[0]!);
    scored.push({ p, rank: (starts ? 0 : 1) * 1e6 + p.key.length });
  }
  scored.sort((a, b) => a.rank - b.rank);
  const out = scored.slice(0, max).map(({ p }) => ({ target: p.key, label: p.label || p.key, detail: p.title !== p.label ? p.title : undefined }));
  const exact = typed.trim();
  if (KEY_SHAPE.test(exact) && exact.includes(':') && !out.some((o) => o.target === exact)) {
    out.unshift({ target: exact, label: describeProvision(exact), detail: `the key ${exact}` });
  }
  return out.slice(0, max);
}

export function AddLinkDialog({ clause, clauseLabel, onClose }: { clause: string; clauseLabel: string; onClose(): void }) {
  const store = useAppStore();
  const api = useApi();
  const [kind, setKind] = useState<TargetKind>('provision');
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState<LinkTarget | null>(null);
  const [active, setActive] = useState(0);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [clauseHits, setClauseHits] = useState<LinkTarget[]>([]);
  const provisions = useQueryData('listProvisions', kind === 'provision' ? {} : null);
  const listId = useId();

  // Clauses: search as you type (debounced), the clause itself left out.
  useEffect(() => {
    if (kind !== 'clause' || typed.trim().length < 2 || chosen) {
      setClauseHits([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api.search({ query: typed.trim(), limit: MAX_SUGGESTIONS + 1 }).then(
        (result) =>
          live &&
          setClauseHits(
            result.hits
              .filter((h) => h.clause !== clause)
              .slice(0, MAX_SUGGESTIONS)
              .map((h) => ({ target: h.clause, label: h.label, detail: h.docTitle })),
          ),
        () => live && setClauseHits([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [kind, typed, chosen, api, clause]);

  const suggestions = useMemo(
    () => (chosen ? [] : kind === 'provision' ? suggestProvisions(provisions ?? [], typed) : clauseHits),
    [chosen, kind, provisions, typed, clauseHits],
  );

  const pick = (t: LinkTarget) => {
    setChosen(t);
    setTyped(t.label);
  };

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!suggestions.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(suggestions[active] ?? suggestions[0]!);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    const made = await addUserLink(store, { clause, target: chosen.target, label: chosen.label }, note);
    setBusy(false);
    if (made) onClose();
  };

  return (
    <Dialog title="Add a link by hand" onClose={onClose} className="add-link-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <p className="dialog-lead">
          From <strong>{clauseLabel}</strong>
        </p>
        <fieldset className="segmented">
          <legend className="field-label">Link to</legend>
          {(['provision', 'clause'] as const).map((k) => (
            <label key={k} className={kind === k ? 'segment segment-on' : 'segment'}>
              <input
                type="radio"
                name="link-kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setChosen(null);
                  setTyped('');
                }}
              />
              {k === 'provision' ? 'A provision' : 'A clause'}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field-label">{kind === 'provision' ? 'Provision (type an article, a title or a key)' : 'Clause (type words from it)'}</span>
          <input
            type="text"
            className="text-input"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={suggestions.length > 0}
            aria-controls={listId}
            aria-activedescendant={suggestions.length ? `${listId}-${active}` : undefined}
            placeholder={kind === 'provision' ? 'e.g. 1253.1, Статья 1229, ru-civil-code:1252/5' : 'e.g. takedown notice'}
            value={typed}
            data-autofocus=""
            onChange={(e) => {
              setTyped(e.target.value);
              setChosen(null);
              setActive(0);
            }}
            onKeyDown={onKey}
          />
        </label>
        <ul className="plain-list suggestion-list" role="listbox" id={listId} aria-label="Suggestions">
          {suggestions.map((s, i) => (
            <li
              key={s.target}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'suggestion suggestion-active' : 'suggestion'}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(s)}
            >
              <span className="suggestion-label">{s.label}</span>
              {s.detail ? <span className="suggestion-detail">{s.detail}</span> : null}
            </li>
          ))}
        </ul>
        {chosen ? (
          <p className="notice notice-quiet chosen-target">
            Links to <strong>{chosen.label}</strong> <span className="mono">{chosen.target}</span>
          </p>
        ) : null}
        <label className="field">
          <span className="field-label">Note (optional)</span>
          <textarea className="text-input" rows={3} maxLength={MAX_REASON_CHARS} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <footer className="dialog-actions">
          <span className="dialog-actions-end">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={!chosen || busy}>
              Add link
            </button>
          </span>
        </footer>
      </form>
    </Dialog>
  );
}

/** The "Add link…" button with its dialog. */
export function AddLinkButton({ clause, clauseLabel, className = 'button button-small' }: { clause: string; clauseLabel: string; className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} title="Link this clause by hand to a provision or a clause">
        Add link…
      </button>
      {open
        ? createPortal(
            // React events bubble along the component tree, portals included: a click in the dialog must not reach the
            // clause row around the button (which would deselect the clause and close the dialog), nor keys the reader.
            <div onClick={stop} onMouseDown={stop} onKeyDown={stop}>
              <AddLinkDialog clause={clause} clauseLabel={clauseLabel} onClose={() => setOpen(false)} />
            </div>,
            document.body,
          )
        : null}
    </>
  );
}

function stop(event: SyntheticEvent): void {
  event.stopPropagation();
}
