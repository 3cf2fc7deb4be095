// Deep links (lextrace://clause/<id>, lextrace://provision/<key>, lextrace://doc/<id>?other=… and every other app view) parsed and validated into app paths.
import { decodePathTail, encodePathTail } from '../shared/core/app-paths.js';

export const DEEP_LINK_SCHEME = 'lextrace';

const MAX_ID = 300;
const MAX_PATH = 2000;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The app path a deep link asks for ("/clause/<id>", encoded as renderer/routing.ts formats it), or null
 * for anything malformed or unknown.
 */
export function parseDeepLink(url: string): string | null {
  // URL would silently resolve "a/../b"; a link with dot segments is malformed, not a route.
  const rawTail = decodeTail(url.replace(/^[^:]*:\/\//, '').split(/[?#]/, 1)[0]!);
  if (rawTail.split('/').some((s) => s === '.' || s === '..')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${DEEP_LINK_SCHEME}:` || parsed.username || parsed.password || parsed.port) return null;
  const value = decodeTail(parsed.pathname.replace(/^\/+/, '').replace(/\/+$/, ''));
  // Views without an id (the review queue, the matrix, the report, a search) take only the query.
  if (VIEWS_WITHOUT_ID.has(parsed.hostname)) return parsed.pathname.replace(/\/+$/, '') === '' ? withQuery(`/${parsed.hostname}`, parsed) : null;
  if (!value || CONTROL.test(value) || value.split('/').some((s) => s === '' || s === '.' || s === '..')) return null;
  switch (parsed.hostname) {
    case 'clause':
    case 'doc':
    case 'trace':
      return value.length <= MAX_ID ? withQuery(`/${parsed.hostname}/${encodeTail(value)}`, parsed) : null;
    case 'provision':
      return value.length <= 200 ? withQuery(`/provision/${encodeTail(value)}`, parsed) : null;
    case 'page':
      return /^\d{1,6}\/./.test(value) && value.length <= MAX_ID + 7 ? withQuery(`/page/${encodeTail(value)}`, parsed) : null;
    default:
      return null;
  }
}

/** App views a link may name with no id after them. */
const VIEWS_WITHOUT_ID = new Set(['review', 'matrix', 'report', 'search']);

/**
 * The path with the link's query (the other pane, the open search) and fragment (the selected clause), re-encoded;
 * null when they hold control characters or make the path too long. The renderer parses them as its own URLs.
 */
function withQuery(path: string, parsed: URL): string | null {
  const query = new URLSearchParams();
  for (const [name, value] of parsed.searchParams) {
    if (!/^[a-z]{1,20}$/i.test(name) || CONTROL.test(value)) return null;
    query.append(name, value);
  }
  const search = query.toString();
  const fragment = parsed.hash.length > 1 ? decodeTail(parsed.hash.slice(1)) : '';
  if (CONTROL.test(fragment)) return null;
  const full = `${path}${search ? `?${search}` : ''}${fragment ? `#${encodeTail(fragment)}` : ''}`;
  return isAppPath(full) ? full : null;
}

/** The first deep link among command-line arguments (Windows and Linux pass it there), if any. */
export function findDeepLink(argv: readonly string[]): string | null {
  for (const arg of argv) {
    if (arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}://`)) return parseDeepLink(arg);
  }
  return null;
}

/** A root-relative app path main may send to the renderer: no scheme, no host, no control characters. */
export function isAppPath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_PATH &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.includes('\\') &&
    !CONTROL.test(value)
  );
}

/** The app path of a document (after File › Import…). */
export function documentPath(docId: string): string {
  return `/doc/${encodeTail(docId)}`;
}

/** Segment-wise encoding that keeps '/' and ':' readable, as the renderer's routes do. */
export const encodeTail = encodePathTail;

function decodeTail(value: string): string {
  return decodePathTail(value) ?? '';
}
