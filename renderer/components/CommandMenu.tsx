// The command menu (⋯): every command with its shortcut, as an ARIA menu: it opens with focus on its first item,
// ↑ ↓ Home End move, Enter runs, Escape, Tab or a click outside closes it (Escape gives focus back to its button).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../state/store-context.js';
import { COMMANDS, shortcutLabel } from '../commands/commands.js';

export function CommandMenu() {
  const store = useAppStore();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const items = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onDown = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number) => {
      event.preventDefault();
      list[(index + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'command-menu' : undefined}
        aria-label="Commands"
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        ⋯
      </button>
      {open ? (
        <ul className="menu-list" id="command-menu" role="menu" aria-label="Commands" ref={listRef} onKeyDown={onKeyDown}>
          {COMMANDS.map((command) => {
            const enabled = command.enabled ? command.enabled(store) : true;
            return (
              <li key={command.id} role="none">
                <button
                  type="button"
                  role="menuitem"
                  disabled={!enabled}
                  tabIndex={-1}
                  className="menu-item"
                  onClick={() => {
                    close(false);
                    command.run(store);
                  }}
                >
                  <span>{command.title}</span>
                  {command.shortcut ? <kbd>{shortcutLabel(command.shortcut)}</kbd> : null}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
