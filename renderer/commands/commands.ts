// User commands as small objects, shared by keyboard shortcuts and the command menu.
import type { AppStore } from '../state/app-store.js';
import { otherSide } from '../state/panes-slice.js';
import { copySelectedCitation } from './copy-citation.js';
import { copyViewLink } from './copy-view-link.js';
import { annotateSelection, targetsToAnnotate, undoOrRedo } from './annotate.js';
import { pageViewOf, showPage } from './show-page.js';

export interface Command {
  id: string;
  title: string;
  /** "Mod" is Ctrl, or Cmd on macOS. */
  shortcut?: string;
  /** Other keys for the same command (not shown in menus), e.g. Ctrl+Y beside Ctrl+Shift+Z. */
  aliases?: string[];
  /** Leave the keys to a focused text field (its own undo), rather than run the command. */
  notInTextFields?: boolean;
  /** Whether the command can run now (greyed out in menus otherwise). */
  enabled?(store: AppStore): boolean;
  run(store: AppStore): void;
}

export const SEARCH_INPUT_ID = 'search-input';

function selectedClause(store: AppStore): string | null {
  const s = store.getState();
  const view = s.panes[s.activeSide]?.view;
  return view?.type === 'doc' ? view.clause : view?.type === 'trace' ? view.clause : null;
}

export const COMMANDS: Command[] = [
  {
    id: 'search.focus',
    title: 'Search',
    shortcut: 'Mod+K',
    run(store) {
      store.getState().openSearch();
      const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
      input?.focus();
      input?.select();
    },
  },
  {
    id: 'library.toggle',
    title: 'Show or hide the library',
    shortcut: 'Alt+L',
    run: (store) => store.getState().toggleSidebar(),
  },
  {
    id: 'clause.trace',
    title: 'Trace the selected clause',
    shortcut: 'Alt+T',
    enabled: (store) => selectedClause(store) !== null,
    run(store) {
      const clause = selectedClause(store);
      if (clause) store.getState().openView({ type: 'trace', clause }, 'other'); // beside the clause, like its button
    },
  },
  {
    id: 'clause.page',
    title: 'Show the original page of the selected clause (PDF)',
    shortcut: 'Alt+P',
    enabled: (store) => {
      const clause = selectedClause(store);
      return clause !== null && pageViewOf(store.getState(), clause) !== null;
    },
    run(store) {
      const clause = selectedClause(store);
      if (clause) showPage(store, clause);
    },
  },
  {
    id: 'clause.copy',
    title: 'Copy citation of the selected clause',
    shortcut: 'Alt+C',
    enabled: (store) => selectedClause(store) !== null,
    run(store) {
      const clause = selectedClause(store);
      if (clause) void copySelectedCitation(store, clause);
    },
  },
  {
    id: 'statute.goto',
    title: 'Go to article… (in a statute)',
    shortcut: 'Alt+G',
    enabled: (store) => typeof document !== 'undefined' && document.getElementById(`goto-article-${store.getState().activeSide}`) !== null,
    run(store) {
      // The box of StatuteNavigator (gotoInputId), beside a statute in the reader.
      const input = document.getElementById(`goto-article-${store.getState().activeSide}`) as HTMLInputElement | null;
      input?.focus();
      input?.select();
    },
  },
  {
    id: 'panes.swap',
    title: 'Swap panes',
    shortcut: 'Alt+S',
    enabled: (store) => Boolean(store.getState().panes.right),
    run: (store) => store.getState().swapPanes(),
  },
  {
    id: 'panes.focusOther',
    title: 'Switch to the other pane',
    shortcut: 'Alt+O',
    enabled: (store) => Boolean(store.getState().panes.right),
    run: (store) => store.getState().focusPane(otherSide(store.getState().activeSide)),
  },
  {
    id: 'panes.closeOther',
    title: 'Close the other pane',
    shortcut: 'Alt+W',
    enabled: (store) => Boolean(store.getState().panes.right),
    run: (store) => store.getState().closePane(otherSide(store.getState().activeSide)),
  },
  {
    id: 'annotation.create',
    title: 'Annotate the selected text or clause (A in the reader)',
    enabled: (store) => targetsToAnnotate(store) !== null,
    run: annotateSelection,
  },
  {
    id: 'annotation.undo',
    title: 'Undo the last annotation change',
    shortcut: 'Mod+Z',
    notInTextFields: true,
    run: (store) => void undoOrRedo(store, 'undo'),
  },
  {
    id: 'annotation.redo',
    title: 'Redo',
    shortcut: 'Mod+Shift+Z',
    aliases: ['Mod+Y'],
    notInTextFields: true,
    run: (store) => void undoOrRedo(store, 'redo'),
  },
  {
    id: 'annotation.panel',
    title: 'Show or hide the annotations panel',
    shortcut: 'Alt+N',
    run: (store) => store.getState().setAnnotationsPanel(!store.getState().annotationsPanel),
  },
  {
    id: 'view.copyLink',
    title: 'Copy a link to this view (both panes, the search)',
    enabled: (store) => Boolean(store.getState().panes.left || store.getState().searchOpen),
    run: (store) => void copyViewLink(store),
  },
  {
    id: 'settings.open',
    title: 'Settings…',
    run: (store) => store.getState().openDialog({ kind: 'settings' }),
  },
  {
    id: 'theme.cycle',
    title: 'Theme: system, light, dark',
    shortcut: 'Alt+D',
    run: (store) => store.getState().cycleTheme(),
  },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Whether a keyboard event matches a shortcut such as "Mod+K" or "Alt+Shift+S". */
export function matchesShortcut(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  shortcut: string,
  mac = isMac,
): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!.toLowerCase();
  const want = new Set(parts.map((p) => p.toLowerCase()));
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (want.has('mod') !== mod) return false;
  if (want.has('alt') !== event.altKey) return false;
  if (want.has('shift') !== event.shiftKey) return false;
  if (!want.has('mod') && (mac ? event.ctrlKey : event.metaKey)) return false;
  // With Alt held, event.key may be a special character: fall back to the physical key.
  const pressed = event.key.toLowerCase();
  const physical = event.code.replace(/^Key/, '').toLowerCase();
  return pressed === key || physical === key;
}

/** Human form of a shortcut for menus: "Ctrl+K" or "⌘K". */
export function shortcutLabel(shortcut: string, mac = isMac): string {
  if (!mac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut.replace('Mod+', '⌘').replace('Alt+', '⌥').replace('Shift+', '⇧');
}

/** Whether keys typed at `target` edit text (an input that takes text, a text area, an editable element). */
export function isTextField(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'].includes(target.type);
}

/** Installs the global shortcuts; returns the function that removes them. */
export function installShortcuts(store: AppStore, commands: Command[] = COMMANDS): () => void {
  const onKey = (event: KeyboardEvent) => {
    for (const command of commands) {
      const keys = [...(command.shortcut ? [command.shortcut] : []), ...(command.aliases ?? [])];
      if (!keys.some((k) => matchesShortcut(event, k))) continue;
      if (command.notInTextFields && isTextField(event.target)) return;
      if (command.enabled && !command.enabled(store)) return;
      event.preventDefault();
      command.run(store);
      return;
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
