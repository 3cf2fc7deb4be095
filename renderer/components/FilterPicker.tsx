// A search filter picker: a button that opens a type-ahead list of choices (grouped, keyboard-driven), closing on
// Escape, on a pick and on a click outside.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchOptions, type FilterOption } from '../text/filter-options.js';

export interface FilterPickerProps {
  label: string;
  /** The choices for what is typed (the picker narrows them by the typed words). */
  options(typed: string): FilterOption[];
  onPick(value: string): void;
  placeholder?: string;
}

/** At most this many choices are listed; typing narrows them. */
const MAX_SHOWN = 150;

export function FilterPicker({ label, options, onPick, placeholder }: FilterPickerProps) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();
  const shown = useMemo(() => (open ? matchOptions(options(typed), typed).slice(0, MAX_SHOWN) : []), [open, options, typed]);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const close = (refocus: boolean) => {
    setOpen(false);
    setTyped('');
    if (refocus) buttonRef.current?.focus();
  };
  const pick = (option: FilterOption | undefined) => {
    if (!option) return;
    close(false);
    onPick(option.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown.length) setActive((active + (event.key === 'ArrowDown' ? 1 : -1) + shown.length) % shown.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(shown[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  let lastGroup: string | undefined;
  return (
    <div className="filter-picker" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="filter-menu"
        aria-haspopup="listbox"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          setTyped('');
          setActive(0);
        }}
      >
        + {label}
      </button>
      {open ? (
        <div className="filter-popover">
          <input
            className="filter-input"
            type="text"
            role="combobox"
            aria-label={`Filter by ${label.toLowerCase()}: type to narrow`}
            aria-expanded="true"
            aria-controls={`${id}-list`}
            aria-activedescendant={shown[active] ? `${id}-${active}` : undefined}
            aria-autocomplete="list"
            placeholder={placeholder ?? 'Type to narrow'}
            autoFocus
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul className="plain-list filter-options" id={`${id}-list`} role="listbox" aria-label={label} ref={listRef}>
            {shown.map((o, i) => {
              const heading = o.group && o.group !== lastGroup ? o.group : null;
              lastGroup = o.group;
              return (
                <li key={`${o.value}-${i}`} role="presentation">
                  {heading ? (
                    <div className="filter-group" role="presentation">
                      {heading}
                    </div>
                  ) : null}
                  <div
                    id={`${id}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? 'filter-option filter-option-active' : 'filter-option'}
                    onMouseMove={() => setActive(i)}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => pick(o)}
                  >
                    <span className="filter-option-label">{o.label}</span>
                    {o.detail ? <span className="filter-option-detail">{o.detail}</span> : null}
                  </div>
                </li>
              );
            })}
            {shown.length === 0 ? (
              <li role="presentation" className="filter-none">
                Nothing matches “{typed}”.
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
