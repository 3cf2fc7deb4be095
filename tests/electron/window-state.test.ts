// Window bounds and maximised state survive a restart, and never land off-screen.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, readWindowState, writeWindowState } from '../../electron/window-state.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'lextrace-window-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

describe('window state', () => {
  it('round-trips through the file (creating its folder)', () => {
    const file = join(dir, 'user', 'window-state.json');
    writeWindowState(file, { x: 100.4, y: 50, width: 1000, height: 700, maximized: true });
    expect(readWindowState(file)).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: true });
  });

  it('falls back to the default for a missing, corrupt or invalid file', () => {
    expect(readWindowState(join(dir, 'none.json'))).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, 'bad.json'), '{"width": ');
    expect(readWindowState(join(dir, 'bad.json'))).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ width: 'wide', height: 2, maximized: false }));
    expect(readWindowState(join(dir, 'wrong.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('leaves no temp file behind', () => {
    const file = join(dir, 'window-state.json');
    writeWindowState(file, DEFAULT_WINDOW_STATE);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(DEFAULT_WINDOW_STATE);
    expect(() => readFileSync(`${file}.tmp`)).toThrow();
  });

  it('keeps a visible position and clamps the size to the displays', () => {
    expect(fitToDisplays({ x: 10, y: 20, width: 5000, height: 100, maximized: false }, screen)).toEqual({
      x: 10,
      y: 20,
      width: 1920,
      height: 480,
      maximized: false,
    });
  });

  it('drops a position that is no longer on any display (a monitor was unplugged)', () => {
    const fitted = fitToDisplays({ x: 2500, y: 100, width: 800, height: 600, maximized: true }, screen);
    expect(fitted).toEqual({ width: 800, height: 600, maximized: true });
    const second = [...screen, { x: 1920, y: 0, width: 1280, height: 1000 }];
    expect(fitToDisplays({ x: 2500, y: 100, width: 800, height: 600, maximized: false }, second)).toMatchObject({ x: 2500, y: 100 });
  });
});
