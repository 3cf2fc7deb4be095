// Maps a request path to a file inside the renderer folder, refusing anything that could escape it (both hosts use it).
import { realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

/** What either host answers when dist/renderer has not been built. */
export const NOT_BUILT_MESSAGE =
  "Lextrace's interface has not been built yet.\n\nRun `npm run build` in the Lextrace folder, then start it again.\n";

export type StaticTarget =
  | { kind: 'file'; path: string }
  /** An app route (no extension): the SPA's index.html answers it. */
  | { kind: 'app-route' }
  | { kind: 'forbidden' }
  | { kind: 'not-found' };

/**
 * The first path segments of the renderer's routes (see renderer/routing.ts). Their ids may hold dots and
 * encoded slashes, so they are answered with index.html without ever touching the file system.
 */
export const APP_ROUTE_ROOTS: ReadonlySet<string> = new Set(['doc', 'clause', 'provision', 'trace', 'search']);

/**
 * Resolves the raw (still percent-encoded) path of a request against `rootDir`. Refuses backslashes, NUL
 * and any `.`/`..` segment (raw or encoded); for files also encoded slashes; then checks that the real
 * path, symlinks followed, stays inside the real root.
 */
export function resolveStaticPath(rootDir: string, rawPath: string): StaticTarget {
  if (!rawPath.startsWith('/') || /[\\\0]|%5c|%00/i.test(rawPath)) return { kind: 'forbidden' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'forbidden' };
  }
  if (/[\\\0]/.test(decoded)) return { kind: 'forbidden' };
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '.' || s === '..')) return { kind: 'forbidden' };
  if (APP_ROUTE_ROOTS.has(segments[0] ?? '')) return { kind: 'app-route' };
  if (/%2f/i.test(rawPath)) return { kind: 'forbidden' };

  // Source maps are never served, even if a build left one: they would hand out the source (README "Security").
  if (/\.map$/i.test(segments[segments.length - 1] ?? '')) return { kind: 'not-found' };
  const root = realRoot(rootDir);
  if (!root) return { kind: 'not-found' };
  const candidate = resolve(root, ...segments.filter((s) => s !== ''));
  if (candidate !== root && !candidate.startsWith(root + sep)) return { kind: 'forbidden' };

  const file = existingFile(candidate);
  if (file) return file.startsWith(root + sep) ? { kind: 'file', path: file } : { kind: 'forbidden' };
  const last = segments[segments.length - 1] ?? '';
  return extname(last) === '' ? { kind: 'app-route' } : { kind: 'not-found' };
}

/** The real path of the SPA's index.html, or null when the renderer has not been built. */
export function indexHtmlPath(rootDir: string): string | null {
  const root = realRoot(rootDir);
  return root ? existingFile(resolve(root, 'index.html')) : null;
}

function realRoot(rootDir: string): string | null {
  try {
    return realpathSync(rootDir);
  } catch {
    return null;
  }
}

function existingFile(path: string): string | null {
  try {
    const real = realpathSync(path);
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}
