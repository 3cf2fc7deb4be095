// Picks the better-sqlite3 binary built for Electron's ABI (scripts/build-electron-native.js), when there is one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronNativeBindingPath(appRoot: string): string {
  return join(appRoot, 'build', 'native', 'electron', 'better_sqlite3.node');
}

/** The file beside the binary naming the ABI it was built for (`process.versions.modules` of that Electron). */
export function electronNativeAbiPath(appRoot: string): string {
  return join(appRoot, 'build', 'native', 'electron', 'better_sqlite3.abi');
}

function readAbi(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * The rebuilt binary if present and built for this Electron's ABI (`abi`, default the running process's); undefined
 * lets better-sqlite3 load its default build. A binary left from another Electron major (say 39's ABI 140 under
 * 45's 150) would fail to load, so it is passed over until `npm run build:electron-native` is run again.
 */
export function electronNativeBinding(
  appRoot: string,
  exists: (path: string) => boolean = existsSync,
  abi: string = process.versions.modules,
  builtFor: (path: string) => string | undefined = readAbi,
): string | undefined {
  const path = electronNativeBindingPath(appRoot);
  if (!exists(path)) return undefined;
  return builtFor(electronNativeAbiPath(appRoot)) === abi ? path : undefined;
}
