// Tags as chips and a text box that completes from the existing tags (case-insensitive); Enter or comma adds a tag.
// What is typed but not yet added is the parent's (`draft`), so saving the form can count it as a tag too.
import { useId, useState, type KeyboardEvent } from 'react';
import type { TagDto } from '../../shared/core/api/annotation-dto.js';
import { addTag, sameTag, tagSuggestions } from '../text/tag-names.js';
import { TagDot } from './TagChips.js';

export interface TagInputProps {
  tags: string[];
  onChange(tags: string[]): void;
  draft: string;
  onDraft(text: string): void;
  existing: readonly TagDto[];
  autoFocus?: boolean;
}

export function TagInput({ tags, onChange, draft: typed, onDraft: setTyped, existing, autoFocus }: TagInputProps) {
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const inputId = useId();
  const suggestions = open ? tagSuggestions(existing.map((t) => t.name), typed, tags) : [];
  const colorOf = (name: string) => existing.find((t) => sameTag(t.name, name))?.color ?? null;

  const commit = (name: string) => {
    const next = addTag(tags, name);
    if (next.length !== tags.length) onChange(next);
    setTyped('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && suggestions.length) {
      event.preventDefault();
      setActive((active + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length) {
      event.preventDefault();
      setActive((active - 1 + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === ',') {
      const chosen = suggestions[active] && typed.trim() ? suggestions[active] : typed;
      if (!chosen?.trim()) return; // Enter on an empty box submits the form
      event.preventDefault();
      commit(chosen);
    } else if (event.key === 'Tab' && typed.trim()) {
      commit(suggestions[active] ?? typed);
    } else if (event.key === 'Backspace' && !typed && tags.length) {
      onChange(tags.slice(0, -1));
    } else if (event.key === 'Escape' && suggestions.length && typed) {
      event.preventDefault(); // close the suggestions, not the dialog
      setOpen(false);
    }
  };

  return (
    <div className="tag-input">
      <label htmlFor={inputId} className="field-label">
        Tags
      </label>
      <div className="tag-input-box">
        {tags.map((t) => (
          <span key={t} className="tag-chip tag-chip-removable">
            <TagDot color={colorOf(t)} />
            {t}
            <button type="button" className="chip-remove" aria-label={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={inputId}
          className="tag-input-field"
          type="text"
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={suggestions.length ? `${listId}-${active}` : undefined}
          placeholder={tags.length ? 'Another tag…' : 'Type a tag, Enter to add'}
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          value={typed}
          data-autofocus={autoFocus ? '' : undefined}
          onChange={(e) => {
            setTyped(e.target.value.replace(/,/g, ''));
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      {suggestions.length ? (
        <ul id={listId} className="tag-suggestions" role="listbox" aria-label="Existing tags">
          {suggestions.map((name, i) => (
            <li
              key={name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'tag-suggestion tag-suggestion-active' : 'tag-suggestion'}
              onMouseDown={(e) => {
                e.preventDefault(); // keep focus in the box
                commit(name);
              }}
            >
              <TagDot color={colorOf(name)} />
              {name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
