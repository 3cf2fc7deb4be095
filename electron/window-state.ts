// Remembers the window's bounds and maximised state between runs, in a small JSON file in userData.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, maximized: false };
export const MIN_SIZE = { width: 640, height: 480 };

const int = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  x: int.optional(),
  y: int.optional(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean(),
});

/** The saved state, or the default when the file is missing, unreadable or invalid. */
export function readWindowState(file: string): WindowState {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Writes atomically (temp file, then rename) so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(stateSchema.parse(roundState(state))));
  renameSync(temp, file);
}

/**
 * Makes a saved state fit today's displays: at least MIN_SIZE, at most the largest work area, and placed
 * only if its top-left area is visible on some display (otherwise the window manager centres it).
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((a) => a.width));
  const maxHeight = Math.max(...workAreas.map((a) => a.height));
  const width = clamp(state.width, Math.min(MIN_SIZE.width, maxWidth), maxWidth);
  const height = clamp(state.height, Math.min(MIN_SIZE.height, maxHeight), maxHeight);
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x !== undefined && state.y !== undefined) {
    const grab = { x: state.x, y: state.y, width: Math.min(width, 100), height: Math.min(height, 40) };
    if (workAreas.some((area) => contains(area, grab))) {
      fitted.x = state.x;
      fitted.y = state.y;
    }
  }
  return fitted;
}

function roundState(state: WindowState): WindowState {
  const r: WindowState = { width: Math.round(state.width), height: Math.round(state.height), maximized: state.maximized };
  if (state.x !== undefined && state.y !== undefined) {
    r.x = Math.round(state.x);
    r.y = Math.round(state.y);
  }
  return r;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
