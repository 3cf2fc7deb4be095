// Picks the better-sqlite3 binary built for Electron's ABI (scripts/build-electron-native.js), when there is one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronNativeBindingPath(appRoot: string): string {
  return join(appRoot, 'build', 'native', 'electron', 'better_sqlite3.node');
}

/** The rebuilt binary if present; undefined lets better-sqlite3 load its default (Node-ABI) build. */
export function electronNativeBinding(appRoot: string, exists: (path: string) => boolean = existsSync): string | undefined {
  const path = electronNativeBindingPath(appRoot);
  return exists(path) ? path : undefined;
}
