// Keyboard shortcuts match the right keys on each platform and every command has a unique id.
import { describe, expect, it } from 'vitest';
import { COMMANDS, matchesShortcut, shortcutLabel } from '../../renderer/commands/commands.js';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}, code = '') => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('maps Mod to Ctrl off macOS and Cmd on macOS', () => {
    expect(matchesShortcut(key('k', { ctrlKey: true }), 'Mod+K', false)).toBe(true);
    expect(matchesShortcut(key('k', { metaKey: true }), 'Mod+K', false)).toBe(false);
    expect(matchesShortcut(key('k', { metaKey: true }), 'Mod+K', true)).toBe(true);
    expect(matchesShortcut(key('k'), 'Mod+K', false)).toBe(false);
  });

  it('matches Alt shortcuts by physical key when Alt changes the character', () => {
    expect(matchesShortcut(key('ß', { altKey: true }, 'KeyS'), 'Alt+S', true)).toBe(true);
    expect(matchesShortcut(key('s', { altKey: true, shiftKey: true }, 'KeyS'), 'Alt+S', false)).toBe(false);
  });

  it('labels shortcuts for people', () => {
    expect(shortcutLabel('Mod+K', false)).toBe('Ctrl+K');
    expect(shortcutLabel('Mod+K', true)).toBe('⌘K');
  });

  it('tells undo from redo: Mod+Z, Mod+Shift+Z and Ctrl+Y', () => {
    const undo = COMMANDS.find((c) => c.id === 'annotation.undo')!;
    const redo = COMMANDS.find((c) => c.id === 'annotation.redo')!;
    const matches = (c: typeof undo, e: ReturnType<typeof key>) => [c.shortcut!, ...(c.aliases ?? [])].some((s) => matchesShortcut(e, s, false));
    expect(matches(undo, key('z', { ctrlKey: true }))).toBe(true);
    expect(matches(undo, key('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matches(redo, key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches(redo, key('y', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut(key('z', { metaKey: true, shiftKey: true }), redo.shortcut!, true)).toBe(true);
    // Text fields keep their own undo.
    expect(undo.notInTextFields && redo.notInTextFields).toBe(true);
  });

  it('has unique ids and shortcuts', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    const shortcuts = COMMANDS.flatMap((c) => [...(c.shortcut ? [c.shortcut] : []), ...(c.aliases ?? [])]);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });
});
