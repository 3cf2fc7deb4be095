// One tag in the Tags view: colour, name, count; opened, its rename / merge / delete actions and its passages.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TagDto } from '../../shared/core/api/annotation-dto.js';
import { useAppStore } from '../state/store-context.js';
import { toUiError } from '../api/ui-error.js';
import { shortcutLabel } from '../commands/commands.js';
import { showToast } from '../commands/toast.js';
import { TagPassages } from './TagPassages.js';

type Mode = 'view' | 'rename' | 'merge' | 'delete';
const COLOR_COMMIT_MS = 400;

export interface TagRowProps {
  tag: TagDto;
  others: TagDto[];
  open: boolean;
  onToggle(): void;
}

export function TagRow({ tag, others, open, onToggle }: TagRowProps) {
  const store = useAppStore();
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(tag.name);
  const [into, setInto] = useState('');
  const [color, setColor] = useState(tag.color);
  const colorTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => setColor(tag.color), [tag.color]);
  useEffect(() => () => clearTimeout(colorTimer.current), []);

  const change = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      setMode('view');
      showToast(`${done} (${shortcutLabel('Mod+Z')} to undo).`);
    } catch (err) {
      showToast(toUiError(err).message);
    }
  };
  const { changeAnnotations } = store.getState();
  const rename = (event: FormEvent) => {
    event.preventDefault();
    const to = name.trim();
    if (!to || to === tag.name) return setMode('view');
    void change(() => changeAnnotations((api) => api.renameTag({ name: tag.name, to })), `Renamed ‘${tag.name}’ to ‘${to}’`);
  };
  const merge = (event: FormEvent) => {
    event.preventDefault();
    if (!into) return;
    void change(() => changeAnnotations((api) => api.mergeTags({ from: [tag.name], into })), `Merged ‘${tag.name}’ into ‘${into}’`);
  };
  const recolour = (value: string) => {
    setColor(value);
    clearTimeout(colorTimer.current);
    colorTimer.current = setTimeout(() => {
      void change(() => changeAnnotations((api) => api.setTagColor({ name: tag.name, color: value })), `Recoloured ‘${tag.name}’`);
    }, COLOR_COMMIT_MS);
  };

  return (
    <li className="tag-row">
      <div className="tag-row-head">
        <input type="color" className="tag-color" aria-label={`Colour of tag ${tag.name}`} value={color} onChange={(e) => recolour(e.target.value)} />
        <button type="button" className="tag-name" aria-expanded={open} onClick={onToggle}>
          <span className="tag-name-text">{tag.name}</span>
          <span className="count" aria-label={`${tag.count} annotations`}>
            {tag.count}
          </span>
        </button>
      </div>
      {open && mode === 'view' ? (
        <div className="tag-row-actions toolbar">
          <button type="button" className="button button-small" aria-label={`Rename tag ${tag.name}`} onClick={() => setMode('rename')}>
            Rename
          </button>
          {others.length ? (
            <button type="button" className="button button-small" aria-label={`Merge tag ${tag.name} into another`} onClick={() => setMode('merge')}>
              Merge…
            </button>
          ) : null}
          <button type="button" className="button button-small" aria-label={`Delete tag ${tag.name}`} onClick={() => setMode('delete')}>
            Delete
          </button>
        </div>
      ) : null}
      {mode === 'rename' ? (
        <form className="tag-row-form" onSubmit={rename} onKeyDown={(e) => e.key === 'Escape' && setMode('view')}>
          <input className="text-input" aria-label={`New name for ${tag.name}`} maxLength={80} value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button-small button-primary">
            Rename
          </button>
          <button type="button" className="button button-small" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      ) : null}
      {mode === 'merge' ? (
        <form className="tag-row-form" onSubmit={merge} onKeyDown={(e) => e.key === 'Escape' && setMode('view')}>
          <select className="filter-menu" aria-label={`Merge ${tag.name} into`} value={into} autoFocus onChange={(e) => setInto(e.target.value)}>
            <option value="">Merge into…</option>
            {others.map((o) => (
              <option key={o.id} value={o.name}>
                {o.name} ({o.count})
              </option>
            ))}
          </select>
          <button type="submit" className="button button-small button-primary" disabled={!into}>
            Merge
          </button>
          <button type="button" className="button button-small" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      ) : null}
      {mode === 'delete' ? (
        <div className="tag-row-form" role="group" aria-label={`Delete tag ${tag.name}?`} onKeyDown={(e) => e.key === 'Escape' && setMode('view')}>
          <span className="tag-row-question">
            Remove ‘{tag.name}’ from {tag.count} {tag.count === 1 ? 'annotation' : 'annotations'}? The annotations stay.
          </span>
          <button
            type="button"
            className="button button-small button-danger"
            autoFocus
            onClick={() => void change(() => changeAnnotations((api) => api.deleteTag({ name: tag.name })), `Deleted tag ‘${tag.name}’`)}
          >
            Delete tag
          </button>
          <button type="button" className="button button-small" onClick={() => setMode('view')}>
            Cancel
          </button>
        </div>
      ) : null}
      {open ? <TagPassages tag={tag.name} /> : null}
    </li>
  );
}
